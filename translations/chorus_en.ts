<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Anonymiser</name>
    <message>
        <source>[name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[school]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[place]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[email]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NHS number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NI number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[date]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[handle]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[reference]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[age]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[age %1]</source>
        <extracomment>%1 is an age band such as &quot;8-11&quot;, &quot;under 5&quot; or &quot;25+&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 of the scale</source>
        <comment>@info a scale answer without a face</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <comment>@info a face of the five-face feelings scale, e.g. Happy (4 of 5)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest to me</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to me</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit further away</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of worries</source>
        <comment>@label three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of good things</source>
        <comment>@label three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of dreams</source>
        <comment>@label three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dad</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other family</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pet</source>
        <comment>@label person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a part of an activity and the words in it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for this device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 to 12 numbers that are not all the same or in a row.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Chorus is locked: unlock it with the passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Use the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the practitioner&apos;s passphrase or PIN.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store on this device is damaged: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. After %1 more wrong tries it will stop working.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers sent in own time could not be brought in yet: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) sent in own time were damaged and were kept aside, not used. Ask your administrator to look at them.</source>
        <comment>@info:status</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries: your answers are locked. They are still safe. Ask the person you are working with to open them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no answers to come back to on this device any more.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Chorus was set up.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is not right. Check each group of letters and numbers. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>%1 (total: %2)</source>
        <comment>@info a breakdown and its total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a value and its count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Working…</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSortActivity</name>
    <message>
        <source>%1 picked up. Move it up or down, then put it down.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 picked up. Now choose a pile.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put back.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put in %2.</source>
        <comment>@info:status card sort: card, pile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cards yet. Pick up a card first.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:status pile: its cards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put down in place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cards in order: what matters most goes first. Tap a card to pick it up, move it, then put it down. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a card to pick it up, then tap a pile to put it there. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards to sort</source>
        <comment>@title:group card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 here</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>@info:accessible card sort: the pile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <comment>@info:accessible card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put down</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my order</source>
        <comment>@action:button card sort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is saved.</source>
        <comment>@info:status card sort</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceActivity</name>
    <message>
        <source>Pick as many as you like.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclesActivity</name>
    <message>
        <source>Closest to me</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to me</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit further away</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circles are full: take someone out first.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 picked up. Now choose a circle.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word first.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick someone first.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put in %2.</source>
        <comment>@info:status circles: person, circle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken out.</source>
        <comment>@info:status circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap someone, then tap a circle. You can also drag them onto the circles. You do not need to use anyone&apos;s real name.</source>
        <comment>@info circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the circles</source>
        <comment>@info:accessible circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>@action:button circles: person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else: a word for them</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the person you typed</source>
        <comment>@info:accessible circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does %1 go?</source>
        <comment>@info circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the map</source>
        <comment>@action:button circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <comment>@label centre of the circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@title:group circles</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We want to hear what you think. Your answers are kept locked on this tablet. The team only sees your words without your name, and only if you say yes. You can stop at any time. You can delete any answer. Saying no is fine.</source>
        <comment>@info consent explanation for children</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we start</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up name for you</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 7</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to 11</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 to 15</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 or 17</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-up</source>
        <comment>@option:radio age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is saying yes or no?</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child or young person</source>
        <comment>@option:radio consent giver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or carer</source>
        <comment>@option:radio consent giver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both together</source>
        <comment>@option:radio consent giver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep my answers on this tablet</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we keep your answers locked on this tablet?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you say no, we stop here. That is fine. The team only finds out that someone said no or changed their mind, never who or why.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share my words without my name</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the team see your words, without your name?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use my words as a quote</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the team use your words as a quote, without your name?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record my voice</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we record your voice? It never leaves this tablet.</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share my drawings</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the team see your drawings, without your name?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and hand over</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the consent and gives the tablet to the child</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a made-up name</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a made-up name nobody else in this consultation has</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an age</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is saying yes or no</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer to each choice</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role or staff code</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why you judge that the child understands</source>
        <comment>@info consent still missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <comment>@info %1 lists what the consent form is missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you say yes, the team also sees how long we took, which activities you did or skipped, the faces you picked, and if you used help like reading aloud or big writing. Never your name. If you change your mind, we delete all of it.</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We want to hear what you think, in your own time. Your answers are locked on this device with a PIN you choose. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.</source>
        <comment>@info consent explanation for answering in their own time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We want to hear what you think. Your answers are locked on your phone or tablet with your PIN. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.</source>
        <comment>@info consent explanation on the young person&apos;s own device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can Chorus keep your answers locked on your phone or tablet?</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can Chorus record your voice? It never leaves your phone or tablet.</source>
        <comment>@info consent scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to the young person</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person makes their own choices next, then chooses their PIN</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my choices and start</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your choices, then the questions begin</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have finished, your answers wait on your phone or tablet. You and your practitioner check them together, and only then do they go to the team.</source>
        <comment>@info consent on the young person&apos;s own device, answers checked with the practitioner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press Send, your answers go straight to the team. Nobody checks them first, so look at the preview before you send.</source>
        <comment>@info consent on the young person&apos;s own device, answers sent by them</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDetails</name>
    <message>
        <source>Consultation id (the hub&apos;s administrator asks for it)</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation id: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is taking part yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 and erase their answers</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title and purpose of %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from this device</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in simple words</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <comment>@title:dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers, drawings and voice notes are erased from this tablet now, and the team&apos;s copy is erased at the next sync. This cannot be undone.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw and erase</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <comment>@title:dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation goes from this tablet. Anyone still taking part must be withdrawn first.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <comment>@info retention date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures of withdrawn answers waiting for the hub: %1. Confirmed by the hub: %2.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by retention</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due to be removed in the next %1 days.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationSetup</name>
    <message>
        <source>The example pack is missing from this build.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open that file.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too big to be an activity pack.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity pack cannot be used: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus is locked.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity pack first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the consultation a title.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few simple words what the consultation is for.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one activity.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep answers for between %1 and %2 days.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people still take part in this consultation. Withdraw each of them first: that erases their answers here and on the hub.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding hold keeps this participant&apos;s answers for now; they are no longer used and are erased when the hold ends.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and their answers (%3)</source>
        <comment>@info retention: date, code name, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers of %2 (%3)</source>
        <comment>@info retention: date, code name, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: names to hide in this consultation</source>
        <comment>@info retention: date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what the team did, as sent by the hub (%2)</source>
        <comment>@info retention: date, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this consultation, if nobody takes part by then</source>
        <comment>@info retention: date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingActivity</name>
    <message>
        <source>Words for my drawing (if you like)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my drawing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingBoard</name>
    <message>
        <source>Black</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky blue</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <comment>@label drawing colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin</source>
        <comment>@label brush size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>@label brush size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick</source>
        <comment>@label brush size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross face</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <comment>@label drawing stamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil</source>
        <comment>@action:button drawing tool</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber</source>
        <comment>@action:button drawing tool</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubs out what you drew</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a picture on your drawing</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing paper</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw with your finger or a pen. With keys: the arrows move the pencil, Space puts it down or lifts it up.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pencil is down: the arrows draw. Press Space to lift it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move with the arrows. Press Space to put the picture there.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move with the arrows. Press Space to put the pencil down.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>@action:button drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes away the last thing you did</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>@action:button drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back what you took away</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>@action:button drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts again with clean paper. It asks you first.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the whole drawing?</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep it</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, clear it</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top left</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top right</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom left</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom right</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture ready to put down: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil down, drawing: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil up: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <comment>@label drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <comment>@label drawing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <comment>@label drawing</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>This is not a saved drawing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drawing was saved by another version of Chorus.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved drawing is damaged (mark %1).</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved drawing is damaged (it ends too early or too late).</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPickRow</name>
    <message>
        <source>Pick: %1</source>
        <comment>@option:check a feedback record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <comment>@info the themes a record is tagged with</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotable: yes</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotable: no</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person agreed to be quoted.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person did not agree to be quoted.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotable: %1</source>
        <comment>@option:check a feedback record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to quote</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsScaleActivity</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsTimelineActivity</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@title:group feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@title:group feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@title:group feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@title:group step number. moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:accessible moment: feeling</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Set up Chorus</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Chorus</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus helps children and families tell you what matters to them. Everything is kept locked on this device.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start setting up</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase unlocks Chorus on this device. Use a few words that you will remember and others will not guess.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the locked store</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back in. Write it down and keep it somewhere safe. It will not be shown again.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve written it down</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your team has a Chorus hub, type its address. You can leave this empty and add it later.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invite</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining your team</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an invite</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Chorus on your own phone or tablet with the invite your practitioner gave you</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hub address and the code from the invite your practitioner gave you.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN keeps your answers private on this device. Use 6 or more numbers that are not all the same or in a row, or a sentence you will remember.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget it, your practitioner can give you a new invite.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my Chorus</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to your team&apos;s hub…</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are locked on this device with your PIN. Now Chorus joins your team&apos;s hub, so that you can send your answers.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on without joining</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can join later on the sync page with the same invite</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkParameterCard</name>
    <message>
        <source>Parameter: %1</source>
        <comment>@title framework parameter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <comment>@info framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier: %1</source>
        <comment>@info framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data: %1</source>
        <comment>@info framework parameter without indicators</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1: %2</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a value and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations active (feedback in the last 28 days): %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback with a published action: %1 of %2</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a published action: no feedback yet</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a published action: %1%</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from feedback to action: no published action yet</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from feedback to action: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods used — creative activities: %1; words (text): %2</source>
        <comment>@info each a count or &quot;hidden to protect small groups&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback with a published action: %1; all feedback: %2</source>
        <comment>@info each a count or &quot;hidden to protect small groups&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a published action: hidden to protect small groups</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeTextActivity</name>
    <message>
        <source>Your words</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my words</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations on this device</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks Chorus now</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to the hub.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers waiting to be sent to the hub: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no consultations yet. Set one up to begin.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 · %2 activities · %3 taking part</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session for %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in their own time</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person answers over a few days with their own PIN, and sends the answers when ready</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions not finished</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · started %3 · answers saved: %4</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own time: waiting for them to send their answers.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own time, but their PIN no longer works: carry on to let them choose a new one.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on the session of %1 where it stopped</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sharing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sharing: %1 waiting</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers wait here for your approval before they go to the team</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News from the team</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · answers from the team: %3</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 what the team did</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands the tablet over in child mode, showing only what the team did about their words</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the hub</source>
        <comment>@info:status consultation published by the team</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: no new sessions</source>
        <comment>@info:status consultation closed on the hub</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own time: answers sent. They can look back at them with their PIN.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own time: their answers are locked after too many wrong PINs.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their answers again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets %1 try their PIN again</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End their own-time view</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases what %1 can see on this device with their PIN</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and people</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation&apos;s id, who is taking part, edit and delete</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session of %1; the answers saved stay</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your Chorus</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to answer yet. Sync with the hub to get the questions from your team.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the team did</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Chorus locks soon to keep the answers safe. Seconds left: %1</source>
        <comment>@info:status idle warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <comment>@action:button idle warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus stays open</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteScanPanel</name>
    <message>
        <source>Hold the QR code of the invite in front of the camera.</source>
        <comment>@info:status invite scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That QR code is not a Chorus invite. Hold up the code on your practitioner&apos;s screen.</source>
        <comment>@info:status invite scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite was read. Press Next to carry on.</source>
        <comment>@info:status invite scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found. Type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus is not allowed to use the camera on this device. Ask whoever looks after it to allow the camera, or type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not be started. Another app may be using it. Try again, or type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the invite&apos;s QR code with the camera</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the camera sees</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Change the language</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveChildModeDialog</name>
    <message>
        <source>For the practitioner</source>
        <comment>@title:dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase or PIN to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the session</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagicWandActivity</name>
    <message>
        <source>My wish</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my wish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chorus</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralPage</name>
    <message>
        <source>Notes</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnAnswersWaiting</name>
    <message numerus="yes">
        <source>%n of your answers are waiting to be saved because this device is full. They are kept safe and locked. When there is space, Chorus saves them and you can send them.</source>
        <comment>@info:status own-time</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnTimePage</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers so far</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your answers were sent.</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not saved any answers yet. That is fine.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this answer</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them for later</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks Chorus. Your PIN brings you back to your answers.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends all your answers. After this you cannot change them.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button change or delete: the answer&apos;s question</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTimePinPage</name>
    <message>
        <source>Choose your PIN</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can answer a bit at a time, over a few days. Your answers are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my PIN</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers, or a sentence only you know, to come back to them. Keep it to yourself.</source>
        <comment>@info own-time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTimeUnlock</name>
    <message>
        <source>Carry on with my own answers</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackActivityModel</name>
    <message>
        <source>Feelings scale</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice with pictures</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic wand</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles of people</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three houses</source>
        <comment>@label:activity type</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageScrollBar</name>
    <message>
        <source>Scroll the page</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Element: %1</source>
        <comment>@title participation card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <comment>@info participation figure: label, value, sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPictures</name>
    <message>
        <source>Activity %1 of %2</source>
        <comment>@info:progress</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this screen straight away</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <source>Use the recovery key</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Chorus was set up on this device, then choose a new passphrase. The old passphrase stops working.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and keep the new passphrase</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Consultation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack: %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the young people safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes are printed only where the young person agreed to be quoted and the team chose them. What the team wrote is printed as they wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What young people told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers have been received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has not made any themes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes have been chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions have been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many answers have led to a published action: the framework&apos;s figures for coproduction and for learning and evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers with a published action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a published action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from answer to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count from 1 to %1 is printed. Where a hidden count could be worked out from the others, other counts are hidden too, large ones and zeros alike, and every hidden count reads “hidden to protect small groups”. The counts printed may differ from the true ones by up to 2, so that they cannot be subtracted from each other. Each answer counts once: the hub cannot tell people apart, so the figures are answers, not people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lundy&apos;s model of children&apos;s participation: space to take part, help to give a view, an audience that listens, and influence on what happens. Then who has not been heard yet, and the time it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers read by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers chosen as quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to first read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices told what the team did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard of those hoped for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per voice heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aged %2: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aged %2: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aged %2: liked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic wand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three houses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dyslexia-friendly font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyboard or switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewErrors</name>
    <message>
        <source>The hub could not do this. Try again, or ask the team&apos;s administrator.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme name</source>
        <comment>@info field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;You said&quot;</source>
        <comment>@info field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;We did&quot;</source>
        <comment>@info field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <comment>@info field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <comment>@info field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those sign-in details were not right. Check your name, passphrase or one-time code and try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot do this. Ask the team&apos;s administrator.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person did not agree to be quoted, so this record cannot be marked quotable.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person did not agree to this, so it cannot be done.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme with this name already exists in this consultation. Choose another name.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is taken already. Choose another one.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not have this any more. It may have been removed.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the %1.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as year-month-day, for example 2026-03-31.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept the %1.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the action to at least one feedback record or theme.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or more feedback records first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the action before publishing it.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus could not reach the hub. Check the address and the connection.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be trusted. Check the address, or ask for the team&apos;s certificate file.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https://.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, for example https://hub.example.org.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub gave an answer Chorus does not understand. Try again later.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space to save %1. Nothing was saved; free some space and try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved there. Nothing was saved; choose a folder you can save in.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made from the hub&apos;s answer, so %1 was not saved. Try again later.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports are not available in this build.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you told us</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the tablet back to the person you are working with.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not saved any answers. That is fine.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice note</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button change or delete: the answer&apos;s question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to your team what the preview above shows</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my answers to check with my practitioner</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers wait on this device until you and your practitioner check them together</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueCard</name>
    <message>
        <source>%1 · %2</source>
        <comment>@info consultation and question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said (stays on this device)</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team will see</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team will see: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More words to hide (separate them with commas)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More words to hide</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the team: the voice note never leaves this device, so the team reads this instead. Names and places in it are hidden too.</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the voice note</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this summary</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these words and approve</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with the drawing</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing drawings was agreed</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is never sent</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their drawing</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden by Chorus</source>
        <comment>@label words the anonymiser hid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide “%1” again</source>
        <comment>@action:button a word the anonymiser hid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “%1”: not identifying</source>
        <comment>@action:button a word the anonymiser hid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team will read this word</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team reads %1 instead</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Check before sharing</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the consultations</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be checked. When a participant&apos;s answers are ready to share, they wait here until you approve them.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers waiting to be checked: %1. Nothing is sent until you approve it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all %1 as shown</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares every answer below as the team would see it; drawings go only when approved one by one</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>Yes</source>
        <comment>@option:radio consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <comment>@option:radio consent, %1 is what is agreed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>@option:radio consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <comment>@option:radio consent, %1 is what is refused</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Choose an age group, a role and who is agreeing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keeping answers on this tablet there is nothing to do: stop here.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a made-up name for the participant.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is kept safe but not saved yet: the tablet is full.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be carried on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be carried on: the consent for it is no longer in force.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@info ranked card: place. label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a group: what is in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit further</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no house called &quot;%1&quot;.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing</source>
        <comment>@info review</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice note (%1)</source>
        <comment>@info review</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation has been closed on the hub: no new sessions can start. The answers already given are kept.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least %1 numbers that are not all the same or in a row, or a sentence of %2 or more letters.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in this consultation already has that made-up name. Choose another.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are not saved yet because the tablet is full. Free some space, then finish again; nothing is lost meanwhile.</source>
        <comment>@info:status</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your answers are not saved yet because this device is full. They are kept safe. When there is space again they are saved, and then you can send them.</source>
        <comment>@info:status own-time</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Activities</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to stop</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back to my Chorus</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <comment>@label:slider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy-to-read font (OpenDyslexic)</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less movement</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner PIN: set</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner PIN (optional)</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets you leave a child&apos;s session with a short PIN instead of the passphrase. It never unlocks Chorus. After 3 wrong PINs the passphrase is needed.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practitioner PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4 to 12 numbers)</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practitioner PIN again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a child is in an activity, lock after this many minutes</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before locking, Chorus shows a countdown for 30 seconds; a touch keeps it open.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>@option:radio on-screen keyboard when no keyboard is attached</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <comment>@option:radio on-screen keyboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>@option:radio on-screen keyboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic shows the on-screen keyboard on a touch screen with no keyboard attached. A change takes effect the next time Chorus starts.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New consultation</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity pack</source>
        <comment>@title:dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity packs (*.json)</source>
        <comment>@item:inlistbox file type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activities children will do.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the example pack</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack file</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities, in order</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consultation</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDescription</name>
    <message>
        <source>Voice note, %1 (stays on this device)</source>
        <comment>@info what is shared of a voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a pile of cards and the cards in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <comment>@info the chosen options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling: %1</source>
        <comment>@info the face picked on the feelings scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this order: %1</source>
        <comment>@info cards ranked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing</source>
        <comment>@info a drawing that is shared</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing goes only if a practitioner approves it with the drawing.</source>
        <comment>@info a drawing waiting for approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing stays on this device.</source>
        <comment>@info a drawing that is not shared</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>This is exactly what the team will see. Your name is not on it: names and places are hidden. You can take anything out before it is sent.</source>
        <comment>@info share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from this session will be sent to the team.</source>
        <comment>@info share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team will see</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePreviewCard</name>
    <message>
        <source>Someone on the team checks this first, to make sure nothing gives away who you are.</source>
        <comment>@info share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this out</source>
        <comment>@action:button share preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team will not see your answer to: %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing, as the team will see it</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>Stop reading</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the words on this screen out loud</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button read aloud: what it reads</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sent this time: %1. Answers the hub confirmed: %2. Withdrawals the hub confirmed: %3.</source>
        <comment>@info:status sync report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <comment>@info:status sync report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the hub this time: %1.</source>
        <comment>@info:status sync report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity packs received: %1.</source>
        <comment>@info:status sync report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates received: %1.</source>
        <comment>@info:status sync report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync had nothing to send; what is waiting now goes with the next sync.</source>
        <comment>@info:status sync report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hub address from the invite, for example hub.example.org.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite code has 32 letters and numbers. Check that none are missing.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a mistake in the invite code or the hub address. Check each letter and number against the invite.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invite cannot be used. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the hub</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with a hub yet. Ask the hub&apos;s administrator for an enrolment code.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is enrolled with %1 as a young person&apos;s own device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is enrolled with %1 as a practitioner&apos;s device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced successfully yet.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a practitioner&apos;s review before they can be sent: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals confirmed by the hub: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates received: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync did not finish: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the hub… You can carry on using Chorus meanwhile.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the hub: %1</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <comment>@info why the hub refused one item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this device with a hub</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite young people&apos;s own devices</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a code that young people type on their own phone or tablet to join this consultation.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many devices can use the code</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One device</source>
        <comment>@option:radio invite uses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several devices</source>
        <comment>@option:radio invite uses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>@option:radio invite expiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <comment>@option:radio invite expiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <comment>@option:radio invite expiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invite code</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invite code was made: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that can use it: %1. It works until %2.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite code is: %1</source>
        <comment>@info read aloud</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the invite code</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the refused items again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file (only if your organisation uses its own)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you judge that the young person can decide for themselves</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the invite, for a device with a camera</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the answers are shared</source>
        <comment>@label invite</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person sends them</source>
        <comment>@option:radio invite check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We check them together first</source>
        <comment>@option:radio invite check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers wait on the young person&apos;s device until you check them together.</source>
        <comment>@info invite</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person sends their own answers, after a preview of what the team will see.</source>
        <comment>@info invite</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>it is longer or larger than the hub accepts.</source>
        <comment>@info why the hub refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing it is not permitted (a drawing needs the young person&apos;s consent and a practitioner&apos;s approval).</source>
        <comment>@info why the hub refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to a consultation this device is not enrolled for.</source>
        <comment>@info why the hub refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub could not read part of it (%1). This app or the hub may need an update.</source>
        <comment>@info why the hub refused; %1 is a technical field name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub gave the reason code &quot;%1&quot;.</source>
        <comment>@info why the hub refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device could not be read or written just now. Nothing was sent; try again, and restart the app if it happens again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped before it finished because the device was locked or the app closed. Nothing was lost: what waits is sent next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate has changed since this device enrolled, so nothing was sent. If the hub really has a new certificate, enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at %1 did not show the security certificate the invite names, so nothing was sent. Check the hub address, or ask for a new invite.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate is not trusted. If your organisation uses its own certificate authority, give its file when enrolling.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not answer within %1 seconds. Nothing was lost; try again later.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the hub. Check the network connection and the hub address. Nothing was lost.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy or had a problem. Nothing was lost; it will be tried again later.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not speak this app&apos;s version of sync: it needs an update. Nothing was lost.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept it: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already holds a different answer under the same number; it was not overwritten.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be read on this device, so it was not sent.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not confirm it; it will be sent again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not record the hub&apos;s answer; what waits will be sent again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer accepts this device (it may have been removed). Nothing was lost: what waits stays on this device. Enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device had not been in touch with the hub for 90 days, so its enrolment has ended. Nothing was lost: what waits stays on this device. Enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with a hub yet. Enrol with a code from the hub first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of activity packs could not be fetched from the hub this time; it will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub lists an activity pack whose name or version this app cannot read, so it was skipped. The hub&apos;s administrator can check the packs it publishes.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 could not be fetched this time; it will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 arrived changed on the way (it does not match the hub&apos;s checksum), so it was not used. It will be fetched again next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 from the hub is not a valid pack, so it was not used. The hub&apos;s administrator can check it against the example pack (chorus-hub example-pack). What is wrong, in the pack format&apos;s terms: %3</source>
        <comment>@info:status; %3 is the pack checker&apos;s technical reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 from the hub differs from the pack with the same name and version on this device, so it was not used. The hub&apos;s administrator should publish the changed pack with a new version number.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 could not be kept on this device; it will be tried again next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation &quot;%1&quot; is published on the hub too; this device keeps its own, made here.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not take records of how sessions went yet. They wait on this device until the hub is updated; the answers were sent.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not take the consultation &quot;%1&quot; made on this device, so its answers wait here. Ask the hub&apos;s administrator; nothing was lost.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations from the hub could not be fetched or kept this time; they will be fetched again next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates could not be fetched this time; they will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hub&apos;s address like https://hub.example.org</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address must begin with https:// so that what is sent is protected.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrolment code has 12 letters and digits, like ABCD-EFGH-JKMN. Check the code and try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file holds no certificate.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file could not be read.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not know this code. Check it and try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chorus hub answers at %1. Check the address.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the enrolment: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read; nothing was saved. The hub may need an update.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate could not be read; nothing was saved.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 1 to 100 devices.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time from 1 hour to 30 days.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a practitioner&apos;s device can make invites; this device joined with an invite itself.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the invite: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamActionsPage</name>
    <message>
        <source>You said, we did</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action saved as a draft. Children see it only once it is published.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action published. It goes to the children&apos;s devices at their next sync.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this action? It goes to the devices of the children whose feedback it is linked to, and they will read it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not publish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new action</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the action</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said (what we heard)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did (what we did or will do)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to themes</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link theme: %1</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to feedback records</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save action</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info action status, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records: %1; linked themes: %2</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: children can see it</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not sent to anyone yet</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <comment>@info:accessible action state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>@info:accessible action state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish action: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBarChart</name>
    <message>
        <source>%1: %2</source>
        <comment>@info chart bar: label, count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info label: count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no consultations yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the consultations again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices heard by week</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each shared answer counts as one voice: the hub cannot tell people apart. Groups smaller than %1 are not shown.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — voices heard: %2, active</source>
        <comment>@action:button consultation: its id, a count or &quot;hidden to protect small groups&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — voices heard: %2</source>
        <comment>@action:button consultation: its id, a count or &quot;hidden to protect small groups&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — answers: %3</source>
        <comment>@info activity (prompt): a count or &quot;hidden to protect small groups&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answers: %2</source>
        <comment>@info activity: a count or &quot;hidden to protect small groups&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDevicesPage</name>
    <message>
        <source>Devices</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that have not been in touch with the hub for 90 days expire and must enrol again. Revoke a device that is lost or stolen: it can no longer sync.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the devices again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has enrolled with the hub yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, consultation %2</source>
        <comment>@info device role, consultation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <comment>@action:button device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, revoke %1</source>
        <comment>@action:button device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer sync until it enrols again</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>@action:button device</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamExportPage</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>@item:inlistbox file type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports hold anonymised records and counts only. Small numbers stay hidden exactly as the hub hides them. Keep exported files somewhere safe.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records (CSV)</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every anonymised record of this consultation, with its themes.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by role, age band and week.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports are not available in this build.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (English)</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (Welsh)</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFeedbackPage</name>
    <message>
        <source>Feedback</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a consultation first.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <comment>@action:button filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@action:button filter: activity (prompt)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <comment>@action:button filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers marked as quotable</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity to see its charts.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to this activity: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings scale: answers at each point</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices: how many chose each</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sort: ranked</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: first for %3, placed by %4</source>
        <comment>@info rank. card: counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle “%1”: who put each card there</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answers: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers so far: %1 (more load as you scroll)</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the answers</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>@info:accessible activity, kind: answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · week %3 · age %4 · %5</source>
        <comment>@info record details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotable</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared drawing</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the drawing smaller</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the drawing larger</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFilterButton</name>
    <message>
        <source>chosen</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFrameworkPage</name>
    <message>
        <source>Framework</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for innovation in children&apos;s social care: %1 clusters, %2 parameters. Numbers come from the feedback on the hub; parameters that Chorus does not measure say so.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show figures for every consultation</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for every consultation on the hub.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for this consultation.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <comment>@title framework cluster</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamParticipationPage</name>
    <message>
        <source>Participation</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we have heard and who not yet, which ways of asking worked, whether the team listened and acted, and how long it took. Small numbers are hidden to protect children.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show figures for every consultation</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we mean to hear</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people of each group the team hopes to hear in this consultation, notes on groups to reach, and the practitioner hours planned. Leave a box empty for a group you do not count.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to reach (for example care leavers, disabled children)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to reach</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner hours planned</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save who we mean to hear</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how many we hope to hear</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Consultations</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team review</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Chorus</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs out of the team&apos;s hub and goes back</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sections</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSignInPage</name>
    <message>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what children and families said, without names. You need the account your hub&apos;s administrator made for you.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my first sign-in: I have a one-time code</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamThemesPage</name>
    <message>
        <source>Themes</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme created.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picked records are tagged.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme is removed from the picked records.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked quotable.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer quotable.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme name</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create theme</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes in this consultation</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked records: %1</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, records tagged: %2</source>
        <comment>@item theme name and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show feedback for %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag picked records with %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from picked records</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback behind %1</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All feedback</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all feedback</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear picks</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback to show.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>a drawing</source>
        <comment>@item feedback without words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voice note</source>
        <comment>@item feedback without words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no words</source>
        <comment>@item feedback without words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item feedback kind: its words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisers</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision and values</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivations</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case for change</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and implementation features</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree of &apos;fit&apos;</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The innovation design</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduction</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implementation process</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational capability</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce capacity</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce knowledge and skills</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational culture, climate and processes</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration and participation</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitudes</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust, emotions and relationships</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and evaluation</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro context</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional and regulatory conditions</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political and policy agendas</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public perceptions</source>
        <comment>@title framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus collects no data for this parameter.</source>
        <comment>@info framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feedback has been received yet.</source>
        <comment>@info framework</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three houses or circles</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 5</source>
        <comment>@item age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <comment>@item age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>@item age band, e.g. 8-11 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>@item action status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing</source>
        <comment>@item action status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@item action status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <comment>@info a hidden count: small, hidden with a small one, or a zero</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreeHousesActivity</name>
    <message>
        <source>House of worries</source>
        <comment>@title three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of good things</source>
        <comment>@title three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of dreams</source>
        <comment>@title three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worries you? What is hard?</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is good in your life? What goes well?</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you wish for? What would make things better?</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out</source>
        <comment>@action:button three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out: %1</source>
        <comment>@action:button three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for this house</source>
        <comment>@label:textbox three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the house</source>
        <comment>@action:button three houses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice notes in this house: %1</source>
        <comment>@info three houses</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableActivity</name>
    <message>
        <source>This activity is not ready yet. Tap Skip to go on.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chorus is locked</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for this device to carry on.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Use the recovery key</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Chorus with the recovery key written down when it was set up, then choose a new passphrase</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN to open your answers.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your PIN? Your practitioner can give you a new invite.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up name for you</source>
        <comment>@label:textbox field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities, in order</source>
        <comment>@label field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <comment>@label field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is saying yes or no?</source>
        <comment>@label field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>@label field named in an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase or key is not right.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device is damaged and could not be read. Nothing more was changed; ask your administrator for help.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer on this device; it may have been deleted.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no consent in force covers this answer. Record the consent first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on this device. Nothing was lost; free some space and try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device could not be read or written just now. Nothing was lost; try again, and restart the app if it happens again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in this consultation already has that made-up name. Choose another.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The made-up name looks like contact details. Choose a made-up name with no email address or phone number.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first: an empty answer is not saved.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <comment>@info:status a field left empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long or empty: use at most %2 characters.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not accepted. Check it and try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is already here.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved because something in it was not as this app expects. Nothing was lost; try again, and tell your administrator if it happens again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceAnswer</name>
    <message>
        <source>Or say it</source>
        <comment>@title:group voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice note is kept (%1). Keeping typed words instead will replace it.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceNotePlayer</name>
    <message>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays your voice note</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the voice note</source>
        <comment>@label:slider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:accessible time played of total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info time played of total</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceNoteRecorder</name>
    <message>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type instead</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record again</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my voice</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops recording and keeps what you said so far</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records what you say. Nothing leaves this device.</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>@info:accessible voice level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <comment>@info:accessible voice level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info time recorded of the most allowed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my voice note</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>@action:button voice note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throws this voice note away</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WayRatingQuestion</name>
    <message>
        <source>Did you like telling us this way?</source>
        <comment>@label way rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I liked it</source>
        <comment>@label way rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was OK</source>
        <comment>@label way rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not like it</source>
        <comment>@label way rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have to answer this.</source>
        <comment>@info way rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the faces question aloud</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeDidModel</name>
    <message>
        <source>What the team did could not be read. Please try again later.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeDidPage</name>
    <message>
        <source>We plan to:</source>
        <comment>@label before what the team will do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are working on it:</source>
        <comment>@label before what the team is doing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did:</source>
        <comment>@label before what the team did</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team says:</source>
        <comment>@label before the team&apos;s words, status not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <comment>@info the date the team gave for an action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <comment>@action:button leave what the team did</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your answers</source>
        <comment>@info:accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us what you think. This is what the team is doing about it.</source>
        <comment>@info what the team did</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet — the team will tell you here what they do about what you said.</source>
        <comment>@info what the team did, empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us:</source>
        <comment>@label before what the child said</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my Chorus</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingIndicator</name>
    <message>
        <source>Working…</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::ReadAloudEngine</name>
    <message>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 voice on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs a speaker or headphones, and there are none.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::VoicePlayer</name>
    <message>
        <source>This voice note cannot be played. It may be damaged.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no speaker or headphones to play this on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice note could not be played.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice note stopped playing. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::VoiceRecorder</name>
    <message>
        <source>Recording your voice is not switched on.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This microphone cannot be used. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording did not work. Please try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone did not start. You can try again or type instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped. What you said so far is kept.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording your voice is not switched on, so this cannot be kept.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice note could not be saved yet. It is kept here; please try again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::FeedbackModel</name>
    <message>
        <source>Written answer</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles or parts</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <comment>@item feedback kind</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::PackWords</name>
    <message>
        <source>Chose: %1</source>
        <comment>@info choices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <comment>@info cards ranked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a pile and its cards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::ParticipationModel</name>
    <message>
        <source>%1%</source>
        <comment>@info a share in per cent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info a count and its share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>@label adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice notes</source>
        <comment>@label adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <comment>@label adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>@label adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyslexia-friendly font</source>
        <comment>@label adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard or switch</source>
        <comment>@label adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <comment>@label language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>@label language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>@label language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <comment>@label role group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <comment>@label role group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <comment>@label role group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carers</source>
        <comment>@label role group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1</source>
        <comment>@label age band group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many children and adults took part in a session.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own time</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a young person did on their own, not with a practitioner.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few to show without pointing to someone.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that used %1: the bar is their share of all sessions.</source>
        <comment>@info %1 an adaptation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held in %1.</source>
        <comment>@info %1 a language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <comment>@title Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safe, inclusive chance to take part.</source>
        <comment>@info Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered %1 times: finished %2, skipped %3; about %4 seconds each; %5 children said they liked telling this way.</source>
        <comment>@info a way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <comment>@info hidden median</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <comment>@title Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped to say what they think: which ways of telling worked.</source>
        <comment>@info Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the team</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers a reviewer has opened at least once.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given a theme</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the team sorted into a theme.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen as a quote</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the team marked to quote.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to first read</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the answers were read within this many days of arriving.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <comment>@title Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listened to by people who can act.</source>
        <comment>@info Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered with an action</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the team has published a &quot;you said, we did&quot; for.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices told</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that sent answers and have received what the team did.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <comment>@title Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on, and told what changed.</source>
        <comment>@info Lundy element</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard yet: %1 hoped for.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heard of %2 hoped for.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info heard of hoped for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to reach</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s own notes on whom it means to hear.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we mean to hear</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin can record the group the team means to hear.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>@title participation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we have heard, and who not yet.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner hours</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time practitioners spent in sessions, pauses left out.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: too few sessions to show their time.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per voice heard</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much practitioner time it took to hear one person.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned against used</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <comment>@info used of planned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours planned</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours used so far, against the hours the team planned.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resourcing</source>
        <comment>@title participation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it takes.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic wand</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles of people</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three houses</source>
        <comment>@label way of telling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of telling: %1</source>
        <comment>@label activity type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1: finished %2, skipped %3, left unfinished %4; %5 said they liked telling this way.</source>
        <comment>@info a way of telling for one age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aged %2</source>
        <comment>@label a way of telling for an age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who were asked and said no on the consent page. The team learns only how many, never who or why.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew their answers</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who took part and later asked for their answers to be erased.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamController</name>
    <message>
        <source>Under 5</source>
        <comment>@item age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <comment>@item age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <comment>@item age band, e.g. 8 to 11 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: it can no longer sync</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: not in touch for %1 days</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person&apos;s own device</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practitioner&apos;s device</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in touch: %1</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is revoked. It can no longer sync; what it had sent stays on the hub.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name and your passphrase.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name and the one-time code you were given.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <comment>@info a hidden count: small, hidden with a small one, or a zero</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@item role of the person heard</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamDrawing</name>
    <message>
        <source>This drawing could not be shown.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
