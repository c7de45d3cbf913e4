<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Anonymiser</name>
    <message>
        <source>[name]</source>
        <translation>[enw]</translation>
    </message>
    <message>
        <source>[school]</source>
        <translation>[ysgol]</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>[lle]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[cod post]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[ffôn]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[e-bost]</translation>
    </message>
    <message>
        <source>[NHS number]</source>
        <translation>[rhif GIG]</translation>
    </message>
    <message>
        <source>[NI number]</source>
        <translation>[rhif Yswiriant Gwladol]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[dyddiad]</translation>
    </message>
    <message>
        <source>[handle]</source>
        <translation>[enw defnyddiwr]</translation>
    </message>
    <message>
        <source>[reference]</source>
        <translation>[cyfeirnod]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[oed]</translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation>[dyddiad geni]</translation>
    </message>
    <message>
        <source>under 5</source>
        <translation>dan 5</translation>
    </message>
    <message>
        <source>[age %1]</source>
        <extracomment>%1 is an age band such as &quot;8-11&quot;, &quot;under 5&quot; or &quot;25+&quot;</extracomment>
        <translation>[oed %1]</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[wedi’i guddio]</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>Point %1 of the scale</source>
        <comment>@info a scale answer without a face</comment>
        <translation>Pwynt %1 ar y raddfa</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <comment>@info a face of the five-face feelings scale, e.g. Happy (4 of 5)</comment>
        <translation>%1 (%2 o 5)</translation>
    </message>
    <message>
        <source>Closest to me</source>
        <comment>@label circles</comment>
        <translation>Agosaf ata i</translation>
    </message>
    <message>
        <source>Close to me</source>
        <comment>@label circles</comment>
        <translation>Agos ata i</translation>
    </message>
    <message>
        <source>A bit further away</source>
        <comment>@label circles</comment>
        <translation>Ychydig ymhellach</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation>Tu allan i&apos;r cylchoedd</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@label feelings timeline</comment>
        <translation>O&apos;r blaen</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>House of worries</source>
        <comment>@label three houses</comment>
        <translation>Tŷ&apos;r pryderon</translation>
    </message>
    <message>
        <source>House of good things</source>
        <comment>@label three houses</comment>
        <translation>Tŷ&apos;r pethau da</translation>
    </message>
    <message>
        <source>House of dreams</source>
        <comment>@label three houses</comment>
        <translation>Tŷ&apos;r breuddwydion</translation>
    </message>
    <message>
        <source>Mum</source>
        <comment>@label person</comment>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Dad</source>
        <comment>@label person</comment>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@label person</comment>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <comment>@label person</comment>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <comment>@label person</comment>
        <translation>Nain neu Taid</translation>
    </message>
    <message>
        <source>Brother</source>
        <comment>@label person</comment>
        <translation>Brawd</translation>
    </message>
    <message>
        <source>Sister</source>
        <comment>@label person</comment>
        <translation>Chwaer</translation>
    </message>
    <message>
        <source>Other family</source>
        <comment>@label person</comment>
        <translation>Teulu arall</translation>
    </message>
    <message>
        <source>Friend</source>
        <comment>@label person</comment>
        <translation>Ffrind</translation>
    </message>
    <message>
        <source>Teacher</source>
        <comment>@label person</comment>
        <translation>Athro neu athrawes</translation>
    </message>
    <message>
        <source>Social worker</source>
        <comment>@label person</comment>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Pet</source>
        <comment>@label person</comment>
        <translation>Anifail anwes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a part of an activity and the words in it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember.</source>
        <comment>@info:status</comment>
        <translation>Defnyddiwch o leiaf %1 nod. Mae brawddeg fer yn hawdd ei chofio.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Type the passphrase for this device.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch y cyfrinymadrodd ar gyfer y ddyfais hon.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch eich PIN.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation>Dydy&apos;r ddau PIN ddim yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Choose %1 to 12 numbers that are not all the same or in a row.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch rhwng %1 a 12 rhif sydd ddim i gyd yr un fath nac mewn rhes.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <comment>@info:status</comment>
        <translation>Aeth rhywbeth o&apos;i le.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Chorus is locked: unlock it with the passphrase.</source>
        <comment>@info:status</comment>
        <translation>Gormod o gynigion anghywir. Mae Chorus wedi&apos;i gloi: datgloiwch ef gyda&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Use the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation>Gormod o PINau anghywir. Defnyddiwch gyfrinymadrodd yr ymarferydd.</translation>
    </message>
    <message>
        <source>That is not the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation>Nid dyna gyfrinymadrodd yr ymarferydd.</translation>
    </message>
    <message>
        <source>That is not the practitioner&apos;s passphrase or PIN.</source>
        <comment>@info:status</comment>
        <translation>Nid dyna gyfrinymadrodd na PIN yr ymarferydd.</translation>
    </message>
    <message>
        <source>That passphrase is not right. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Ar ôl %1 cynnig anghywir arall, bydd y data ar y ddyfais hon yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation>Gormod o gynigion anghywir: nid oes modd agor y data ar y ddyfais hon mwyach.</translation>
    </message>
    <message>
        <source>The store on this device is damaged: %1</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r storfa ar y ddyfais hon wedi&apos;i difrodi: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. After %1 more wrong tries it will stop working.</source>
        <comment>@info:status</comment>
        <translation>Dydy&apos;r PIN yna ddim yn gywir. Ar ôl %1 cynnig anghywir arall bydd yn peidio â gweithio.</translation>
    </message>
    <message>
        <source>Answers sent in own time could not be brought in yet: %1</source>
        <comment>@info:status</comment>
        <translation>Doedd dim modd dod ag atebion a anfonwyd yn eu hamser eu hunain i mewn eto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) sent in own time were damaged and were kept aside, not used. Ask your administrator to look at them.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>Roedd %n set o atebion a anfonwyd yn eu hamser eu hunain wedi&apos;u difrodi ac fe&apos;u cadwyd o&apos;r neilltu, heb eu defnyddio. Gofynnwch i&apos;ch gweinyddwr edrych arnyn nhw.</numerusform>
            <numerusform>Roedd %n set o atebion a anfonwyd yn eu hamser eu hunain wedi&apos;u difrodi ac fe&apos;u cadwyd o&apos;r neilltu, heb eu defnyddio. Gofynnwch i&apos;ch gweinyddwr edrych arnyn nhw.</numerusform>
            <numerusform>Roedd %n set o atebion a anfonwyd yn eu hamser eu hunain wedi&apos;u difrodi ac fe&apos;u cadwyd o&apos;r neilltu, heb eu defnyddio. Gofynnwch i&apos;ch gweinyddwr edrych arnyn nhw.</numerusform>
            <numerusform>Roedd %n set o atebion a anfonwyd yn eu hamser eu hunain wedi&apos;u difrodi ac fe&apos;u cadwyd o&apos;r neilltu, heb eu defnyddio. Gofynnwch i&apos;ch gweinyddwr edrych arnyn nhw.</numerusform>
            <numerusform>Roedd %n set o atebion a anfonwyd yn eu hamser eu hunain wedi&apos;u difrodi ac fe&apos;u cadwyd o&apos;r neilltu, heb eu defnyddio. Gofynnwch i&apos;ch gweinyddwr edrych arnyn nhw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries: your answers are locked. They are still safe. Ask the person you are working with to open them again.</source>
        <comment>@info:status</comment>
        <translation>Gormod o gynigion anghywir: mae eich atebion wedi&apos;u cloi. Maen nhw&apos;n dal yn ddiogel. Gofynnwch i&apos;r person rydych chi&apos;n gweithio gyda nhw eu hagor eto.</translation>
    </message>
    <message>
        <source>There are no answers to come back to on this device any more.</source>
        <comment>@info:status</comment>
        <translation>Does dim atebion i ddod yn ôl atyn nhw ar y ddyfais hon mwyach.</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Chorus was set up.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch yr allwedd adfer a ysgrifennoch pan gafodd Chorus ei osod.</translation>
    </message>
    <message>
        <source>That recovery key is not right. Check each group of letters and numbers. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r allwedd adfer honno&apos;n gywir. Gwiriwch bob grŵp o lythrennau a rhifau. Ar ôl %1 cynnig anghywir arall bydd y data ar y ddyfais hon yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>%1 (total: %2)</source>
        <comment>@info a breakdown and its total</comment>
        <translation>%1 (cyfanswm: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a value and its count</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Working…</source>
        <comment>@info:status</comment>
        <translation>Wrthi&apos;n gweithio…</translation>
    </message>
</context>
<context>
    <name>CardSortActivity</name>
    <message>
        <source>%1 picked up. Move it up or down, then put it down.</source>
        <comment>@info:status card sort</comment>
        <translation>Mae %1 wedi&apos;i godi. Symuda fe i fyny neu i lawr, yna rho fe i lawr.</translation>
    </message>
    <message>
        <source>%1 picked up. Now choose a pile.</source>
        <comment>@info:status card sort</comment>
        <translation>Mae %1 wedi&apos;i godi. Nawr dewisa bentwr.</translation>
    </message>
    <message>
        <source>%1 put back.</source>
        <comment>@info:status card sort</comment>
        <translation>Mae %1 wedi&apos;i roi yn ôl.</translation>
    </message>
    <message>
        <source>%1 put in %2.</source>
        <comment>@info:status card sort: card, pile</comment>
        <translation>Mae %1 yn %2 nawr.</translation>
    </message>
    <message>
        <source>%1 has no cards yet. Pick up a card first.</source>
        <comment>@info:status card sort</comment>
        <translation>Does dim cardiau yn %1 eto. Coda gerdyn yn gyntaf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:status pile: its cards</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 moved to place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation>Mae %1 wedi symud i le %2 o %3.</translation>
    </message>
    <message>
        <source>%1 put down in place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation>Mae %1 wedi&apos;i roi i lawr yn lle %2 o %3.</translation>
    </message>
    <message>
        <source>Put the cards in order: what matters most goes first. Tap a card to pick it up, move it, then put it down. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation>Rho&apos;r cardiau mewn trefn: mae&apos;r peth pwysicaf yn mynd gyntaf. Tapia gerdyn i&apos;w godi, symuda fe, yna rho fe i lawr. Galli di hefyd lusgo&apos;r cardiau.</translation>
    </message>
    <message>
        <source>Tap a card to pick it up, then tap a pile to put it there. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation>Tapia gerdyn i&apos;w godi, yna tapia bentwr i&apos;w roi yno. Galli di hefyd lusgo&apos;r cardiau.</translation>
    </message>
    <message>
        <source>Cards to sort</source>
        <comment>@title:group card sort</comment>
        <translation>Cardiau i&apos;w trefnu</translation>
    </message>
    <message>
        <source>Picked up</source>
        <comment>@info:accessible card sort</comment>
        <translation>Wedi&apos;i godi</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <comment>@info:accessible card sort</comment>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <source>Put %1 here</source>
        <comment>@info:accessible card sort</comment>
        <translation>Rho %1 yma</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <comment>@info:accessible card sort</comment>
        <translation>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>@info:accessible card sort: the pile</comment>
        <translation>Yn %1</translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <comment>@info:accessible card sort</comment>
        <translation>Lle %1 o %2</translation>
    </message>
    <message>
        <source>Move up</source>
        <comment>@action:button card sort</comment>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <comment>@action:button card sort</comment>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Put down</source>
        <comment>@action:button card sort</comment>
        <translation>Rho i lawr</translation>
    </message>
    <message>
        <source>This is my order</source>
        <comment>@action:button card sort</comment>
        <translation>Dyma fy nhrefn i</translation>
    </message>
    <message>
        <source>Your order is saved.</source>
        <comment>@info:status card sort</comment>
        <translation>Mae dy drefn wedi&apos;i chadw.</translation>
    </message>
</context>
<context>
    <name>ChoiceActivity</name>
    <message>
        <source>Pick as many as you like.</source>
        <comment>@info</comment>
        <translation>Dewisa gymaint ag wyt ti eisiau.</translation>
    </message>
    <message>
        <source>Pick one.</source>
        <comment>@info</comment>
        <translation>Dewisa un.</translation>
    </message>
</context>
<context>
    <name>CirclesActivity</name>
    <message>
        <source>Closest to me</source>
        <comment>@action:button circles</comment>
        <translation>Agosaf ata i</translation>
    </message>
    <message>
        <source>Close to me</source>
        <comment>@action:button circles</comment>
        <translation>Agos ata i</translation>
    </message>
    <message>
        <source>A bit further away</source>
        <comment>@action:button circles</comment>
        <translation>Ychydig ymhellach</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@action:button circles</comment>
        <translation>Tu allan i&apos;r cylchoedd</translation>
    </message>
    <message>
        <source>The circles are full: take someone out first.</source>
        <comment>@info:status circles</comment>
        <translation>Mae&apos;r cylchoedd yn llawn: tynna rywun allan yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 picked up. Now choose a circle.</source>
        <comment>@info:status circles</comment>
        <translation>Mae %1 wedi&apos;i godi. Nawr dewisa gylch.</translation>
    </message>
    <message>
        <source>Type a word first.</source>
        <comment>@info:status circles</comment>
        <translation>Teipia air yn gyntaf.</translation>
    </message>
    <message>
        <source>Pick someone first.</source>
        <comment>@info:status circles</comment>
        <translation>Dewisa rywun yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 put in %2.</source>
        <comment>@info:status circles: person, circle</comment>
        <translation>Mae %1 yn %2 nawr.</translation>
    </message>
    <message>
        <source>%1 taken out.</source>
        <comment>@info:status circles</comment>
        <translation>Mae %1 wedi&apos;i dynnu allan.</translation>
    </message>
    <message>
        <source>Tap someone, then tap a circle. You can also drag them onto the circles. You do not need to use anyone&apos;s real name.</source>
        <comment>@info circles</comment>
        <translation>Tapia rywun, yna tapia gylch. Galli di hefyd eu llusgo i&apos;r cylchoedd. Does dim angen i ti ddefnyddio enw go iawn neb.</translation>
    </message>
    <message>
        <source>Add to the circles</source>
        <comment>@info:accessible circles</comment>
        <translation>Ychwanegu at y cylchoedd</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>@action:button circles: person</comment>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Someone else: a word for them</source>
        <comment>@label circles</comment>
        <translation>Rhywun arall: gair amdanyn nhw</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button circles</comment>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Adds the person you typed</source>
        <comment>@info:accessible circles</comment>
        <translation>Yn ychwanegu&apos;r person wnest ti ei deipio</translation>
    </message>
    <message>
        <source>Where does %1 go?</source>
        <comment>@info circles</comment>
        <translation>Ble mae %1 yn mynd?</translation>
    </message>
    <message>
        <source>Take off the map</source>
        <comment>@action:button circles</comment>
        <translation>Tynnu oddi ar y map</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>@label centre of the circles</comment>
        <translation>Fi</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@title:group circles</comment>
        <translation>Tu allan i&apos;r cylchoedd</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We want to hear what you think. Your answers are kept locked on this tablet. The team only sees your words without your name, and only if you say yes. You can stop at any time. You can delete any answer. Saying no is fine.</source>
        <comment>@info consent explanation for children</comment>
        <translation>Rydyn ni eisiau clywed beth rwyt ti&apos;n ei feddwl. Mae dy atebion yn cael eu cadw dan glo ar y dabled hon. Dim ond dy eiriau heb dy enw mae&apos;r tîm yn eu gweld, a dim ond os wyt ti&apos;n dweud ie. Gelli di stopio unrhyw bryd. Gelli di ddileu unrhyw ateb. Mae&apos;n iawn dweud na.</translation>
    </message>
    <message>
        <source>Before we start</source>
        <comment>@title:page</comment>
        <translation>Cyn i ni ddechrau</translation>
    </message>
    <message>
        <source>A made-up name for you</source>
        <comment>@label:textbox</comment>
        <translation>Enw dychmygol i ti</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>@label</comment>
        <translation>Oed</translation>
    </message>
    <message>
        <source>5 to 7</source>
        <comment>@option:radio age</comment>
        <translation>5 i 7</translation>
    </message>
    <message>
        <source>8 to 11</source>
        <comment>@option:radio age</comment>
        <translation>8 i 11</translation>
    </message>
    <message>
        <source>12 to 15</source>
        <comment>@option:radio age</comment>
        <translation>12 i 15</translation>
    </message>
    <message>
        <source>16 or 17</source>
        <comment>@option:radio age</comment>
        <translation>16 neu 17</translation>
    </message>
    <message>
        <source>Grown-up</source>
        <comment>@option:radio age</comment>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <source>Who is saying yes or no?</source>
        <comment>@label</comment>
        <translation>Pwy sy&apos;n dweud ie neu na?</translation>
    </message>
    <message>
        <source>The child or young person</source>
        <comment>@option:radio consent giver</comment>
        <translation>Y plentyn neu&apos;r person ifanc</translation>
    </message>
    <message>
        <source>A parent or carer</source>
        <comment>@option:radio consent giver</comment>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>Both together</source>
        <comment>@option:radio consent giver</comment>
        <translation>Y ddau gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>@title:group</comment>
        <translation>Dy ddewisiadau</translation>
    </message>
    <message>
        <source>keep my answers on this tablet</source>
        <comment>@info consent scope</comment>
        <translation>cadw fy atebion ar y dabled hon</translation>
    </message>
    <message>
        <source>Can we keep your answers locked on this tablet?</source>
        <comment>@info consent scope</comment>
        <translation>Gawn ni gadw dy atebion dan glo ar y dabled hon?</translation>
    </message>
    <message>
        <source>If you say no, we stop here. That is fine. The team only finds out that someone said no or changed their mind, never who or why.</source>
        <comment>@info</comment>
        <translation>Os wyt ti&apos;n dweud na, rydyn ni&apos;n stopio yma. Mae hynny&apos;n iawn. Y cyfan mae&apos;r tîm yn ei wybod yw bod rhywun wedi dweud na neu wedi newid ei feddwl, byth pwy na pham.</translation>
    </message>
    <message>
        <source>share my words without my name</source>
        <comment>@info consent scope</comment>
        <translation>rhannu fy ngeiriau heb fy enw</translation>
    </message>
    <message>
        <source>Can the team see your words, without your name?</source>
        <comment>@info consent scope</comment>
        <translation>Gaiff y tîm weld dy eiriau, heb dy enw?</translation>
    </message>
    <message>
        <source>use my words as a quote</source>
        <comment>@info consent scope</comment>
        <translation>defnyddio fy ngeiriau fel dyfyniad</translation>
    </message>
    <message>
        <source>Can the team use your words as a quote, without your name?</source>
        <comment>@info consent scope</comment>
        <translation>Gaiff y tîm ddefnyddio dy eiriau fel dyfyniad, heb dy enw?</translation>
    </message>
    <message>
        <source>record my voice</source>
        <comment>@info consent scope</comment>
        <translation>recordio fy llais</translation>
    </message>
    <message>
        <source>Can we record your voice? It never leaves this tablet.</source>
        <comment>@info consent scope</comment>
        <translation>Gawn ni recordio dy lais? Fydd e byth yn gadael y dabled hon.</translation>
    </message>
    <message>
        <source>share my drawings</source>
        <comment>@info consent scope</comment>
        <translation>rhannu fy lluniau</translation>
    </message>
    <message>
        <source>Can the team see your drawings, without your name?</source>
        <comment>@info consent scope</comment>
        <translation>Gaiff y tîm weld dy luniau, heb dy enw?</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@title:group</comment>
        <translation>Ar gyfer yr ymarferydd</translation>
    </message>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation>Eich rôl neu god staff</translation>
    </message>
    <message>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox</comment>
        <translation>Pam rydych chi&apos;n barnu bod y plentyn yn deall</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Save and hand over</source>
        <comment>@action:button</comment>
        <translation>Cadw a throsglwyddo</translation>
    </message>
    <message>
        <source>Saves the consent and gives the tablet to the child</source>
        <comment>@info:accessible</comment>
        <translation>Yn cadw&apos;r caniatâd ac yn rhoi&apos;r dabled i&apos;r plentyn</translation>
    </message>
    <message>
        <source>a made-up name</source>
        <comment>@info consent still missing</comment>
        <translation>enw dychmygol</translation>
    </message>
    <message>
        <source>a made-up name nobody else in this consultation has</source>
        <comment>@info consent still missing</comment>
        <translation>enw dychmygol nad oes gan neb arall yn yr ymgynghoriad hwn</translation>
    </message>
    <message>
        <source>an age</source>
        <comment>@info consent still missing</comment>
        <translation>oedran</translation>
    </message>
    <message>
        <source>who is saying yes or no</source>
        <comment>@info consent still missing</comment>
        <translation>pwy sy&apos;n dweud ie neu na</translation>
    </message>
    <message>
        <source>an answer to each choice</source>
        <comment>@info consent still missing</comment>
        <translation>ateb i bob dewis</translation>
    </message>
    <message>
        <source>your role or staff code</source>
        <comment>@info consent still missing</comment>
        <translation>eich rôl neu&apos;ch cod staff</translation>
    </message>
    <message>
        <source>why you judge that the child understands</source>
        <comment>@info consent still missing</comment>
        <translation>pam rydych chi&apos;n barnu bod y plentyn yn deall</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <comment>@info %1 lists what the consent form is missing</comment>
        <translation>Angen o hyd: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>If you say yes, the team also sees how long we took, which activities you did or skipped, the faces you picked, and if you used help like reading aloud or big writing. Never your name. If you change your mind, we delete all of it.</source>
        <comment>@info consent scope</comment>
        <translation>Os wyt ti&apos;n dweud ie, mae&apos;r tîm hefyd yn gweld faint o amser gymeron ni, pa weithgareddau wnest ti neu eu hepgor, yr wynebau wnest ti eu dewis, ac os wnest ti ddefnyddio help fel darllen yn uchel neu ysgrifen fawr. Byth dy enw. Os wyt ti&apos;n newid dy feddwl, rydyn ni&apos;n dileu&apos;r cyfan.</translation>
    </message>
    <message>
        <source>We want to hear what you think, in your own time. Your answers are locked on this device with a PIN you choose. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.</source>
        <comment>@info consent explanation for answering in their own time</comment>
        <translation>Rydyn ni eisiau clywed beth rydych chi&apos;n ei feddwl, yn eich amser eich hun. Mae eich atebion wedi&apos;u cloi ar y ddyfais hon gyda PIN rydych chi&apos;n ei ddewis. Chi sy&apos;n dewis beth all y tîm ei weld, a fyddan nhw byth yn gweld eich enw. Gallwch stopio unrhyw bryd, a dileu unrhyw ateb cyn i chi ei anfon. Mae&apos;n iawn dweud na.</translation>
    </message>
    <message>
        <source>We want to hear what you think. Your answers are locked on your phone or tablet with your PIN. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.</source>
        <comment>@info consent explanation on the young person&apos;s own device</comment>
        <translation>Rydyn ni eisiau clywed beth rydych chi&apos;n ei feddwl. Mae eich atebion wedi&apos;u cloi ar eich ffôn neu dabled gyda&apos;ch PIN. Chi sy&apos;n dewis beth all y tîm ei weld, a fyddan nhw byth yn gweld eich enw. Gallwch stopio unrhyw bryd, a dileu unrhyw ateb cyn i chi ei anfon. Mae&apos;n iawn dweud na.</translation>
    </message>
    <message>
        <source>Can Chorus keep your answers locked on your phone or tablet?</source>
        <comment>@info consent scope</comment>
        <translation>Ydy Chorus yn cael cadw eich atebion wedi&apos;u cloi ar eich ffôn neu dabled?</translation>
    </message>
    <message>
        <source>Can Chorus record your voice? It never leaves your phone or tablet.</source>
        <comment>@info consent scope</comment>
        <translation>Ydy Chorus yn cael recordio eich llais? Nid yw byth yn gadael eich ffôn neu dabled.</translation>
    </message>
    <message>
        <source>Hand over to the young person</source>
        <comment>@action:button</comment>
        <translation>Rhoi i&apos;r person ifanc</translation>
    </message>
    <message>
        <source>The young person makes their own choices next, then chooses their PIN</source>
        <comment>@info:accessible</comment>
        <translation>Mae&apos;r person ifanc yn gwneud ei ddewisiadau ei hun nesaf, yna&apos;n dewis ei PIN</translation>
    </message>
    <message>
        <source>Save my choices and start</source>
        <comment>@action:button</comment>
        <translation>Cadw fy newisiadau a dechrau</translation>
    </message>
    <message>
        <source>Saves your choices, then the questions begin</source>
        <comment>@info:accessible</comment>
        <translation>Yn cadw eich dewisiadau, yna mae&apos;r cwestiynau&apos;n dechrau</translation>
    </message>
    <message>
        <source>When you have finished, your answers wait on your phone or tablet. You and your practitioner check them together, and only then do they go to the team.</source>
        <comment>@info consent on the young person&apos;s own device, answers checked with the practitioner</comment>
        <translation>Pan fyddwch chi wedi gorffen, mae eich atebion yn aros ar eich ffôn neu dabled. Rydych chi a&apos;ch ymarferydd yn eu gwirio gyda&apos;ch gilydd, a dim ond wedyn y maen nhw&apos;n mynd i&apos;r tîm.</translation>
    </message>
    <message>
        <source>When you press Send, your answers go straight to the team. Nobody checks them first, so look at the preview before you send.</source>
        <comment>@info consent on the young person&apos;s own device, answers sent by them</comment>
        <translation>Pan fyddwch chi&apos;n pwyso Anfon, mae eich atebion yn mynd yn syth i&apos;r tîm. Does neb yn eu gwirio yn gyntaf, felly edrychwch ar y rhagolwg cyn anfon.</translation>
    </message>
</context>
<context>
    <name>ConsultationDetails</name>
    <message>
        <source>Consultation id (the hub&apos;s administrator asks for it)</source>
        <comment>@label</comment>
        <translation>Rhif adnabod yr ymgynghoriad (mae gweinyddwr yr hyb yn gofyn amdano)</translation>
    </message>
    <message>
        <source>Consultation id: %1</source>
        <comment>@info:accessible</comment>
        <translation>Rhif adnabod yr ymgynghoriad: %1</translation>
    </message>
    <message>
        <source>Taking part</source>
        <comment>@title:group</comment>
        <translation>Yn cymryd rhan</translation>
    </message>
    <message>
        <source>Nobody is taking part yet.</source>
        <comment>@info</comment>
        <translation>Does neb yn cymryd rhan eto.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <comment>@action:button</comment>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Withdraw %1 and erase their answers</source>
        <comment>@info:accessible</comment>
        <translation>Tynnu %1 yn ôl a dileu eu hatebion</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Change the title and purpose of %1</source>
        <comment>@info:accessible</comment>
        <translation>Newid teitl a diben %1</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <comment>@action:button</comment>
        <translation>Dileu&apos;r ymgynghoriad</translation>
    </message>
    <message>
        <source>Delete %1 from this device</source>
        <comment>@info:accessible</comment>
        <translation>Dileu %1 o&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What it is for, in simple words</source>
        <comment>@label:textbox</comment>
        <translation>Beth yw ei ddiben, mewn geiriau syml</translation>
    </message>
    <message>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <comment>@title:dialog</comment>
        <translation>Tynnu %1 yn ôl?</translation>
    </message>
    <message>
        <source>Their answers, drawings and voice notes are erased from this tablet now, and the team&apos;s copy is erased at the next sync. This cannot be undone.</source>
        <comment>@info</comment>
        <translation>Mae eu hatebion, eu lluniau a&apos;u nodiadau llais yn cael eu dileu o&apos;r dabled hon nawr, ac mae copi&apos;r tîm yn cael ei ddileu yn y cysoni nesaf. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Withdraw and erase</source>
        <comment>@action:button</comment>
        <translation>Tynnu&apos;n ôl a dileu</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>@action:button</comment>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <comment>@title:dialog</comment>
        <translation>Dileu %1?</translation>
    </message>
    <message>
        <source>The consultation goes from this tablet. Anyone still taking part must be withdrawn first.</source>
        <comment>@info</comment>
        <translation>Mae&apos;r ymgynghoriad yn mynd o&apos;r dabled hon. Rhaid tynnu unrhyw un sy&apos;n dal i gymryd rhan yn ôl yn gyntaf.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <comment>@info retention date</comment>
        <translation>Yn cael ei gadw tan %1</translation>
    </message>
    <message>
        <source>Erasures of withdrawn answers waiting for the hub: %1. Confirmed by the hub: %2.</source>
        <comment>@info:status</comment>
        <translation>Dileadau atebion a dynnwyd yn ôl sy&apos;n aros am yr hwb: %1. Wedi&apos;u cadarnhau gan yr hwb: %2.</translation>
    </message>
    <message>
        <source>Removed by retention</source>
        <comment>@title:group</comment>
        <translation>Yn cael ei ddileu pan ddaw&apos;r cyfnod cadw i ben</translation>
    </message>
    <message>
        <source>Nothing is due to be removed in the next %1 days.</source>
        <comment>@info</comment>
        <translation>Does dim i&apos;w ddileu yn ystod y %1 diwrnod nesaf.</translation>
    </message>
</context>
<context>
    <name>ConsultationSetup</name>
    <message>
        <source>The example pack is missing from this build.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r pecyn enghreifftiol ar goll o&apos;r fersiwn hon.</translation>
    </message>
    <message>
        <source>Cannot open that file.</source>
        <comment>@info:status</comment>
        <translation>Methu agor y ffeil honno.</translation>
    </message>
    <message>
        <source>That file is too big to be an activity pack.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r ffeil honno&apos;n rhy fawr i fod yn becyn gweithgareddau.</translation>
    </message>
    <message>
        <source>This activity pack cannot be used: %1</source>
        <comment>@info:status</comment>
        <translation>Does dim modd defnyddio&apos;r pecyn gweithgareddau hwn: %1</translation>
    </message>
    <message>
        <source>Chorus is locked.</source>
        <comment>@info:status</comment>
        <translation>Mae Chorus wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>Choose an activity pack first.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch becyn gweithgareddau yn gyntaf.</translation>
    </message>
    <message>
        <source>Give the consultation a title.</source>
        <comment>@info:status</comment>
        <translation>Rhowch deitl i&apos;r ymgynghoriad.</translation>
    </message>
    <message>
        <source>Say in a few simple words what the consultation is for.</source>
        <comment>@info:status</comment>
        <translation>Dywedwch mewn ychydig eiriau syml beth yw pwrpas yr ymgynghoriad.</translation>
    </message>
    <message>
        <source>Choose at least one activity.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch o leiaf un gweithgaredd.</translation>
    </message>
    <message>
        <source>Keep answers for between %1 and %2 days.</source>
        <comment>@info:status</comment>
        <translation>Cadwch atebion am rhwng %1 a %2 diwrnod.</translation>
    </message>
    <message>
        <source>%1 people still take part in this consultation. Withdraw each of them first: that erases their answers here and on the hub.</source>
        <comment>@info:status</comment>
        <translation>Mae %1 o bobl yn dal i gymryd rhan yn yr ymgynghoriad hwn. Tynnwch bob un ohonyn nhw&apos;n ôl yn gyntaf: mae hynny&apos;n dileu eu hatebion yma ac ar yr hyb.</translation>
    </message>
    <message>
        <source>A safeguarding hold keeps this participant&apos;s answers for now; they are no longer used and are erased when the hold ends.</source>
        <comment>@info:status</comment>
        <translation>Mae cadw at ddibenion diogelu yn cadw atebion y cyfranogwr hwn am y tro; nid ydyn nhw&apos;n cael eu defnyddio mwyach a chânt eu dileu pan ddaw&apos;r cadw i ben.</translation>
    </message>
    <message>
        <source>%1: %2 and their answers (%3)</source>
        <comment>@info retention: date, code name, count</comment>
        <translation>%1: %2 a&apos;u hatebion (%3)</translation>
    </message>
    <message>
        <source>%1: answers of %2 (%3)</source>
        <comment>@info retention: date, code name, count</comment>
        <translation>%1: atebion %2 (%3)</translation>
    </message>
    <message>
        <source>%1: names to hide in this consultation</source>
        <comment>@info retention: date</comment>
        <translation>%1: enwau i&apos;w cuddio yn yr ymgynghoriad hwn</translation>
    </message>
    <message>
        <source>%1: what the team did, as sent by the hub (%2)</source>
        <comment>@info retention: date, count</comment>
        <translation>%1: beth wnaeth y tîm, fel y&apos;i hanfonwyd gan yr hwb (%2)</translation>
    </message>
    <message>
        <source>%1: this consultation, if nobody takes part by then</source>
        <comment>@info retention: date</comment>
        <translation>%1: yr ymgynghoriad hwn, os nad oes neb yn cymryd rhan erbyn hynny</translation>
    </message>
</context>
<context>
    <name>DrawingActivity</name>
    <message>
        <source>Words for my drawing (if you like)</source>
        <comment>@label:textbox</comment>
        <translation>Geiriau i fy llun (os wyt ti eisiau)</translation>
    </message>
    <message>
        <source>Keep my drawing</source>
        <comment>@action:button</comment>
        <translation>Cadw fy llun</translation>
    </message>
</context>
<context>
    <name>DrawingBoard</name>
    <message>
        <source>Black</source>
        <comment>@label drawing colour</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Orange</source>
        <comment>@label drawing colour</comment>
        <translation>Oren</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <comment>@label drawing colour</comment>
        <translation>Glas golau</translation>
    </message>
    <message>
        <source>Green</source>
        <comment>@label drawing colour</comment>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>@label drawing colour</comment>
        <translation>Melyn</translation>
    </message>
    <message>
        <source>Blue</source>
        <comment>@label drawing colour</comment>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Red</source>
        <comment>@label drawing colour</comment>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Pink</source>
        <comment>@label drawing colour</comment>
        <translation>Pinc</translation>
    </message>
    <message>
        <source>Thin</source>
        <comment>@label brush size</comment>
        <translation>Tenau</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>@label brush size</comment>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>Thick</source>
        <comment>@label brush size</comment>
        <translation>Trwchus</translation>
    </message>
    <message>
        <source>Happy face</source>
        <comment>@label drawing stamp</comment>
        <translation>Wyneb hapus</translation>
    </message>
    <message>
        <source>Sad face</source>
        <comment>@label drawing stamp</comment>
        <translation>Wyneb trist</translation>
    </message>
    <message>
        <source>Worried face</source>
        <comment>@label drawing stamp</comment>
        <translation>Wyneb pryderus</translation>
    </message>
    <message>
        <source>Cross face</source>
        <comment>@label drawing stamp</comment>
        <translation>Wyneb blin</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>@label drawing stamp</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@label drawing stamp</comment>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>School</source>
        <comment>@label drawing stamp</comment>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Pencil</source>
        <comment>@action:button drawing tool</comment>
        <translation>Pensil</translation>
    </message>
    <message>
        <source>Rubber</source>
        <comment>@action:button drawing tool</comment>
        <translation>Rwber</translation>
    </message>
    <message>
        <source>Rubs out what you drew</source>
        <comment>@info:accessible</comment>
        <translation>Yn rhwbio allan beth wnest ti ei dynnu</translation>
    </message>
    <message>
        <source>Puts a picture on your drawing</source>
        <comment>@info:accessible</comment>
        <translation>Yn rhoi llun bach ar dy lun</translation>
    </message>
    <message>
        <source>Drawing paper</source>
        <comment>@label</comment>
        <translation>Papur tynnu llun</translation>
    </message>
    <message>
        <source>Draw with your finger or a pen. With keys: the arrows move the pencil, Space puts it down or lifts it up.</source>
        <comment>@info:accessible</comment>
        <translation>Tynna lun gyda dy fys neu feiro. Gyda bysellau: mae&apos;r saethau&apos;n symud y pensil, mae Bylchwr yn ei roi i lawr neu&apos;n ei godi.</translation>
    </message>
    <message>
        <source>The pencil is down: the arrows draw. Press Space to lift it.</source>
        <comment>@info</comment>
        <translation>Mae&apos;r pensil i lawr: mae&apos;r saethau&apos;n tynnu llun. Pwysa Bylchwr i&apos;w godi.</translation>
    </message>
    <message>
        <source>Move with the arrows. Press Space to put the picture there.</source>
        <comment>@info</comment>
        <translation>Symuda gyda&apos;r saethau. Pwysa Bylchwr i roi&apos;r llun yno.</translation>
    </message>
    <message>
        <source>Move with the arrows. Press Space to put the pencil down.</source>
        <comment>@info</comment>
        <translation>Symuda gyda&apos;r saethau. Pwysa Bylchwr i roi&apos;r pensil i lawr.</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>@action:button drawing</comment>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Takes away the last thing you did</source>
        <comment>@info:accessible</comment>
        <translation>Yn tynnu&apos;r peth olaf wnest ti</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>@action:button drawing</comment>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>Puts back what you took away</source>
        <comment>@info:accessible</comment>
        <translation>Yn rhoi&apos;n ôl beth wnest ti ei dynnu i ffwrdd</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>@action:button drawing</comment>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Starts again with clean paper. It asks you first.</source>
        <comment>@info:accessible</comment>
        <translation>Yn dechrau eto gyda phapur glân. Mae&apos;n gofyn i ti yn gyntaf.</translation>
    </message>
    <message>
        <source>Clear the whole drawing?</source>
        <comment>@info</comment>
        <translation>Clirio&apos;r llun i gyd?</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <comment>@action:button</comment>
        <translation>Na, cadw fe</translation>
    </message>
    <message>
        <source>Yes, clear it</source>
        <comment>@action:button</comment>
        <translation>Ie, clirio fe</translation>
    </message>
    <message>
        <source>top left</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>chwith uchaf</translation>
    </message>
    <message>
        <source>top middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>canol uchaf</translation>
    </message>
    <message>
        <source>top right</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>de uchaf</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>ochr chwith</translation>
    </message>
    <message>
        <source>middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>canol</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>ochr dde</translation>
    </message>
    <message>
        <source>bottom left</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>chwith isaf</translation>
    </message>
    <message>
        <source>bottom middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>canol isaf</translation>
    </message>
    <message>
        <source>bottom right</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>de isaf</translation>
    </message>
    <message>
        <source>Picture ready to put down: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation>Llun yn barod i&apos;w osod: %1</translation>
    </message>
    <message>
        <source>Pencil down, drawing: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation>Pensil i lawr, yn tynnu llun: %1</translation>
    </message>
    <message>
        <source>Pencil up: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation>Pensil i fyny: %1</translation>
    </message>
    <message>
        <source>Tools</source>
        <comment>@label drawing</comment>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Colours</source>
        <comment>@label drawing</comment>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <source>Sizes</source>
        <comment>@label drawing</comment>
        <translation>Meintiau</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>This is not a saved drawing.</source>
        <comment>@info:status</comment>
        <translation>Nid llun wedi&apos;i gadw yw hwn.</translation>
    </message>
    <message>
        <source>This drawing was saved by another version of Chorus.</source>
        <comment>@info:status</comment>
        <translation>Cafodd y llun hwn ei gadw gan fersiwn arall o Chorus.</translation>
    </message>
    <message>
        <source>This saved drawing is damaged (mark %1).</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r llun hwn wedi&apos;i ddifrodi (marc %1).</translation>
    </message>
    <message>
        <source>This saved drawing is damaged (it ends too early or too late).</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r llun hwn wedi&apos;i ddifrodi (mae&apos;n gorffen yn rhy gynnar neu&apos;n rhy hwyr).</translation>
    </message>
</context>
<context>
    <name>FeedbackPickRow</name>
    <message>
        <source>Pick: %1</source>
        <comment>@option:check a feedback record</comment>
        <translation>Dewis: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <comment>@info the themes a record is tagged with</comment>
        <translation>Themâu: %1</translation>
    </message>
    <message>
        <source>Quotable: yes</source>
        <comment>@action:button</comment>
        <translation>Addas i&apos;w ddyfynnu: ie</translation>
    </message>
    <message>
        <source>Quotable: no</source>
        <comment>@action:button</comment>
        <translation>Addas i&apos;w ddyfynnu: na</translation>
    </message>
    <message>
        <source>This person agreed to be quoted.</source>
        <comment>@info:accessible</comment>
        <translation>Cytunodd y person hwn i gael ei ddyfynnu.</translation>
    </message>
    <message>
        <source>This person did not agree to be quoted.</source>
        <comment>@info:accessible</comment>
        <translation>Wnaeth y person hwn ddim cytuno i gael ei ddyfynnu.</translation>
    </message>
    <message>
        <source>Quotable: %1</source>
        <comment>@option:check a feedback record</comment>
        <translation>Addas i&apos;w ddyfynnu: %1</translation>
    </message>
    <message>
        <source>No consent to quote</source>
        <comment>@info</comment>
        <translation>Dim caniatâd i ddyfynnu</translation>
    </message>
</context>
<context>
    <name>FeelingsScaleActivity</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus iawn</translation>
    </message>
</context>
<context>
    <name>FeelingsTimelineActivity</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@title:group feelings timeline</comment>
        <translation>O&apos;r blaen</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@title:group feelings timeline</comment>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@title:group feelings timeline</comment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@title:group step number. moment</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:accessible moment: feeling</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Set up Chorus</source>
        <comment>@title:page</comment>
        <translation>Gosod Chorus</translation>
    </message>
    <message>
        <source>Welcome to Chorus</source>
        <comment>@title:page</comment>
        <translation>Croeso i Chorus</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <comment>@title:page</comment>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <comment>@title:page</comment>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation>Cysylltu â hyb eich tîm</translation>
    </message>
    <message>
        <source>Chorus helps children and families tell you what matters to them. Everything is kept locked on this device.</source>
        <comment>@info</comment>
        <translation>Mae Chorus yn helpu plant a theuluoedd i ddweud wrthych beth sy&apos;n bwysig iddyn nhw. Mae popeth yn cael ei gadw dan glo ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Start setting up</source>
        <comment>@action:button</comment>
        <translation>Dechrau gosod</translation>
    </message>
    <message>
        <source>The passphrase unlocks Chorus on this device. Use a few words that you will remember and others will not guess.</source>
        <comment>@info</comment>
        <translation>Mae&apos;r cyfrinymadrodd yn datgloi Chorus ar y ddyfais hon. Defnyddiwch ychydig eiriau y byddwch chi&apos;n eu cofio ac na fydd eraill yn eu dyfalu.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <comment>@info</comment>
        <translation>O leiaf %1 nod.</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Create the locked store</source>
        <comment>@action:button</comment>
        <translation>Creu&apos;r storfa dan glo</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back in. Write it down and keep it somewhere safe. It will not be shown again.</source>
        <comment>@info</comment>
        <translation>Os bydd y cyfrinymadrodd yn mynd yn angof, yr allwedd hon yw&apos;r unig ffordd yn ôl i mewn. Ysgrifennwch hi i lawr a&apos;i chadw yn rhywle diogel. Ni fydd yn cael ei dangos eto.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <comment>@info:accessible</comment>
        <translation>Allwedd adfer: %1</translation>
    </message>
    <message>
        <source>I&apos;ve written it down</source>
        <comment>@option:check</comment>
        <translation>Rydw i wedi&apos;i ysgrifennu i lawr</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>If your team has a Chorus hub, type its address. You can leave this empty and add it later.</source>
        <comment>@info</comment>
        <translation>Os oes gan eich tîm hyb Chorus, teipiwch ei gyfeiriad. Gallwch adael hwn yn wag a&apos;i ychwanegu yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Cyfeiriad yr hyb (dewisol)</translation>
    </message>
    <message>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation>Mewngofnodi&apos;r tîm</translation>
    </message>
    <message>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation>Darllen yr adborth sydd ar hyb eich tîm</translation>
    </message>
    <message>
        <source>Your invite</source>
        <comment>@title:page</comment>
        <translation>Eich gwahoddiad</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <comment>@title:page</comment>
        <translation>Dewiswch eich PIN</translation>
    </message>
    <message>
        <source>Joining your team</source>
        <comment>@title:page</comment>
        <translation>Ymuno â&apos;ch tîm</translation>
    </message>
    <message>
        <source>I have an invite</source>
        <comment>@action:button</comment>
        <translation>Mae gen i wahoddiad</translation>
    </message>
    <message>
        <source>Set up Chorus on your own phone or tablet with the invite your practitioner gave you</source>
        <comment>@info:accessible</comment>
        <translation>Gosodwch Chorus ar eich ffôn neu dabled eich hun gyda&apos;r gwahoddiad a gawsoch gan eich ymarferydd</translation>
    </message>
    <message>
        <source>Type the hub address and the code from the invite your practitioner gave you.</source>
        <comment>@info</comment>
        <translation>Teipiwch gyfeiriad yr hyb a&apos;r cod o&apos;r gwahoddiad a gawsoch gan eich ymarferydd.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation>Cyfeiriad yr hyb</translation>
    </message>
    <message>
        <source>Invite code</source>
        <comment>@label:textbox</comment>
        <translation>Cod gwahoddiad</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Your PIN keeps your answers private on this device. Use 6 or more numbers that are not all the same or in a row, or a sentence you will remember.</source>
        <comment>@info</comment>
        <translation>Mae eich PIN yn cadw eich atebion yn breifat ar y ddyfais hon. Defnyddiwch 6 rhif neu fwy nad ydyn nhw i gyd yr un fath nac mewn rhes, neu frawddeg y byddwch chi&apos;n ei chofio.</translation>
    </message>
    <message>
        <source>If you forget it, your practitioner can give you a new invite.</source>
        <comment>@info</comment>
        <translation>Os byddwch chi&apos;n ei anghofio, gall eich ymarferydd roi gwahoddiad newydd i chi.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>Eich PIN</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation>Eich PIN eto</translation>
    </message>
    <message>
        <source>Set up my Chorus</source>
        <comment>@action:button</comment>
        <translation>Gosod fy Chorus</translation>
    </message>
    <message>
        <source>Connecting to your team&apos;s hub…</source>
        <comment>@info:status</comment>
        <translation>Yn cysylltu â hyb eich tîm…</translation>
    </message>
    <message>
        <source>Your answers are locked on this device with your PIN. Now Chorus joins your team&apos;s hub, so that you can send your answers.</source>
        <comment>@info</comment>
        <translation>Mae eich atebion wedi&apos;u cloi ar y ddyfais hon gyda&apos;ch PIN. Nawr mae Chorus yn ymuno â hyb eich tîm, er mwyn i chi allu anfon eich atebion.</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>Rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>Carry on without joining</source>
        <comment>@action:button</comment>
        <translation>Parhau heb ymuno</translation>
    </message>
    <message>
        <source>You can join later on the sync page with the same invite</source>
        <comment>@info:accessible</comment>
        <translation>Gallwch ymuno yn nes ymlaen ar y dudalen cysoni gyda&apos;r un gwahoddiad</translation>
    </message>
</context>
<context>
    <name>FrameworkParameterCard</name>
    <message>
        <source>Parameter: %1</source>
        <comment>@title framework parameter</comment>
        <translation>Paramedr: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <comment>@info framework</comment>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <source>Barrier: %1</source>
        <comment>@info framework</comment>
        <translation>Rhwystr: %1</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <comment>@info framework parameter without indicators</comment>
        <translation>Dim data: %1</translation>
    </message>
    <message>
        <source>No data for %1: %2</source>
        <comment>@info:accessible</comment>
        <translation>Dim data ar gyfer %1: %2</translation>
    </message>
    <message>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation>Lleisiau a glywyd yn ôl rôl</translation>
    </message>
    <message>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation>Lleisiau a glywyd yn ôl band oedran</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a value and its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consultations active (feedback in the last 28 days): %1</source>
        <comment>@info</comment>
        <translation>Ymgynghoriadau gweithredol (adborth yn y 28 diwrnod diwethaf): %1</translation>
    </message>
    <message>
        <source>Feedback with a published action: %1 of %2</source>
        <comment>@info</comment>
        <translation>Adborth gyda cham gweithredu wedi&apos;i gyhoeddi: %1 o %2</translation>
    </message>
    <message>
        <source>Share with a published action: no feedback yet</source>
        <comment>@info</comment>
        <translation>Cyfran gyda cham gweithredu wedi&apos;i gyhoeddi: dim adborth eto</translation>
    </message>
    <message>
        <source>Share with a published action: %1%</source>
        <comment>@info</comment>
        <translation>Cyfran gyda cham gweithredu wedi&apos;i gyhoeddi: %1%</translation>
    </message>
    <message>
        <source>Median days from feedback to action: no published action yet</source>
        <comment>@info</comment>
        <translation>Canolrif y dyddiau o&apos;r adborth i&apos;r cam gweithredu: dim cam gweithredu wedi&apos;i gyhoeddi eto</translation>
    </message>
    <message>
        <source>Median days from feedback to action: %1</source>
        <comment>@info</comment>
        <translation>Canolrif y dyddiau o&apos;r adborth i&apos;r cam gweithredu: %1</translation>
    </message>
    <message>
        <source>Methods used — creative activities: %1; words (text): %2</source>
        <comment>@info each a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>Dulliau a ddefnyddiwyd — gweithgareddau creadigol: %1; geiriau (testun): %2</translation>
    </message>
    <message>
        <source>Feedback with a published action: %1; all feedback: %2</source>
        <comment>@info each a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>Adborth gyda cham gweithredu wedi&apos;i gyhoeddi: %1; pob adborth: %2</translation>
    </message>
    <message>
        <source>Share with a published action: hidden to protect small groups</source>
        <comment>@info</comment>
        <translation>Cyfran gyda cham gweithredu wedi&apos;i gyhoeddi: wedi&apos;i guddio i ddiogelu grwpiau bach</translation>
    </message>
</context>
<context>
    <name>FreeTextActivity</name>
    <message>
        <source>Your words</source>
        <comment>@label:textbox</comment>
        <translation>Dy eiriau</translation>
    </message>
    <message>
        <source>Keep my words</source>
        <comment>@action:button</comment>
        <translation>Cadw fy ngeiriau</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation>Ymgynghoriadau</translation>
    </message>
    <message>
        <source>Consultations on this device</source>
        <comment>@title:page</comment>
        <translation>Ymgynghoriadau ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@action:button</comment>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Locks Chorus now</source>
        <comment>@info:accessible</comment>
        <translation>Yn cloi Chorus nawr</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to the hub.</source>
        <comment>@info:status</comment>
        <translation>Does dim byd yn aros i gael ei anfon i&apos;r hyb.</translation>
    </message>
    <message>
        <source>Answers waiting to be sent to the hub: %1</source>
        <comment>@info:status</comment>
        <translation>Atebion sy&apos;n aros i gael eu hanfon i&apos;r hyb: %1</translation>
    </message>
    <message>
        <source>There are no consultations yet. Set one up to begin.</source>
        <comment>@info</comment>
        <translation>Does dim ymgynghoriadau eto. Gosodwch un i ddechrau.</translation>
    </message>
    <message>
        <source>Set up %1 · %2 activities · %3 taking part</source>
        <comment>@info</comment>
        <translation>Gosodwyd %1 · %2 gweithgaredd · %3 yn cymryd rhan</translation>
    </message>
    <message>
        <source>Start a session</source>
        <comment>@action:button</comment>
        <translation>Dechrau sesiwn</translation>
    </message>
    <message>
        <source>Start a session for %1</source>
        <comment>@info:accessible</comment>
        <translation>Dechrau sesiwn ar gyfer %1</translation>
    </message>
    <message>
        <source>Start in their own time</source>
        <comment>@action:button</comment>
        <translation>Dechrau yn eu hamser eu hunain</translation>
    </message>
    <message>
        <source>The young person answers over a few days with their own PIN, and sends the answers when ready</source>
        <comment>@info:accessible</comment>
        <translation>Mae&apos;r person ifanc yn ateb dros ychydig ddyddiau gyda&apos;i PIN ei hun, ac yn anfon yr atebion pan fydd yn barod</translation>
    </message>
    <message>
        <source>Sessions not finished</source>
        <comment>@title:group</comment>
        <translation>Sesiynau heb eu gorffen</translation>
    </message>
    <message>
        <source>%1 · %2 · started %3 · answers saved: %4</source>
        <comment>@info</comment>
        <translation>%1 · %2 · dechreuwyd %3 · atebion wedi&apos;u cadw: %4</translation>
    </message>
    <message>
        <source>In their own time: waiting for them to send their answers.</source>
        <comment>@info</comment>
        <translation>Yn eu hamser eu hunain: yn aros iddyn nhw anfon eu hatebion.</translation>
    </message>
    <message>
        <source>In their own time, but their PIN no longer works: carry on to let them choose a new one.</source>
        <comment>@info</comment>
        <translation>Yn eu hamser eu hunain, ond dydy eu PIN ddim yn gweithio mwyach: parhewch i adael iddyn nhw ddewis un newydd.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Carry on the session of %1 where it stopped</source>
        <comment>@info:accessible</comment>
        <translation>Parhau â sesiwn %1 o&apos;r man lle stopiodd</translation>
    </message>
    <message>
        <source>New consultation</source>
        <comment>@action:button</comment>
        <translation>Ymgynghoriad newydd</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:button</comment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <comment>@action:button</comment>
        <translation>Cysoni â&apos;r hyb</translation>
    </message>
    <message>
        <source>Check before sharing</source>
        <comment>@action:button</comment>
        <translation>Gwirio cyn rhannu</translation>
    </message>
    <message>
        <source>Check before sharing: %1 waiting</source>
        <comment>@action:button</comment>
        <translation>Gwirio cyn rhannu: %1 yn aros</translation>
    </message>
    <message>
        <source>Answers wait here for your approval before they go to the team</source>
        <comment>@info:accessible</comment>
        <translation>Mae atebion yn aros yma i ti eu cymeradwyo cyn iddyn nhw fynd at y tîm</translation>
    </message>
    <message>
        <source>News from the team</source>
        <comment>@title:group</comment>
        <translation>Newyddion gan y tîm</translation>
    </message>
    <message>
        <source>%1 · %2 · answers from the team: %3</source>
        <comment>@info</comment>
        <translation>%1 · %2 · atebion gan y tîm: %3</translation>
    </message>
    <message>
        <source>Show %1 what the team did</source>
        <comment>@action:button</comment>
        <translation>Dangos i %1 beth wnaeth y tîm</translation>
    </message>
    <message>
        <source>Hands the tablet over in child mode, showing only what the team did about their words</source>
        <comment>@info:accessible</comment>
        <translation>Yn rhoi&apos;r llechen iddyn nhw yn y modd plentyn, gan ddangos dim ond beth wnaeth y tîm am eu geiriau</translation>
    </message>
    <message>
        <source>From the hub</source>
        <comment>@info:status consultation published by the team</comment>
        <translation>O&apos;r hyb</translation>
    </message>
    <message>
        <source>Closed: no new sessions</source>
        <comment>@info:status consultation closed on the hub</comment>
        <translation>Ar gau: dim sesiynau newydd</translation>
    </message>
    <message>
        <source>In their own time: answers sent. They can look back at them with their PIN.</source>
        <comment>@info</comment>
        <translation>Yn eu hamser eu hunain: atebion wedi&apos;u hanfon. Gallan nhw edrych yn ôl arnyn nhw gyda&apos;u PIN.</translation>
    </message>
    <message>
        <source>In their own time: their answers are locked after too many wrong PINs.</source>
        <comment>@info</comment>
        <translation>Yn eu hamser eu hunain: mae eu hatebion wedi&apos;u cloi ar ôl gormod o PINau anghywir.</translation>
    </message>
    <message>
        <source>Open their answers again</source>
        <comment>@action:button</comment>
        <translation>Agor eu hatebion eto</translation>
    </message>
    <message>
        <source>Lets %1 try their PIN again</source>
        <comment>@info:accessible</comment>
        <translation>Yn gadael i %1 roi cynnig ar eu PIN eto</translation>
    </message>
    <message>
        <source>End their own-time view</source>
        <comment>@action:button</comment>
        <translation>Dod â&apos;u golwg amser eu hunain i ben</translation>
    </message>
    <message>
        <source>Erases what %1 can see on this device with their PIN</source>
        <comment>@info:accessible</comment>
        <translation>Yn dileu&apos;r hyn y gall %1 ei weld ar y ddyfais hon gyda&apos;u PIN</translation>
    </message>
    <message>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>Cuddio&apos;r manylion</translation>
    </message>
    <message>
        <source>Details and people</source>
        <comment>@action:button</comment>
        <translation>Manylion a phobl</translation>
    </message>
    <message>
        <source>The consultation&apos;s id, who is taking part, edit and delete</source>
        <comment>@info:accessible</comment>
        <translation>Rhif adnabod yr ymgynghoriad, pwy sy&apos;n cymryd rhan, golygu a dileu</translation>
    </message>
    <message>
        <source>End session</source>
        <comment>@action:button</comment>
        <translation>Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>End the session of %1; the answers saved stay</source>
        <comment>@info:accessible</comment>
        <translation>Gorffen sesiwn %1; mae&apos;r atebion a gadwyd yn aros</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Chorus</source>
        <comment>@title:page</comment>
        <translation>Eich Chorus</translation>
    </message>
    <message>
        <source>Nothing to answer yet. Sync with the hub to get the questions from your team.</source>
        <comment>@info</comment>
        <translation>Dim i&apos;w ateb eto. Cysonwch â&apos;r hyb i gael y cwestiynau gan eich tîm.</translation>
    </message>
    <message>
        <source>Start my answers</source>
        <comment>@action:button</comment>
        <translation>Dechrau fy atebion</translation>
    </message>
    <message>
        <source>See what the team did</source>
        <comment>@action:button</comment>
        <translation>Gweld beth wnaeth y tîm</translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation>Beth wnaeth y tîm am yr hyn a ddywedoch wrthyn nhw</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Chorus locks soon to keep the answers safe. Seconds left: %1</source>
        <comment>@info:status idle warning</comment>
        <translation>Bydd Chorus yn cloi cyn bo hir i gadw&apos;r atebion yn ddiogel. Eiliadau ar ôl: %1</translation>
    </message>
    <message>
        <source>Keep working</source>
        <comment>@action:button idle warning</comment>
        <translation>Dal ati i weithio</translation>
    </message>
    <message>
        <source>Chorus stays open</source>
        <comment>@info:accessible</comment>
        <translation>Mae Chorus yn aros ar agor</translation>
    </message>
</context>
<context>
    <name>InviteScanPanel</name>
    <message>
        <source>Hold the QR code of the invite in front of the camera.</source>
        <comment>@info:status invite scan</comment>
        <translation>Daliwch god QR y gwahoddiad o flaen y camera.</translation>
    </message>
    <message>
        <source>That QR code is not a Chorus invite. Hold up the code on your practitioner&apos;s screen.</source>
        <comment>@info:status invite scan</comment>
        <translation>Nid gwahoddiad Chorus yw&apos;r cod QR hwnnw. Daliwch y camera at y cod ar sgrin eich ymarferydd.</translation>
    </message>
    <message>
        <source>The invite was read. Press Next to carry on.</source>
        <comment>@info:status invite scan</comment>
        <translation>Cafodd y gwahoddiad ei ddarllen. Pwyswch Nesaf i barhau.</translation>
    </message>
    <message>
        <source>No camera was found. Type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation>Ni chafwyd hyd i gamera. Teipiwch y gwahoddiad yn lle hynny.</translation>
    </message>
    <message>
        <source>Chorus is not allowed to use the camera on this device. Ask whoever looks after it to allow the camera, or type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation>Does dim caniatâd gan Chorus i ddefnyddio&apos;r camera ar y ddyfais hon. Gofynnwch i bwy bynnag sy&apos;n gofalu amdani ganiatáu&apos;r camera, neu teipiwch y gwahoddiad yn lle hynny.</translation>
    </message>
    <message>
        <source>The camera could not be started. Another app may be using it. Try again, or type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation>Doedd dim modd dechrau&apos;r camera. Efallai fod ap arall yn ei ddefnyddio. Rhowch gynnig arall arni, neu teipiwch y gwahoddiad yn lle hynny.</translation>
    </message>
    <message>
        <source>Scan the code</source>
        <comment>@action:button</comment>
        <translation>Sganio&apos;r cod</translation>
    </message>
    <message>
        <source>Reads the invite&apos;s QR code with the camera</source>
        <comment>@info:accessible</comment>
        <translation>Mae&apos;n darllen cod QR y gwahoddiad gyda&apos;r camera</translation>
    </message>
    <message>
        <source>What the camera sees</source>
        <comment>@info:accessible</comment>
        <translation>Yr hyn mae&apos;r camera yn ei weld</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <comment>@action:button</comment>
        <translation>Stopio sganio</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Change the language</source>
        <comment>@info:accessible</comment>
        <translation>Newid yr iaith</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>Iaith</translation>
    </message>
</context>
<context>
    <name>LeaveChildModeDialog</name>
    <message>
        <source>For the practitioner</source>
        <comment>@title:dialog</comment>
        <translation>Ar gyfer yr ymarferydd</translation>
    </message>
    <message>
        <source>Type your passphrase or PIN to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation>Teipiwch eich cyfrinymadrodd neu eich PIN i adael sesiwn y plentyn.</translation>
    </message>
    <message>
        <source>Type your passphrase to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation>Teipiwch eich cyfrinymadrodd i adael sesiwn y plentyn.</translation>
    </message>
    <message>
        <source>Practitioner passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd neu PIN yr ymarferydd</translation>
    </message>
    <message>
        <source>Practitioner passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd yr ymarferydd</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <comment>@action:button</comment>
        <translation>Yn ôl i&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>@action:button</comment>
        <translation>Gadael</translation>
    </message>
</context>
<context>
    <name>MagicWandActivity</name>
    <message>
        <source>My wish</source>
        <comment>@label:textbox</comment>
        <translation>Fy nymuniad</translation>
    </message>
    <message>
        <source>Make my wish</source>
        <comment>@action:button</comment>
        <translation>Gwneud fy nymuniad</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chorus</source>
        <comment>@title:window</comment>
        <translation>Chorus</translation>
    </message>
</context>
<context>
    <name>NeutralPage</name>
    <message>
        <source>Notes</source>
        <comment>@title:page</comment>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <comment>@info</comment>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation>Parhau</translation>
    </message>
</context>
<context>
    <name>OwnAnswersWaiting</name>
    <message numerus="yes">
        <source>%n of your answers are waiting to be saved because this device is full. They are kept safe and locked. When there is space, Chorus saves them and you can send them.</source>
        <comment>@info:status own-time</comment>
        <translation>
            <numerusform>Mae %n o&apos;th atebion yn aros i gael eu cadw oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel ac wedi&apos;u cloi. Pan fydd lle, bydd Chorus yn eu cadw a gallwch chi eu hanfon.</numerusform>
            <numerusform>Mae %n o&apos;th atebion yn aros i gael eu cadw oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel ac wedi&apos;u cloi. Pan fydd lle, bydd Chorus yn eu cadw a gallwch chi eu hanfon.</numerusform>
            <numerusform>Mae %n o&apos;th atebion yn aros i gael eu cadw oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel ac wedi&apos;u cloi. Pan fydd lle, bydd Chorus yn eu cadw a gallwch chi eu hanfon.</numerusform>
            <numerusform>Mae %n o&apos;th atebion yn aros i gael eu cadw oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel ac wedi&apos;u cloi. Pan fydd lle, bydd Chorus yn eu cadw a gallwch chi eu hanfon.</numerusform>
            <numerusform>Mae %n o&apos;th atebion yn aros i gael eu cadw oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel ac wedi&apos;u cloi. Pan fydd lle, bydd Chorus yn eu cadw a gallwch chi eu hanfon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnTimePage</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>Your answers so far</source>
        <comment>@title:page</comment>
        <translation>Eich atebion hyd yma</translation>
    </message>
    <message>
        <source>Thank you! Your answers were sent.</source>
        <comment>@title:page</comment>
        <translation>Diolch! Cafodd eich atebion eu hanfon.</translation>
    </message>
    <message>
        <source>They are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation>Maen nhw&apos;n cael eu cadw dan glo ar y ddyfais hon. Does neb yn eu gweld nes i chi eu hanfon.</translation>
    </message>
    <message>
        <source>You have not saved any answers yet. That is fine.</source>
        <comment>@info</comment>
        <translation>Dydych chi ddim wedi cadw unrhyw atebion eto. Mae hynny&apos;n iawn.</translation>
    </message>
    <message>
        <source>Change this answer</source>
        <comment>@action:button</comment>
        <translation>Newid yr ateb hwn</translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation>Dileu&apos;r ateb hwn</translation>
    </message>
    <message>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation>Mynd yn ôl at y gweithgareddau</translation>
    </message>
    <message>
        <source>Keep them for later</source>
        <comment>@action:button</comment>
        <translation>Eu cadw nhw tan wedyn</translation>
    </message>
    <message>
        <source>Locks Chorus. Your PIN brings you back to your answers.</source>
        <comment>@info:accessible</comment>
        <translation>Mae&apos;n cloi Chorus. Mae eich PIN yn dod â chi&apos;n ôl at eich atebion.</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation>Anfon fy atebion</translation>
    </message>
    <message>
        <source>Sends all your answers. After this you cannot change them.</source>
        <comment>@info:accessible</comment>
        <translation>Mae&apos;n anfon eich holl atebion. Ar ôl hyn allwch chi ddim eu newid.</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@action:button</comment>
        <translation>Beth wnaeth y tîm</translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation>Beth wnaeth y tîm am yr hyn a ddywedoch chi wrthyn nhw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button change or delete: the answer&apos;s question</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OwnTimePinPage</name>
    <message>
        <source>Choose your PIN</source>
        <comment>@title:page</comment>
        <translation>Dewiswch eich PIN</translation>
    </message>
    <message>
        <source>You can answer a bit at a time, over a few days. Your answers are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation>Gallwch chi ateb ychydig ar y tro, dros ychydig ddyddiau. Mae eich atebion yn cael eu cadw dan glo ar y ddyfais hon. Does neb yn eu gweld nes i chi eu hanfon.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>Eich PIN</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation>Eich PIN eto</translation>
    </message>
    <message>
        <source>Save my PIN</source>
        <comment>@action:button</comment>
        <translation>Cadw fy PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers, or a sentence only you know, to come back to them. Keep it to yourself.</source>
        <comment>@info own-time</comment>
        <translation>Dewiswch PIN o 6 rhif o leiaf, neu frawddeg dim ond chi sy&apos;n ei gwybod, i ddod yn ôl atyn nhw. Cadwch e i chi&apos;ch hun.</translation>
    </message>
</context>
<context>
    <name>OwnTimeUnlock</name>
    <message>
        <source>Carry on with my own answers</source>
        <comment>@title:group</comment>
        <translation>Parhau â fy atebion fy hun</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>Eich PIN</translation>
    </message>
    <message>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation>Agor fy atebion</translation>
    </message>
</context>
<context>
    <name>PackActivityModel</name>
    <message>
        <source>Feelings scale</source>
        <comment>@label:activity type</comment>
        <translation>Graddfa teimladau</translation>
    </message>
    <message>
        <source>Choice with pictures</source>
        <comment>@label:activity type</comment>
        <translation>Dewis gyda lluniau</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>@label:activity type</comment>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Magic wand</source>
        <comment>@label:activity type</comment>
        <translation>Hudlath</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@label:activity type</comment>
        <translation>Trefnu cardiau</translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <comment>@label:activity type</comment>
        <translation>Llinell amser teimladau</translation>
    </message>
    <message>
        <source>Circles of people</source>
        <comment>@label:activity type</comment>
        <translation>Cylchoedd o bobl</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@label:activity type</comment>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Three houses</source>
        <comment>@label:activity type</comment>
        <translation>Tri thŷ</translation>
    </message>
</context>
<context>
    <name>PageScrollBar</name>
    <message>
        <source>Scroll the page</source>
        <comment>@info:accessible</comment>
        <translation>Sgrolio&apos;r dudalen</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Element: %1</source>
        <comment>@title participation card</comment>
        <translation>Elfen: %1</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <comment>@info participation figure: label, value, sentence</comment>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>ProgressPictures</name>
    <message>
        <source>Activity %1 of %2</source>
        <comment>@info:progress</comment>
        <translation>Gweithgaredd %1 o %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <comment>@action:button</comment>
        <translation>Gadael yn gyflym</translation>
    </message>
    <message>
        <source>Hides this screen straight away</source>
        <comment>@info:accessible</comment>
        <translation>Yn cuddio&apos;r sgrin hon ar unwaith</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation>Does dim modd darllen yn uchel ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation>Does dim llais ar gyfer yr iaith hon ar y ddyfais hon, felly does dim modd ei darllen yn uchel.</translation>
    </message>
    <message>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation>Wnaeth darllen yn uchel ddim gweithio. Oes seinydd neu glustffonau?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <source>Use the recovery key</source>
        <comment>@title:group</comment>
        <translation>Defnyddio&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Chorus was set up on this device, then choose a new passphrase. The old passphrase stops working.</source>
        <comment>@info</comment>
        <translation>Teipiwch yr allwedd adfer a ysgrifennoch pan gafodd Chorus ei osod ar y ddyfais hon, yna dewiswch gyfrinymadrodd newydd. Bydd yr hen gyfrinymadrodd yn peidio â gweithio.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Unlock and keep the new passphrase</source>
        <comment>@action:button</comment>
        <translation>Datgloi a chadw&apos;r cyfrinymadrodd newydd</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Consultation report</source>
        <translation>Adroddiad yr ymgynghoriad</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Ymgynghoriad: %1</translation>
    </message>
    <message>
        <source>Activity pack: %1, version %2</source>
        <translation>Pecyn gweithgareddau: %1, fersiwn %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Lluniwyd ar %1</translation>
    </message>
    <message>
        <source>Keeping the young people safe</source>
        <translation>Cadw&apos;r bobl ifanc yn ddiogel</translation>
    </message>
    <message>
        <source>Quotes are printed only where the young person agreed to be quoted and the team chose them. What the team wrote is printed as they wrote it.</source>
        <translation>Dim ond lle cytunodd y person ifanc i gael ei ddyfynnu, a lle dewisodd y tîm nhw, y caiff dyfyniadau eu hargraffu. Mae&apos;r hyn a ysgrifennodd y tîm wedi&apos;i argraffu fel y&apos;i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Dan 5</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Voices heard</source>
        <translation>Lleisiau a glywyd</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Yn ôl rôl</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Yn ôl band oedran</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Yn ôl wythnos</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <source>Very sad</source>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Put first</source>
        <translation>Yn gyntaf</translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation>Wedi&apos;u trefnu</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Pwy neu beth</translation>
    </message>
    <message>
        <source>What young people told us</source>
        <translation>Beth ddywedodd pobl ifanc wrthon ni</translation>
    </message>
    <message>
        <source>No answers have been received yet.</source>
        <translation>Does dim atebion wedi dod i law eto.</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Gweithgaredd %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Atebion: %1</translation>
    </message>
    <message>
        <source>Written answers: %1</source>
        <translation>Atebion ysgrifenedig: %1</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>The team has not made any themes yet.</source>
        <translation>Dydy&apos;r tîm ddim wedi creu unrhyw themâu eto.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>No quotes have been chosen yet.</source>
        <translation>Does dim dyfyniadau wedi&apos;u dewis eto.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>No actions have been published yet.</source>
        <translation>Does dim camau gweithredu wedi&apos;u cyhoeddi eto.</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>Gwnaethon ni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Cau&apos;r cylch</translation>
    </message>
    <message>
        <source>How many answers have led to a published action: the framework&apos;s figures for coproduction and for learning and evaluation.</source>
        <translation>Faint o atebion sydd wedi arwain at gam gweithredu a gyhoeddwyd: ffigurau&apos;r fframwaith ar gyfer cydgynhyrchu ac ar gyfer dysgu a gwerthuso.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>heb ei ddangos</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Atebion a ddaeth i law</translation>
    </message>
    <message>
        <source>Answers with a published action</source>
        <translation>Atebion â cham gweithredu wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <source>Share with a published action</source>
        <translation>Cyfran â cham gweithredu wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <source>Median days from answer to action</source>
        <translation>Canolrif y dyddiau o&apos;r ateb i&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <translation>wedi&apos;i guddio i ddiogelu grwpiau bach</translation>
    </message>
    <message>
        <source>No count from 1 to %1 is printed. Where a hidden count could be worked out from the others, other counts are hidden too, large ones and zeros alike, and every hidden count reads “hidden to protect small groups”. The counts printed may differ from the true ones by up to 2, so that they cannot be subtracted from each other. Each answer counts once: the hub cannot tell people apart, so the figures are answers, not people.</source>
        <translation>Ni chaiff unrhyw gyfrif o 1 i %1 ei argraffu. Lle gellid cyfrifo cyfrif cudd o&apos;r lleill, mae cyfrifon eraill yn cael eu cuddio hefyd, rhai mawr a sero fel ei gilydd, ac mae pob cyfrif cudd yn darllen “wedi&apos;i guddio i ddiogelu grwpiau bach”. Gall y cyfrifon a argraffir fod hyd at 2 yn wahanol i&apos;r rhai cywir, fel na ellir eu tynnu o&apos;i gilydd. Mae pob ateb yn cyfrif unwaith: ni all yr hwb wahaniaethu rhwng pobl, felly atebion yw&apos;r ffigurau, nid pobl.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Cyfranogiad</translation>
    </message>
    <message>
        <source>Lundy&apos;s model of children&apos;s participation: space to take part, help to give a view, an audience that listens, and influence on what happens. Then who has not been heard yet, and the time it took.</source>
        <translation>Model Lundy o gyfranogiad plant: gofod i gymryd rhan, help i roi barn, cynulleidfa sy&apos;n gwrando, a dylanwad ar beth sy&apos;n digwydd. Yna pwy sydd heb gael eu clywed eto, a&apos;r amser a gymerodd.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>In their own time</source>
        <translation>Yn eu hamser eu hunain</translation>
    </message>
    <message>
        <source>Sessions using %1</source>
        <translation>Sesiynau a ddefnyddiodd %1</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Gofod</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: wedi gorffen</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: wedi hepgor</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llais</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Answers read by the team</source>
        <translation>Atebion a ddarllenwyd gan y tîm</translation>
    </message>
    <message>
        <source>Answers given a theme</source>
        <translation>Atebion a gafodd thema</translation>
    </message>
    <message>
        <source>Answers chosen as quotes</source>
        <translation>Atebion a ddewiswyd fel dyfyniadau</translation>
    </message>
    <message>
        <source>Median days to first read</source>
        <translation>Canolrif y dyddiau tan y darlleniad cyntaf</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Dylanwad</translation>
    </message>
    <message>
        <source>Devices told what the team did</source>
        <translation>Dyfeisiau a glywodd beth wnaeth y tîm</translation>
    </message>
    <message>
        <source>Heard of those hoped for: %1</source>
        <translation>Wedi&apos;u clywed o&apos;r rhai y gobeithiwyd amdanynt: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Not heard yet</source>
        <translation>Heb eu clywed eto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Cyrhaeddiad</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>Adnoddau</translation>
    </message>
    <message>
        <source>Practitioner hours</source>
        <translation>Oriau ymarferwyr</translation>
    </message>
    <message>
        <source>Hours per voice heard</source>
        <translation>Oriau am bob llais a glywyd</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Oriau a gynlluniwyd</translation>
    </message>
    <message>
        <source>%1, aged %2: finished</source>
        <translation>%1, %2 oed: wedi gorffen</translation>
    </message>
    <message>
        <source>%1, aged %2: skipped</source>
        <translation>%1, %2 oed: wedi hepgor</translation>
    </message>
    <message>
        <source>%1, aged %2: liked it</source>
        <translation>%1, %2 oed: wedi&apos;i hoffi</translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <translation>Dewis peidio â chymryd rhan</translation>
    </message>
    <message>
        <source>Withdrew their answers</source>
        <translation>Tynnu eu hatebion yn ôl</translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <translation>Graddfa teimladau</translation>
    </message>
    <message>
        <source>Choosing</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Magic wand</source>
        <translation>Hudlath</translation>
    </message>
    <message>
        <source>Card sort</source>
        <translation>Trefnu cardiau</translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <translation>Llinell amser teimladau</translation>
    </message>
    <message>
        <source>Circles of people</source>
        <translation>Cylchoedd o bobl</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Three houses</source>
        <translation>Tri thŷ</translation>
    </message>
    <message>
        <source>read aloud</source>
        <translation>darllen yn uchel</translation>
    </message>
    <message>
        <source>voice notes</source>
        <translation>nodiadau llais</translation>
    </message>
    <message>
        <source>large text</source>
        <translation>testun mawr</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>cyferbyniad uchel</translation>
    </message>
    <message>
        <source>a dyslexia-friendly font</source>
        <translation>ffont sy&apos;n haws i bobl â dyslecsia</translation>
    </message>
    <message>
        <source>a keyboard or switch</source>
        <translation>bysellfwrdd neu switsh</translation>
    </message>
    <message>
        <source>under 5</source>
        <translation>dan 5</translation>
    </message>
    <message>
        <source>25 or over</source>
        <translation>25 neu hŷn</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>ReviewErrors</name>
    <message>
        <source>The hub could not do this. Try again, or ask the team&apos;s administrator.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd yr hyb yn gallu gwneud hyn. Rhowch gynnig arall arni, neu gofynnwch i weinyddwr y tîm.</translation>
    </message>
    <message>
        <source>theme name</source>
        <comment>@info field named in an error</comment>
        <translation>enw&apos;r thema</translation>
    </message>
    <message>
        <source>&quot;You said&quot;</source>
        <comment>@info field named in an error</comment>
        <translation>&quot;Dywedoch chi&quot;</translation>
    </message>
    <message>
        <source>&quot;We did&quot;</source>
        <comment>@info field named in an error</comment>
        <translation>&quot;Gwnaethon ni&quot;</translation>
    </message>
    <message>
        <source>status</source>
        <comment>@info field named in an error</comment>
        <translation>statws</translation>
    </message>
    <message>
        <source>date</source>
        <comment>@info field named in an error</comment>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>Those sign-in details were not right. Check your name, passphrase or one-time code and try again.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd y manylion mewngofnodi hynny&apos;n gywir. Gwiriwch eich enw, eich cyfrinymadrodd neu&apos;ch cod untro a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <comment>@info:status</comment>
        <translation>Gormod o gynigion. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on.</source>
        <comment>@info:status</comment>
        <translation>Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto i barhau.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <comment>@info:status</comment>
        <translation>Rydych chi wedi allgofnodi. Mewngofnodwch eto i barhau.</translation>
    </message>
    <message>
        <source>Your account cannot do this. Ask the team&apos;s administrator.</source>
        <comment>@info:status</comment>
        <translation>Ni all eich cyfrif wneud hyn. Gofynnwch i weinyddwr y tîm.</translation>
    </message>
    <message>
        <source>This person did not agree to be quoted, so this record cannot be marked quotable.</source>
        <comment>@info:status</comment>
        <translation>Wnaeth y person hwn ddim cytuno i gael ei ddyfynnu, felly does dim modd marcio&apos;r cofnod hwn yn addas i&apos;w ddyfynnu.</translation>
    </message>
    <message>
        <source>The young person did not agree to this, so it cannot be done.</source>
        <comment>@info:status</comment>
        <translation>Ni chytunodd y person ifanc i hyn, felly ni ellir ei wneud.</translation>
    </message>
    <message>
        <source>A theme with this name already exists in this consultation. Choose another name.</source>
        <comment>@info:status</comment>
        <translation>Mae thema â&apos;r enw hwn yn bodoli&apos;n barod yn yr ymgynghoriad hwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>That name is taken already. Choose another one.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r enw hwnnw wedi&apos;i gymryd yn barod. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>The hub does not have this any more. It may have been removed.</source>
        <comment>@info:status</comment>
        <translation>Nid yw hwn gan yr hyb mwyach. Efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>Please fill in the %1.</source>
        <comment>@info:status</comment>
        <translation>Llenwch y %1.</translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r %1 yn rhy hir.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch gyfrinymadrodd o leiaf 12 nod.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, for example 2026-03-31.</source>
        <comment>@info:status</comment>
        <translation>Rhowch y dyddiad fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-31.</translation>
    </message>
    <message>
        <source>The hub did not accept the %1.</source>
        <comment>@info:status</comment>
        <translation>Wnaeth yr hyb ddim derbyn y %1.</translation>
    </message>
    <message>
        <source>Link the action to at least one feedback record or theme.</source>
        <comment>@info:status</comment>
        <translation>Cysylltwch y cam gweithredu ag o leiaf un cofnod adborth neu thema.</translation>
    </message>
    <message>
        <source>Pick one or more feedback records first.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch un neu ragor o gofnodion adborth yn gyntaf.</translation>
    </message>
    <message>
        <source>Save the action before publishing it.</source>
        <comment>@info:status</comment>
        <translation>Cadwch y cam gweithredu cyn ei gyhoeddi.</translation>
    </message>
    <message>
        <source>Chorus could not reach the hub. Check the address and the connection.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd Chorus yn gallu cyrraedd yr hyb. Gwiriwch y cyfeiriad a&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be trusted. Check the address, or ask for the team&apos;s certificate file.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd ymddiried yn nhystysgrif yr hyb. Gwiriwch y cyfeiriad, neu gofynnwch am ffeil tystysgrif y tîm.</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https://.</source>
        <comment>@info:status</comment>
        <translation>Rhaid i gyfeiriad yr hyb ddechrau gyda https://.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, for example https://hub.example.org.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch gyfeiriad yr hyb, er enghraifft https://hub.example.org.</translation>
    </message>
    <message>
        <source>The hub gave an answer Chorus does not understand. Try again later.</source>
        <comment>@info:status</comment>
        <translation>Rhoddodd yr hyb ateb nad yw Chorus yn ei ddeall. Rhowch gynnig arall arni&apos;n nes ymlaen.</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch ble i gadw&apos;r ffeil yn gyntaf.</translation>
    </message>
    <message>
        <source>There is not enough space to save %1. Nothing was saved; free some space and try again.</source>
        <comment>@info:status</comment>
        <translation>Does dim digon o le i gadw %1. Chafodd dim byd ei gadw; rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 could not be saved there. Nothing was saved; choose a folder you can save in.</source>
        <comment>@info:status</comment>
        <translation>Doedd dim modd cadw %1 yno. Chafodd dim byd ei gadw; dewiswch ffolder y gallwch gadw ynddi.</translation>
    </message>
    <message>
        <source>The report could not be made from the hub&apos;s answer, so %1 was not saved. Try again later.</source>
        <comment>@info:status</comment>
        <translation>Doedd dim modd gwneud yr adroddiad o ateb yr hyb, felly chafodd %1 mo&apos;i gadw. Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>PDF reports are not available in this build.</source>
        <comment>@info:status</comment>
        <translation>Dydy adroddiadau PDF ddim ar gael yn y fersiwn hon.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>What you told us</source>
        <comment>@title:page</comment>
        <translation>Beth ddwedaist ti wrthyn ni</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation>Ar gyfer yr ymarferydd</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <comment>@title:page</comment>
        <translation>Diolch!</translation>
    </message>
    <message>
        <source>Please give the tablet back to the person you are working with.</source>
        <comment>@info</comment>
        <translation>Rho&apos;r dabled yn ôl i&apos;r person rwyt ti&apos;n gweithio gyda nhw, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>You have not saved any answers. That is fine.</source>
        <comment>@info</comment>
        <translation>Dwyt ti ddim wedi cadw unrhyw atebion. Mae hynny&apos;n iawn.</translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation>Dileu&apos;r ateb hwn</translation>
    </message>
    <message>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation>Mynd yn ôl i&apos;r gweithgareddau</translation>
    </message>
    <message>
        <source>I have finished</source>
        <comment>@action:button</comment>
        <translation>Rydw i wedi gorffen</translation>
    </message>
    <message>
        <source>Your voice note</source>
        <comment>@info</comment>
        <translation>Dy nodyn llais</translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@action:button</comment>
        <translation>Beth wnaeth y tîm</translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation>Beth wnaeth y tîm am yr hyn a ddywedoch chi wrthyn nhw</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <comment>@info:accessible</comment>
        <translation>Dy lun di</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button change or delete: the answer&apos;s question</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation>Anfon fy atebion</translation>
    </message>
    <message>
        <source>Sends to your team what the preview above shows</source>
        <comment>@info:accessible</comment>
        <translation>Yn anfon at eich tîm yr hyn y mae&apos;r rhagolwg uchod yn ei ddangos</translation>
    </message>
    <message>
        <source>Keep my answers to check with my practitioner</source>
        <comment>@action:button</comment>
        <translation>Cadw fy atebion i&apos;w gwirio gyda fy ymarferydd</translation>
    </message>
    <message>
        <source>Your answers wait on this device until you and your practitioner check them together</source>
        <comment>@info:accessible</comment>
        <translation>Mae eich atebion yn aros ar y ddyfais hon nes i chi a&apos;ch ymarferydd eu gwirio gyda&apos;ch gilydd</translation>
    </message>
</context>
<context>
    <name>ReviewQueueCard</name>
    <message>
        <source>%1 · %2</source>
        <comment>@info consultation and question</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What they said (stays on this device)</source>
        <comment>@title:column</comment>
        <translation>Beth ddywedon nhw (yn aros ar y ddyfais hon)</translation>
    </message>
    <message>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation>Nodyn llais</translation>
    </message>
    <message>
        <source>What they said: %1</source>
        <comment>@info:accessible</comment>
        <translation>Beth ddywedon nhw: %1</translation>
    </message>
    <message>
        <source>What the team will see</source>
        <comment>@title:column</comment>
        <translation>Beth fydd y tîm yn ei weld</translation>
    </message>
    <message>
        <source>The team will see: %1</source>
        <comment>@info:accessible</comment>
        <translation>Bydd y tîm yn gweld: %1</translation>
    </message>
    <message>
        <source>More words to hide (separate them with commas)</source>
        <comment>@label:textbox</comment>
        <translation>Rhagor o eiriau i&apos;w cuddio (rho atalnod rhyngddyn nhw)</translation>
    </message>
    <message>
        <source>More words to hide</source>
        <comment>@label:textbox</comment>
        <translation>Rhagor o eiriau i&apos;w cuddio</translation>
    </message>
    <message>
        <source>Summary for the team: the voice note never leaves this device, so the team reads this instead. Names and places in it are hidden too.</source>
        <comment>@label:textbox</comment>
        <translation>Crynodeb i&apos;r tîm: dydy&apos;r nodyn llais byth yn gadael y ddyfais hon, felly mae&apos;r tîm yn darllen hwn yn ei le. Mae enwau a lleoedd ynddo&apos;n cael eu cuddio hefyd.</translation>
    </message>
    <message>
        <source>Summary of the voice note</source>
        <comment>@label:textbox</comment>
        <translation>Crynodeb o&apos;r nodyn llais</translation>
    </message>
    <message>
        <source>Use this summary</source>
        <comment>@action:button</comment>
        <translation>Defnyddio&apos;r crynodeb hwn</translation>
    </message>
    <message>
        <source>Hide these words and approve</source>
        <comment>@action:button</comment>
        <translation>Cuddio&apos;r geiriau hyn a chymeradwyo</translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>@action:button</comment>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Approve with the drawing</source>
        <comment>@action:button</comment>
        <translation>Cymeradwyo gyda&apos;r llun</translation>
    </message>
    <message>
        <source>Sharing drawings was agreed</source>
        <comment>@info:accessible</comment>
        <translation>Cytunwyd i rannu lluniau</translation>
    </message>
    <message>
        <source>Hold back</source>
        <comment>@action:button</comment>
        <translation>Cadw&apos;n ôl</translation>
    </message>
    <message>
        <source>This answer is never sent</source>
        <comment>@info:accessible</comment>
        <translation>Dydy&apos;r ateb hwn byth yn cael ei anfon</translation>
    </message>
    <message>
        <source>Their drawing</source>
        <comment>@info:accessible</comment>
        <translation>Eu llun nhw</translation>
    </message>
    <message>
        <source>Hidden by Chorus</source>
        <comment>@label words the anonymiser hid</comment>
        <translation>Wedi’u cuddio gan Chorus</translation>
    </message>
    <message>
        <source>Hide “%1” again</source>
        <comment>@action:button a word the anonymiser hid</comment>
        <translation>Cuddio “%1” eto</translation>
    </message>
    <message>
        <source>Show “%1”: not identifying</source>
        <comment>@action:button a word the anonymiser hid</comment>
        <translation>Dangos “%1”: nid yw’n adnabod neb</translation>
    </message>
    <message>
        <source>The team will read this word</source>
        <comment>@info:accessible</comment>
        <translation>Bydd y tîm yn darllen y gair hwn</translation>
    </message>
    <message>
        <source>The team reads %1 instead</source>
        <comment>@info:accessible</comment>
        <translation>Mae’r tîm yn darllen %1 yn ei le</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Check before sharing</source>
        <comment>@title:page</comment>
        <translation>Gwirio cyn rhannu</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the consultations</source>
        <comment>@info:accessible</comment>
        <translation>Yn ôl at yr ymgynghoriadau</translation>
    </message>
    <message>
        <source>Nothing is waiting to be checked. When a participant&apos;s answers are ready to share, they wait here until you approve them.</source>
        <comment>@info</comment>
        <translation>Does dim byd yn aros i gael ei wirio. Pan fydd atebion cyfranogwr yn barod i&apos;w rhannu, byddan nhw&apos;n aros yma nes i ti eu cymeradwyo.</translation>
    </message>
    <message>
        <source>Answers waiting to be checked: %1. Nothing is sent until you approve it.</source>
        <comment>@info</comment>
        <translation>Atebion yn aros i gael eu gwirio: %1. Does dim yn cael ei anfon nes i ti ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Approve all %1 as shown</source>
        <comment>@action:button</comment>
        <translation>Cymeradwyo&apos;r %1 i gyd fel y&apos;u dangosir</translation>
    </message>
    <message>
        <source>Shares every answer below as the team would see it; drawings go only when approved one by one</source>
        <comment>@info:accessible</comment>
        <translation>Mae&apos;n rhannu pob ateb isod fel y byddai&apos;r tîm yn ei weld; dim ond pan gânt eu cymeradwyo fesul un y mae lluniau&apos;n mynd</translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>Yes</source>
        <comment>@option:radio consent</comment>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <comment>@option:radio consent, %1 is what is agreed</comment>
        <translation>Ie: %1</translation>
    </message>
    <message>
        <source>No</source>
        <comment>@option:radio consent</comment>
        <translation>Na</translation>
    </message>
    <message>
        <source>No: %1</source>
        <comment>@option:radio consent, %1 is what is refused</comment>
        <translation>Na: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Choose an age group, a role and who is agreeing.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch grŵp oedran, rôl a phwy sy&apos;n cytuno.</translation>
    </message>
    <message>
        <source>Without keeping answers on this tablet there is nothing to do: stop here.</source>
        <comment>@info:status</comment>
        <translation>Heb gadw atebion ar y dabled hon does dim i&apos;w wneud: stopiwch yma.</translation>
    </message>
    <message>
        <source>Choose a made-up name for the participant.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch enw dychmygol ar gyfer y cyfranogwr.</translation>
    </message>
    <message>
        <source>Your answer is kept safe but not saved yet: the tablet is full.</source>
        <comment>@info:status</comment>
        <translation>Mae dy ateb yn ddiogel yma ond heb ei gadw eto: mae&apos;r dabled yn llawn.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation>Dydy&apos;r ddau PIN ddim yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This session cannot be carried on.</source>
        <comment>@info:status</comment>
        <translation>Does dim modd parhau â&apos;r sesiwn hon.</translation>
    </message>
    <message>
        <source>This session cannot be carried on: the consent for it is no longer in force.</source>
        <comment>@info:status</comment>
        <translation>Does dim modd parhau â&apos;r sesiwn hon: dydy&apos;r caniatâd ar ei chyfer ddim mewn grym mwyach.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@info ranked card: place. label</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a group: what is in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@label feelings timeline</comment>
        <translation>O&apos;r blaen</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>Closest</source>
        <comment>@label circles</comment>
        <translation>Agosaf</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@label circles</comment>
        <translation>Agos</translation>
    </message>
    <message>
        <source>A bit further</source>
        <comment>@label circles</comment>
        <translation>Ychydig ymhellach</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation>Tu allan i&apos;r cylchoedd</translation>
    </message>
    <message>
        <source>There is no house called &quot;%1&quot;.</source>
        <comment>@info:status</comment>
        <translation>Does dim tŷ o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A drawing</source>
        <comment>@info review</comment>
        <translation>Llun</translation>
    </message>
    <message>
        <source>A voice note (%1)</source>
        <comment>@info review</comment>
        <translation>Neges llais (%1)</translation>
    </message>
    <message>
        <source>This consultation has been closed on the hub: no new sessions can start. The answers already given are kept.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r ymgynghoriad hwn wedi cau ar yr hyb: ni all sesiynau newydd ddechrau. Mae&apos;r atebion a roddwyd eisoes yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Choose at least %1 numbers that are not all the same or in a row, or a sentence of %2 or more letters.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch o leiaf %1 rhif sydd ddim i gyd yr un fath nac mewn rhes, neu frawddeg o %2 llythyren neu fwy.</translation>
    </message>
    <message>
        <source>Someone in this consultation already has that made-up name. Choose another.</source>
        <comment>@info:status</comment>
        <translation>Mae gan rywun yn yr ymgynghoriad hwn yr enw dychmygol hwnnw&apos;n barod. Dewiswch un arall.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are not saved yet because the tablet is full. Free some space, then finish again; nothing is lost meanwhile.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>Nid yw %n ateb wedi&apos;u cadw eto oherwydd bod y dabled yn llawn. Rhyddhewch ychydig o le, yna gorffennwch eto; does dim yn cael ei golli yn y cyfamser.</numerusform>
            <numerusform>Nid yw %n ateb wedi&apos;u cadw eto oherwydd bod y dabled yn llawn. Rhyddhewch ychydig o le, yna gorffennwch eto; does dim yn cael ei golli yn y cyfamser.</numerusform>
            <numerusform>Nid yw %n ateb wedi&apos;u cadw eto oherwydd bod y dabled yn llawn. Rhyddhewch ychydig o le, yna gorffennwch eto; does dim yn cael ei golli yn y cyfamser.</numerusform>
            <numerusform>Nid yw %n ateb wedi&apos;u cadw eto oherwydd bod y dabled yn llawn. Rhyddhewch ychydig o le, yna gorffennwch eto; does dim yn cael ei golli yn y cyfamser.</numerusform>
            <numerusform>Nid yw %n ateb wedi&apos;u cadw eto oherwydd bod y dabled yn llawn. Rhyddhewch ychydig o le, yna gorffennwch eto; does dim yn cael ei golli yn y cyfamser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your answers are not saved yet because this device is full. They are kept safe. When there is space again they are saved, and then you can send them.</source>
        <comment>@info:status own-time</comment>
        <translation>
            <numerusform>Nid yw %n o&apos;th atebion wedi&apos;u cadw eto oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel. Pan fydd lle eto byddan nhw&apos;n cael eu cadw, ac yna gallwch chi eu hanfon.</numerusform>
            <numerusform>Nid yw %n o&apos;th atebion wedi&apos;u cadw eto oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel. Pan fydd lle eto byddan nhw&apos;n cael eu cadw, ac yna gallwch chi eu hanfon.</numerusform>
            <numerusform>Nid yw %n o&apos;th atebion wedi&apos;u cadw eto oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel. Pan fydd lle eto byddan nhw&apos;n cael eu cadw, ac yna gallwch chi eu hanfon.</numerusform>
            <numerusform>Nid yw %n o&apos;th atebion wedi&apos;u cadw eto oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel. Pan fydd lle eto byddan nhw&apos;n cael eu cadw, ac yna gallwch chi eu hanfon.</numerusform>
            <numerusform>Nid yw %n o&apos;th atebion wedi&apos;u cadw eto oherwydd bod y ddyfais hon yn llawn. Maen nhw&apos;n cael eu cadw&apos;n ddiogel. Pan fydd lle eto byddan nhw&apos;n cael eu cadw, ac yna gallwch chi eu hanfon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Activities</source>
        <comment>@title:page</comment>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation>Ar gyfer yr ymarferydd</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>@info:status</comment>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>@action:button</comment>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>I want to stop</source>
        <comment>@action:button</comment>
        <translation>Rydw i eisiau stopio</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
            <numerusform>Mae %n ateb yn aros i gael eu cadw: mae&apos;r dabled yn llawn. Rhyddhewch ychydig o le; mae Chorus yn dal i geisio ac nid yw&apos;n colli dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to my Chorus</source>
        <comment>@action:button</comment>
        <translation>Yn ôl i fy Chorus</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <comment>@label:slider</comment>
        <translation>Maint y testun: %1%</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>@option:check</comment>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Easy-to-read font (OpenDyslexic)</source>
        <comment>@option:check</comment>
        <translation>Ffont hawdd ei ddarllen (OpenDyslexic)</translation>
    </message>
    <message>
        <source>Less movement</source>
        <comment>@option:check</comment>
        <translation>Llai o symud</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <comment>@label:spinbox</comment>
        <translation>Cloi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Cyfeiriad yr hyb (dewisol)</translation>
    </message>
    <message>
        <source>Practitioner PIN: set</source>
        <comment>@label</comment>
        <translation>PIN yr ymarferydd: wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Practitioner PIN (optional)</source>
        <comment>@label</comment>
        <translation>PIN yr ymarferydd (dewisol)</translation>
    </message>
    <message>
        <source>Lets you leave a child&apos;s session with a short PIN instead of the passphrase. It never unlocks Chorus. After 3 wrong PINs the passphrase is needed.</source>
        <comment>@info</comment>
        <translation>Mae&apos;n gadael i chi adael sesiwn plentyn gyda PIN byr yn lle&apos;r cyfrinymadrodd. Dydy e byth yn datgloi Chorus. Ar ôl 3 PIN anghywir mae angen y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>New practitioner PIN</source>
        <comment>@label:textbox</comment>
        <translation>PIN newydd yr ymarferydd</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 numbers)</source>
        <comment>@info:placeholder</comment>
        <translation>PIN newydd (4 i 12 rhif)</translation>
    </message>
    <message>
        <source>New practitioner PIN again</source>
        <comment>@label:textbox</comment>
        <translation>PIN newydd yr ymarferydd eto</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <comment>@info:placeholder</comment>
        <translation>Yr un PIN eto</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <comment>@action:button</comment>
        <translation>Cadw&apos;r PIN</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <comment>@action:button</comment>
        <translation>Tynnu&apos;r PIN</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>While a child is in an activity, lock after this many minutes</source>
        <comment>@label:spinbox</comment>
        <translation>Tra bo plentyn mewn gweithgaredd, cloi ar ôl hyn o funudau</translation>
    </message>
    <message>
        <source>Before locking, Chorus shows a countdown for 30 seconds; a touch keeps it open.</source>
        <comment>@info</comment>
        <translation>Cyn cloi, mae Chorus yn dangos cyfrif i lawr am 30 eiliad; mae cyffyrddiad yn ei gadw ar agor.</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <comment>@label</comment>
        <translation>Bysellfwrdd ar y sgrin</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>@option:radio on-screen keyboard when no keyboard is attached</comment>
        <translation>Awtomatig</translation>
    </message>
    <message>
        <source>Always</source>
        <comment>@option:radio on-screen keyboard</comment>
        <translation>Bob amser</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>@option:radio on-screen keyboard</comment>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Automatic shows the on-screen keyboard on a touch screen with no keyboard attached. A change takes effect the next time Chorus starts.</source>
        <comment>@info</comment>
        <translation>Mae Awtomatig yn dangos y bysellfwrdd ar y sgrin ar sgrin gyffwrdd heb fysellfwrdd wedi’i gysylltu. Daw newid i rym y tro nesaf y bydd Chorus yn dechrau.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New consultation</source>
        <comment>@title:page</comment>
        <translation>Ymgynghoriad newydd</translation>
    </message>
    <message>
        <source>Choose an activity pack</source>
        <comment>@title:dialog</comment>
        <translation>Dewis pecyn gweithgareddau</translation>
    </message>
    <message>
        <source>Activity packs (*.json)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Pecynnau gweithgareddau (*.json)</translation>
    </message>
    <message>
        <source>Activity pack</source>
        <comment>@label</comment>
        <translation>Pecyn gweithgareddau</translation>
    </message>
    <message>
        <source>Using: %1</source>
        <comment>@info</comment>
        <translation>Yn defnyddio: %1</translation>
    </message>
    <message>
        <source>Choose the activities children will do.</source>
        <comment>@info</comment>
        <translation>Dewiswch y gweithgareddau y bydd plant yn eu gwneud.</translation>
    </message>
    <message>
        <source>Use the example pack</source>
        <comment>@action:button</comment>
        <translation>Defnyddio&apos;r pecyn enghreifftiol</translation>
    </message>
    <message>
        <source>Import a pack file</source>
        <comment>@action:button</comment>
        <translation>Mewnforio ffeil pecyn</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox</comment>
        <translation>Beth yw ei bwrpas, mewn geiriau y mae plentyn yn eu deall</translation>
    </message>
    <message>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox</comment>
        <translation>Cadw atebion am hyn o ddiwrnodau</translation>
    </message>
    <message>
        <source>Activities, in order</source>
        <comment>@label</comment>
        <translation>Gweithgareddau, mewn trefn</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <comment>@option:check</comment>
        <translation>Defnyddio: %1</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <comment>@action:button</comment>
        <translation>Symud i fyny: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <comment>@action:button</comment>
        <translation>Symud i lawr: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Save the consultation</source>
        <comment>@action:button</comment>
        <translation>Cadw&apos;r ymgynghoriad</translation>
    </message>
