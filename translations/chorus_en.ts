<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="102"/>
        <source>Use at least %1 characters. A short sentence is easy to remember.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="108"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="133"/>
        <source>Type the passphrase for this device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="157"/>
        <source>Type your PIN.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="193"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="204"/>
        <source>Choose %1 to 12 numbers that are not all the same or in a row.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="258"/>
        <source>Something went wrong.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="403"/>
        <source>Too many wrong tries. Chorus is locked: unlock it with the passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="406"/>
        <source>Too many wrong PINs. Use the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="409"/>
        <source>That is not the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="410"/>
        <source>That is not the practitioner&apos;s passphrase or PIN.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="487"/>
        <source>That passphrase is not right. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="493"/>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="496"/>
        <source>The store on this device is damaged: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="506"/>
        <source>That PIN is not right. After %1 more wrong tries it will stop working.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/appcontroller.cpp" line="511"/>
        <source>Too many wrong tries: the PIN no longer works. Your answers are still safe. Ask the person you are working with for a new PIN.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../qml/components/BusyOverlay.qml" line="11"/>
        <source>Working…</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSortActivity</name>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="82"/>
        <source>%1 picked up. Move it up or down, then put it down.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="83"/>
        <source>%1 picked up. Now choose a pile.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="90"/>
        <source>%1 put back.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="100"/>
        <source>%1 put in %2.</source>
        <comment>@info:status card sort: card, pile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="110"/>
        <source>%1 has no cards yet. Pick up a card first.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="111"/>
        <source>%1: %2</source>
        <comment>@info:status pile: its cards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="118"/>
        <source>%1 moved to place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="131"/>
        <source>%1 put down in place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="189"/>
        <source>Put the cards in order: what matters most goes first. Tap a card to pick it up, move it, then put it down. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="190"/>
        <source>Tap a card to pick it up, then tap a pile to put it there. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="200"/>
        <source>Cards to sort</source>
        <comment>@title:group card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="219"/>
        <location filename="../qml/activities/CardSortActivity.qml" line="293"/>
        <source>Picked up</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="219"/>
        <source>Not sorted yet</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="273"/>
        <source>Put %1 here</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/activities/CardSortActivity.qml" line="274"/>
        <source>%n card(s)</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="294"/>
        <source>In %1</source>
        <comment>@info:accessible card sort: the pile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="348"/>
        <source>Place %1 of %2</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="363"/>
        <source>Move up</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="371"/>
        <source>Move down</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="377"/>
        <source>Put down</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="385"/>
        <source>This is my order</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CardSortActivity.qml" line="389"/>
        <source>Your order is saved.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceActivity</name>
    <message>
        <location filename="../qml/activities/ChoiceActivity.qml" line="42"/>
        <source>Pick as many as you like.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ChoiceActivity.qml" line="42"/>
        <source>Pick one.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclesActivity</name>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="17"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="998"/>
        <source>Mum</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="18"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="999"/>
        <source>Dad</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="19"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1000"/>
        <source>Carer</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="20"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1002"/>
        <source>Foster carer</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="21"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1004"/>
        <source>Grandparent</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="22"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1006"/>
        <source>Brother</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="23"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1007"/>
        <source>Sister</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="24"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1009"/>
        <source>Other family</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="25"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1010"/>
        <source>Friend</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="26"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1012"/>
        <source>Teacher</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="27"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1014"/>
        <source>Social worker</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="28"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1015"/>
        <source>Pet</source>
        <comment>@label person in the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="31"/>
        <source>Closest to me</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="32"/>
        <source>Close to me</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="33"/>
        <source>A bit further away</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="34"/>
        <source>Outside the circles</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="83"/>
        <source>The circles are full: take someone out first.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="90"/>
        <location filename="../qml/activities/CirclesActivity.qml" line="104"/>
        <source>%1 picked up. Now choose a circle.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="95"/>
        <source>Type a word first.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="109"/>
        <source>Pick someone first.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="117"/>
        <source>%1 put in %2.</source>
        <comment>@info:status circles: person, circle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="127"/>
        <source>%1 taken out.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="190"/>
        <source>Tap someone, then tap a circle. You can also drag them onto the circles. You do not need to use anyone&apos;s real name.</source>
        <comment>@info circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="209"/>
        <source>Add to the circles</source>
        <comment>@info:accessible circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="210"/>
        <source>Add %1</source>
        <comment>@action:button circles: person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="225"/>
        <location filename="../qml/activities/CirclesActivity.qml" line="226"/>
        <source>Someone else: a word for them</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="231"/>
        <source>Add</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="232"/>
        <source>Adds the person you typed</source>
        <comment>@info:accessible circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="240"/>
        <source>Where does %1 go?</source>
        <comment>@info circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="264"/>
        <source>Take off the map</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="311"/>
        <source>Me</source>
        <comment>@label centre of the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/CirclesActivity.qml" line="365"/>
        <source>Outside the circles</source>
        <comment>@title:group circles</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="19"/>
        <source>We want to hear what you think. Your answers are kept locked on this tablet. The team only sees your words without your name, and only if you say yes. You can stop at any time. You can delete any answer. Saying no is fine.</source>
        <comment>@info consent explanation for children</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="23"/>
        <location filename="../qml/pages/ConsentPage.qml" line="52"/>
        <source>Before we start</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="78"/>
        <location filename="../qml/pages/ConsentPage.qml" line="83"/>
        <source>A made-up name for you</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="87"/>
        <source>Age</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="95"/>
        <source>5 to 7</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="96"/>
        <source>8 to 11</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="97"/>
        <source>12 to 15</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="98"/>
        <source>16 or 17</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="99"/>
        <source>Grown-up</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="112"/>
        <source>Who is saying yes or no?</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="120"/>
        <source>The child or young person</source>
        <comment>@option:radio consent giver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="121"/>
        <source>A parent or carer</source>
        <comment>@option:radio consent giver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="122"/>
        <source>Both together</source>
        <comment>@option:radio consent giver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="137"/>
        <source>Your choices</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="142"/>
        <source>keep my answers on this tablet</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="143"/>
        <source>Can we keep your answers locked on this tablet?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="144"/>
        <source>If you say no, we stop here. That is fine.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="150"/>
        <source>share my words without my name</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="151"/>
        <source>Can the team see your words, without your name?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="157"/>
        <source>use my words as a quote</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="158"/>
        <source>Can the team use your words as a quote, without your name?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="164"/>
        <source>record my voice</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="165"/>
        <source>Can we record your voice? It never leaves this tablet.</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="171"/>
        <source>share my drawings</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="172"/>
        <source>Can the team see your drawings, without your name?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="178"/>
        <source>For the practitioner</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="181"/>
        <location filename="../qml/pages/ConsentPage.qml" line="186"/>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="189"/>
        <location filename="../qml/pages/ConsentPage.qml" line="194"/>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="204"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="211"/>
        <source>Save and hand over</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsentPage.qml" line="212"/>
        <source>Saves the consent and gives the tablet to the child</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationSetup</name>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="53"/>
        <source>The example pack is missing from this build.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="63"/>
        <source>Cannot open that file.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="67"/>
        <source>That file is too big to be an activity pack.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="78"/>
        <source>This activity pack cannot be used: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="95"/>
        <source>Chorus is locked.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="99"/>
        <source>Choose an activity pack first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="103"/>
        <source>Give the consultation a title.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="107"/>
        <source>Say in a few simple words what the consultation is for.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="111"/>
        <source>Choose at least one activity.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/consultationsetup.cpp" line="115"/>
        <source>Keep answers for between %1 and %2 days.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingActivity</name>
    <message>
        <location filename="../qml/activities/DrawingActivity.qml" line="99"/>
        <source>Words for my drawing (if you like)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/DrawingActivity.qml" line="111"/>
        <source>Keep my drawing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingBoard</name>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="16"/>
        <source>Black</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="16"/>
        <source>Orange</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="17"/>
        <source>Sky blue</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="17"/>
        <source>Green</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="18"/>
        <source>Yellow</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="18"/>
        <source>Blue</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="19"/>
        <source>Red</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="19"/>
        <source>Pink</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="22"/>
        <source>Thin</source>
        <comment>@label brush size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="22"/>
        <source>Medium</source>
        <comment>@label brush size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="22"/>
        <source>Thick</source>
        <comment>@label brush size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="26"/>
        <source>Happy face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="26"/>
        <source>Sad face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="27"/>
        <source>Worried face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="27"/>
        <source>Cross face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="28"/>
        <source>Person</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="28"/>
        <source>Home</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="29"/>
        <source>School</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="55"/>
        <source>Pencil</source>
        <comment>@action:button drawing tool</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="63"/>
        <source>Rubber</source>
        <comment>@action:button drawing tool</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="64"/>
        <source>Rubs out what you drew</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="79"/>
        <source>Puts a picture on your drawing</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="141"/>
        <source>Drawing paper</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="142"/>
        <source>Draw with your finger or a pen. With keys: the arrows move the pencil, Space puts it down or lifts it up.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="147"/>
        <source>The pencil is down: the arrows draw. Press Space to lift it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="148"/>
        <source>Move with the arrows. Press Space to put the picture there.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="149"/>
        <source>Move with the arrows. Press Space to put the pencil down.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="162"/>
        <source>Undo</source>
        <comment>@action:button drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="163"/>
        <source>Takes away the last thing you did</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="169"/>
        <source>Redo</source>
        <comment>@action:button drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="170"/>
        <source>Puts back what you took away</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="176"/>
        <source>Clear</source>
        <comment>@action:button drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="177"/>
        <source>Starts again with clean paper. It asks you first.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="190"/>
        <source>Clear the whole drawing?</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="201"/>
        <source>No, keep it</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DrawingBoard.qml" line="205"/>
        <source>Yes, clear it</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../qml/backend/drawingcanvas.cpp" line="555"/>
        <source>This is not a saved drawing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/drawingcanvas.cpp" line="559"/>
        <source>This drawing was saved by another version of Chorus.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/drawingcanvas.cpp" line="573"/>
        <source>This saved drawing is damaged (mark %1).</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/drawingcanvas.cpp" line="589"/>
        <source>This saved drawing is damaged (it ends too early or too late).</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsScaleActivity</name>
    <message>
        <location filename="../qml/activities/FeelingsScaleActivity.qml" line="15"/>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsScaleActivity.qml" line="15"/>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsScaleActivity.qml" line="15"/>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsScaleActivity.qml" line="16"/>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsScaleActivity.qml" line="16"/>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsTimelineActivity</name>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="16"/>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="16"/>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="16"/>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="17"/>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="17"/>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="20"/>
        <source>Before</source>
        <comment>@title:group feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="21"/>
        <source>Now</source>
        <comment>@title:group feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="22"/>
        <source>Next</source>
        <comment>@title:group feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="72"/>
        <source>%1. %2</source>
        <comment>@title:group step number. moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FeelingsTimelineActivity.qml" line="97"/>
        <source>%1: %2</source>
        <comment>@info:accessible moment: feeling</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="16"/>
        <source>Set up Chorus</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="25"/>
        <source>Welcome to Chorus</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="26"/>
        <source>Choose a passphrase</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="27"/>
        <source>Your recovery key</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="28"/>
        <source>Connect to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="34"/>
        <source>Chorus helps children and families tell you what matters to them. Everything is kept locked on this device.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="38"/>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="45"/>
        <source>Start setting up</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="52"/>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="53"/>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="60"/>
        <source>The passphrase unlocks Chorus on this device. Use a few words that you will remember and others will not guess.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="64"/>
        <location filename="../qml/pages/FirstRunPage.qml" line="70"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="74"/>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="80"/>
        <source>Type the passphrase again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="86"/>
        <source>At least %1 characters.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="98"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="107"/>
        <source>Create the locked store</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="122"/>
        <source>If the passphrase is ever forgotten, this key is the only way back in. Write it down and keep it somewhere safe. It will not be shown again.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="145"/>
        <source>Recovery key: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="152"/>
        <source>I&apos;ve written it down</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="156"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="165"/>
        <source>If your team has a Chorus hub, type its address. You can leave this empty and add it later.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="169"/>
        <location filename="../qml/pages/FirstRunPage.qml" line="175"/>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="182"/>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeTextActivity</name>
    <message>
        <location filename="../qml/activities/FreeTextActivity.qml" line="42"/>
        <source>Your words</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/FreeTextActivity.qml" line="57"/>
        <source>Keep my words</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="19"/>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="37"/>
        <source>Consultations on this device</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="40"/>
        <source>Lock</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="41"/>
        <source>Locks Chorus now</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="47"/>
        <source>Nothing is waiting to be sent to the hub.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="48"/>
        <source>Answers waiting to be sent to the hub: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="61"/>
        <source>There are no consultations yet. Set one up to begin.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="99"/>
        <source>Set up %1 · %2 activities · %3 taking part</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106"/>
        <source>Start a session</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="107"/>
        <source>Start a session for %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="115"/>
        <source>Start in their own time</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="116"/>
        <source>The young person answers over a few days with their own PIN, and sends the answers when ready</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="129"/>
        <source>Sessions not finished</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="154"/>
        <source>%1 · %2 · started %3 · answers saved: %4</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="160"/>
        <source>In their own time: waiting for them to send their answers.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="161"/>
        <source>In their own time, but their PIN no longer works: carry on to let them choose a new one.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="166"/>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="167"/>
        <source>Carry on the session of %1 where it stopped</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="181"/>
        <source>New consultation</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="185"/>
        <source>Settings</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="189"/>
        <source>Sync with the hub</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="54"/>
        <source>Check before sharing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="55"/>
        <source>Check before sharing: %1 waiting</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="56"/>
        <source>Answers wait here for your approval before they go to the team</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../qml/components/LanguagePicker.qml" line="23"/>
        <source>Change the language</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveChildModeDialog</name>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="17"/>
        <source>For the practitioner</source>
        <comment>@title:dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="51"/>
        <source>Type your passphrase or PIN to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="52"/>
        <source>Type your passphrase to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="57"/>
        <source>Practitioner passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="58"/>
        <source>Practitioner passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="69"/>
        <source>Back to the session</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveChildModeDialog.qml" line="77"/>
        <source>Leave</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagicWandActivity</name>
    <message>
        <location filename="../qml/activities/MagicWandActivity.qml" line="46"/>
        <source>My wish</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/MagicWandActivity.qml" line="61"/>
        <source>Make my wish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>Chorus</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralPage</name>
    <message>
        <location filename="../qml/pages/NeutralPage.qml" line="10"/>
        <location filename="../qml/pages/NeutralPage.qml" line="21"/>
        <source>Notes</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/NeutralPage.qml" line="25"/>
        <source>No notes yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/NeutralPage.qml" line="30"/>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTimePage</name>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="15"/>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="15"/>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="15"/>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="16"/>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="16"/>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="19"/>
        <location filename="../qml/pages/OwnTimePage.qml" line="43"/>
        <source>Your answers so far</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="42"/>
        <source>Thank you! Your answers were sent.</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="47"/>
        <source>They are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="51"/>
        <source>You have not saved any answers yet. That is fine.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="98"/>
        <source>Change this answer</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="103"/>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="124"/>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="129"/>
        <source>Keep them for later</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="130"/>
        <source>Locks Chorus. Your PIN brings you back to your answers.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="134"/>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="135"/>
        <source>Sends all your answers. After this you cannot change them.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePage.qml" line="143"/>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTimePinPage</name>
    <message>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="11"/>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="36"/>
        <source>Choose your PIN</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="40"/>
        <source>You can answer a bit at a time, over a few days. Your answers are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="43"/>
        <source>Choose a PIN of at least 6 numbers to come back to them. Keep it to yourself.</source>
        <comment>@info own-time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="46"/>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="51"/>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="56"/>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="61"/>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OwnTimePinPage.qml" line="71"/>
        <source>Save my PIN</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackActivityModel</name>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="137"/>
        <source>Feelings scale</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="139"/>
        <source>Choice with pictures</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="141"/>
        <source>Writing</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="143"/>
        <source>Magic wand</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="149"/>
        <source>Card sort</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="151"/>
        <source>Feelings timeline</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="153"/>
        <source>Circles of people</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="145"/>
        <source>Drawing</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/packactivitymodel.cpp" line="147"/>
        <source>Three houses</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageColumn</name>
    <message>
        <location filename="../qml/components/PageColumn.qml" line="23"/>
        <source>Scroll the page</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPictures</name>
    <message>
        <location filename="../qml/components/ProgressPictures.qml" line="16"/>
        <source>Activity %1 of %2</source>
        <comment>@info:progress</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../qml/components/QuickExitButton.qml" line="9"/>
        <source>Quick exit</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuickExitButton.qml" line="19"/>
        <source>Hides this screen straight away</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../qml/backend/readaloud.cpp" line="61"/>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/readaloud.cpp" line="63"/>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/readaloud.cpp" line="68"/>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="17"/>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="17"/>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="17"/>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="18"/>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="18"/>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="21"/>
        <location filename="../qml/pages/ReviewPage.qml" line="51"/>
        <source>What you told us</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="40"/>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="51"/>
        <source>Thank you!</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="55"/>
        <source>Please give the tablet back to the person you are working with.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="60"/>
        <source>You have not saved any answers. That is fine.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="125"/>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="142"/>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="147"/>
        <source>I have finished</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="107"/>
        <source>Your voice note</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueCard</name>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="40"/>
        <source>%1 · %2</source>
        <comment>@info consultation and question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="57"/>
        <source>What they said (stays on this device)</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="60"/>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="62"/>
        <source>What they said: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="85"/>
        <source>What the team will see</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="91"/>
        <source>The team will see: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="103"/>
        <source>More words to hide (separate them with commas)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="109"/>
        <source>More words to hide</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="114"/>
        <source>Summary for the team: the voice note never leaves this device, so the team reads this instead. Names and places in it are hidden too.</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="120"/>
        <source>Summary of the voice note</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="130"/>
        <source>Use this summary</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="135"/>
        <source>Hide these words and approve</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="135"/>
        <source>Approve</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="142"/>
        <source>Approve with the drawing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="143"/>
        <source>Sharing drawings was agreed</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="147"/>
        <source>Hold back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReviewQueueCard.qml" line="148"/>
        <source>This answer is never sent</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../qml/pages/ReviewQueuePage.qml" line="16"/>
        <location filename="../qml/pages/ReviewQueuePage.qml" line="30"/>
        <source>Check before sharing</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewQueuePage.qml" line="33"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewQueuePage.qml" line="34"/>
        <source>Back to the consultations</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewQueuePage.qml" line="40"/>
        <source>Nothing is waiting to be checked. When a participant&apos;s answers are ready to share, they wait here until you approve them.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewQueuePage.qml" line="41"/>
        <source>Answers waiting to be checked: %1. Nothing is sent until you approve it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <location filename="../qml/components/ScopeQuestion.qml" line="40"/>
        <source>Yes</source>
        <comment>@option:radio consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ScopeQuestion.qml" line="43"/>
        <source>Yes: %1</source>
        <comment>@option:radio consent, %1 is what is agreed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ScopeQuestion.qml" line="50"/>
        <source>No</source>
        <comment>@option:radio consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ScopeQuestion.qml" line="53"/>
        <source>No: %1</source>
        <comment>@option:radio consent, %1 is what is refused</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="171"/>
        <source>Choose an age group, a role and who is agreeing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="186"/>
        <source>Without keeping answers on this tablet there is nothing to do: stop here.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="196"/>
        <source>Choose a made-up name for the participant.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="268"/>
        <source>Your answer is kept safe but not saved yet: the tablet is full.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="657"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="664"/>
        <source>Choose %1 to 12 numbers that are not all the same or in a row.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="714"/>
        <source>This session cannot be carried on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="720"/>
        <source>This session cannot be carried on: the consent for it is no longer in force.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1036"/>
        <source>%1. %2</source>
        <comment>@info ranked card: place. label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1048"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1063"/>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1082"/>
        <source>%1: %2</source>
        <comment>@info a group: what is in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1053"/>
        <source>Before</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1054"/>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1055"/>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1056"/>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1056"/>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1057"/>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1057"/>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1058"/>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1068"/>
        <source>Closest</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1068"/>
        <source>Close</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1069"/>
        <source>A bit further</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="1070"/>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="519"/>
        <source>There is no house called &quot;%1&quot;.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="905"/>
        <source>A drawing</source>
        <comment>@info review</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sessioncontroller.cpp" line="908"/>
        <source>A voice note (%1)</source>
        <comment>@info review</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="20"/>
        <source>Activities</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="41"/>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="107"/>
        <source>Saved</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="114"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="119"/>
        <source>Skip</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="124"/>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SessionPage.qml" line="130"/>
        <source>I want to stop</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="14"/>
        <location filename="../qml/pages/SettingsPage.qml" line="23"/>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="26"/>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="30"/>
        <source>Text size: %1%</source>
        <comment>@label:slider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="42"/>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>High contrast</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="51"/>
        <source>Easy-to-read font (OpenDyslexic)</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="56"/>
        <source>Less movement</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="61"/>
        <source>Lock after this many minutes without use</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="74"/>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <location filename="../qml/pages/SettingsPage.qml" line="97"/>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="104"/>
        <source>Practitioner PIN: set</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="105"/>
        <source>Practitioner PIN (optional)</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="109"/>
        <source>Lets you leave a child&apos;s session with a short PIN instead of the passphrase. It never unlocks Chorus. After 3 wrong PINs the passphrase is needed.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="114"/>
        <source>New practitioner PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="116"/>
        <source>New PIN (4 to 12 numbers)</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="121"/>
        <source>New practitioner PIN again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="123"/>
        <source>The same PIN again</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="133"/>
        <source>Save PIN</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="142"/>
        <source>Remove PIN</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="148"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="16"/>
        <location filename="../qml/pages/SetupPage.qml" line="33"/>
        <source>New consultation</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="24"/>
        <source>Choose an activity pack</source>
        <comment>@title:dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="25"/>
        <source>Activity packs (*.json)</source>
        <comment>@item:inlistbox file type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="36"/>
        <source>Activity pack</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="39"/>
        <source>Using: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="40"/>
        <source>Choose the activities children will do.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="47"/>
        <source>Use the example pack</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="51"/>
        <source>Import a pack file</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="59"/>
        <location filename="../qml/pages/SetupPage.qml" line="64"/>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="67"/>
        <location filename="../qml/pages/SetupPage.qml" line="72"/>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="75"/>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="88"/>
        <source>Days to keep answers</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="108"/>
        <source>Activities, in order</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="144"/>
        <source>Use: %1</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="165"/>
        <source>Move up: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="171"/>
        <source>Move down: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="182"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupPage.qml" line="189"/>
        <source>Save the consultation</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDescription</name>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="22"/>
        <source>Voice note, %1 (stays on this device)</source>
        <comment>@info what is shared of a voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="30"/>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="32"/>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="34"/>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="36"/>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="38"/>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="75"/>
        <source>%1: %2</source>
        <comment>@info a pile of cards and the cards in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="86"/>
        <source>Picked: %1</source>
        <comment>@info the chosen options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="89"/>
        <source>Feeling: %1</source>
        <comment>@info the face picked on the feelings scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="93"/>
        <source>In this order: %1</source>
        <comment>@info cards ranked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="104"/>
        <source>%1: %2</source>
        <comment>@info a part of an activity and the words in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="113"/>
        <source>The drawing</source>
        <comment>@info a drawing that is shared</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="115"/>
        <source>The drawing goes only if a practitioner approves it with the drawing.</source>
        <comment>@info a drawing waiting for approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/backend/sharedescription.cpp" line="118"/>
        <source>The drawing stays on this device.</source>
        <comment>@info a drawing that is not shared</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <location filename="../qml/components/SharePreview.qml" line="28"/>
        <source>This is exactly what the team will see. Your name is not on it: names and places are hidden. You can take anything out before it is sent.</source>
        <comment>@info share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SharePreview.qml" line="29"/>
        <source>Nothing from this session will be sent to the team.</source>
        <comment>@info share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SharePreview.qml" line="36"/>
        <source>What the team will see</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePreviewCard</name>
    <message>
        <location filename="../qml/components/SharePreviewCard.qml" line="75"/>
        <source>Someone on the team checks this first, to make sure nothing gives away who you are.</source>
        <comment>@info share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SharePreviewCard.qml" line="78"/>
        <source>Take this out</source>
        <comment>@action:button share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SharePreviewCard.qml" line="79"/>
        <source>The team will not see your answer to: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <location filename="../qml/components/SpeakButton.qml" line="14"/>
        <source>Stop reading</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SpeakButton.qml" line="14"/>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SpeakButton.qml" line="15"/>
        <source>Reads the words on this screen out loud</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../qml/backend/synccontroller.cpp" line="138"/>
        <source>The certificate file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="17"/>
        <location filename="../qml/pages/SyncPage.qml" line="28"/>
        <source>Sync with the hub</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="31"/>
        <source>This device is not enrolled with a hub yet. Ask the hub&apos;s administrator for an enrolment code.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="32"/>
        <source>This device is enrolled with %1 as a young person&apos;s own device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="33"/>
        <source>This device is enrolled with %1 as a practitioner&apos;s device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="37"/>
        <source>Last successful sync: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="38"/>
        <source>Not synced successfully yet.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="41"/>
        <source>Nothing is waiting to be sent.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="42"/>
        <source>Waiting to be sent: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="46"/>
        <source>Waiting for a practitioner&apos;s review before they can be sent: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="50"/>
        <source>Withdrawals confirmed by the hub: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="54"/>
        <source>&quot;You said, we did&quot; updates received: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="57"/>
        <source>The last sync did not finish: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="70"/>
        <source>Not accepted by the hub: %1</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="78"/>
        <source>Item %1: %2</source>
        <comment>@info why the hub refused one item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="89"/>
        <source>Syncing…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="89"/>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="95"/>
        <source>Try the refused items again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="100"/>
        <source>Enrol again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="111"/>
        <source>Enrol with hub</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="114"/>
        <location filename="../qml/pages/SyncPage.qml" line="119"/>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="125"/>
        <location filename="../qml/pages/SyncPage.qml" line="130"/>
        <source>Enrolment code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="135"/>
        <source>Certificate authority file (only if your organisation uses its own)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="140"/>
        <source>Certificate authority file</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="145"/>
        <source>Enrol with hub</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SyncPage.qml" line="156"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBarChart</name>
    <message>
        <location filename="../qml/team/TeamBarChart.qml" line="39"/>
        <source>%1: %2</source>
        <comment>@info chart bar: label, count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConsultationsPage</name>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="15"/>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="57"/>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="40"/>
        <source>%1: %2</source>
        <comment>@info label: count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="47"/>
        <source>Total: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="61"/>
        <source>The hub has no consultations yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="67"/>
        <source>Load the consultations again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="80"/>
        <source>%1: %2 voices, active</source>
        <comment>@action:button consultation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="81"/>
        <source>%1: %2 voices</source>
        <comment>@action:button consultation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="88"/>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="92"/>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="96"/>
        <source>Voices heard by week</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="101"/>
        <source>Each shared answer counts as one voice: the hub cannot tell people apart. Groups smaller than %1 are not shown.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="107"/>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="116"/>
        <source>%1 (%2): %3 answers</source>
        <comment>@info activity (prompt): count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamConsultationsPage.qml" line="117"/>
        <source>%1: %2 answers</source>
        <comment>@info activity: count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFeedbackPage</name>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="23"/>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="57"/>
        <source>Feedback</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="61"/>
        <source>Choose a consultation first.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="65"/>
        <source>Activity</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="72"/>
        <source>All activities</source>
        <comment>@action:button filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="85"/>
        <source>%1 (%2)</source>
        <comment>@action:button filter: activity (prompt)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="97"/>
        <source>Kind of answer</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="104"/>
        <source>All kinds</source>
        <comment>@action:button filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="123"/>
        <source>Only answers marked as quotable</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="129"/>
        <source>Choose an activity to see its charts.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="136"/>
        <source>Answers to this activity: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="141"/>
        <source>Feelings scale: answers at each point</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="145"/>
        <source>Choices: how many chose each</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="151"/>
        <source>Card sort: ranked</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="159"/>
        <source>%1. %2: first for %3, placed by %4</source>
        <comment>@info rank. card: counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="170"/>
        <source>Circle “%1”: who put each card there</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="176"/>
        <source>Written answers: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="190"/>
        <source>Answers: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="191"/>
        <source>Answers so far: %1 (more load as you scroll)</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="216"/>
        <source>Answers</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="219"/>
        <source>Scroll the answers</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="244"/>
        <source>%1, %2: %3</source>
        <comment>@info:accessible activity, kind: answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="245"/>
        <source>Loading</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="256"/>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="265"/>
        <source>%1 · %2 · week %3 · age %4 · %5</source>
        <comment>@info record details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="266"/>
        <source>quotable</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="270"/>
        <source>Hide the drawing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="271"/>
        <source>Show the drawing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamFeedbackPage.qml" line="280"/>
        <source>The shared drawing</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFilterButton</name>
    <message>
        <location filename="../qml/team/TeamFilterButton.qml" line="14"/>
        <source>chosen</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="18"/>
        <source>Consultations</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="19"/>
        <source>Feedback</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="28"/>
        <source>Team</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="66"/>
        <source>Team review</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="67"/>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="71"/>
        <source>Sign out</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="75"/>
        <source>Back to Chorus</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="76"/>
        <source>Signs out of the team&apos;s hub and goes back</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamScreen.qml" line="101"/>
        <source>Team sections</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSignInPage</name>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="28"/>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="42"/>
        <source>Sign in to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="45"/>
        <source>Read what children and families said, without names. You need the account your hub&apos;s administrator made for you.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="52"/>
        <location filename="../qml/team/TeamSignInPage.qml" line="57"/>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="62"/>
        <location filename="../qml/team/TeamSignInPage.qml" line="67"/>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="73"/>
        <source>This is my first sign-in: I have a one-time code</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="83"/>
        <location filename="../qml/team/TeamSignInPage.qml" line="89"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="96"/>
        <location filename="../qml/team/TeamSignInPage.qml" line="102"/>
        <source>One-time code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="107"/>
        <source>New passphrase (at least 12 characters)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="113"/>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="118"/>
        <location filename="../qml/team/TeamSignInPage.qml" line="124"/>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="132"/>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/TeamSignInPage.qml" line="139"/>
        <source>Signing in…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreeHousesActivity</name>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="18"/>
        <source>House of worries</source>
        <comment>@title three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="18"/>
        <source>House of good things</source>
        <comment>@title three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="19"/>
        <source>House of dreams</source>
        <comment>@title three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="22"/>
        <source>What worries you? What is hard?</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="23"/>
        <source>What is good in your life? What goes well?</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="24"/>
        <source>What do you wish for? What would make things better?</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="203"/>
        <source>Take out</source>
        <comment>@action:button three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="204"/>
        <source>Take out: %1</source>
        <comment>@action:button three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="216"/>
        <source>Words for this house</source>
        <comment>@label:textbox three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="221"/>
        <source>Put in the house</source>
        <comment>@action:button three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activities/ThreeHousesActivity.qml" line="240"/>
        <source>Voice notes in this house: %1</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableActivity</name>
    <message>
        <location filename="../qml/activities/UnavailableActivity.qml" line="19"/>
        <source>This activity is not ready yet. Tap Skip to go on.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="11"/>
        <source>Unlock</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="22"/>
        <source>Chorus is locked</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="25"/>
        <source>Type the passphrase for this device to carry on.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="28"/>
        <location filename="../qml/pages/UnlockPage.qml" line="33"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="42"/>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="54"/>
        <source>Carry on with my own answers</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="58"/>
        <location filename="../qml/pages/UnlockPage.qml" line="64"/>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="72"/>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="80"/>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="85"/>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="86"/>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceAnswer</name>
    <message>
        <location filename="../qml/components/VoiceAnswer.qml" line="33"/>
        <source>Or say it</source>
        <comment>@title:group voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceAnswer.qml" line="37"/>
        <source>Your voice note is kept (%1). Keeping typed words instead will replace it.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceNotePlayer</name>
    <message>
        <location filename="../qml/voice/VoiceNotePlayer.qml" line="28"/>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNotePlayer.qml" line="28"/>
        <source>Listen</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNotePlayer.qml" line="29"/>
        <source>Plays your voice note</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNotePlayer.qml" line="46"/>
        <source>Place in the voice note</source>
        <comment>@label:slider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNotePlayer.qml" line="47"/>
        <source>%1 of %2</source>
        <comment>@info:accessible time played of total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNotePlayer.qml" line="58"/>
        <source>%1 of %2</source>
        <comment>@info time played of total</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceNoteRecorder</name>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="46"/>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="51"/>
        <source>Type instead</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="62"/>
        <source>Stop</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="62"/>
        <source>Record again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="62"/>
        <source>Record my voice</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="63"/>
        <source>Stops recording and keeps what you said so far</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="63"/>
        <source>Records what you say. Nothing leaves this device.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="69"/>
        <source>Carry on</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="69"/>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="83"/>
        <source>Paused</source>
        <comment>@info:accessible voice level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="83"/>
        <source>Listening</source>
        <comment>@info:accessible voice level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="99"/>
        <source>%1 of %2</source>
        <comment>@info time recorded of the most allowed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="116"/>
        <source>Keep my voice note</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="122"/>
        <source>Delete</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/VoiceNoteRecorder.qml" line="123"/>
        <source>Throws this voice note away</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::ReadAloudEngine</name>
    <message>
        <location filename="../qml/voice/readaloudengine.cpp" line="36"/>
        <location filename="../qml/voice/readaloudengine.cpp" line="44"/>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/readaloudengine.cpp" line="118"/>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/readaloudengine.cpp" line="121"/>
        <source>There is no %1 voice on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/readaloudengine.cpp" line="130"/>
        <source>Reading aloud needs a speaker or headphones, and there are none.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/readaloudengine.cpp" line="162"/>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::VoicePlayer</name>
    <message>
        <location filename="../qml/voice/voiceplayer.cpp" line="56"/>
        <source>This voice note cannot be played. It may be damaged.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voiceplayer.cpp" line="110"/>
        <source>There is no speaker or headphones to play this on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voiceplayer.cpp" line="125"/>
        <source>The voice note could not be played.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voiceplayer.cpp" line="239"/>
        <source>The voice note stopped playing. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::VoiceRecorder</name>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="129"/>
        <source>Recording your voice is not switched on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="135"/>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="142"/>
        <source>This microphone cannot be used. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="150"/>
        <location filename="../qml/voice/voicerecorder.cpp" line="266"/>
        <source>Recording did not work. Please try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="163"/>
        <source>The microphone did not start. You can try again or type instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="293"/>
        <source>The microphone stopped. What you said so far is kept.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="294"/>
        <source>The microphone stopped working. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="316"/>
        <source>Nothing was recorded. Please try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="352"/>
        <source>Recording your voice is not switched on, so this cannot be kept.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/voice/voicerecorder.cpp" line="355"/>
        <source>Your voice note could not be saved yet. It is kept here; please try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::FeedbackModel</name>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="82"/>
        <source>hidden (a small group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="277"/>
        <source>Scale: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="280"/>
        <source>Chose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="283"/>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="286"/>
        <source>Circles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="292"/>
        <source>A voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="294"/>
        <source>A drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="300"/>
        <source>Written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="303"/>
        <source>Feelings scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="306"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="309"/>
        <source>Card sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="312"/>
        <source>Circles or parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="315"/>
        <source>Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/feedbackmodel.cpp" line="318"/>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamController</name>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="113"/>
        <location filename="../qml/team/teamcontroller.cpp" line="365"/>
        <source>Your session has ended. Sign in again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="158"/>
        <location filename="../qml/team/teamcontroller.cpp" line="393"/>
        <source>Type the hub&apos;s address, for example https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="173"/>
        <source>Type your name and your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="184"/>
        <source>Type your name and the one-time code you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="188"/>
        <location filename="../qml/team/teamcontroller.cpp" line="380"/>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="192"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="358"/>
        <source>Those sign-in details were not right. Check your name, passphrase or one-time code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="362"/>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="368"/>
        <source>Your account cannot do this. Ask the team&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="371"/>
        <source>The young person did not agree to this, so it cannot be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="374"/>
        <source>That name is taken already. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="377"/>
        <source>The hub does not have this any more. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="383"/>
        <source>Chorus could not reach the hub. Check the address and the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="386"/>
        <source>The hub&apos;s certificate could not be trusted. Check the address, or ask for the team&apos;s certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="390"/>
        <source>The hub&apos;s address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="396"/>
        <source>The hub gave an answer Chorus does not understand. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="398"/>
        <source>The hub could not do this. Try again, or ask the team&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="405"/>
        <source>fewer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="413"/>
        <source>hidden (a small group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="416"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="419"/>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="422"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/team/teamcontroller.cpp" line="425"/>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamDrawing</name>
    <message>
        <location filename="../qml/team/teamdrawing.cpp" line="39"/>
        <source>This drawing could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