</context>
<context>
    <name>ShareDescription</name>
    <message>
        <source>Voice note, %1 (stays on this device)</source>
        <comment>@info what is shared of a voice note</comment>
        <translation>Nodyn llais, %1 (yn aros ar y ddyfais hon)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a pile of cards and the cards in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <comment>@info the chosen options</comment>
        <translation>Wedi dewis: %1</translation>
    </message>
    <message>
        <source>Feeling: %1</source>
        <comment>@info the face picked on the feelings scale</comment>
        <translation>Teimlad: %1</translation>
    </message>
    <message>
        <source>In this order: %1</source>
        <comment>@info cards ranked</comment>
        <translation>Yn y drefn hon: %1</translation>
    </message>
    <message>
        <source>The drawing</source>
        <comment>@info a drawing that is shared</comment>
        <translation>Y llun</translation>
    </message>
    <message>
        <source>The drawing goes only if a practitioner approves it with the drawing.</source>
        <comment>@info a drawing waiting for approval</comment>
        <translation>Dim ond os bydd ymarferydd yn ei gymeradwyo gyda&apos;r llun y bydd y llun yn mynd.</translation>
    </message>
    <message>
        <source>The drawing stays on this device.</source>
        <comment>@info a drawing that is not shared</comment>
        <translation>Mae&apos;r llun yn aros ar y ddyfais hon.</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>This is exactly what the team will see. Your name is not on it: names and places are hidden. You can take anything out before it is sent.</source>
        <comment>@info share preview</comment>
        <translation>Dyma&apos;n union beth fydd y tîm yn ei weld. Dydy dy enw di ddim arno: mae enwau a lleoedd wedi&apos;u cuddio. Galli di dynnu unrhyw beth allan cyn iddo gael ei anfon.</translation>
    </message>
    <message>
        <source>Nothing from this session will be sent to the team.</source>
        <comment>@info share preview</comment>
        <translation>Fydd dim byd o&apos;r sesiwn hon yn cael ei anfon at y tîm.</translation>
    </message>
    <message>
        <source>What the team will see</source>
        <comment>@title:group</comment>
        <translation>Beth fydd y tîm yn ei weld</translation>
    </message>
</context>
<context>
    <name>SharePreviewCard</name>
    <message>
        <source>Someone on the team checks this first, to make sure nothing gives away who you are.</source>
        <comment>@info share preview</comment>
        <translation>Mae rhywun o&apos;r tîm yn gwirio hwn yn gyntaf, i wneud yn siŵr nad oes dim yn dangos pwy wyt ti.</translation>
    </message>
    <message>
        <source>Take this out</source>
        <comment>@action:button share preview</comment>
        <translation>Tynnu hwn allan</translation>
    </message>
    <message>
        <source>The team will not see your answer to: %1</source>
        <comment>@info:accessible</comment>
        <translation>Fydd y tîm ddim yn gweld dy ateb i: %1</translation>
    </message>
    <message>
        <source>Your drawing, as the team will see it</source>
        <comment>@info:accessible</comment>
        <translation>Dy lun di, fel y bydd y tîm yn ei weld</translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>Stop reading</source>
        <comment>@action:button</comment>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Reads the words on this screen out loud</source>
        <comment>@info:accessible</comment>
        <translation>Yn darllen y geiriau ar y sgrin hon yn uchel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button read aloud: what it reads</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sent this time: %1. Answers the hub confirmed: %2. Withdrawals the hub confirmed: %3.</source>
        <comment>@info:status sync report</comment>
        <translation>Anfonwyd y tro hwn: %1. Atebion a gadarnhaodd yr hyb: %2. Tynnu&apos;n ôl a gadarnhaodd yr hyb: %3.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <comment>@info:status sync report</comment>
        <translation>Doedd dim yn aros i gael ei anfon.</translation>
    </message>
    <message>
        <source>Not accepted by the hub this time: %1.</source>
        <comment>@info:status sync report</comment>
        <translation>Heb eu derbyn gan yr hyb y tro hwn: %1.</translation>
    </message>
    <message>
        <source>Activity packs received: %1.</source>
        <comment>@info:status sync report</comment>
        <translation>Pecynnau gweithgareddau a dderbyniwyd: %1.</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates received: %1.</source>
        <comment>@info:status sync report</comment>
        <translation>Diweddariadau &quot;Dywedoch chi, gwnaethon ni&quot; a dderbyniwyd: %1.</translation>
    </message>
    <message>
        <source>The last sync had nothing to send; what is waiting now goes with the next sync.</source>
        <comment>@info:status sync report</comment>
        <translation>Doedd gan y cysoni diwethaf ddim i’w anfon; mae’r hyn sy’n aros nawr yn mynd gyda’r cysoni nesaf.</translation>
    </message>
    <message>
        <source>Type the hub address from the invite, for example hub.example.org.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch gyfeiriad yr hyb o&apos;r gwahoddiad, er enghraifft hub.example.org.</translation>
    </message>
    <message>
        <source>The invite code has 32 letters and numbers. Check that none are missing.</source>
        <comment>@info:status</comment>
        <translation>Mae gan y cod gwahoddiad 32 o lythrennau a rhifau. Gwiriwch nad oes yr un ar goll.</translation>
    </message>
    <message>
        <source>There is a mistake in the invite code or the hub address. Check each letter and number against the invite.</source>
        <comment>@info:status</comment>
        <translation>Mae camgymeriad yn y cod gwahoddiad neu yng nghyfeiriad yr hyb. Gwiriwch bob llythyren a rhif yn erbyn y gwahoddiad.</translation>
    </message>
    <message>
        <source>This invite cannot be used. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation>Does dim modd defnyddio&apos;r gwahoddiad hwn. Gofynnwch am un newydd.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the hub</source>
        <comment>@title:page</comment>
        <translation>Cysoni â&apos;r hyb</translation>
    </message>
    <message>
        <source>This device is not enrolled with a hub yet. Ask the hub&apos;s administrator for an enrolment code.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r ddyfais hon wedi&apos;i chofrestru gyda hyb eto. Gofynnwch i weinyddwr yr hyb am god cofrestru.</translation>
    </message>
    <message>
        <source>This device is enrolled with %1 as a young person&apos;s own device.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r ddyfais hon wedi&apos;i chofrestru gyda %1 fel dyfais person ifanc ei hun.</translation>
    </message>
    <message>
        <source>This device is enrolled with %1 as a practitioner&apos;s device.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r ddyfais hon wedi&apos;i chofrestru gyda %1 fel dyfais ymarferydd.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <comment>@info:status</comment>
        <translation>Cysoni llwyddiannus diwethaf: %1</translation>
    </message>
    <message>
        <source>Not synced successfully yet.</source>
        <comment>@info:status</comment>
        <translation>Heb gysoni&apos;n llwyddiannus eto.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <comment>@info:status</comment>
        <translation>Does dim byd yn aros i gael ei anfon.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <comment>@info:status</comment>
        <translation>Yn aros i gael eu hanfon: %1</translation>
    </message>
    <message>
        <source>Waiting for a practitioner&apos;s review before they can be sent: %1</source>
        <comment>@info:status</comment>
        <translation>Yn aros i ymarferydd eu hadolygu cyn y gellir eu hanfon: %1</translation>
    </message>
    <message>
        <source>Withdrawals confirmed by the hub: %1</source>
        <comment>@info:status</comment>
        <translation>Tynnu&apos;n ôl wedi&apos;i gadarnhau gan yr hyb: %1</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates received: %1</source>
        <comment>@info:status</comment>
        <translation>Diweddariadau &quot;Dywedoch chi, gwnaethon ni&quot; a dderbyniwyd: %1</translation>
    </message>
    <message>
        <source>The last sync did not finish: %1</source>
        <comment>@info:status</comment>
        <translation>Ni orffennodd y cysoni diwethaf: %1</translation>
    </message>
    <message>
        <source>Talking to the hub… You can carry on using Chorus meanwhile.</source>
        <comment>@info:status</comment>
        <translation>Yn siarad â&apos;r hyb… Gallwch barhau i ddefnyddio Chorus yn y cyfamser.</translation>
    </message>
    <message>
        <source>Not accepted by the hub: %1</source>
        <comment>@title:group</comment>
        <translation>Heb eu derbyn gan yr hyb: %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <comment>@info why the hub refused one item</comment>
        <translation>Ateb %1: %2</translation>
    </message>
    <message>
        <source>Enrol this device with a hub</source>
        <comment>@title:group</comment>
        <translation>Cofrestru&apos;r ddyfais hon gyda hyb</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <comment>@action:button</comment>
        <translation>Cofrestru gyda&apos;r cod hwn</translation>
    </message>
    <message>
        <source>Invite young people&apos;s own devices</source>
        <comment>@title:group</comment>
        <translation>Gwahodd dyfeisiau&apos;r bobl ifanc eu hunain</translation>
    </message>
    <message>
        <source>Make a code that young people type on their own phone or tablet to join this consultation.</source>
        <comment>@info</comment>
        <translation>Gwnewch god y mae pobl ifanc yn ei deipio ar eu ffôn neu dabled eu hunain i ymuno â&apos;r ymgynghoriad hwn.</translation>
    </message>
    <message>
        <source>How many devices can use the code</source>
        <comment>@label</comment>
        <translation>Faint o ddyfeisiau all ddefnyddio&apos;r cod</translation>
    </message>
    <message>
        <source>One device</source>
        <comment>@option:radio invite uses</comment>
        <translation>Un ddyfais</translation>
    </message>
    <message>
        <source>Several devices</source>
        <comment>@option:radio invite uses</comment>
        <translation>Sawl dyfais</translation>
    </message>
    <message>
        <source>Number of devices</source>
        <comment>@label:spinbox</comment>
        <translation>Nifer y dyfeisiau</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation>Am faint mae&apos;r cod yn gweithio</translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>@option:radio invite expiry</comment>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <source>7 days</source>
        <comment>@option:radio invite expiry</comment>
        <translation>7 diwrnod</translation>
    </message>
    <message>
        <source>30 days</source>
        <comment>@option:radio invite expiry</comment>
        <translation>30 diwrnod</translation>
    </message>
    <message>
        <source>Create invite code</source>
        <comment>@action:button</comment>
        <translation>Creu cod gwahoddiad</translation>
    </message>
    <message>
        <source>No invite code was made: %1</source>
        <comment>@info:status</comment>
        <translation>Ni wnaed cod gwahoddiad: %1</translation>
    </message>
    <message>
        <source>Invite code:</source>
        <comment>@label</comment>
        <translation>Cod gwahoddiad:</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <comment>@info:accessible</comment>
        <translation>Cod gwahoddiad %1</translation>
    </message>
    <message>
        <source>Devices that can use it: %1. It works until %2.</source>
        <comment>@info</comment>
        <translation>Dyfeisiau a all ei ddefnyddio: %1. Mae&apos;n gweithio tan %2.</translation>
    </message>
    <message>
        <source>The invite code is: %1</source>
        <comment>@info read aloud</comment>
        <translation>Y cod gwahoddiad yw: %1</translation>
    </message>
    <message>
        <source>Hide the invite code</source>
        <comment>@action:button</comment>
        <translation>Cuddio&apos;r cod gwahoddiad</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <comment>@action:button</comment>
        <translation>Yn cysoni…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Try the refused items again</source>
        <comment>@action:button</comment>
        <translation>Rhoi cynnig arall ar yr eitemau a wrthodwyd</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <comment>@action:button</comment>
        <translation>Cofrestru eto</translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation>Cyfeiriad yr hyb</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <comment>@label:textbox</comment>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Certificate authority file (only if your organisation uses its own)</source>
        <comment>@label:textbox</comment>
        <translation>Ffeil awdurdod tystysgrif (dim ond os yw eich sefydliad yn defnyddio ei un ei hun)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <comment>@label:textbox</comment>
        <translation>Ffeil awdurdod tystysgrif</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Invite code</source>
        <comment>@label:textbox</comment>
        <translation>Cod gwahoddiad</translation>
    </message>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation>Eich rôl neu god staff</translation>
    </message>
    <message>
        <source>Why you judge that the young person can decide for themselves</source>
        <comment>@label:textbox</comment>
        <translation>Pam rydych chi&apos;n barnu y gall y person ifanc benderfynu drosto&apos;i hun</translation>
    </message>
    <message>
        <source>Hub address: %1</source>
        <comment>@info</comment>
        <translation>Cyfeiriad yr hyb: %1</translation>
    </message>
    <message>
        <source>QR code of the invite, for a device with a camera</source>
        <comment>@info:accessible</comment>
        <translation>Cod QR y gwahoddiad, ar gyfer dyfais gyda chamera</translation>
    </message>
    <message>
        <source>Before the answers are shared</source>
        <comment>@label invite</comment>
        <translation>Cyn i&apos;r atebion gael eu rhannu</translation>
    </message>
    <message>
        <source>The young person sends them</source>
        <comment>@option:radio invite check</comment>
        <translation>Y person ifanc sy&apos;n eu hanfon</translation>
    </message>
    <message>
        <source>We check them together first</source>
        <comment>@option:radio invite check</comment>
        <translation>Rydyn ni&apos;n eu gwirio gyda&apos;n gilydd yn gyntaf</translation>
    </message>
    <message>
        <source>The answers wait on the young person&apos;s device until you check them together.</source>
        <comment>@info invite</comment>
        <translation>Mae&apos;r atebion yn aros ar ddyfais y person ifanc nes i chi eu gwirio gyda&apos;ch gilydd.</translation>
    </message>
    <message>
        <source>The young person sends their own answers, after a preview of what the team will see.</source>
        <comment>@info invite</comment>
        <translation>Mae&apos;r person ifanc yn anfon ei atebion ei hun, ar ôl rhagolwg o&apos;r hyn y bydd y tîm yn ei weld.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>it is longer or larger than the hub accepts.</source>
        <comment>@info why the hub refused</comment>
        <translation>mae&apos;n hirach neu&apos;n fwy nag y mae&apos;r hyb yn ei dderbyn.</translation>
    </message>
    <message>
        <source>sharing it is not permitted (a drawing needs the young person&apos;s consent and a practitioner&apos;s approval).</source>
        <comment>@info why the hub refused</comment>
        <translation>ni chaniateir ei rannu (mae angen caniatâd y person ifanc a chymeradwyaeth ymarferydd ar lun).</translation>
    </message>
    <message>
        <source>it belongs to a consultation this device is not enrolled for.</source>
        <comment>@info why the hub refused</comment>
        <translation>mae&apos;n perthyn i ymgynghoriad nad yw&apos;r ddyfais hon wedi&apos;i chofrestru ar ei gyfer.</translation>
    </message>
    <message>
        <source>the hub could not read part of it (%1). This app or the hub may need an update.</source>
        <comment>@info why the hub refused; %1 is a technical field name</comment>
        <translation>ni allai&apos;r hyb ddarllen rhan ohono (%1). Efallai fod angen diweddaru&apos;r ap hwn neu&apos;r hyb.</translation>
    </message>
    <message>
        <source>the hub gave the reason code &quot;%1&quot;.</source>
        <comment>@info why the hub refused</comment>
        <translation>rhoddodd yr hyb y cod rheswm &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The data on this device could not be read or written just now. Nothing was sent; try again, and restart the app if it happens again.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd darllen nac ysgrifennu&apos;r data ar y ddyfais hon nawr. Ni anfonwyd dim; rhowch gynnig arall arni, ac ailgychwynnwch yr ap os yw&apos;n digwydd eto.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished because the device was locked or the app closed. Nothing was lost: what waits is sent next time.</source>
        <comment>@info:status</comment>
        <translation>Stopiodd y cysoni cyn gorffen am fod y ddyfais wedi&apos;i chloi neu&apos;r ap wedi cau. Chollwyd dim: bydd yr hyn sy&apos;n aros yn cael ei anfon y tro nesaf.</translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate has changed since this device enrolled, so nothing was sent. If the hub really has a new certificate, enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation>Mae tystysgrif ddiogelwch yr hyb wedi newid ers i&apos;r ddyfais hon gofrestru, felly ni anfonwyd dim. Os oes gan yr hyb dystysgrif newydd go iawn, cofrestrwch eto gyda chod newydd.</translation>
    </message>
    <message>
        <source>The hub at %1 did not show the security certificate the invite names, so nothing was sent. Check the hub address, or ask for a new invite.</source>
        <comment>@info:status</comment>
        <translation>Ni ddangosodd yr hyb yn %1 y dystysgrif ddiogelwch y mae&apos;r gwahoddiad yn ei henwi, felly ni anfonwyd dim. Gwiriwch gyfeiriad yr hyb, neu gofynnwch am wahoddiad newydd.</translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate is not trusted. If your organisation uses its own certificate authority, give its file when enrolling.</source>
        <comment>@info:status</comment>
        <translation>Nid oes modd ymddiried yn nhystysgrif ddiogelwch yr hyb. Os yw eich sefydliad yn defnyddio ei awdurdod tystysgrifau ei hun, rhowch ei ffeil wrth gofrestru.</translation>
    </message>
    <message>
        <source>The hub did not answer within %1 seconds. Nothing was lost; try again later.</source>
        <comment>@info:status</comment>
        <translation>Ni atebodd yr hyb o fewn %1 eiliad. Chollwyd dim; rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Could not reach the hub. Check the network connection and the hub address. Nothing was lost.</source>
        <comment>@info:status</comment>
        <translation>Methu cyrraedd yr hyb. Gwiriwch y cysylltiad rhwydwaith a chyfeiriad yr hyb. Chollwyd dim.</translation>
    </message>
    <message>
        <source>The hub is busy or had a problem. Nothing was lost; it will be tried again later.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r hyb yn brysur neu cafodd broblem. Chollwyd dim; bydd cynnig arall yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The hub does not speak this app&apos;s version of sync: it needs an update. Nothing was lost.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r hyb yn deall fersiwn cysoni&apos;r ap hwn: mae angen ei diweddaru. Chollwyd dim.</translation>
    </message>
    <message>
        <source>The hub did not accept it: %1</source>
        <comment>@info:status</comment>
        <translation>Ni dderbyniodd yr hyb ef: %1</translation>
    </message>
    <message>
        <source>The hub already holds a different answer under the same number; it was not overwritten.</source>
        <comment>@info:status</comment>
        <translation>Mae gan yr hyb ateb gwahanol o dan yr un rhif yn barod; ni chafodd ei drosysgrifo.</translation>
    </message>
    <message>
        <source>It could not be read on this device, so it was not sent.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd ei ddarllen ar y ddyfais hon, felly ni chafodd ei anfon.</translation>
    </message>
    <message>
        <source>The hub did not confirm it; it will be sent again.</source>
        <comment>@info:status</comment>
        <translation>Ni chadarnhaodd yr hyb ef; bydd yn cael ei anfon eto.</translation>
    </message>
    <message>
        <source>This device could not record the hub&apos;s answer; what waits will be sent again.</source>
        <comment>@info:status</comment>
        <translation>Ni allai&apos;r ddyfais hon gofnodi ateb yr hyb; bydd yr hyn sy&apos;n aros yn cael ei anfon eto.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this device (it may have been removed). Nothing was lost: what waits stays on this device. Enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r hyb yn derbyn y ddyfais hon mwyach (efallai ei bod wedi&apos;i thynnu). Chollwyd dim: mae&apos;r hyn sy&apos;n aros yn aros ar y ddyfais hon. Cofrestrwch eto gyda chod newydd.</translation>
    </message>
    <message>
        <source>This device had not been in touch with the hub for 90 days, so its enrolment has ended. Nothing was lost: what waits stays on this device. Enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd y ddyfais hon wedi cysylltu â&apos;r hwb ers 90 diwrnod, felly mae ei chofrestriad wedi dod i ben. Ni chollwyd dim: mae&apos;r hyn sy&apos;n aros yn aros ar y ddyfais hon. Cofrestrwch eto gyda chod newydd.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a hub yet. Enrol with a code from the hub first.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r ddyfais hon wedi&apos;i chofrestru gyda hyb eto. Cofrestrwch gyda chod gan yr hyb yn gyntaf.</translation>
    </message>
    <message>
        <source>The list of activity packs could not be fetched from the hub this time; it will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd nôl y rhestr o becynnau gweithgareddau o’r hyb y tro hwn; bydd yn cael ei nôl y tro nesaf.</translation>
    </message>
    <message>
        <source>The hub lists an activity pack whose name or version this app cannot read, so it was skipped. The hub&apos;s administrator can check the packs it publishes.</source>
        <comment>@info:status</comment>
        <translation>Mae’r hyb yn rhestru pecyn gweithgareddau na all yr ap hwn ddarllen ei enw na’i fersiwn, felly cafodd ei hepgor. Gall gweinyddwr yr hyb wirio’r pecynnau y mae’n eu cyhoeddi.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 could not be fetched this time; it will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd nôl pecyn gweithgareddau &quot;%1&quot; fersiwn %2 y tro hwn; bydd yn cael ei nôl y tro nesaf.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 arrived changed on the way (it does not match the hub&apos;s checksum), so it was not used. It will be fetched again next time.</source>
        <comment>@info:status</comment>
        <translation>Newidiodd pecyn gweithgareddau &quot;%1&quot; fersiwn %2 ar y ffordd (nid yw’n cyfateb i swm gwirio’r hyb), felly ni chafodd ei ddefnyddio. Bydd yn cael ei nôl eto y tro nesaf.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 from the hub is not a valid pack, so it was not used. The hub&apos;s administrator can check it against the example pack (chorus-hub example-pack). What is wrong, in the pack format&apos;s terms: %3</source>
        <comment>@info:status; %3 is the pack checker&apos;s technical reason</comment>
        <translation>Nid yw pecyn gweithgareddau &quot;%1&quot; fersiwn %2 o’r hyb yn becyn dilys, felly ni chafodd ei ddefnyddio. Gall gweinyddwr yr hyb ei gymharu â’r pecyn enghreifftiol (chorus-hub example-pack). Beth sydd o’i le, yn nhermau fformat y pecyn: %3</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 from the hub differs from the pack with the same name and version on this device, so it was not used. The hub&apos;s administrator should publish the changed pack with a new version number.</source>
        <comment>@info:status</comment>
        <translation>Mae pecyn gweithgareddau &quot;%1&quot; fersiwn %2 o’r hyb yn wahanol i’r pecyn gyda’r un enw a fersiwn ar y ddyfais hon, felly ni chafodd ei ddefnyddio. Dylai gweinyddwr yr hyb gyhoeddi’r pecyn sydd wedi newid gyda rhif fersiwn newydd.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 could not be kept on this device; it will be tried again next time.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd cadw pecyn gweithgareddau &quot;%1&quot; fersiwn %2 ar y ddyfais hon; bydd yn cael ei drio eto y tro nesaf.</translation>
    </message>
    <message>
        <source>The consultation &quot;%1&quot; is published on the hub too; this device keeps its own, made here.</source>
        <comment>@info:status</comment>
        <translation>Mae’r ymgynghoriad &quot;%1&quot; wedi’i gyhoeddi ar yr hyb hefyd; mae’r ddyfais hon yn cadw ei un ei hun, a wnaed yma.</translation>
    </message>
    <message>
        <source>The hub does not take records of how sessions went yet. They wait on this device until the hub is updated; the answers were sent.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r hyb yn derbyn cofnodion o sut aeth sesiynau eto. Maen nhw&apos;n aros ar y ddyfais hon nes bydd yr hyb wedi&apos;i ddiweddaru; anfonwyd yr atebion.</translation>
    </message>
    <message>
        <source>The hub did not take the consultation &quot;%1&quot; made on this device, so its answers wait here. Ask the hub&apos;s administrator; nothing was lost.</source>
        <comment>@info:status</comment>
        <translation>Ni wnaeth yr hyb dderbyn yr ymgynghoriad &quot;%1&quot; a wnaed ar y ddyfais hon, felly mae ei atebion yn aros yma. Gofynnwch i weinyddwr yr hyb; ni chollwyd dim.</translation>
    </message>
    <message>
        <source>Consultations from the hub could not be fetched or kept this time; they will be fetched again next time.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd nôl na chadw ymgynghoriadau o’r hyb y tro hwn; byddant yn cael eu nôl eto y tro nesaf.</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates could not be fetched this time; they will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd nôl diweddariadau &quot;Dywedoch chi, gwnaethon ni&quot; y tro hwn; byddant yn cael eu nôl y tro nesaf.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address like https://hub.example.org</source>
        <comment>@info:status</comment>
        <translation>Rhowch gyfeiriad yr hyb fel https://hub.example.org</translation>
    </message>
    <message>
        <source>The hub&apos;s address must begin with https:// so that what is sent is protected.</source>
        <comment>@info:status</comment>
        <translation>Rhaid i gyfeiriad yr hyb ddechrau gyda https:// er mwyn diogelu&apos;r hyn a anfonir.</translation>
    </message>
    <message>
        <source>An enrolment code has 12 letters and digits, like ABCD-EFGH-JKMN. Check the code and try again.</source>
        <comment>@info:status</comment>
        <translation>Mae gan god cofrestru 12 llythyren a digid, fel ABCD-EFGH-JKMN. Gwiriwch y cod a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The certificate authority file holds no certificate.</source>
        <comment>@info:status</comment>
        <translation>Nid oes tystysgrif yn ffeil yr awdurdod tystysgrifau.</translation>
    </message>
    <message>
        <source>The certificate authority file could not be read.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd darllen ffeil yr awdurdod tystysgrifau.</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r cod hwn wedi dod i ben. Gofynnwch am un newydd.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r cod hwn wedi&apos;i ddefnyddio&apos;n barod. Gofynnwch am un newydd.</translation>
    </message>
    <message>
        <source>The hub does not know this code. Check it and try again.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r hyb yn adnabod y cod hwn. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>No Chorus hub answers at %1. Check the address.</source>
        <comment>@info:status</comment>
        <translation>Does dim hyb Chorus yn ateb yn %1. Gwiriwch y cyfeiriad.</translation>
    </message>
    <message>
        <source>The hub refused the enrolment: %1</source>
        <comment>@info:status</comment>
        <translation>Gwrthododd yr hyb y cofrestru: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read; nothing was saved. The hub may need an update.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd darllen ateb yr hyb; ni chadwyd dim. Efallai fod angen diweddaru&apos;r hyb.</translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate could not be read; nothing was saved.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd darllen tystysgrif ddiogelwch yr hyb; ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Choose from 1 to 100 devices.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch rhwng 1 a 100 o ddyfeisiau.</translation>
    </message>
    <message>
        <source>Choose a time from 1 hour to 30 days.</source>
        <comment>@info:status</comment>
        <translation>Dewiswch amser rhwng 1 awr a 30 diwrnod.</translation>
    </message>
    <message>
        <source>Only a practitioner&apos;s device can make invites; this device joined with an invite itself.</source>
        <comment>@info:status</comment>
        <translation>Dim ond dyfais ymarferydd all wneud gwahoddiadau; ymunodd y ddyfais hon gyda gwahoddiad ei hun.</translation>
    </message>
    <message>
        <source>The hub refused the invite: %1</source>
        <comment>@info:status</comment>
        <translation>Gwrthododd yr hyb y gwahoddiad: %1</translation>
    </message>
</context>
<context>
    <name>TeamActionsPage</name>
    <message>
        <source>You said, we did</source>
        <comment>@title:page</comment>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>Action saved as a draft. Children see it only once it is published.</source>
        <comment>@info:status</comment>
        <translation>Cadwyd y cam gweithredu fel drafft. Dim ond ar ôl ei gyhoeddi y bydd plant yn ei weld.</translation>
    </message>
    <message>
        <source>Action published. It goes to the children&apos;s devices at their next sync.</source>
        <comment>@info:status</comment>
        <translation>Cyhoeddwyd y cam gweithredu. Bydd yn mynd i ddyfeisiau&apos;r plant y tro nesaf y byddan nhw&apos;n cysoni.</translation>
    </message>
    <message>
        <source>Publish this action? It goes to the devices of the children whose feedback it is linked to, and they will read it.</source>
        <comment>@info</comment>
        <translation>Cyhoeddi&apos;r cam gweithredu hwn? Bydd yn mynd i ddyfeisiau&apos;r plant y mae eu hadborth wedi&apos;i gysylltu ag ef, a byddan nhw&apos;n ei ddarllen.</translation>
    </message>
    <message>
        <source>Publish now</source>
        <comment>@action:button</comment>
        <translation>Cyhoeddi nawr</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <comment>@action:button</comment>
        <translation>Peidio â chyhoeddi</translation>
    </message>
    <message>
        <source>Write a new action</source>
        <comment>@action:button</comment>
        <translation>Ysgrifennu cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <comment>@title:group</comment>
        <translation>Golygu&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>New action</source>
        <comment>@title:group</comment>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>You said (what we heard)</source>
        <comment>@label:textbox</comment>
        <translation>Dywedoch chi (beth glywson ni)</translation>
    </message>
    <message>
        <source>You said</source>
        <comment>@label:textbox</comment>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>We did (what we did or will do)</source>
        <comment>@label:textbox</comment>
        <translation>Gwnaethon ni (beth wnaethon ni neu beth fyddwn ni&apos;n ei wneud)</translation>
    </message>
    <message>
        <source>We did</source>
        <comment>@label:textbox</comment>
        <translation>Gwnaethon ni</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <comment>@option:radio</comment>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <comment>@label:textbox</comment>
        <translation>Dyddiad (blwyddyn-mis-diwrnod)</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label:textbox</comment>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Link to themes</source>
        <comment>@title:group</comment>
        <translation>Cysylltu â themâu</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <comment>@info</comment>
        <translation>Dim themâu eto.</translation>
    </message>
    <message>
        <source>Link theme: %1</source>
        <comment>@option:check</comment>
        <translation>Cysylltu thema: %1</translation>
    </message>
    <message>
        <source>Link to feedback records</source>
        <comment>@title:group</comment>
        <translation>Cysylltu â chofnodion adborth</translation>
    </message>
    <message>
        <source>Linked records: %1</source>
        <comment>@info:status</comment>
        <translation>Cofnodion wedi&apos;u cysylltu: %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>@action:button</comment>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@action:button</comment>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Save action</source>
        <comment>@action:button</comment>
        <translation>Cadw&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>@title:group</comment>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <comment>@info</comment>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <comment>@info</comment>
        <translation>Dywedoch chi: %1</translation>
    </message>
    <message>
        <source>We did: %1</source>
        <comment>@info</comment>
        <translation>Gwnaethon ni: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info action status, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Linked records: %1; linked themes: %2</source>
        <comment>@info</comment>
        <translation>Cofnodion wedi&apos;u cysylltu: %1; themâu wedi&apos;u cysylltu: %2</translation>
    </message>
    <message>
        <source>Published: children can see it</source>
        <comment>@info:status</comment>
        <translation>Wedi&apos;i gyhoeddi: gall plant ei weld</translation>
    </message>
    <message>
        <source>Draft: not sent to anyone yet</source>
        <comment>@info:status</comment>
        <translation>Drafft: heb ei anfon at neb eto</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <comment>@info:accessible action state</comment>
        <translation>Wedi&apos;i gyhoeddi: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>@info:accessible action state</comment>
        <translation>Drafft: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Edit action: %1</source>
        <comment>@action:button</comment>
        <translation>Golygu&apos;r cam gweithredu: %1</translation>
    </message>
    <message>
        <source>Publish again</source>
        <comment>@action:button</comment>
        <translation>Cyhoeddi eto</translation>
    </message>
    <message>
        <source>Publish</source>
        <comment>@action:button</comment>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <source>Publish action: %1</source>
        <comment>@action:button</comment>
        <translation>Cyhoeddi&apos;r cam gweithredu: %1</translation>
    </message>
</context>
<context>
    <name>TeamBarChart</name>
    <message>
        <source>%1: %2</source>
        <comment>@info chart bar: label, count</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TeamConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation>Ymgynghoriadau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info label: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <comment>@info</comment>
        <translation>Cyfanswm: %1</translation>
    </message>
    <message>
        <source>The hub has no consultations yet.</source>
        <comment>@info</comment>
        <translation>Nid oes gan yr hyb ymgynghoriadau eto.</translation>
    </message>
    <message>
        <source>Load the consultations again</source>
        <comment>@action:button</comment>
        <translation>Llwytho&apos;r ymgynghoriadau eto</translation>
    </message>
    <message>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation>Lleisiau a glywyd fesul rôl</translation>
    </message>
    <message>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation>Lleisiau a glywyd fesul grŵp oedran</translation>
    </message>
    <message>
        <source>Voices heard by week</source>
        <comment>@title:group</comment>
        <translation>Lleisiau a glywyd fesul wythnos</translation>
    </message>
    <message>
        <source>Each shared answer counts as one voice: the hub cannot tell people apart. Groups smaller than %1 are not shown.</source>
        <comment>@info</comment>
        <translation>Mae pob ateb a rannwyd yn cyfrif fel un llais: ni all yr hyb wahaniaethu rhwng pobl. Ni ddangosir grwpiau llai na %1.</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>%1 — voices heard: %2, active</source>
        <comment>@action:button consultation: its id, a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 — lleisiau a glywyd: %2, yn weithredol</translation>
    </message>
    <message>
        <source>%1 — voices heard: %2</source>
        <comment>@action:button consultation: its id, a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 — lleisiau a glywyd: %2</translation>
    </message>
    <message>
        <source>%1 (%2) — answers: %3</source>
        <comment>@info activity (prompt): a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 (%2) — atebion: %3</translation>
    </message>
    <message>
        <source>%1 — answers: %2</source>
        <comment>@info activity: a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 — atebion: %2</translation>
    </message>
</context>
<context>
    <name>TeamDevicesPage</name>
    <message>
        <source>Devices</source>
        <comment>@title:page</comment>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Devices that have not been in touch with the hub for 90 days expire and must enrol again. Revoke a device that is lost or stolen: it can no longer sync.</source>
        <comment>@info</comment>
        <translation>Mae dyfeisiau nad ydynt wedi cysylltu â&apos;r hwb ers 90 diwrnod yn dod i ben a rhaid iddynt gofrestru eto. Dirymwch ddyfais sydd ar goll neu wedi&apos;i dwyn: ni all gysoni mwyach.</translation>
    </message>
    <message>
        <source>Load the devices again</source>
        <comment>@action:button</comment>
        <translation>Llwytho&apos;r dyfeisiau eto</translation>
    </message>
    <message>
        <source>No device has enrolled with the hub yet.</source>
        <comment>@info</comment>
        <translation>Nid oes dyfais wedi cofrestru gyda&apos;r hwb eto.</translation>
    </message>
    <message>
        <source>%1, consultation %2</source>
        <comment>@info device role, consultation</comment>
        <translation>%1, ymgynghoriad %2</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <comment>@action:button device</comment>
        <translation>Dirymu %1</translation>
    </message>
    <message>
        <source>Yes, revoke %1</source>
        <comment>@action:button device</comment>
        <translation>Ie, dirymu %1</translation>
    </message>
    <message>
        <source>It can no longer sync until it enrols again</source>
        <comment>@info:accessible</comment>
        <translation>Ni all gysoni nes iddi gofrestru eto</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>@action:button device</comment>
        <translation>Cadw %1</translation>
    </message>
</context>
<context>
    <name>TeamExportPage</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@title:page</comment>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <comment>@title:window</comment>
        <translation>Cadw&apos;r allforyn fel</translation>
    </message>
    <message>
        <source>Exports hold anonymised records and counts only. Small numbers stay hidden exactly as the hub hides them. Keep exported files somewhere safe.</source>
        <comment>@info</comment>
        <translation>Dim ond cofnodion dienw a chyfrifon sydd mewn allforion. Mae niferoedd bach yn aros yn gudd yn union fel y mae&apos;r hyb yn eu cuddio. Cadwch ffeiliau wedi&apos;u hallforio rywle diogel.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <comment>@info:status</comment>
        <translation>Cadwyd yr adroddiad yn %1.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <comment>@info:status</comment>
        <translation>Cadwyd %1 rhes yn %2.</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <comment>@title:group</comment>
        <translation>Taenlen (CSV)</translation>
    </message>
    <message>
        <source>Export records (CSV)</source>
        <comment>@action:button</comment>
        <translation>Allforio cofnodion (CSV)</translation>
    </message>
    <message>
        <source>Every anonymised record of this consultation, with its themes.</source>
        <comment>@info:accessible</comment>
        <translation>Pob cofnod dienw o&apos;r ymgynghoriad hwn, gyda&apos;i themâu.</translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <comment>@action:button</comment>
        <translation>Allforio cyfrifon (CSV)</translation>
    </message>
    <message>
        <source>Counts by role, age band and week.</source>
        <comment>@info:accessible</comment>
        <translation>Cyfrifon yn ôl rôl, band oedran ac wythnos.</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <comment>@title:group</comment>
        <translation>Adroddiad (PDF)</translation>
    </message>
    <message>
        <source>PDF reports are not available in this build.</source>
        <comment>@info:status</comment>
        <translation>Dydy adroddiadau PDF ddim ar gael yn y fersiwn hon.</translation>
    </message>
    <message>
        <source>PDF report (English)</source>
        <comment>@action:button</comment>
        <translation>Adroddiad PDF (Saesneg)</translation>
    </message>
    <message>
        <source>PDF report (Welsh)</source>
        <comment>@action:button</comment>
        <translation>Adroddiad PDF (Cymraeg)</translation>
    </message>
</context>
<context>
    <name>TeamFeedbackPage</name>
    <message>
        <source>Feedback</source>
        <comment>@title:page</comment>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Choose a consultation first.</source>
        <comment>@info</comment>
        <translation>Dewiswch ymgynghoriad yn gyntaf.</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>@title:group</comment>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>All activities</source>
        <comment>@action:button filter</comment>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@action:button filter: activity (prompt)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <comment>@title:group</comment>
        <translation>Math o ateb</translation>
    </message>
    <message>
        <source>All kinds</source>
        <comment>@action:button filter</comment>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Only answers marked as quotable</source>
        <comment>@option:check</comment>
        <translation>Dim ond atebion sydd wedi&apos;u marcio i&apos;w dyfynnu</translation>
    </message>
    <message>
        <source>Choose an activity to see its charts.</source>
        <comment>@info</comment>
        <translation>Dewiswch weithgaredd i weld ei siartiau.</translation>
    </message>
    <message>
        <source>Answers to this activity: %1</source>
        <comment>@info</comment>
        <translation>Atebion i&apos;r gweithgaredd hwn: %1</translation>
    </message>
    <message>
        <source>Feelings scale: answers at each point</source>
        <comment>@title:group</comment>
        <translation>Graddfa teimladau: atebion ar bob pwynt</translation>
    </message>
    <message>
        <source>Choices: how many chose each</source>
        <comment>@title:group</comment>
        <translation>Dewisiadau: faint ddewisodd bob un</translation>
    </message>
    <message>
        <source>Card sort: ranked</source>
        <comment>@title:group</comment>
        <translation>Trefnu cardiau: yn ôl safle</translation>
    </message>
    <message>
        <source>%1. %2: first for %3, placed by %4</source>
        <comment>@info rank. card: counts</comment>
        <translation>%1. %2: cyntaf i %3, wedi&apos;i osod gan %4</translation>
    </message>
    <message>
        <source>Circle “%1”: who put each card there</source>
        <comment>@title:group</comment>
        <translation>Cylch “%1”: pwy roddodd bob cerdyn yno</translation>
    </message>
    <message>
        <source>Written answers: %1</source>
        <comment>@info</comment>
        <translation>Atebion ysgrifenedig: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>@info</comment>
        <translation>Atebion: %1</translation>
    </message>
    <message>
        <source>Answers so far: %1 (more load as you scroll)</source>
        <comment>@info</comment>
        <translation>Atebion hyd yma: %1 (daw rhagor wrth i chi sgrolio)</translation>
    </message>
    <message>
        <source>Answers</source>
        <comment>@info:accessible</comment>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Scroll the answers</source>
        <comment>@info:accessible</comment>
        <translation>Sgrolio&apos;r atebion</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>@info:accessible activity, kind: answer</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Loading</source>
        <comment>@info:accessible</comment>
        <translation>Yn llwytho</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>%1 · %2 · week %3 · age %4 · %5</source>
        <comment>@info record details</comment>
        <translation>%1 · %2 · wythnos %3 · oed %4 · %5</translation>
    </message>
    <message>
        <source>quotable</source>
        <comment>@info</comment>
        <translation>i&apos;w dyfynnu</translation>
    </message>
    <message>
        <source>The shared drawing</source>
        <comment>@info:accessible</comment>
        <translation>Y llun a rannwyd</translation>
    </message>
    <message>
        <source>Show the drawing smaller</source>
        <comment>@action:button</comment>
        <translation>Dangos y llun yn llai</translation>
    </message>
    <message>
        <source>Show the drawing larger</source>
        <comment>@action:button</comment>
        <translation>Dangos y llun yn fwy</translation>
    </message>
</context>
<context>
    <name>TeamFilterButton</name>
    <message>
        <source>chosen</source>
        <comment>@info:accessible</comment>
        <translation>wedi&apos;i ddewis</translation>
    </message>
</context>
<context>
    <name>TeamFrameworkPage</name>
    <message>
        <source>Framework</source>
        <comment>@title:page</comment>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Conditions for innovation in children&apos;s social care: %1 clusters, %2 parameters. Numbers come from the feedback on the hub; parameters that Chorus does not measure say so.</source>
        <comment>@info</comment>
        <translation>Amodau ar gyfer arloesi ym maes gofal cymdeithasol plant: %1 clwstwr, %2 paramedr. Daw&apos;r rhifau o&apos;r adborth ar yr hyb; mae&apos;r paramedrau nad yw Chorus yn eu mesur yn dweud hynny.</translation>
    </message>
    <message>
        <source>Show figures for every consultation</source>
        <comment>@option:check</comment>
        <translation>Dangos ffigurau ar gyfer pob ymgynghoriad</translation>
    </message>
    <message>
        <source>Figures for every consultation on the hub.</source>
        <comment>@info</comment>
        <translation>Ffigurau ar gyfer pob ymgynghoriad ar yr hyb.</translation>
    </message>
    <message>
        <source>Figures for this consultation.</source>
        <comment>@info</comment>
        <translation>Ffigurau ar gyfer yr ymgynghoriad hwn.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <comment>@title framework cluster</comment>
        <translation>Clwstwr: %1</translation>
    </message>
</context>
<context>
    <name>TeamParticipationPage</name>
    <message>
        <source>Participation</source>
        <comment>@title:page</comment>
        <translation>Cyfranogiad</translation>
    </message>
    <message>
        <source>Who we have heard and who not yet, which ways of asking worked, whether the team listened and acted, and how long it took. Small numbers are hidden to protect children.</source>
        <comment>@info</comment>
        <translation>Pwy rydyn ni wedi&apos;u clywed a phwy ddim eto, pa ffyrdd o ofyn a weithiodd, a wnaeth y tîm wrando a gweithredu, a faint o amser a gymerodd. Mae niferoedd bach wedi&apos;u cuddio i ddiogelu plant.</translation>
    </message>
    <message>
        <source>Show figures for every consultation</source>
        <comment>@option:check</comment>
        <translation>Dangos ffigurau ar gyfer pob ymgynghoriad</translation>
    </message>
    <message>
        <source>Who we mean to hear</source>
        <comment>@title:group</comment>
        <translation>Pwy rydyn ni&apos;n bwriadu eu clywed</translation>
    </message>
    <message>
        <source>How many people of each group the team hopes to hear in this consultation, notes on groups to reach, and the practitioner hours planned. Leave a box empty for a group you do not count.</source>
        <comment>@info</comment>
        <translation>Faint o bobl o bob grŵp y mae&apos;r tîm yn gobeithio eu clywed yn yr ymgynghoriad hwn, nodiadau ar grwpiau i&apos;w cyrraedd, a&apos;r oriau ymarferwyr a gynlluniwyd. Gadewch flwch yn wag ar gyfer grŵp nad ydych yn ei gyfrif.</translation>
    </message>
    <message>
        <source>Groups to reach (for example care leavers, disabled children)</source>
        <comment>@label:textbox</comment>
        <translation>Grwpiau i&apos;w cyrraedd (er enghraifft y rhai sy&apos;n gadael gofal, plant anabl)</translation>
    </message>
    <message>
        <source>Groups to reach</source>
        <comment>@label:textbox</comment>
        <translation>Grwpiau i&apos;w cyrraedd</translation>
    </message>
    <message>
        <source>Practitioner hours planned</source>
        <comment>@label:textbox</comment>
        <translation>Oriau ymarferwyr a gynlluniwyd</translation>
    </message>
    <message>
        <source>Save who we mean to hear</source>
        <comment>@action:button</comment>
        <translation>Cadw pwy rydyn ni&apos;n bwriadu eu clywed</translation>
    </message>
    <message>
        <source>%1: how many we hope to hear</source>
        <comment>@label:textbox</comment>
        <translation>%1: faint rydyn ni&apos;n gobeithio eu clywed</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Consultations</source>
        <comment>@title:tab</comment>
        <translation>Ymgynghoriadau</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>@title:tab</comment>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@title:page</comment>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Team review</source>
        <comment>@title:page</comment>
        <translation>Adolygiad y tîm</translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation>Mewngofnodi&apos;r tîm</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>@action:button</comment>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Back to Chorus</source>
        <comment>@action:button</comment>
        <translation>Yn ôl i Chorus</translation>
    </message>
    <message>
        <source>Signs out of the team&apos;s hub and goes back</source>
        <comment>@info:accessible</comment>
        <translation>Yn allgofnodi o hyb y tîm ac yn mynd yn ôl</translation>
    </message>
    <message>
        <source>Team sections</source>
        <comment>@info:accessible</comment>
        <translation>Adrannau&apos;r tîm</translation>
    </message>
    <message>
        <source>Themes</source>
        <comment>@title:tab</comment>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <comment>@title:tab</comment>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>Framework</source>
        <comment>@title:tab</comment>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@title:tab</comment>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Devices</source>
        <comment>@title:tab</comment>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Participation</source>
        <comment>@title:tab</comment>
        <translation>Cyfranogiad</translation>
    </message>
</context>
<context>
    <name>TeamSignInPage</name>
    <message>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation>Mewngofnodi&apos;r tîm</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation>Mewngofnodi i hyb eich tîm</translation>
    </message>
    <message>
        <source>Read what children and families said, without names. You need the account your hub&apos;s administrator made for you.</source>
        <comment>@info</comment>
        <translation>Darllenwch beth ddywedodd plant a theuluoedd, heb enwau. Mae angen y cyfrif a wnaeth gweinyddwr eich hyb i chi.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation>Cyfeiriad yr hyb</translation>
    </message>
    <message>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>This is my first sign-in: I have a one-time code</source>
        <comment>@option:check</comment>
        <translation>Dyma fy mewngofnodi cyntaf: mae gen i god untro</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>One-time code</source>
        <comment>@label:textbox</comment>
        <translation>Cod untro</translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters)</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd newydd (o leiaf 12 nod)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>@info</comment>
        <translation>Yn mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>TeamThemesPage</name>
    <message>
        <source>Themes</source>
        <comment>@title:page</comment>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>Theme created.</source>
        <comment>@info:status</comment>
        <translation>Crëwyd y thema.</translation>
    </message>
    <message>
        <source>The picked records are tagged.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r cofnodion a ddewiswyd wedi&apos;u tagio.</translation>
    </message>
    <message>
        <source>The theme is removed from the picked records.</source>
        <comment>@info:status</comment>
        <translation>Mae&apos;r thema wedi&apos;i thynnu oddi ar y cofnodion a ddewiswyd.</translation>
    </message>
    <message>
        <source>Marked quotable.</source>
        <comment>@info:status</comment>
        <translation>Wedi&apos;i farcio&apos;n addas i&apos;w ddyfynnu.</translation>
    </message>
    <message>
        <source>No longer quotable.</source>
        <comment>@info:status</comment>
        <translation>Ddim yn addas i&apos;w ddyfynnu bellach.</translation>
    </message>
    <message>
        <source>New theme</source>
        <comment>@label:textbox</comment>
        <translation>Thema newydd</translation>
    </message>
    <message>
        <source>New theme name</source>
        <comment>@label:textbox</comment>
        <translation>Enw&apos;r thema newydd</translation>
    </message>
    <message>
        <source>Create theme</source>
        <comment>@action:button</comment>
        <translation>Creu thema</translation>
    </message>
    <message>
        <source>Themes in this consultation</source>
        <comment>@title:group</comment>
        <translation>Themâu yn yr ymgynghoriad hwn</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <comment>@info</comment>
        <translation>Dim themâu eto.</translation>
    </message>
    <message>
        <source>Picked records: %1</source>
        <comment>@info:status</comment>
        <translation>Cofnodion a ddewiswyd: %1</translation>
    </message>
    <message>
        <source>%1, records tagged: %2</source>
        <comment>@item theme name and its count</comment>
        <translation>%1, cofnodion wedi&apos;u tagio: %2</translation>
    </message>
    <message>
        <source>Show feedback for %1</source>
        <comment>@action:button</comment>
        <translation>Dangos adborth ar gyfer %1</translation>
    </message>
    <message>
        <source>Tag picked records with %1</source>
        <comment>@action:button</comment>
        <translation>Tagio&apos;r cofnodion a ddewiswyd â %1</translation>
    </message>
    <message>
        <source>Remove %1 from picked records</source>
        <comment>@action:button</comment>
        <translation>Tynnu %1 oddi ar y cofnodion a ddewiswyd</translation>
    </message>
    <message>
        <source>Feedback behind %1</source>
        <comment>@title:group</comment>
        <translation>Yr adborth y tu ôl i %1</translation>
    </message>
    <message>
        <source>All feedback</source>
        <comment>@title:group</comment>
        <translation>Yr holl adborth</translation>
    </message>
    <message>
        <source>Show all feedback</source>
        <comment>@action:button</comment>
        <translation>Dangos yr holl adborth</translation>
    </message>
    <message>
        <source>Clear picks</source>
        <comment>@action:button</comment>
        <translation>Clirio&apos;r dewisiadau</translation>
    </message>
    <message>
        <source>No feedback to show.</source>
        <comment>@info</comment>
        <translation>Dim adborth i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>@action:button</comment>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@action:button</comment>
        <translation>Tudalen nesaf</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>a drawing</source>
        <comment>@item feedback without words</comment>
        <translation>llun</translation>
    </message>
    <message>
        <source>a voice note</source>
        <comment>@item feedback without words</comment>
        <translation>nodyn llais</translation>
    </message>
    <message>
        <source>no words</source>
        <comment>@item feedback without words</comment>
        <translation>dim geiriau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item feedback kind: its words</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mobilisers</source>
        <comment>@title framework</comment>
        <translation>Ysgogwyr</translation>
    </message>
    <message>
        <source>Vision and values</source>
        <comment>@title framework</comment>
        <translation>Gweledigaeth a gwerthoedd</translation>
    </message>
    <message>
        <source>Motivations</source>
        <comment>@title framework</comment>
        <translation>Cymhellion</translation>
    </message>
    <message>
        <source>The case for change</source>
        <comment>@title framework</comment>
        <translation>Yr achos dros newid</translation>
    </message>
    <message>
        <source>Design and implementation features</source>
        <comment>@title framework</comment>
        <translation>Nodweddion dylunio a gweithredu</translation>
    </message>
    <message>
        <source>The degree of &apos;fit&apos;</source>
        <comment>@title framework</comment>
        <translation>Graddau&apos;r &apos;ffit&apos;</translation>
    </message>
    <message>
        <source>The innovation design</source>
        <comment>@title framework</comment>
        <translation>Dyluniad yr arloesi</translation>
    </message>
    <message>
        <source>Coproduction</source>
        <comment>@title framework</comment>
        <translation>Cydgynhyrchu</translation>
    </message>
    <message>
        <source>The implementation process</source>
        <comment>@title framework</comment>
        <translation>Y broses weithredu</translation>
    </message>
    <message>
        <source>Operational capability</source>
        <comment>@title framework</comment>
        <translation>Gallu gweithredol</translation>
    </message>
    <message>
        <source>Workforce capacity</source>
        <comment>@title framework</comment>
        <translation>Capasiti&apos;r gweithlu</translation>
    </message>
    <message>
        <source>Workforce knowledge and skills</source>
        <comment>@title framework</comment>
        <translation>Gwybodaeth a sgiliau&apos;r gweithlu</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>@title framework</comment>
        <translation>Cyllid</translation>
    </message>
    <message>
        <source>Leadership</source>
        <comment>@title framework</comment>
        <translation>Arweinyddiaeth</translation>
    </message>
    <message>
        <source>Organisational culture, climate and processes</source>
        <comment>@title framework</comment>
        <translation>Diwylliant, hinsawdd a phrosesau&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Collaboration and participation</source>
        <comment>@title framework</comment>
        <translation>Cydweithio a chyfranogi</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <comment>@title framework</comment>
        <translation>Agweddau</translation>
    </message>
    <message>
        <source>Trust, emotions and relationships</source>
        <comment>@title framework</comment>
        <translation>Ymddiriedaeth, emosiynau a pherthnasoedd</translation>
    </message>
    <message>
        <source>Learning and evaluation</source>
        <comment>@title framework</comment>
        <translation>Dysgu a gwerthuso</translation>
    </message>
    <message>
        <source>The macro context</source>
        <comment>@title framework</comment>
        <translation>Y cyd-destun ehangach</translation>
    </message>
    <message>
        <source>Professional and regulatory conditions</source>
        <comment>@title framework</comment>
        <translation>Amodau proffesiynol a rheoleiddiol</translation>
    </message>
    <message>
        <source>Political and policy agendas</source>
        <comment>@title framework</comment>
        <translation>Agendâu gwleidyddol a pholisi</translation>
    </message>
    <message>
        <source>Public perceptions</source>
        <comment>@title framework</comment>
        <translation>Canfyddiadau&apos;r cyhoedd</translation>
    </message>
    <message>
        <source>Chorus collects no data for this parameter.</source>
        <comment>@info framework</comment>
        <translation>Dydy Chorus ddim yn casglu data ar gyfer y paramedr hwn.</translation>
    </message>
    <message>
        <source>no feedback has been received yet.</source>
        <comment>@info framework</comment>
        <translation>does dim adborth wedi dod i law eto.</translation>
    </message>
    <message>
        <source>Words</source>
        <comment>@item feedback kind</comment>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>@item feedback kind</comment>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Scale</source>
        <comment>@item feedback kind</comment>
        <translation>Graddfa</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@item feedback kind</comment>
        <translation>Trefnu cardiau</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@item feedback kind</comment>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Voice note</source>
        <comment>@item feedback kind</comment>
        <translation>Nodyn llais</translation>
    </message>
    <message>
        <source>Three houses or circles</source>
        <comment>@item feedback kind</comment>
        <translation>Tri thŷ neu gylchoedd</translation>
    </message>
    <message>
        <source>Child</source>
        <comment>@item role of the person heard</comment>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Young person</source>
        <comment>@item role of the person heard</comment>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@item role of the person heard</comment>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@item role of the person heard</comment>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Under 5</source>
        <comment>@item age band</comment>
        <translation>Dan 5</translation>
    </message>
    <message>
        <source>Adult</source>
        <comment>@item age band</comment>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>@item age band, e.g. 8-11 years</comment>
        <translation>%1 oed</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>@item action status</comment>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Doing</source>
        <comment>@item action status</comment>
        <translation>Wrthi</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@item action status</comment>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <comment>@info a hidden count: small, hidden with a small one, or a zero</comment>
        <translation>wedi&apos;i guddio i ddiogelu grwpiau bach</translation>
    </message>
</context>
<context>
    <name>ThreeHousesActivity</name>
    <message>
        <source>House of worries</source>
        <comment>@title three houses</comment>
        <translation>Tŷ&apos;r pryderon</translation>
    </message>
    <message>
        <source>House of good things</source>
        <comment>@title three houses</comment>
        <translation>Tŷ&apos;r pethau da</translation>
    </message>
    <message>
        <source>House of dreams</source>
        <comment>@title three houses</comment>
        <translation>Tŷ&apos;r breuddwydion</translation>
    </message>
    <message>
        <source>What worries you? What is hard?</source>
        <comment>@info three houses</comment>
        <translation>Beth sy&apos;n dy boeni di? Beth sy&apos;n anodd?</translation>
    </message>
    <message>
        <source>What is good in your life? What goes well?</source>
        <comment>@info three houses</comment>
        <translation>Beth sy&apos;n dda yn dy fywyd? Beth sy&apos;n mynd yn dda?</translation>
    </message>
    <message>
        <source>What do you wish for? What would make things better?</source>
        <comment>@info three houses</comment>
        <translation>Beth wyt ti&apos;n ei ddymuno? Beth fyddai&apos;n gwneud pethau&apos;n well?</translation>
    </message>
    <message>
        <source>Take out</source>
        <comment>@action:button three houses</comment>
        <translation>Tynnu allan</translation>
    </message>
    <message>
        <source>Take out: %1</source>
        <comment>@action:button three houses</comment>
        <translation>Tynnu allan: %1</translation>
    </message>
    <message>
        <source>Words for this house</source>
        <comment>@label:textbox three houses</comment>
        <translation>Geiriau i&apos;r tŷ hwn</translation>
    </message>
    <message>
        <source>Put in the house</source>
        <comment>@action:button three houses</comment>
        <translation>Rhoi yn y tŷ</translation>
    </message>
    <message>
        <source>Voice notes in this house: %1</source>
        <comment>@info three houses</comment>
        <translation>Negeseuon llais yn y tŷ hwn: %1</translation>
    </message>
</context>
<context>
    <name>UnavailableActivity</name>
    <message>
        <source>This activity is not ready yet. Tap Skip to go on.</source>
        <comment>@info</comment>
        <translation>Dydy&apos;r gweithgaredd hwn ddim yn barod eto. Tapia Hepgor i fynd ymlaen.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <comment>@title:page</comment>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Chorus is locked</source>
        <comment>@title:page</comment>
        <translation>Mae Chorus wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Type the passphrase for this device to carry on.</source>
        <comment>@info</comment>
        <translation>Teipiwch y cyfrinymadrodd ar gyfer y ddyfais hon i barhau.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>Eich PIN</translation>
    </message>
    <message>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation>Agor fy atebion</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation>Mewngofnodi&apos;r tîm</translation>
    </message>
    <message>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation>Darllen yr adborth sydd ar hyb eich tîm</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Use the recovery key</source>
        <comment>@action:button</comment>
        <translation>Wedi anghofio&apos;r cyfrinymadrodd? Defnyddiwch yr allwedd adfer</translation>
    </message>
    <message>
        <source>Open Chorus with the recovery key written down when it was set up, then choose a new passphrase</source>
        <comment>@info:accessible</comment>
        <translation>Agorwch Chorus gyda&apos;r allwedd adfer a ysgrifennwyd wrth ei osod, yna dewiswch gyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <comment>@action:button</comment>
        <translation>Yn ôl at y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <comment>@title:page</comment>
        <translation>Croeso&apos;n ôl</translation>
    </message>
    <message>
        <source>Type your PIN to open your answers.</source>
        <comment>@info</comment>
        <translation>Teipiwch eich PIN i agor eich atebion.</translation>
    </message>
    <message>
        <source>Forgotten your PIN? Your practitioner can give you a new invite.</source>
        <comment>@info</comment>
        <translation>Wedi anghofio eich PIN? Gall eich ymarferydd roi gwahoddiad newydd i chi.</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>Eich rôl neu god staff</translation>
    </message>
    <message>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>Pam rydych chi&apos;n barnu bod y plentyn yn deall</translation>
    </message>
    <message>
        <source>A made-up name for you</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>Enw dychmygol i ti</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>Beth yw ei bwrpas, mewn geiriau y mae plentyn yn eu deall</translation>
    </message>
    <message>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox field named in an error</comment>
        <translation>Cadw atebion am hyn o ddiwrnodau</translation>
    </message>
    <message>
        <source>Activities, in order</source>
        <comment>@label field named in an error</comment>
        <translation>Gweithgareddau, mewn trefn</translation>
    </message>
    <message>
        <source>Your answer</source>
        <comment>@label field named in an error</comment>
        <translation>Dy ateb</translation>
    </message>
    <message>
        <source>Who is saying yes or no?</source>
        <comment>@label field named in an error</comment>
        <translation>Pwy sy&apos;n dweud ie neu na?</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>@label field named in an error</comment>
        <translation>Dy ddewisiadau</translation>
    </message>
    <message>
        <source>That passphrase or key is not right.</source>
        <comment>@info:status</comment>
        <translation>Nid yw’r cyfrinair neu’r allwedd yn gywir.</translation>
    </message>
    <message>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation>Gormod o gynigion anghywir: nid oes modd agor y data ar y ddyfais hon mwyach.</translation>
    </message>
    <message>
        <source>The data on this device is damaged and could not be read. Nothing more was changed; ask your administrator for help.</source>
        <comment>@info:status</comment>
        <translation>Mae’r data ar y ddyfais hon wedi’i ddifrodi ac nid oedd modd ei ddarllen. Ni newidiwyd dim byd arall; gofynnwch i’ch gweinyddwr am help.</translation>
    </message>
    <message>
        <source>It is no longer on this device; it may have been deleted.</source>
        <comment>@info:status</comment>
        <translation>Nid yw ar y ddyfais hon mwyach; efallai ei fod wedi’i ddileu.</translation>
    </message>
    <message>
        <source>Not saved: no consent in force covers this answer. Record the consent first.</source>
        <comment>@info:status</comment>
        <translation>Heb ei gadw: nid oes caniatâd mewn grym ar gyfer yr ateb hwn. Cofnodwch y caniatâd yn gyntaf.</translation>
    </message>
    <message>
        <source>There is not enough space on this device. Nothing was lost; free some space and try again.</source>
        <comment>@info:status</comment>
        <translation>Nid oes digon o le ar y ddyfais hon. Ni chollwyd dim; rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The data on this device could not be read or written just now. Nothing was lost; try again, and restart the app if it happens again.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd darllen nac ysgrifennu’r data ar y ddyfais hon ar hyn o bryd. Ni chollwyd dim; rhowch gynnig arall arni, ac ailgychwynnwch yr ap os yw’n digwydd eto.</translation>
    </message>
    <message>
        <source>Someone in this consultation already has that made-up name. Choose another.</source>
        <comment>@info:status</comment>
        <translation>Mae gan rywun yn yr ymgynghoriad hwn yr enw dychmygol hwnnw’n barod. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>The made-up name looks like contact details. Choose a made-up name with no email address or phone number.</source>
        <comment>@info:status</comment>
        <translation>Mae’r enw dychmygol yn edrych fel manylion cyswllt. Dewiswch enw dychmygol heb gyfeiriad e-bost na rhif ffôn.</translation>
    </message>
    <message>
        <source>Write something first: an empty answer is not saved.</source>
        <comment>@info:status</comment>
        <translation>Ysgrifenna rywbeth yn gyntaf: nid yw ateb gwag yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <comment>@info:status a field left empty</comment>
        <translation>Llenwch “%1”, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>“%1” is too long or empty: use at most %2 characters.</source>
        <comment>@info:status</comment>
        <translation>Mae “%1” yn rhy hir neu’n wag: defnyddiwch %2 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>“%1” was not accepted. Check it and try again.</source>
        <comment>@info:status</comment>
        <translation>Ni dderbyniwyd “%1”. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That is already here.</source>
        <comment>@info:status</comment>
        <translation>Mae hwnnw yma’n barod.</translation>
    </message>
    <message>
        <source>This could not be saved because something in it was not as this app expects. Nothing was lost; try again, and tell your administrator if it happens again.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd cadw hwn oherwydd nad oedd rhywbeth ynddo fel y mae’r ap hwn yn ei ddisgwyl. Ni chollwyd dim; rhowch gynnig arall arni, a dywedwch wrth eich gweinyddwr os yw’n digwydd eto.</translation>
    </message>
</context>
<context>
    <name>VoiceAnswer</name>
    <message>
        <source>Or say it</source>
        <comment>@title:group voice note</comment>
        <translation>Neu dyweda fe</translation>
    </message>
    <message>
        <source>Your voice note is kept (%1). Keeping typed words instead will replace it.</source>
        <comment>@info:status</comment>
        <translation>Mae dy nodyn llais wedi&apos;i gadw (%1). Os cadwi di eiriau wedi&apos;u teipio yn lle, byddan nhw&apos;n cymryd ei le.</translation>
    </message>
</context>
<context>
    <name>VoiceNotePlayer</name>
    <message>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation>Saib</translation>
    </message>
    <message>
        <source>Listen</source>
        <comment>@action:button voice note</comment>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Plays your voice note</source>
        <comment>@info:accessible</comment>
        <translation>Yn chwarae dy nodyn llais</translation>
    </message>
    <message>
        <source>Place in the voice note</source>
        <comment>@label:slider</comment>
        <translation>Lle yn y nodyn llais</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:accessible time played of total</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info time played of total</comment>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>VoiceNoteRecorder</name>
    <message>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>Does dim meicroffon ar y ddyfais hon. Galli di deipio dy ateb yn lle.</translation>
    </message>
    <message>
        <source>Type instead</source>
        <comment>@action:button</comment>
        <translation>Teipio yn lle</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>@action:button voice note</comment>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Record again</source>
        <comment>@action:button</comment>
        <translation>Recordio eto</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <comment>@action:button</comment>
        <translation>Recordio fy llais</translation>
    </message>
    <message>
        <source>Stops recording and keeps what you said so far</source>
        <comment>@info:accessible</comment>
        <translation>Yn stopio recordio ac yn cadw beth rwyt ti wedi&apos;i ddweud hyd yma</translation>
    </message>
    <message>
        <source>Records what you say. Nothing leaves this device.</source>
        <comment>@info:accessible</comment>
        <translation>Yn recordio beth rwyt ti&apos;n ei ddweud. Does dim yn gadael y ddyfais hon.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button voice note</comment>
        <translation>Dal ati</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation>Saib</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>@info:accessible voice level</comment>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <source>Listening</source>
        <comment>@info:accessible voice level</comment>
        <translation>Yn gwrando</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info time recorded of the most allowed</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Keep my voice note</source>
        <comment>@action:button</comment>
        <translation>Cadw fy nodyn llais</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>@action:button voice note</comment>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Throws this voice note away</source>
        <comment>@info:accessible</comment>
        <translation>Yn taflu&apos;r nodyn llais hwn</translation>
    </message>
</context>
<context>
    <name>WayRatingQuestion</name>
    <message>
        <source>Did you like telling us this way?</source>
        <comment>@label way rating</comment>
        <translation>Wyt ti wedi mwynhau dweud wrthon ni fel hyn?</translation>
    </message>
    <message>
        <source>I liked it</source>
        <comment>@label way rating</comment>
        <translation>Roeddwn i&apos;n ei hoffi</translation>
    </message>
    <message>
        <source>It was OK</source>
        <comment>@label way rating</comment>
        <translation>Roedd yn iawn</translation>
    </message>
    <message>
        <source>I did not like it</source>
        <comment>@label way rating</comment>
        <translation>Doeddwn i ddim yn ei hoffi</translation>
    </message>
    <message>
        <source>You do not have to answer this.</source>
        <comment>@info way rating</comment>
        <translation>Does dim rhaid i ti ateb hyn.</translation>
    </message>
    <message>
        <source>Read the faces question aloud</source>
        <comment>@action:button</comment>
        <translation>Darllen y cwestiwn wynebau yn uchel</translation>
    </message>
</context>
<context>
    <name>WeDidModel</name>
    <message>
        <source>What the team did could not be read. Please try again later.</source>
        <comment>@info:status</comment>
        <translation>Doedd dim modd darllen beth wnaeth y tîm. Rhowch gynnig arall arni nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>WeDidPage</name>
    <message>
        <source>We plan to:</source>
        <comment>@label before what the team will do</comment>
        <translation>Rydyn ni&apos;n bwriadu:</translation>
    </message>
    <message>
        <source>We are working on it:</source>
        <comment>@label before what the team is doing</comment>
        <translation>Rydyn ni wrthi&apos;n gweithio arno:</translation>
    </message>
    <message>
        <source>We did:</source>
        <comment>@label before what the team did</comment>
        <translation>Beth wnaethon ni:</translation>
    </message>
    <message>
        <source>The team says:</source>
        <comment>@label before the team&apos;s words, status not known</comment>
        <translation>Mae&apos;r tîm yn dweud:</translation>
    </message>
    <message>
        <source>When: %1</source>
        <comment>@info the date the team gave for an action</comment>
        <translation>Pryd: %1</translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@title:page</comment>
        <translation>Beth wnaeth y tîm</translation>
    </message>
    <message>
        <source>Go back</source>
        <comment>@action:button leave what the team did</comment>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Back to your answers</source>
        <comment>@info:accessible</comment>
        <translation>Yn ôl at eich atebion</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation>Ar gyfer yr ymarferydd</translation>
    </message>
    <message>
        <source>You told us what you think. This is what the team is doing about it.</source>
        <comment>@info what the team did</comment>
        <translation>Fe ddywedoch chi wrthon ni beth rydych chi&apos;n ei feddwl. Dyma beth mae&apos;r tîm yn ei wneud am hynny.</translation>
    </message>
    <message>
        <source>Nothing yet — the team will tell you here what they do about what you said.</source>
        <comment>@info what the team did, empty</comment>
        <translation>Dim byd eto — bydd y tîm yn dweud wrthoch chi yma beth maen nhw&apos;n ei wneud am yr hyn a ddywedoch chi.</translation>
    </message>
    <message>
        <source>You told us:</source>
        <comment>@label before what the child said</comment>
        <translation>Fe ddywedoch chi wrthon ni:</translation>
    </message>
    <message>
        <source>Back to my Chorus</source>
        <comment>@action:button</comment>
        <translation>Yn ôl i fy Chorus</translation>
    </message>
</context>
<context>
    <name>WorkingIndicator</name>
    <message>
        <source>Working…</source>
        <comment>@info:status</comment>
        <translation>Wrthi&apos;n gweithio…</translation>
    </message>
</context>
<context>
    <name>chorus::ReadAloudEngine</name>
    <message>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation>Dydy darllen yn uchel ddim ar gael ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation>Does dim llais ar gyfer yr iaith hon ar y ddyfais hon, felly does dim modd ei ddarllen yn uchel.</translation>
    </message>
    <message>
        <source>There is no %1 voice on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation>Does dim llais %1 ar y ddyfais hon, felly does dim modd ei ddarllen yn uchel.</translation>
    </message>
    <message>
        <source>Reading aloud needs a speaker or headphones, and there are none.</source>
        <comment>@info:status</comment>
        <translation>Mae angen seinydd neu glustffonau i ddarllen yn uchel, a does dim un.</translation>
    </message>
    <message>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation>Wnaeth darllen yn uchel ddim gweithio. Oes seinydd neu glustffonau?</translation>
    </message>
</context>
<context>
    <name>chorus::VoicePlayer</name>
    <message>
        <source>This voice note cannot be played. It may be damaged.</source>
        <comment>@info:status</comment>
        <translation>Does dim modd chwarae&apos;r nodyn llais hwn. Efallai ei fod wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>There is no speaker or headphones to play this on.</source>
        <comment>@info:status</comment>
        <translation>Does dim seinydd na chlustffonau i chwarae hwn arnyn nhw.</translation>
    </message>
    <message>
        <source>The voice note could not be played.</source>
        <comment>@info:status</comment>
        <translation>Doedd dim modd chwarae&apos;r nodyn llais.</translation>
    </message>
    <message>
        <source>The voice note stopped playing. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation>Stopiodd y nodyn llais chwarae. Oes seinydd neu glustffonau?</translation>
    </message>
</context>
<context>
    <name>chorus::VoiceRecorder</name>
    <message>
        <source>Recording your voice is not switched on.</source>
        <comment>@info:status</comment>
        <translation>Dydy recordio dy lais ddim wedi&apos;i droi ymlaen.</translation>
    </message>
    <message>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>Does dim meicroffon ar y ddyfais hon. Galli di deipio dy ateb yn lle.</translation>
    </message>
    <message>
        <source>This microphone cannot be used. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>Does dim modd defnyddio&apos;r meicroffon hwn. Galli di deipio dy ateb yn lle.</translation>
    </message>
    <message>
        <source>Recording did not work. Please try again.</source>
        <comment>@info:status</comment>
        <translation>Wnaeth recordio ddim gweithio. Rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>The microphone did not start. You can try again or type instead.</source>
        <comment>@info:status</comment>
        <translation>Wnaeth y meicroffon ddim dechrau. Galli di roi cynnig arall arni neu deipio yn lle.</translation>
    </message>
    <message>
        <source>The microphone stopped. What you said so far is kept.</source>
        <comment>@info:status</comment>
        <translation>Stopiodd y meicroffon. Mae beth ddywedaist ti hyd yma wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The microphone stopped working. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>Stopiodd y meicroffon weithio. Galli di deipio dy ateb yn lle.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <comment>@info:status</comment>
        <translation>Chafodd dim byd ei recordio. Rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Recording your voice is not switched on, so this cannot be kept.</source>
        <comment>@info:status</comment>
        <translation>Dydy recordio dy lais ddim wedi&apos;i droi ymlaen, felly does dim modd cadw hwn.</translation>
    </message>
    <message>
        <source>Your voice note could not be saved yet. It is kept here; please try again.</source>
        <comment>@info:status</comment>
        <translation>Doedd dim modd cadw dy nodyn llais eto. Mae&apos;n cael ei gadw yma; rho gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>chorus::team::FeedbackModel</name>
    <message>
        <source>Written answer</source>
        <comment>@item feedback kind</comment>
        <translation>Ateb ysgrifenedig</translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <comment>@item feedback kind</comment>
        <translation>Graddfa teimladau</translation>
    </message>
    <message>
        <source>Choices</source>
        <comment>@item feedback kind</comment>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@item feedback kind</comment>
        <translation>Trefnu cardiau</translation>
    </message>
    <message>
        <source>Circles or parts</source>
        <comment>@item feedback kind</comment>
        <translation>Cylchoedd neu rannau</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@item feedback kind</comment>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Voice note</source>
        <comment>@item feedback kind</comment>
        <translation>Nodyn llais</translation>
    </message>
</context>
<context>
    <name>chorus::team::PackWords</name>
    <message>
        <source>Chose: %1</source>
        <comment>@info choices</comment>
        <translation>Dewisodd: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <comment>@info cards ranked</comment>
        <translation>Trefn: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a pile and its cards</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation>Nodyn llais</translation>
    </message>
    <message>
        <source>A drawing</source>
        <comment>@info</comment>
        <translation>Llun</translation>
    </message>
</context>
<context>
    <name>chorus::team::ParticipationModel</name>
    <message>
        <source>%1%</source>
        <comment>@info a share in per cent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info a count and its share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>@label adaptation</comment>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <comment>@label adaptation</comment>
        <translation>Nodiadau llais</translation>
    </message>
    <message>
        <source>Large text</source>
        <comment>@label adaptation</comment>
        <translation>Testun mawr</translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>@label adaptation</comment>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Dyslexia-friendly font</source>
        <comment>@label adaptation</comment>
        <translation>Ffont addas i ddyslecsia</translation>
    </message>
    <message>
        <source>Keyboard or switch</source>
        <comment>@label adaptation</comment>
        <translation>Bysellfwrdd neu switsh</translation>
    </message>
    <message>
        <source>Welsh</source>
        <comment>@label language</comment>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>@label language</comment>
        <translation>Arabeg</translation>
    </message>
    <message>
        <source>English</source>
        <comment>@label language</comment>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>@label role group</comment>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Young people</source>
        <comment>@label role group</comment>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <source>Parents</source>
        <comment>@label role group</comment>
        <translation>Rhieni</translation>
    </message>
    <message>
        <source>Carers</source>
        <comment>@label role group</comment>
        <translation>Gofalwyr</translation>
    </message>
    <message>
        <source>Aged %1</source>
        <comment>@label age band group</comment>
        <translation>Oed %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <comment>@label</comment>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>How many children and adults took part in a session.</source>
        <comment>@info</comment>
        <translation>Faint o blant ac oedolion a gymerodd ran mewn sesiwn.</translation>
    </message>
    <message>
        <source>In their own time</source>
        <comment>@label</comment>
        <translation>Yn eu hamser eu hunain</translation>
    </message>
    <message>
        <source>Sessions a young person did on their own, not with a practitioner.</source>
        <comment>@info</comment>
        <translation>Sesiynau a wnaeth person ifanc ar ei ben ei hun, nid gydag ymarferydd.</translation>
    </message>
    <message>
        <source>Too few to show without pointing to someone.</source>
        <comment>@info</comment>
        <translation>Rhy ychydig i&apos;w dangos heb bwyntio at rywun.</translation>
    </message>
    <message>
        <source>Sessions that used %1: the bar is their share of all sessions.</source>
        <comment>@info %1 an adaptation</comment>
        <translation>Sesiynau a ddefnyddiodd %1: y bar yw eu cyfran o&apos;r holl sesiynau.</translation>
    </message>
    <message>
        <source>Sessions held in %1.</source>
        <comment>@info %1 a language</comment>
        <translation>Sesiynau a gynhaliwyd yn %1.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>@title Lundy element</comment>
        <translation>Gofod</translation>
    </message>
    <message>
        <source>A safe, inclusive chance to take part.</source>
        <comment>@info Lundy element</comment>
        <translation>Cyfle diogel a chynhwysol i gymryd rhan.</translation>
    </message>
    <message>
        <source>Offered %1 times: finished %2, skipped %3; about %4 seconds each; %5 children said they liked telling this way.</source>
        <comment>@info a way of telling</comment>
        <translation>Cynigiwyd %1 o weithiau: gorffennwyd %2, hepgorwyd %3; tua %4 eiliad yr un; dywedodd %5 o blant eu bod yn hoffi dweud fel hyn.</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <comment>@info hidden median</comment>
        <translation>nifer anhysbys o</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <comment>@info</comment>
        <translation>%1 wedi gorffen</translation>
    </message>
    <message>
        <source>Voice</source>
        <comment>@title Lundy element</comment>
        <translation>Llais</translation>
    </message>
    <message>
        <source>Helped to say what they think: which ways of telling worked.</source>
        <comment>@info Lundy element</comment>
        <translation>Cael help i ddweud beth maen nhw&apos;n ei feddwl: pa ffyrdd o ddweud a weithiodd.</translation>
    </message>
    <message>
        <source>Read by the team</source>
        <comment>@label</comment>
        <translation>Wedi&apos;u darllen gan y tîm</translation>
    </message>
    <message>
        <source>Answers a reviewer has opened at least once.</source>
        <comment>@info</comment>
        <translation>Atebion y mae adolygydd wedi&apos;u hagor o leiaf unwaith.</translation>
    </message>
    <message>
        <source>Given a theme</source>
        <comment>@label</comment>
        <translation>Wedi cael thema</translation>
    </message>
    <message>
        <source>Answers the team sorted into a theme.</source>
        <comment>@info</comment>
        <translation>Atebion a roddodd y tîm mewn thema.</translation>
    </message>
    <message>
        <source>Chosen as a quote</source>
        <comment>@label</comment>
        <translation>Wedi&apos;u dewis fel dyfyniad</translation>
    </message>
    <message>
        <source>Answers the team marked to quote.</source>
        <comment>@info</comment>
        <translation>Atebion a farciodd y tîm i&apos;w dyfynnu.</translation>
    </message>
    <message>
        <source>Days to first read</source>
        <comment>@label</comment>
        <translation>Dyddiau tan y darlleniad cyntaf</translation>
    </message>
    <message>
        <source>Half of the answers were read within this many days of arriving.</source>
        <comment>@info</comment>
        <translation>Cafodd hanner yr atebion eu darllen o fewn cymaint â hyn o ddyddiau ar ôl cyrraedd.</translation>
    </message>
    <message>
        <source>Audience</source>
        <comment>@title Lundy element</comment>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Listened to by people who can act.</source>
        <comment>@info Lundy element</comment>
        <translation>Wedi gwrando arnyn nhw gan bobl sy&apos;n gallu gweithredu.</translation>
    </message>
    <message>
        <source>Answered with an action</source>
        <comment>@label</comment>
        <translation>Wedi&apos;u hateb â cham gweithredu</translation>
    </message>
    <message>
        <source>Answers the team has published a &quot;you said, we did&quot; for.</source>
        <comment>@info</comment>
        <translation>Atebion y mae&apos;r tîm wedi cyhoeddi &quot;dywedoch chi, gwnaethon ni&quot; ar eu cyfer.</translation>
    </message>
    <message>
        <source>Devices told</source>
        <comment>@label</comment>
        <translation>Dyfeisiau a gafodd wybod</translation>
    </message>
    <message>
        <source>Devices that sent answers and have received what the team did.</source>
        <comment>@info</comment>
        <translation>Dyfeisiau a anfonodd atebion ac sydd wedi cael beth wnaeth y tîm.</translation>
    </message>
    <message>
        <source>Influence</source>
        <comment>@title Lundy element</comment>
        <translation>Dylanwad</translation>
    </message>
    <message>
        <source>Acted on, and told what changed.</source>
        <comment>@info Lundy element</comment>
        <translation>Wedi gweithredu arno, a dweud beth newidiodd.</translation>
    </message>
    <message>
        <source>Not heard yet: %1 hoped for.</source>
        <comment>@info</comment>
        <translation>Heb eu clywed eto: gobeithiwyd am %1.</translation>
    </message>
    <message>
        <source>%1 heard of %2 hoped for.</source>
        <comment>@info</comment>
        <translation>Clywyd %1 o&apos;r %2 y gobeithiwyd amdanynt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info heard of hoped for</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Groups to reach</source>
        <comment>@label</comment>
        <translation>Grwpiau i&apos;w cyrraedd</translation>
    </message>
    <message>
        <source>The team&apos;s own notes on whom it means to hear.</source>
        <comment>@info</comment>
        <translation>Nodiadau&apos;r tîm ei hun ar bwy mae&apos;n bwriadu eu clywed.</translation>
    </message>
    <message>
        <source>Who we mean to hear</source>
        <comment>@label</comment>
        <translation>Pwy rydyn ni&apos;n bwriadu eu clywed</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>@info</comment>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>An admin can record the group the team means to hear.</source>
        <comment>@info</comment>
        <translation>Gall gweinyddwr gofnodi&apos;r grŵp y mae&apos;r tîm yn bwriadu ei glywed.</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>@title participation</comment>
        <translation>Cyrhaeddiad</translation>
    </message>
    <message>
        <source>Who we have heard, and who not yet.</source>
        <comment>@info</comment>
        <translation>Pwy rydyn ni wedi&apos;u clywed, a phwy ddim eto.</translation>
    </message>
    <message>
        <source>Practitioner hours</source>
        <comment>@label</comment>
        <translation>Oriau ymarferwyr</translation>
    </message>
    <message>
        <source>Time practitioners spent in sessions, pauses left out.</source>
        <comment>@info</comment>
        <translation>Amser a dreuliodd ymarferwyr mewn sesiynau, heb gyfrif seibiau.</translation>
    </message>
    <message>
        <source>Hidden: too few sessions to show their time.</source>
        <comment>@info</comment>
        <translation>Wedi&apos;i guddio: rhy ychydig o sesiynau i ddangos eu hamser.</translation>
    </message>
    <message>
        <source>Hours per voice heard</source>
        <comment>@label</comment>
        <translation>Oriau am bob llais a glywyd</translation>
    </message>
    <message>
        <source>How much practitioner time it took to hear one person.</source>
        <comment>@info</comment>
        <translation>Faint o amser ymarferydd a gymerodd i glywed un person.</translation>
    </message>
    <message>
        <source>Planned against used</source>
        <comment>@label</comment>
        <translation>Wedi&apos;i gynllunio o&apos;i gymharu â&apos;i ddefnyddio</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <comment>@info used of planned</comment>
        <translation>%1 o %2 awr</translation>
    </message>
    <message>
        <source>%1 hours planned</source>
        <comment>@info</comment>
        <translation>%1 awr wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>not planned</source>
        <comment>@info</comment>
        <translation>heb ei gynllunio</translation>
    </message>
    <message>
        <source>The hours used so far, against the hours the team planned.</source>
        <comment>@info</comment>
        <translation>Yr oriau a ddefnyddiwyd hyd yma, o&apos;u cymharu â&apos;r oriau a gynlluniodd y tîm.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <comment>@title participation</comment>
        <translation>Adnoddau</translation>
    </message>
    <message>
        <source>The time it takes.</source>
        <comment>@info</comment>
        <translation>Yr amser mae&apos;n ei gymryd.</translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <comment>@label way of telling</comment>
        <translation>Graddfa teimladau</translation>
    </message>
    <message>
        <source>Choosing</source>
        <comment>@label way of telling</comment>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>@label way of telling</comment>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Magic wand</source>
        <comment>@label way of telling</comment>
        <translation>Hudlath</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@label way of telling</comment>
        <translation>Trefnu cardiau</translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <comment>@label way of telling</comment>
        <translation>Llinell amser teimladau</translation>
    </message>
    <message>
        <source>Circles of people</source>
        <comment>@label way of telling</comment>
        <translation>Cylchoedd o bobl</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@label way of telling</comment>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Three houses</source>
        <comment>@label way of telling</comment>
        <translation>Tri thŷ</translation>
    </message>
    <message>
        <source>Way of telling: %1</source>
        <comment>@label activity type</comment>
        <translation>Ffordd o ddweud: %1</translation>
    </message>
    <message>
        <source>Aged %1: finished %2, skipped %3, left unfinished %4; %5 said they liked telling this way.</source>
        <comment>@info a way of telling for one age band</comment>
        <translation>%1 oed: wedi gorffen %2, wedi hepgor %3, heb orffen %4; dywedodd %5 eu bod wedi hoffi dweud fel hyn.</translation>
    </message>
    <message>
        <source>%1, aged %2</source>
        <comment>@label a way of telling for an age band</comment>
        <translation>%1, %2 oed</translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <comment>@label</comment>
        <translation>Dewis peidio â chymryd rhan</translation>
    </message>
    <message>
        <source>People who were asked and said no on the consent page. The team learns only how many, never who or why.</source>
        <comment>@info</comment>
        <translation>Pobl a gafodd eu gofyn ac a ddywedodd na ar y dudalen ganiatâd. Dim ond faint mae&apos;r tîm yn ei wybod, byth pwy na pham.</translation>
    </message>
    <message>
        <source>Withdrew their answers</source>
        <comment>@label</comment>
        <translation>Tynnu eu hatebion yn ôl</translation>
    </message>
    <message>
        <source>People who took part and later asked for their answers to be erased.</source>
        <comment>@info</comment>
        <translation>Pobl a gymerodd ran ac a ofynnodd wedyn i&apos;w hatebion gael eu dileu.</translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamController</name>
    <message>
        <source>Under 5</source>
        <comment>@item age band</comment>
        <translation>Dan 5</translation>
    </message>
    <message>
        <source>Adult</source>
        <comment>@item age band</comment>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <comment>@item age band, e.g. 8 to 11 years</comment>
        <translation>%1 i %2 oed</translation>
    </message>
    <message>
        <source>Revoked: it can no longer sync</source>
        <comment>@info:status</comment>
        <translation>Wedi&apos;i ddirymu: ni all gysoni mwyach</translation>
    </message>
    <message>
        <source>Expired: not in touch for %1 days</source>
        <comment>@info:status</comment>
        <translation>Wedi dod i ben: dim cysylltiad ers %1 diwrnod</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>@info:status</comment>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Device %1</source>
        <comment>@label</comment>
        <translation>Dyfais %1</translation>
    </message>
    <message>
        <source>A young person&apos;s own device</source>
        <comment>@label</comment>
        <translation>Dyfais person ifanc ei hun</translation>
    </message>
    <message>
        <source>A practitioner&apos;s device</source>
        <comment>@label</comment>
        <translation>Dyfais ymarferydd</translation>
    </message>
    <message>
        <source>Last in touch: %1</source>
        <comment>@label</comment>
        <translation>Cysylltiad diwethaf: %1</translation>
    </message>
    <message>
        <source>Device %1 is revoked. It can no longer sync; what it had sent stays on the hub.</source>
        <comment>@info:status</comment>
        <translation>Mae dyfais %1 wedi&apos;i dirymu. Ni all gysoni mwyach; mae&apos;r hyn a anfonodd yn aros ar yr hwb.</translation>
    </message>
    <message>
        <source>Type your name and your passphrase.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch eich enw a&apos;ch cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Type your name and the one-time code you were given.</source>
        <comment>@info:status</comment>
        <translation>Teipiwch eich enw a&apos;r cod untro a gawsoch.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <comment>@info:status</comment>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <comment>@info a hidden count: small, hidden with a small one, or a zero</comment>
        <translation>wedi&apos;i guddio i ddiogelu grwpiau bach</translation>
    </message>
    <message>
        <source>Child</source>
        <comment>@item role of the person heard</comment>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Young person</source>
        <comment>@item role of the person heard</comment>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@item role of the person heard</comment>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@item role of the person heard</comment>
        <translation>Gofalwr</translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamDrawing</name>
    <message>
        <source>This drawing could not be shown.</source>
        <comment>@info:status</comment>
        <translation>Nid oedd modd dangos y llun hwn.</translation>
    </message>
</context>
</TS>
