<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Anonymiser</name>
    <message>
        <source>[name]</source>
        <translation>[الاسم]</translation>
    </message>
    <message>
        <source>[school]</source>
        <translation>[المدرسة]</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>[المكان]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[الرمز البريدي]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[الهاتف]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[البريد الإلكتروني]</translation>
    </message>
    <message>
        <source>[NHS number]</source>
        <translation>[رقم الخدمة الصحية الوطنية]</translation>
    </message>
    <message>
        <source>[NI number]</source>
        <translation>[رقم التأمين الوطني]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[التاريخ]</translation>
    </message>
    <message>
        <source>[handle]</source>
        <translation>[اسم المستخدم]</translation>
    </message>
    <message>
        <source>[reference]</source>
        <translation>[الرقم المرجعي]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[العمر]</translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation>[تاريخ الميلاد]</translation>
    </message>
    <message>
        <source>under 5</source>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>[age %1]</source>
        <extracomment>%1 is an age band such as &quot;8-11&quot;, &quot;under 5&quot; or &quot;25+&quot;</extracomment>
        <translation>[العمر %1]</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[محجوب]</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد جدًا</translation>
    </message>
    <message>
        <source>Point %1 of the scale</source>
        <comment>@info a scale answer without a face</comment>
        <translation>النقطة %1 على المقياس</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <comment>@info a face of the five-face feelings scale, e.g. Happy (4 of 5)</comment>
        <translation>%1 (%2 من 5)</translation>
    </message>
    <message>
        <source>Closest to me</source>
        <comment>@label circles</comment>
        <translation>الأقرب إليّ</translation>
    </message>
    <message>
        <source>Close to me</source>
        <comment>@label circles</comment>
        <translation>قريب مني</translation>
    </message>
    <message>
        <source>A bit further away</source>
        <comment>@label circles</comment>
        <translation>أبعد قليلًا</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation>خارج الدوائر</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@label feelings timeline</comment>
        <translation>من قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation>بعد ذلك</translation>
    </message>
    <message>
        <source>House of worries</source>
        <comment>@label three houses</comment>
        <translation>بيت المخاوف</translation>
    </message>
    <message>
        <source>House of good things</source>
        <comment>@label three houses</comment>
        <translation>بيت الأشياء الجميلة</translation>
    </message>
    <message>
        <source>House of dreams</source>
        <comment>@label three houses</comment>
        <translation>بيت الأحلام</translation>
    </message>
    <message>
        <source>Mum</source>
        <comment>@label person</comment>
        <translation>أمي</translation>
    </message>
    <message>
        <source>Dad</source>
        <comment>@label person</comment>
        <translation>أبي</translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@label person</comment>
        <translation>مقدّم الرعاية</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <comment>@label person</comment>
        <translation>الأسرة الحاضنة</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <comment>@label person</comment>
        <translation>الجد أو الجدة</translation>
    </message>
    <message>
        <source>Brother</source>
        <comment>@label person</comment>
        <translation>أخي</translation>
    </message>
    <message>
        <source>Sister</source>
        <comment>@label person</comment>
        <translation>أختي</translation>
    </message>
    <message>
        <source>Other family</source>
        <comment>@label person</comment>
        <translation>أقارب آخرون</translation>
    </message>
    <message>
        <source>Friend</source>
        <comment>@label person</comment>
        <translation>صديق</translation>
    </message>
    <message>
        <source>Teacher</source>
        <comment>@label person</comment>
        <translation>المعلّم</translation>
    </message>
    <message>
        <source>Social worker</source>
        <comment>@label person</comment>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Pet</source>
        <comment>@label person</comment>
        <translation>حيوان أليف</translation>
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
        <translation>استخدم %1 حرفًا على الأقل. من السهل تذكّر جملة قصيرة.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation>عبارتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Type the passphrase for this device.</source>
        <comment>@info:status</comment>
        <translation>اكتب عبارة المرور الخاصة بهذا الجهاز.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <comment>@info:status</comment>
        <translation>اكتب رقمك السري.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation>الرقمان السريان غير متطابقين. اكتبهما مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>Choose %1 to 12 numbers that are not all the same or in a row.</source>
        <comment>@info:status</comment>
        <translation>اختر من %1 إلى 12 رقمًا، ليست كلها متشابهة ولا متتالية.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <comment>@info:status</comment>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Chorus is locked: unlock it with the passphrase.</source>
        <comment>@info:status</comment>
        <translation>محاولات خاطئة كثيرة جدًا. تم قفل Chorus: افتحه بعبارة المرور.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Use the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation>أرقام سرية خاطئة كثيرة جدًا. استخدم عبارة المرور الخاصة بالمختص.</translation>
    </message>
    <message>
        <source>That is not the practitioner&apos;s passphrase.</source>
        <comment>@info:status</comment>
        <translation>هذه ليست عبارة المرور الخاصة بالأخصائي.</translation>
    </message>
    <message>
        <source>That is not the practitioner&apos;s passphrase or PIN.</source>
        <comment>@info:status</comment>
        <translation>هذه ليست عبارة المرور ولا الرقم السري الخاص بالمختص.</translation>
    </message>
    <message>
        <source>That passphrase is not right. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation>عبارة المرور هذه غير صحيحة. بعد %1 محاولات خاطئة أخرى ستُمحى البيانات الموجودة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation>محاولات خاطئة كثيرة جدًا: لم يعد من الممكن فتح البيانات الموجودة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The store on this device is damaged: %1</source>
        <comment>@info:status</comment>
        <translation>المخزن على هذا الجهاز تالف: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. After %1 more wrong tries it will stop working.</source>
        <comment>@info:status</comment>
        <translation>هذا الرقم السري غير صحيح. بعد %1 محاولات خاطئة أخرى سيتوقف عن العمل.</translation>
    </message>
    <message>
        <source>Answers sent in own time could not be brought in yet: %1</source>
        <comment>@info:status</comment>
        <translation>تعذّر إدخال الإجابات المرسلة في الوقت الخاص حتى الآن: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) sent in own time were damaged and were kept aside, not used. Ask your administrator to look at them.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n من مجموعات الإجابات المرسلة في الوقت الخاص كانت تالفة وحُفظت جانبًا دون استخدام. اطلب من المسؤول أن ينظر فيها.</numerusform>
            <numerusform>%n من مجموعات الإجابات المرسلة في الوقت الخاص كانت تالفة وحُفظت جانبًا دون استخدام. اطلب من المسؤول أن ينظر فيها.</numerusform>
            <numerusform>%n من مجموعات الإجابات المرسلة في الوقت الخاص كانت تالفة وحُفظت جانبًا دون استخدام. اطلب من المسؤول أن ينظر فيها.</numerusform>
            <numerusform>%n من مجموعات الإجابات المرسلة في الوقت الخاص كانت تالفة وحُفظت جانبًا دون استخدام. اطلب من المسؤول أن ينظر فيها.</numerusform>
            <numerusform>%n من مجموعات الإجابات المرسلة في الوقت الخاص كانت تالفة وحُفظت جانبًا دون استخدام. اطلب من المسؤول أن ينظر فيها.</numerusform>
            <numerusform>%n من مجموعات الإجابات المرسلة في الوقت الخاص كانت تالفة وحُفظت جانبًا دون استخدام. اطلب من المسؤول أن ينظر فيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries: your answers are locked. They are still safe. Ask the person you are working with to open them again.</source>
        <comment>@info:status</comment>
        <translation>محاولات خاطئة كثيرة جدًا: إجاباتك مقفلة. لا تزال في أمان. اطلب من الشخص الذي تعمل معه أن يفتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>There are no answers to come back to on this device any more.</source>
        <comment>@info:status</comment>
        <translation>لم تعد هناك إجابات للعودة إليها على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Chorus was set up.</source>
        <comment>@info:status</comment>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته عند إعداد Chorus.</translation>
    </message>
    <message>
        <source>That recovery key is not right. Check each group of letters and numbers. After %1 more wrong tries the data on this device will be erased.</source>
        <comment>@info:status</comment>
        <translation>مفتاح الاسترداد هذا غير صحيح. تحقّق من كل مجموعة من الحروف والأرقام. بعد %1 محاولات خاطئة أخرى ستُمحى البيانات على هذا الجهاز.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <comment>@info:status</comment>
        <translation>هذا الرقم السري غير صحيح. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>%1 (total: %2)</source>
        <comment>@info a breakdown and its total</comment>
        <translation>%1 (المجموع: %2)</translation>
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
        <translation>جارٍ العمل…</translation>
    </message>
</context>
<context>
    <name>CardSortActivity</name>
    <message>
        <source>%1 picked up. Move it up or down, then put it down.</source>
        <comment>@info:status card sort</comment>
        <translation>تم رفع %1. حرّكها إلى الأعلى أو الأسفل، ثم ضعها.</translation>
    </message>
    <message>
        <source>%1 picked up. Now choose a pile.</source>
        <comment>@info:status card sort</comment>
        <translation>تم رفع %1. اختر الآن مجموعة.</translation>
    </message>
    <message>
        <source>%1 put back.</source>
        <comment>@info:status card sort</comment>
        <translation>أُعيدت %1 إلى مكانها.</translation>
    </message>
    <message>
        <source>%1 put in %2.</source>
        <comment>@info:status card sort: card, pile</comment>
        <translation>وُضعت %1 في %2.</translation>
    </message>
    <message>
        <source>%1 has no cards yet. Pick up a card first.</source>
        <comment>@info:status card sort</comment>
        <translation>لا توجد بطاقات في %1 بعد. ارفع بطاقة أولًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:status pile: its cards</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 moved to place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation>نُقلت %1 إلى المكان %2 من %3.</translation>
    </message>
    <message>
        <source>%1 put down in place %2 of %3.</source>
        <comment>@info:status card sort</comment>
        <translation>وُضعت %1 في المكان %2 من %3.</translation>
    </message>
    <message>
        <source>Put the cards in order: what matters most goes first. Tap a card to pick it up, move it, then put it down. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation>رتّب البطاقات: الأهم يأتي أولًا. المس بطاقة لترفعها، حرّكها، ثم ضعها. يمكنك أيضًا سحب البطاقات.</translation>
    </message>
    <message>
        <source>Tap a card to pick it up, then tap a pile to put it there. You can also drag the cards.</source>
        <comment>@info card sort</comment>
        <translation>المس بطاقة لترفعها، ثم المس مجموعة لتضعها فيها. يمكنك أيضًا سحب البطاقات.</translation>
    </message>
    <message>
        <source>Cards to sort</source>
        <comment>@title:group card sort</comment>
        <translation>بطاقات للترتيب</translation>
    </message>
    <message>
        <source>Picked up</source>
        <comment>@info:accessible card sort</comment>
        <translation>مرفوعة</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <comment>@info:accessible card sort</comment>
        <translation>لم تُرتّب بعد</translation>
    </message>
    <message>
        <source>Put %1 here</source>
        <comment>@info:accessible card sort</comment>
        <translation>ضع %1 هنا</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <comment>@info:accessible card sort</comment>
        <translation>
            <numerusform>لا توجد بطاقات</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>@info:accessible card sort: the pile</comment>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <comment>@info:accessible card sort</comment>
        <translation>المكان %1 من %2</translation>
    </message>
    <message>
        <source>Move up</source>
        <comment>@action:button card sort</comment>
        <translation>حرّك إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <comment>@action:button card sort</comment>
        <translation>حرّك إلى الأسفل</translation>
    </message>
    <message>
        <source>Put down</source>
        <comment>@action:button card sort</comment>
        <translation>ضعها</translation>
    </message>
    <message>
        <source>This is my order</source>
        <comment>@action:button card sort</comment>
        <translation>هذا ترتيبي</translation>
    </message>
    <message>
        <source>Your order is saved.</source>
        <comment>@info:status card sort</comment>
        <translation>تم حفظ ترتيبك.</translation>
    </message>
</context>
<context>
    <name>ChoiceActivity</name>
    <message>
        <source>Pick as many as you like.</source>
        <comment>@info</comment>
        <translation>اختر كل ما تحب.</translation>
    </message>
    <message>
        <source>Pick one.</source>
        <comment>@info</comment>
        <translation>اختر واحدًا.</translation>
    </message>
</context>
<context>
    <name>CirclesActivity</name>
    <message>
        <source>Closest to me</source>
        <comment>@action:button circles</comment>
        <translation>الأقرب إليّ</translation>
    </message>
    <message>
        <source>Close to me</source>
        <comment>@action:button circles</comment>
        <translation>قريب مني</translation>
    </message>
    <message>
        <source>A bit further away</source>
        <comment>@action:button circles</comment>
        <translation>أبعد قليلًا</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@action:button circles</comment>
        <translation>خارج الدوائر</translation>
    </message>
    <message>
        <source>The circles are full: take someone out first.</source>
        <comment>@info:status circles</comment>
        <translation>الدوائر ممتلئة: أخرج شخصًا أولًا.</translation>
    </message>
    <message>
        <source>%1 picked up. Now choose a circle.</source>
        <comment>@info:status circles</comment>
        <translation>تم رفع %1. اختر الآن دائرة.</translation>
    </message>
    <message>
        <source>Type a word first.</source>
        <comment>@info:status circles</comment>
        <translation>اكتب كلمة أولًا.</translation>
    </message>
    <message>
        <source>Pick someone first.</source>
        <comment>@info:status circles</comment>
        <translation>اختر شخصًا أولًا.</translation>
    </message>
    <message>
        <source>%1 put in %2.</source>
        <comment>@info:status circles: person, circle</comment>
        <translation>وُضع %1 في %2.</translation>
    </message>
    <message>
        <source>%1 taken out.</source>
        <comment>@info:status circles</comment>
        <translation>أُخرج %1.</translation>
    </message>
    <message>
        <source>Tap someone, then tap a circle. You can also drag them onto the circles. You do not need to use anyone&apos;s real name.</source>
        <comment>@info circles</comment>
        <translation>المس شخصًا، ثم المس دائرة. يمكنك أيضًا سحبه إلى الدوائر. لا تحتاج إلى استخدام الاسم الحقيقي لأي أحد.</translation>
    </message>
    <message>
        <source>Add to the circles</source>
        <comment>@info:accessible circles</comment>
        <translation>أضف إلى الدوائر</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>@action:button circles: person</comment>
        <translation>أضف %1</translation>
    </message>
    <message>
        <source>Someone else: a word for them</source>
        <comment>@label circles</comment>
        <translation>شخص آخر: كلمة تصفه</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button circles</comment>
        <translation>أضف</translation>
    </message>
    <message>
        <source>Adds the person you typed</source>
        <comment>@info:accessible circles</comment>
        <translation>يضيف الشخص الذي كتبته</translation>
    </message>
    <message>
        <source>Where does %1 go?</source>
        <comment>@info circles</comment>
        <translation>أين يذهب %1؟</translation>
    </message>
    <message>
        <source>Take off the map</source>
        <comment>@action:button circles</comment>
        <translation>أزِل من الخريطة</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>@label centre of the circles</comment>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@title:group circles</comment>
        <translation>خارج الدوائر</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We want to hear what you think. Your answers are kept locked on this tablet. The team only sees your words without your name, and only if you say yes. You can stop at any time. You can delete any answer. Saying no is fine.</source>
        <comment>@info consent explanation for children</comment>
        <translation>نريد أن نسمع رأيك. تُحفظ إجاباتك مقفلة على هذا الجهاز اللوحي. لا يرى الفريق إلا كلماتك من دون اسمك، وفقط إذا قلت نعم. يمكنك التوقف في أي وقت. يمكنك حذف أي إجابة. لا بأس أن تقول لا.</translation>
    </message>
    <message>
        <source>Before we start</source>
        <comment>@title:page</comment>
        <translation>قبل أن نبدأ</translation>
    </message>
    <message>
        <source>A made-up name for you</source>
        <comment>@label:textbox</comment>
        <translation>اسم مستعار لك</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>@label</comment>
        <translation>العمر</translation>
    </message>
    <message>
        <source>5 to 7</source>
        <comment>@option:radio age</comment>
        <translation>من 5 إلى 7</translation>
    </message>
    <message>
        <source>8 to 11</source>
        <comment>@option:radio age</comment>
        <translation>من 8 إلى 11</translation>
    </message>
    <message>
        <source>12 to 15</source>
        <comment>@option:radio age</comment>
        <translation>من 12 إلى 15</translation>
    </message>
    <message>
        <source>16 or 17</source>
        <comment>@option:radio age</comment>
        <translation>16 أو 17</translation>
    </message>
    <message>
        <source>Grown-up</source>
        <comment>@option:radio age</comment>
        <translation>شخص بالغ</translation>
    </message>
    <message>
        <source>Who is saying yes or no?</source>
        <comment>@label</comment>
        <translation>من يقول نعم أو لا؟</translation>
    </message>
    <message>
        <source>The child or young person</source>
        <comment>@option:radio consent giver</comment>
        <translation>الطفل أو الشاب</translation>
    </message>
    <message>
        <source>A parent or carer</source>
        <comment>@option:radio consent giver</comment>
        <translation>أحد الوالدين أو مقدّم الرعاية</translation>
    </message>
    <message>
        <source>Both together</source>
        <comment>@option:radio consent giver</comment>
        <translation>كلاهما معًا</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>@title:group</comment>
        <translation>اختياراتك</translation>
    </message>
    <message>
        <source>keep my answers on this tablet</source>
        <comment>@info consent scope</comment>
        <translation>حفظ إجاباتي على هذا الجهاز اللوحي</translation>
    </message>
    <message>
        <source>Can we keep your answers locked on this tablet?</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكننا حفظ إجاباتك مقفلة على هذا الجهاز اللوحي؟</translation>
    </message>
    <message>
        <source>If you say no, we stop here. That is fine. The team only finds out that someone said no or changed their mind, never who or why.</source>
        <comment>@info</comment>
        <translation>إذا قلت لا، نتوقف هنا. ولا بأس في ذلك. يعرف الفريق فقط أن أحدًا قال لا أو غيّر رأيه، ولا يعرف أبدًا من هو ولا لماذا.</translation>
    </message>
    <message>
        <source>share my words without my name</source>
        <comment>@info consent scope</comment>
        <translation>مشاركة كلماتي من دون اسمي</translation>
    </message>
    <message>
        <source>Can the team see your words, without your name?</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكن للفريق أن يرى كلماتك، من دون اسمك؟</translation>
    </message>
    <message>
        <source>use my words as a quote</source>
        <comment>@info consent scope</comment>
        <translation>استخدام كلماتي كاقتباس</translation>
    </message>
    <message>
        <source>Can the team use your words as a quote, without your name?</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكن للفريق أن يستخدم كلماتك كاقتباس، من دون اسمك؟</translation>
    </message>
    <message>
        <source>record my voice</source>
        <comment>@info consent scope</comment>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Can we record your voice? It never leaves this tablet.</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكننا تسجيل صوتك؟ لن يغادر هذا الجهاز اللوحي أبدًا.</translation>
    </message>
    <message>
        <source>share my drawings</source>
        <comment>@info consent scope</comment>
        <translation>مشاركة رسوماتي</translation>
    </message>
    <message>
        <source>Can the team see your drawings, without your name?</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكن للفريق أن يرى رسوماتك، من دون اسمك؟</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@title:group</comment>
        <translation>للأخصائي</translation>
    </message>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation>دورك أو رمز الموظف</translation>
    </message>
    <message>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox</comment>
        <translation>لماذا ترى أن الطفل يفهم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save and hand over</source>
        <comment>@action:button</comment>
        <translation>حفظ وتسليم الجهاز</translation>
    </message>
    <message>
        <source>Saves the consent and gives the tablet to the child</source>
        <comment>@info:accessible</comment>
        <translation>يحفظ الموافقة ويسلّم الجهاز اللوحي للطفل</translation>
    </message>
    <message>
        <source>a made-up name</source>
        <comment>@info consent still missing</comment>
        <translation>اسم مستعار</translation>
    </message>
    <message>
        <source>a made-up name nobody else in this consultation has</source>
        <comment>@info consent still missing</comment>
        <translation>اسم مستعار لا يحمله أحد آخر في هذه الاستشارة</translation>
    </message>
    <message>
        <source>an age</source>
        <comment>@info consent still missing</comment>
        <translation>عمر</translation>
    </message>
    <message>
        <source>who is saying yes or no</source>
        <comment>@info consent still missing</comment>
        <translation>من يقول نعم أو لا</translation>
    </message>
    <message>
        <source>an answer to each choice</source>
        <comment>@info consent still missing</comment>
        <translation>إجابة عن كل خيار</translation>
    </message>
    <message>
        <source>your role or staff code</source>
        <comment>@info consent still missing</comment>
        <translation>دورك أو رمزك الوظيفي</translation>
    </message>
    <message>
        <source>why you judge that the child understands</source>
        <comment>@info consent still missing</comment>
        <translation>سبب تقديرك أن الطفل يفهم</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <comment>@info %1 lists what the consent form is missing</comment>
        <translation>ما زال مطلوبًا: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>If you say yes, the team also sees how long we took, which activities you did or skipped, the faces you picked, and if you used help like reading aloud or big writing. Never your name. If you change your mind, we delete all of it.</source>
        <comment>@info consent scope</comment>
        <translation>إذا قلت نعم، يرى الفريق أيضًا كم من الوقت استغرقنا، وأي الأنشطة قمت بها أو تخطيتها، والوجوه التي اخترتها، وهل استخدمت مساعدة مثل القراءة بصوت عالٍ أو الكتابة الكبيرة. لا يرى اسمك أبدًا. إذا غيّرت رأيك، نحذف كل ذلك.</translation>
    </message>
    <message>
        <source>We want to hear what you think, in your own time. Your answers are locked on this device with a PIN you choose. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.</source>
        <comment>@info consent explanation for answering in their own time</comment>
        <translation>نريد أن نسمع رأيك، في الوقت الذي يناسبك. إجاباتك مقفلة على هذا الجهاز برقم سري تختاره. أنت تختار ما يمكن للفريق أن يراه، ولن يرى اسمك أبدًا. يمكنك التوقف في أي وقت، وحذف أي إجابة قبل أن ترسلها. لا بأس أن تقول لا.</translation>
    </message>
    <message>
        <source>We want to hear what you think. Your answers are locked on your phone or tablet with your PIN. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.</source>
        <comment>@info consent explanation on the young person&apos;s own device</comment>
        <translation>نريد أن نسمع رأيك. إجاباتك مقفلة على هاتفك أو جهازك اللوحي برقمك السري. أنت تختار ما يمكن للفريق أن يراه، ولن يرى اسمك أبدًا. يمكنك التوقف في أي وقت، وحذف أي إجابة قبل أن ترسلها. لا بأس أن تقول لا.</translation>
    </message>
    <message>
        <source>Can Chorus keep your answers locked on your phone or tablet?</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكن لـ Chorus أن يحفظ إجاباتك مقفلة على هاتفك أو جهازك اللوحي؟</translation>
    </message>
    <message>
        <source>Can Chorus record your voice? It never leaves your phone or tablet.</source>
        <comment>@info consent scope</comment>
        <translation>هل يمكن لـ Chorus أن يسجل صوتك؟ لن يغادر التسجيل هاتفك أو جهازك اللوحي أبدًا.</translation>
    </message>
    <message>
        <source>Hand over to the young person</source>
        <comment>@action:button</comment>
        <translation>سلّم الجهاز إلى الشاب</translation>
    </message>
    <message>
        <source>The young person makes their own choices next, then chooses their PIN</source>
        <comment>@info:accessible</comment>
        <translation>يختار الشاب بنفسه بعد ذلك، ثم يختار رقمه السري</translation>
    </message>
    <message>
        <source>Save my choices and start</source>
        <comment>@action:button</comment>
        <translation>احفظ اختياراتي وابدأ</translation>
    </message>
    <message>
        <source>Saves your choices, then the questions begin</source>
        <comment>@info:accessible</comment>
        <translation>يحفظ اختياراتك، ثم تبدأ الأسئلة</translation>
    </message>
    <message>
        <source>When you have finished, your answers wait on your phone or tablet. You and your practitioner check them together, and only then do they go to the team.</source>
        <comment>@info consent on the young person&apos;s own device, answers checked with the practitioner</comment>
        <translation>عندما تنتهي، تنتظر إجاباتك على هاتفك أو جهازك اللوحي. تتحقق منها أنت والأخصائي معًا، وبعد ذلك فقط تذهب إلى الفريق.</translation>
    </message>
    <message>
        <source>When you press Send, your answers go straight to the team. Nobody checks them first, so look at the preview before you send.</source>
        <comment>@info consent on the young person&apos;s own device, answers sent by them</comment>
        <translation>عندما تضغط «أرسل»، تذهب إجاباتك مباشرة إلى الفريق. لا أحد يتحقق منها أولًا، لذا انظر إلى المعاينة قبل أن ترسل.</translation>
    </message>
</context>
<context>
    <name>ConsultationDetails</name>
    <message>
        <source>Consultation id (the hub&apos;s administrator asks for it)</source>
        <comment>@label</comment>
        <translation>معرّف الاستشارة (يطلبه مسؤول المركز)</translation>
    </message>
    <message>
        <source>Consultation id: %1</source>
        <comment>@info:accessible</comment>
        <translation>معرّف الاستشارة: %1</translation>
    </message>
    <message>
        <source>Taking part</source>
        <comment>@title:group</comment>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Nobody is taking part yet.</source>
        <comment>@info</comment>
        <translation>لا أحد يشارك بعد.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <comment>@action:button</comment>
        <translation>سحب المشاركة</translation>
    </message>
    <message>
        <source>Withdraw %1 and erase their answers</source>
        <comment>@info:accessible</comment>
        <translation>سحب مشاركة %1 ومحو إجاباته</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Change the title and purpose of %1</source>
        <comment>@info:accessible</comment>
        <translation>تغيير عنوان %1 والغرض منها</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <comment>@action:button</comment>
        <translation>حذف الاستشارة</translation>
    </message>
    <message>
        <source>Delete %1 from this device</source>
        <comment>@info:accessible</comment>
        <translation>حذف %1 من هذا الجهاز</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What it is for, in simple words</source>
        <comment>@label:textbox</comment>
        <translation>الغرض منها بكلمات بسيطة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <comment>@title:dialog</comment>
        <translation>سحب مشاركة %1؟</translation>
    </message>
    <message>
        <source>Their answers, drawings and voice notes are erased from this tablet now, and the team&apos;s copy is erased at the next sync. This cannot be undone.</source>
        <comment>@info</comment>
        <translation>تُمحى إجاباته ورسوماته وملاحظاته الصوتية من هذا الجهاز اللوحي الآن، وتُمحى نسخة الفريق عند المزامنة التالية. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Withdraw and erase</source>
        <comment>@action:button</comment>
        <translation>سحب ومحو</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>@action:button</comment>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <comment>@title:dialog</comment>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <source>The consultation goes from this tablet. Anyone still taking part must be withdrawn first.</source>
        <comment>@info</comment>
        <translation>تُحذف الاستشارة من هذا الجهاز اللوحي. يجب سحب مشاركة كل من لا يزال يشارك أولًا.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <comment>@info retention date</comment>
        <translation>محفوظ حتى %1</translation>
    </message>
    <message>
        <source>Erasures of withdrawn answers waiting for the hub: %1. Confirmed by the hub: %2.</source>
        <comment>@info:status</comment>
        <translation>طلبات محو الإجابات المسحوبة التي تنتظر المركز: %1. أكّدها المركز: %2.</translation>
    </message>
    <message>
        <source>Removed by retention</source>
        <comment>@title:group</comment>
        <translation>يُحذف عند انتهاء مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Nothing is due to be removed in the next %1 days.</source>
        <comment>@info</comment>
        <translation>لا شيء مقرر حذفه خلال الأيام الـ%1 القادمة.</translation>
    </message>
</context>
<context>
    <name>ConsultationSetup</name>
    <message>
        <source>The example pack is missing from this build.</source>
        <comment>@info:status</comment>
        <translation>الحزمة النموذجية مفقودة من هذا الإصدار.</translation>
    </message>
    <message>
        <source>Cannot open that file.</source>
        <comment>@info:status</comment>
        <translation>تعذّر فتح هذا الملف.</translation>
    </message>
    <message>
        <source>That file is too big to be an activity pack.</source>
        <comment>@info:status</comment>
        <translation>هذا الملف أكبر من أن يكون حزمة أنشطة.</translation>
    </message>
    <message>
        <source>This activity pack cannot be used: %1</source>
        <comment>@info:status</comment>
        <translation>لا يمكن استخدام حزمة الأنشطة هذه: %1</translation>
    </message>
    <message>
        <source>Chorus is locked.</source>
        <comment>@info:status</comment>
        <translation>Chorus مقفل.</translation>
    </message>
    <message>
        <source>Choose an activity pack first.</source>
        <comment>@info:status</comment>
        <translation>اختر حزمة أنشطة أولًا.</translation>
    </message>
    <message>
        <source>Give the consultation a title.</source>
        <comment>@info:status</comment>
        <translation>أعطِ الاستشارة عنوانًا.</translation>
    </message>
    <message>
        <source>Say in a few simple words what the consultation is for.</source>
        <comment>@info:status</comment>
        <translation>اذكر ببضع كلمات بسيطة الغرض من الاستشارة.</translation>
    </message>
    <message>
        <source>Choose at least one activity.</source>
        <comment>@info:status</comment>
        <translation>اختر نشاطًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Keep answers for between %1 and %2 days.</source>
        <comment>@info:status</comment>
        <translation>احتفظ بالإجابات مدة تتراوح بين %1 و%2 يومًا.</translation>
    </message>
    <message>
        <source>%1 people still take part in this consultation. Withdraw each of them first: that erases their answers here and on the hub.</source>
        <comment>@info:status</comment>
        <translation>ما زال %1 أشخاص يشاركون في هذه الاستشارة. اسحب مشاركة كل منهم أولًا: هذا يمحو إجاباتهم هنا وعلى المركز.</translation>
    </message>
    <message>
        <source>A safeguarding hold keeps this participant&apos;s answers for now; they are no longer used and are erased when the hold ends.</source>
        <comment>@info:status</comment>
        <translation>حجز لأغراض الحماية يُبقي إجابات هذا المشارك في الوقت الحالي؛ لم تعد تُستخدم وستُمحى عند انتهاء الحجز.</translation>
    </message>
    <message>
        <source>%1: %2 and their answers (%3)</source>
        <comment>@info retention: date, code name, count</comment>
        <translation>%1: %2 وإجاباته (%3)</translation>
    </message>
    <message>
        <source>%1: answers of %2 (%3)</source>
        <comment>@info retention: date, code name, count</comment>
        <translation>%1: إجابات %2 (%3)</translation>
    </message>
    <message>
        <source>%1: names to hide in this consultation</source>
        <comment>@info retention: date</comment>
        <translation>%1: الأسماء المطلوب إخفاؤها في هذه الاستشارة</translation>
    </message>
    <message>
        <source>%1: what the team did, as sent by the hub (%2)</source>
        <comment>@info retention: date, count</comment>
        <translation>%1: ما فعله الفريق كما أرسله المركز (%2)</translation>
    </message>
    <message>
        <source>%1: this consultation, if nobody takes part by then</source>
        <comment>@info retention: date</comment>
        <translation>%1: هذه الاستشارة، إذا لم يشارك فيها أحد حتى ذلك الحين</translation>
    </message>
</context>
<context>
    <name>DrawingActivity</name>
    <message>
        <source>Words for my drawing (if you like)</source>
        <comment>@label:textbox</comment>
        <translation>كلمات لرسمتي (إن أردت)</translation>
    </message>
    <message>
        <source>Keep my drawing</source>
        <comment>@action:button</comment>
        <translation>احفظ رسمتي</translation>
    </message>
</context>
<context>
    <name>DrawingBoard</name>
    <message>
        <source>Black</source>
        <comment>@label drawing colour</comment>
        <translation>أسود</translation>
    </message>
    <message>
        <source>Orange</source>
        <comment>@label drawing colour</comment>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <comment>@label drawing colour</comment>
        <translation>أزرق سماوي</translation>
    </message>
    <message>
        <source>Green</source>
        <comment>@label drawing colour</comment>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>@label drawing colour</comment>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Blue</source>
        <comment>@label drawing colour</comment>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Red</source>
        <comment>@label drawing colour</comment>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Pink</source>
        <comment>@label drawing colour</comment>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Thin</source>
        <comment>@label brush size</comment>
        <translation>رفيع</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>@label brush size</comment>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Thick</source>
        <comment>@label brush size</comment>
        <translation>عريض</translation>
    </message>
    <message>
        <source>Happy face</source>
        <comment>@label drawing stamp</comment>
        <translation>وجه سعيد</translation>
    </message>
    <message>
        <source>Sad face</source>
        <comment>@label drawing stamp</comment>
        <translation>وجه حزين</translation>
    </message>
    <message>
        <source>Worried face</source>
        <comment>@label drawing stamp</comment>
        <translation>وجه قلق</translation>
    </message>
    <message>
        <source>Cross face</source>
        <comment>@label drawing stamp</comment>
        <translation>وجه غاضب</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>@label drawing stamp</comment>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@label drawing stamp</comment>
        <translation>البيت</translation>
    </message>
    <message>
        <source>School</source>
        <comment>@label drawing stamp</comment>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Pencil</source>
        <comment>@action:button drawing tool</comment>
        <translation>قلم رصاص</translation>
    </message>
    <message>
        <source>Rubber</source>
        <comment>@action:button drawing tool</comment>
        <translation>ممحاة</translation>
    </message>
    <message>
        <source>Rubs out what you drew</source>
        <comment>@info:accessible</comment>
        <translation>يمحو ما رسمته</translation>
    </message>
    <message>
        <source>Puts a picture on your drawing</source>
        <comment>@info:accessible</comment>
        <translation>يضع صورة على رسمتك</translation>
    </message>
    <message>
        <source>Drawing paper</source>
        <comment>@label</comment>
        <translation>ورقة الرسم</translation>
    </message>
    <message>
        <source>Draw with your finger or a pen. With keys: the arrows move the pencil, Space puts it down or lifts it up.</source>
        <comment>@info:accessible</comment>
        <translation>ارسم بإصبعك أو بقلم. بالمفاتيح: الأسهم تحرّك القلم، ومفتاح المسافة يضعه على الورقة أو يرفعه.</translation>
    </message>
    <message>
        <source>The pencil is down: the arrows draw. Press Space to lift it.</source>
        <comment>@info</comment>
        <translation>القلم على الورقة: الأسهم ترسم. اضغط مفتاح المسافة لترفعه.</translation>
    </message>
    <message>
        <source>Move with the arrows. Press Space to put the picture there.</source>
        <comment>@info</comment>
        <translation>تحرّك بالأسهم. اضغط مفتاح المسافة لتضع الصورة هناك.</translation>
    </message>
    <message>
        <source>Move with the arrows. Press Space to put the pencil down.</source>
        <comment>@info</comment>
        <translation>تحرّك بالأسهم. اضغط مفتاح المسافة لتضع القلم على الورقة.</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>@action:button drawing</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Takes away the last thing you did</source>
        <comment>@info:accessible</comment>
        <translation>يزيل آخر شيء فعلته</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>@action:button drawing</comment>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Puts back what you took away</source>
        <comment>@info:accessible</comment>
        <translation>يعيد ما أزلته</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>@action:button drawing</comment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Starts again with clean paper. It asks you first.</source>
        <comment>@info:accessible</comment>
        <translation>يبدأ من جديد بورقة نظيفة. يسألك أولًا.</translation>
    </message>
    <message>
        <source>Clear the whole drawing?</source>
        <comment>@info</comment>
        <translation>هل تريد مسح الرسمة كلها؟</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <comment>@action:button</comment>
        <translation>لا، احتفظ بها</translation>
    </message>
    <message>
        <source>Yes, clear it</source>
        <comment>@action:button</comment>
        <translation>نعم، امسحها</translation>
    </message>
    <message>
        <source>top left</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <source>top middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>أعلى الوسط</translation>
    </message>
    <message>
        <source>top right</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <source>middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>الوسط</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <source>bottom left</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>أسفل اليسار</translation>
    </message>
    <message>
        <source>bottom middle</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>أسفل الوسط</translation>
    </message>
    <message>
        <source>bottom right</source>
        <comment>@info:accessible drawing pencil place</comment>
        <translation>أسفل اليمين</translation>
    </message>
    <message>
        <source>Picture ready to put down: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation>الصورة جاهزة للوضع: %1</translation>
    </message>
    <message>
        <source>Pencil down, drawing: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation>القلم على الورقة، يرسم: %1</translation>
    </message>
    <message>
        <source>Pencil up: %1</source>
        <comment>@info:accessible drawing, %1 a place</comment>
        <translation>القلم مرفوع: %1</translation>
    </message>
    <message>
        <source>Tools</source>
        <comment>@label drawing</comment>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Colours</source>
        <comment>@label drawing</comment>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Sizes</source>
        <comment>@label drawing</comment>
        <translation>الأحجام</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>This is not a saved drawing.</source>
        <comment>@info:status</comment>
        <translation>هذه ليست رسمة محفوظة.</translation>
    </message>
    <message>
        <source>This drawing was saved by another version of Chorus.</source>
        <comment>@info:status</comment>
        <translation>حُفظت هذه الرسمة بإصدار آخر من Chorus.</translation>
    </message>
    <message>
        <source>This saved drawing is damaged (mark %1).</source>
        <comment>@info:status</comment>
        <translation>هذه الرسمة المحفوظة تالفة (العلامة %1).</translation>
    </message>
    <message>
        <source>This saved drawing is damaged (it ends too early or too late).</source>
        <comment>@info:status</comment>
        <translation>هذه الرسمة المحفوظة تالفة (تنتهي مبكرًا جدًا أو متأخرًا جدًا).</translation>
    </message>
</context>
<context>
    <name>FeedbackPickRow</name>
    <message>
        <source>Pick: %1</source>
        <comment>@option:check a feedback record</comment>
        <translation>اختيار: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <comment>@info the themes a record is tagged with</comment>
        <translation>المحاور: %1</translation>
    </message>
    <message>
        <source>Quotable: yes</source>
        <comment>@action:button</comment>
        <translation>قابل للاقتباس: نعم</translation>
    </message>
    <message>
        <source>Quotable: no</source>
        <comment>@action:button</comment>
        <translation>قابل للاقتباس: لا</translation>
    </message>
    <message>
        <source>This person agreed to be quoted.</source>
        <comment>@info:accessible</comment>
        <translation>وافق هذا الشخص على الاقتباس منه.</translation>
    </message>
    <message>
        <source>This person did not agree to be quoted.</source>
        <comment>@info:accessible</comment>
        <translation>لم يوافق هذا الشخص على الاقتباس منه.</translation>
    </message>
    <message>
        <source>Quotable: %1</source>
        <comment>@option:check a feedback record</comment>
        <translation>قابل للاقتباس: %1</translation>
    </message>
    <message>
        <source>No consent to quote</source>
        <comment>@info</comment>
        <translation>لا توجد موافقة على الاقتباس</translation>
    </message>
</context>
<context>
    <name>FeelingsScaleActivity</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد جدًا</translation>
    </message>
</context>
<context>
    <name>FeelingsTimelineActivity</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد جدًا</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>@title:group feelings timeline</comment>
        <translation>من قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@title:group feelings timeline</comment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@title:group feelings timeline</comment>
        <translation>بعد ذلك</translation>
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
        <translation>إعداد Chorus</translation>
    </message>
    <message>
        <source>Welcome to Chorus</source>
        <comment>@title:page</comment>
        <translation>مرحبًا بك في Chorus</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <comment>@title:page</comment>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <comment>@title:page</comment>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation>الاتصال بمركز فريقك</translation>
    </message>
    <message>
        <source>Chorus helps children and families tell you what matters to them. Everything is kept locked on this device.</source>
        <comment>@info</comment>
        <translation>يساعد Chorus الأطفال والعائلات على إخبارك بما يهمّهم. يُحفظ كل شيء مقفلًا على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Start setting up</source>
        <comment>@action:button</comment>
        <translation>ابدأ الإعداد</translation>
    </message>
    <message>
        <source>The passphrase unlocks Chorus on this device. Use a few words that you will remember and others will not guess.</source>
        <comment>@info</comment>
        <translation>عبارة المرور تفتح Chorus على هذا الجهاز. استخدم بضع كلمات ستتذكرها ولن يخمّنها الآخرون.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <comment>@info</comment>
        <translation>%1 حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Create the locked store</source>
        <comment>@action:button</comment>
        <translation>إنشاء المخزن المقفل</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back in. Write it down and keep it somewhere safe. It will not be shown again.</source>
        <comment>@info</comment>
        <translation>إذا نُسيت عبارة المرور يومًا، فهذا المفتاح هو الطريقة الوحيدة للدخول من جديد. اكتبه واحفظه في مكان آمن. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <comment>@info:accessible</comment>
        <translation>مفتاح الاسترداد: %1</translation>
    </message>
    <message>
        <source>I&apos;ve written it down</source>
        <comment>@option:check</comment>
        <translation>لقد كتبته</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>If your team has a Chorus hub, type its address. You can leave this empty and add it later.</source>
        <comment>@info</comment>
        <translation>إذا كان لدى فريقك مركز Chorus، فاكتب عنوانه. يمكنك ترك هذا فارغًا وإضافته لاحقًا.</translation>
    </message>
    <message>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation>عنوان المركز (اختياري)</translation>
    </message>
    <message>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation>تسجيل دخول الفريق</translation>
    </message>
    <message>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation>اقرأ الملاحظات المحفوظة في مركز فريقك</translation>
    </message>
    <message>
        <source>Your invite</source>
        <comment>@title:page</comment>
        <translation>دعوتك</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <comment>@title:page</comment>
        <translation>اختر رقمك السري</translation>
    </message>
    <message>
        <source>Joining your team</source>
        <comment>@title:page</comment>
        <translation>الانضمام إلى فريقك</translation>
    </message>
    <message>
        <source>I have an invite</source>
        <comment>@action:button</comment>
        <translation>لديّ دعوة</translation>
    </message>
    <message>
        <source>Set up Chorus on your own phone or tablet with the invite your practitioner gave you</source>
        <comment>@info:accessible</comment>
        <translation>جهّز Chorus على هاتفك أو جهازك اللوحي بالدعوة التي أعطاك إياها الأخصائي</translation>
    </message>
    <message>
        <source>Type the hub address and the code from the invite your practitioner gave you.</source>
        <comment>@info</comment>
        <translation>اكتب عنوان المركز والرمز من الدعوة التي أعطاك إياها الأخصائي.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <source>Invite code</source>
        <comment>@label:textbox</comment>
        <translation>رمز الدعوة</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Your PIN keeps your answers private on this device. Use 6 or more numbers that are not all the same or in a row, or a sentence you will remember.</source>
        <comment>@info</comment>
        <translation>رقمك السري يحفظ إجاباتك خاصة على هذا الجهاز. استخدم 6 أرقام أو أكثر ليست كلها متشابهة ولا متتالية، أو جملة ستتذكرها.</translation>
    </message>
    <message>
        <source>If you forget it, your practitioner can give you a new invite.</source>
        <comment>@info</comment>
        <translation>إذا نسيته، يمكن للأخصائي أن يعطيك دعوة جديدة.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>رقمك السري</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation>رقمك السري مرة أخرى</translation>
    </message>
    <message>
        <source>Set up my Chorus</source>
        <comment>@action:button</comment>
        <translation>جهّز Chorus الخاص بي</translation>
    </message>
    <message>
        <source>Connecting to your team&apos;s hub…</source>
        <comment>@info:status</comment>
        <translation>جارٍ الاتصال بمركز فريقك…</translation>
    </message>
    <message>
        <source>Your answers are locked on this device with your PIN. Now Chorus joins your team&apos;s hub, so that you can send your answers.</source>
        <comment>@info</comment>
        <translation>إجاباتك مقفلة على هذا الجهاز برقمك السري. الآن ينضم Chorus إلى مركز فريقك، لتتمكن من إرسال إجاباتك.</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Carry on without joining</source>
        <comment>@action:button</comment>
        <translation>المتابعة دون الانضمام</translation>
    </message>
    <message>
        <source>You can join later on the sync page with the same invite</source>
        <comment>@info:accessible</comment>
        <translation>يمكنك الانضمام لاحقًا من صفحة المزامنة بالدعوة نفسها</translation>
    </message>
</context>
<context>
    <name>FrameworkParameterCard</name>
    <message>
        <source>Parameter: %1</source>
        <comment>@title framework parameter</comment>
        <translation>المعيار: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <comment>@info framework</comment>
        <translation>العامل الميسِّر: %1</translation>
    </message>
    <message>
        <source>Barrier: %1</source>
        <comment>@info framework</comment>
        <translation>العائق: %1</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <comment>@info framework parameter without indicators</comment>
        <translation>لا توجد بيانات: %1</translation>
    </message>
    <message>
        <source>No data for %1: %2</source>
        <comment>@info:accessible</comment>
        <translation>لا توجد بيانات لـ %1: %2</translation>
    </message>
    <message>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation>الأصوات المسموعة حسب الدور</translation>
    </message>
    <message>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation>الأصوات المسموعة حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a value and its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consultations active (feedback in the last 28 days): %1</source>
        <comment>@info</comment>
        <translation>الاستشارات النشطة (ملاحظات خلال آخر 28 يومًا): %1</translation>
    </message>
    <message>
        <source>Feedback with a published action: %1 of %2</source>
        <comment>@info</comment>
        <translation>ملاحظات لها إجراء منشور: %1 من %2</translation>
    </message>
    <message>
        <source>Share with a published action: no feedback yet</source>
        <comment>@info</comment>
        <translation>النسبة التي لها إجراء منشور: لا توجد ملاحظات بعد</translation>
    </message>
    <message>
        <source>Share with a published action: %1%</source>
        <comment>@info</comment>
        <translation>النسبة التي لها إجراء منشور: %1%</translation>
    </message>
    <message>
        <source>Median days from feedback to action: no published action yet</source>
        <comment>@info</comment>
        <translation>وسيط الأيام من الملاحظات إلى الإجراء: لا يوجد إجراء منشور بعد</translation>
    </message>
    <message>
        <source>Median days from feedback to action: %1</source>
        <comment>@info</comment>
        <translation>وسيط الأيام من الملاحظات إلى الإجراء: %1</translation>
    </message>
    <message>
        <source>Methods used — creative activities: %1; words (text): %2</source>
        <comment>@info each a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>الطرق المستخدمة — أنشطة إبداعية: %1؛ كلمات (نص): %2</translation>
    </message>
    <message>
        <source>Feedback with a published action: %1; all feedback: %2</source>
        <comment>@info each a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>الملاحظات التي لها إجراء منشور: %1؛ كل الملاحظات: %2</translation>
    </message>
    <message>
        <source>Share with a published action: hidden to protect small groups</source>
        <comment>@info</comment>
        <translation>النسبة التي لها إجراء منشور: مخفية لحماية المجموعات الصغيرة</translation>
    </message>
</context>
<context>
    <name>FreeTextActivity</name>
    <message>
        <source>Your words</source>
        <comment>@label:textbox</comment>
        <translation>كلماتك</translation>
    </message>
    <message>
        <source>Keep my words</source>
        <comment>@action:button</comment>
        <translation>احفظ كلماتي</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Consultations</source>
        <comment>@title:page</comment>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Consultations on this device</source>
        <comment>@title:page</comment>
        <translation>الاستشارات على هذا الجهاز</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@action:button</comment>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Locks Chorus now</source>
        <comment>@info:accessible</comment>
        <translation>يقفل Chorus الآن</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to the hub.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد شيء بانتظار الإرسال إلى المركز.</translation>
    </message>
    <message>
        <source>Answers waiting to be sent to the hub: %1</source>
        <comment>@info:status</comment>
        <translation>إجابات بانتظار الإرسال إلى المركز: %1</translation>
    </message>
    <message>
        <source>There are no consultations yet. Set one up to begin.</source>
        <comment>@info</comment>
        <translation>لا توجد استشارات بعد. أنشئ واحدة للبدء.</translation>
    </message>
    <message>
        <source>Set up %1 · %2 activities · %3 taking part</source>
        <comment>@info</comment>
        <translation>أُنشئت في %1 · الأنشطة: %2 · المشاركون: %3</translation>
    </message>
    <message>
        <source>Start a session</source>
        <comment>@action:button</comment>
        <translation>بدء جلسة</translation>
    </message>
    <message>
        <source>Start a session for %1</source>
        <comment>@info:accessible</comment>
        <translation>بدء جلسة لـ %1</translation>
    </message>
    <message>
        <source>Start in their own time</source>
        <comment>@action:button</comment>
        <translation>البدء في وقتهم الخاص</translation>
    </message>
    <message>
        <source>The young person answers over a few days with their own PIN, and sends the answers when ready</source>
        <comment>@info:accessible</comment>
        <translation>يجيب الشاب على مدى بضعة أيام برقمه السري الخاص، ويرسل الإجابات عندما يكون جاهزًا</translation>
    </message>
    <message>
        <source>Sessions not finished</source>
        <comment>@title:group</comment>
        <translation>جلسات لم تنتهِ</translation>
    </message>
    <message>
        <source>%1 · %2 · started %3 · answers saved: %4</source>
        <comment>@info</comment>
        <translation>%1 · %2 · بدأت في %3 · الإجابات المحفوظة: %4</translation>
    </message>
    <message>
        <source>In their own time: waiting for them to send their answers.</source>
        <comment>@info</comment>
        <translation>في وقتهم الخاص: بانتظار أن يرسلوا إجاباتهم.</translation>
    </message>
    <message>
        <source>In their own time, but their PIN no longer works: carry on to let them choose a new one.</source>
        <comment>@info</comment>
        <translation>في وقتهم الخاص، لكن رقمهم السري لم يعد يعمل: تابع ليختاروا رقمًا جديدًا.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Carry on the session of %1 where it stopped</source>
        <comment>@info:accessible</comment>
        <translation>متابعة جلسة %1 من حيث توقفت</translation>
    </message>
    <message>
        <source>New consultation</source>
        <comment>@action:button</comment>
        <translation>استشارة جديدة</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:button</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <comment>@action:button</comment>
        <translation>المزامنة مع المركز</translation>
    </message>
    <message>
        <source>Check before sharing</source>
        <comment>@action:button</comment>
        <translation>تحقق قبل المشاركة</translation>
    </message>
    <message>
        <source>Check before sharing: %1 waiting</source>
        <comment>@action:button</comment>
        <translation>تحقق قبل المشاركة: %1 بانتظار التحقق</translation>
    </message>
    <message>
        <source>Answers wait here for your approval before they go to the team</source>
        <comment>@info:accessible</comment>
        <translation>تنتظر الإجابات هنا موافقتك قبل أن تذهب إلى الفريق</translation>
    </message>
    <message>
        <source>News from the team</source>
        <comment>@title:group</comment>
        <translation>أخبار من الفريق</translation>
    </message>
    <message>
        <source>%1 · %2 · answers from the team: %3</source>
        <comment>@info</comment>
        <translation>%1 · %2 · ردود من الفريق: %3</translation>
    </message>
    <message>
        <source>Show %1 what the team did</source>
        <comment>@action:button</comment>
        <translation>اعرض على %1 ماذا فعل الفريق</translation>
    </message>
    <message>
        <source>Hands the tablet over in child mode, showing only what the team did about their words</source>
        <comment>@info:accessible</comment>
        <translation>يسلّم الجهاز اللوحي في وضع الطفل، ويعرض فقط ما فعله الفريق بشأن كلماتهم</translation>
    </message>
    <message>
        <source>From the hub</source>
        <comment>@info:status consultation published by the team</comment>
        <translation>من المركز</translation>
    </message>
    <message>
        <source>Closed: no new sessions</source>
        <comment>@info:status consultation closed on the hub</comment>
        <translation>مغلقة: لا جلسات جديدة</translation>
    </message>
    <message>
        <source>In their own time: answers sent. They can look back at them with their PIN.</source>
        <comment>@info</comment>
        <translation>في وقتهم الخاص: أُرسلت الإجابات. يمكنهم الرجوع إليها برقم التعريف الشخصي الخاص بهم.</translation>
    </message>
    <message>
        <source>In their own time: their answers are locked after too many wrong PINs.</source>
        <comment>@info</comment>
        <translation>في وقتهم الخاص: إجاباتهم مقفلة بعد إدخال أرقام تعريف شخصية خاطئة كثيرة.</translation>
    </message>
    <message>
        <source>Open their answers again</source>
        <comment>@action:button</comment>
        <translation>افتح إجاباتهم مرة أخرى</translation>
    </message>
    <message>
        <source>Lets %1 try their PIN again</source>
        <comment>@info:accessible</comment>
        <translation>يتيح لـ %1 تجربة رقم التعريف الشخصي مرة أخرى</translation>
    </message>
    <message>
        <source>End their own-time view</source>
        <comment>@action:button</comment>
        <translation>أنهِ عرض وقتهم الخاص</translation>
    </message>
    <message>
        <source>Erases what %1 can see on this device with their PIN</source>
        <comment>@info:accessible</comment>
        <translation>يمحو ما يستطيع %1 رؤيته على هذا الجهاز برقم التعريف الشخصي</translation>
    </message>
    <message>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>إخفاء التفاصيل</translation>
    </message>
    <message>
        <source>Details and people</source>
        <comment>@action:button</comment>
        <translation>التفاصيل والأشخاص</translation>
    </message>
    <message>
        <source>The consultation&apos;s id, who is taking part, edit and delete</source>
        <comment>@info:accessible</comment>
        <translation>معرّف الاستشارة، ومن يشارك، والتعديل والحذف</translation>
    </message>
    <message>
        <source>End session</source>
        <comment>@action:button</comment>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>End the session of %1; the answers saved stay</source>
        <comment>@info:accessible</comment>
        <translation>إنهاء جلسة %1؛ تبقى الإجابات المحفوظة</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Chorus</source>
        <comment>@title:page</comment>
        <translation>Chorus الخاص بك</translation>
    </message>
    <message>
        <source>Nothing to answer yet. Sync with the hub to get the questions from your team.</source>
        <comment>@info</comment>
        <translation>لا شيء للإجابة عنه بعد. زامن مع المركز لتصلك الأسئلة من فريقك.</translation>
    </message>
    <message>
        <source>Start my answers</source>
        <comment>@action:button</comment>
        <translation>ابدأ إجاباتي</translation>
    </message>
    <message>
        <source>See what the team did</source>
        <comment>@action:button</comment>
        <translation>شاهد ماذا فعل الفريق</translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation>ماذا فعل الفريق بشأن ما قلته لهم</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Chorus locks soon to keep the answers safe. Seconds left: %1</source>
        <comment>@info:status idle warning</comment>
        <translation>سيُقفل Chorus قريبًا لحماية الإجابات. الثواني المتبقية: %1</translation>
    </message>
    <message>
        <source>Keep working</source>
        <comment>@action:button idle warning</comment>
        <translation>متابعة العمل</translation>
    </message>
    <message>
        <source>Chorus stays open</source>
        <comment>@info:accessible</comment>
        <translation>يبقى Chorus مفتوحًا</translation>
    </message>
</context>
<context>
    <name>InviteScanPanel</name>
    <message>
        <source>Hold the QR code of the invite in front of the camera.</source>
        <comment>@info:status invite scan</comment>
        <translation>أمسك رمز QR للدعوة أمام الكاميرا.</translation>
    </message>
    <message>
        <source>That QR code is not a Chorus invite. Hold up the code on your practitioner&apos;s screen.</source>
        <comment>@info:status invite scan</comment>
        <translation>رمز QR هذا ليس دعوة إلى Chorus. وجّه الكاميرا إلى الرمز على شاشة الأخصائي.</translation>
    </message>
    <message>
        <source>The invite was read. Press Next to carry on.</source>
        <comment>@info:status invite scan</comment>
        <translation>تمت قراءة الدعوة. اضغط «التالي» لتتابع.</translation>
    </message>
    <message>
        <source>No camera was found. Type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation>لم يتم العثور على كاميرا. اكتب الدعوة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Chorus is not allowed to use the camera on this device. Ask whoever looks after it to allow the camera, or type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation>لا يُسمح لـ Chorus باستخدام الكاميرا على هذا الجهاز. اطلب من المسؤول عن الجهاز أن يسمح بالكاميرا، أو اكتب الدعوة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The camera could not be started. Another app may be using it. Try again, or type the invite instead.</source>
        <comment>@info:status invite scan</comment>
        <translation>تعذّر تشغيل الكاميرا. ربما يستخدمها تطبيق آخر. حاول مرة أخرى، أو اكتب الدعوة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Scan the code</source>
        <comment>@action:button</comment>
        <translation>امسح الرمز</translation>
    </message>
    <message>
        <source>Reads the invite&apos;s QR code with the camera</source>
        <comment>@info:accessible</comment>
        <translation>يقرأ رمز QR للدعوة بالكاميرا</translation>
    </message>
    <message>
        <source>What the camera sees</source>
        <comment>@info:accessible</comment>
        <translation>ما تراه الكاميرا</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <comment>@action:button</comment>
        <translation>أوقف المسح</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Change the language</source>
        <comment>@info:accessible</comment>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LeaveChildModeDialog</name>
    <message>
        <source>For the practitioner</source>
        <comment>@title:dialog</comment>
        <translation>للأخصائي</translation>
    </message>
    <message>
        <source>Type your passphrase or PIN to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation>اكتب عبارة المرور أو الرقم السري لمغادرة جلسة الطفل.</translation>
    </message>
    <message>
        <source>Type your passphrase to leave the child&apos;s session.</source>
        <comment>@info</comment>
        <translation>اكتب عبارة المرور الخاصة بك لمغادرة جلسة الطفل.</translation>
    </message>
    <message>
        <source>Practitioner passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور أو الرقم السري للمختص</translation>
    </message>
    <message>
        <source>Practitioner passphrase</source>
        <comment>@label:textbox</comment>
        <translation>عبارة مرور الأخصائي</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <comment>@action:button</comment>
        <translation>العودة إلى الجلسة</translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>@action:button</comment>
        <translation>مغادرة</translation>
    </message>
</context>
<context>
    <name>MagicWandActivity</name>
    <message>
        <source>My wish</source>
        <comment>@label:textbox</comment>
        <translation>أمنيتي</translation>
    </message>
    <message>
        <source>Make my wish</source>
        <comment>@action:button</comment>
        <translation>احفظ أمنيتي</translation>
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
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <comment>@info</comment>
        <translation>لا توجد ملاحظات بعد.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button</comment>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>OwnAnswersWaiting</name>
    <message numerus="yes">
        <source>%n of your answers are waiting to be saved because this device is full. They are kept safe and locked. When there is space, Chorus saves them and you can send them.</source>
        <comment>@info:status own-time</comment>
        <translation>
            <numerusform>%n من إجاباتك تنتظر الحفظ لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان ومقفلة. عندما تتوفر مساحة، يحفظها Chorus ويمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك تنتظر الحفظ لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان ومقفلة. عندما تتوفر مساحة، يحفظها Chorus ويمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك تنتظر الحفظ لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان ومقفلة. عندما تتوفر مساحة، يحفظها Chorus ويمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك تنتظر الحفظ لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان ومقفلة. عندما تتوفر مساحة، يحفظها Chorus ويمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك تنتظر الحفظ لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان ومقفلة. عندما تتوفر مساحة، يحفظها Chorus ويمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك تنتظر الحفظ لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان ومقفلة. عندما تتوفر مساحة، يحفظها Chorus ويمكنك إرسالها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnTimePage</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد جدًا</translation>
    </message>
    <message>
        <source>Your answers so far</source>
        <comment>@title:page</comment>
        <translation>إجاباتك حتى الآن</translation>
    </message>
    <message>
        <source>Thank you! Your answers were sent.</source>
        <comment>@title:page</comment>
        <translation>شكرًا لك! أُرسلت إجاباتك.</translation>
    </message>
    <message>
        <source>They are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation>إنها محفوظة ومقفلة على هذا الجهاز. لا أحد يراها حتى ترسلها.</translation>
    </message>
    <message>
        <source>You have not saved any answers yet. That is fine.</source>
        <comment>@info</comment>
        <translation>لم تحفظ أي إجابات بعد. لا بأس بذلك.</translation>
    </message>
    <message>
        <source>Change this answer</source>
        <comment>@action:button</comment>
        <translation>تغيير هذه الإجابة</translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation>احذف هذه الإجابة</translation>
    </message>
    <message>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation>العودة إلى الأنشطة</translation>
    </message>
    <message>
        <source>Keep them for later</source>
        <comment>@action:button</comment>
        <translation>احتفظ بها لوقت لاحق</translation>
    </message>
    <message>
        <source>Locks Chorus. Your PIN brings you back to your answers.</source>
        <comment>@info:accessible</comment>
        <translation>يقفل Chorus. رقمك السري يعيدك إلى إجاباتك.</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation>أرسل إجاباتي</translation>
    </message>
    <message>
        <source>Sends all your answers. After this you cannot change them.</source>
        <comment>@info:accessible</comment>
        <translation>يرسل كل إجاباتك. بعد ذلك لا يمكنك تغييرها.</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@action:button</comment>
        <translation>ماذا فعل الفريق</translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation>ما فعله الفريق بشأن ما أخبرتهم به</translation>
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
        <translation>اختر رقمك السري</translation>
    </message>
    <message>
        <source>You can answer a bit at a time, over a few days. Your answers are kept locked on this device. Nobody sees them until you send them.</source>
        <comment>@info own-time</comment>
        <translation>يمكنك أن تجيب قليلًا في كل مرة، على مدى بضعة أيام. إجاباتك محفوظة ومقفلة على هذا الجهاز. لا أحد يراها حتى ترسلها.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>رقمك السري</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <comment>@label:textbox</comment>
        <translation>رقمك السري مرة أخرى</translation>
    </message>
    <message>
        <source>Save my PIN</source>
        <comment>@action:button</comment>
        <translation>احفظ رقمي السري</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers, or a sentence only you know, to come back to them. Keep it to yourself.</source>
        <comment>@info own-time</comment>
        <translation>اختر رقم تعريف شخصيًا من 6 أرقام على الأقل، أو جملة لا يعرفها غيرك، للعودة إليها. احتفظ به لنفسك.</translation>
    </message>
</context>
<context>
    <name>OwnTimeUnlock</name>
    <message>
        <source>Carry on with my own answers</source>
        <comment>@title:group</comment>
        <translation>متابعة إجاباتي الخاصة</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>رقمك السري</translation>
    </message>
    <message>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation>افتح إجاباتي</translation>
    </message>
</context>
<context>
    <name>PackActivityModel</name>
    <message>
        <source>Feelings scale</source>
        <comment>@label:activity type</comment>
        <translation>مقياس المشاعر</translation>
    </message>
    <message>
        <source>Choice with pictures</source>
        <comment>@label:activity type</comment>
        <translation>اختيار بالصور</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>@label:activity type</comment>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Magic wand</source>
        <comment>@label:activity type</comment>
        <translation>العصا السحرية</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@label:activity type</comment>
        <translation>ترتيب البطاقات</translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <comment>@label:activity type</comment>
        <translation>خط زمني للمشاعر</translation>
    </message>
    <message>
        <source>Circles of people</source>
        <comment>@label:activity type</comment>
        <translation>دوائر الأشخاص</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@label:activity type</comment>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Three houses</source>
        <comment>@label:activity type</comment>
        <translation>البيوت الثلاثة</translation>
    </message>
</context>
<context>
    <name>PageScrollBar</name>
    <message>
        <source>Scroll the page</source>
        <comment>@info:accessible</comment>
        <translation>تمرير الصفحة</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Element: %1</source>
        <comment>@title participation card</comment>
        <translation>العنصر: %1</translation>
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
        <translation>النشاط %1 من %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <comment>@action:button</comment>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Hides this screen straight away</source>
        <comment>@info:accessible</comment>
        <translation>يُخفي هذه الشاشة فورًا</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation>القراءة بصوت عالٍ غير متاحة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد صوت لهذه اللغة على هذا الجهاز، لذلك لا يمكن قراءتها بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation>لم تنجح القراءة بصوت عالٍ. هل توجد سمّاعة أو سمّاعات رأس؟</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <source>Use the recovery key</source>
        <comment>@title:group</comment>
        <translation>استخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Chorus was set up on this device, then choose a new passphrase. The old passphrase stops working.</source>
        <comment>@info</comment>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته عند إعداد Chorus على هذا الجهاز، ثم اختر عبارة مرور جديدة. ستتوقف عبارة المرور القديمة عن العمل.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Unlock and keep the new passphrase</source>
        <comment>@action:button</comment>
        <translation>افتح القفل واحتفظ بعبارة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Consultation report</source>
        <translation>تقرير الاستشارة</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>الاستشارة: %1</translation>
    </message>
    <message>
        <source>Activity pack: %1, version %2</source>
        <translation>حزمة الأنشطة: %1، الإصدار %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
    <message>
        <source>Keeping the young people safe</source>
        <translation>حماية الشباب المشاركين</translation>
    </message>
    <message>
        <source>Quotes are printed only where the young person agreed to be quoted and the team chose them. What the team wrote is printed as they wrote it.</source>
        <translation>لا تُطبع الاقتباسات إلا حيث وافق الشاب على الاقتباس من كلامه واختارها الفريق. ويُطبع ما كتبه الفريق كما كتبه.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>شاب</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>مقدّم رعاية</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Voices heard</source>
        <translation>الأصوات المسموعة</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>حسب الدور</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Very sad</source>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>سعيد جدًا</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Put first</source>
        <translation>في المرتبة الأولى</translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation>رُتّبت</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>من أو ماذا</translation>
    </message>
    <message>
        <source>What young people told us</source>
        <translation>ما قاله لنا الشباب</translation>
    </message>
    <message>
        <source>No answers have been received yet.</source>
        <translation>لم تصل أي إجابات بعد.</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>النشاط %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>الإجابات: %1</translation>
    </message>
    <message>
        <source>Written answers: %1</source>
        <translation>الإجابات المكتوبة: %1</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>The team has not made any themes yet.</source>
        <translation>لم يُنشئ الفريق أي محاور بعد.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>بكلماتهم</translation>
    </message>
    <message>
        <source>No quotes have been chosen yet.</source>
        <translation>لم يُختر أي اقتباس بعد.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>قلتم، فعلنا</translation>
    </message>
    <message>
        <source>No actions have been published yet.</source>
        <translation>لم تُنشر أي إجراءات بعد.</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>قلتم</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>فعلنا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>إغلاق الحلقة</translation>
    </message>
    <message>
        <source>How many answers have led to a published action: the framework&apos;s figures for coproduction and for learning and evaluation.</source>
        <translation>كم من الإجابات أدّى إلى إجراء منشور: أرقام الإطار للإنتاج المشترك وللتعلّم والتقييم.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>غير معروض</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>الإجابات المستلمة</translation>
    </message>
    <message>
        <source>Answers with a published action</source>
        <translation>إجابات لها إجراء منشور</translation>
    </message>
    <message>
        <source>Share with a published action</source>
        <translation>نسبة الإجابات التي لها إجراء منشور</translation>
    </message>
    <message>
        <source>Median days from answer to action</source>
        <translation>وسيط عدد الأيام من الإجابة إلى الإجراء</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <translation>مخفي لحماية المجموعات الصغيرة</translation>
    </message>
    <message>
        <source>No count from 1 to %1 is printed. Where a hidden count could be worked out from the others, other counts are hidden too, large ones and zeros alike, and every hidden count reads “hidden to protect small groups”. The counts printed may differ from the true ones by up to 2, so that they cannot be subtracted from each other. Each answer counts once: the hub cannot tell people apart, so the figures are answers, not people.</source>
        <translation>لا يُطبع أي عدد من 1 إلى %1. وحيث يمكن استنتاج عدد مخفي من الأعداد الأخرى تُخفى أعداد أخرى أيضًا، كبيرة كانت أو أصفارًا، ويُكتب مكان كل عدد مخفي «مخفي لحماية المجموعات الصغيرة». وقد تختلف الأعداد المطبوعة عن الحقيقية بما لا يزيد على 2، كي لا يمكن طرح بعضها من بعض. تُحسب كل إجابة مرة واحدة: لا يستطيع المركز التمييز بين الأشخاص، لذا فالأرقام أعداد إجابات لا أعداد أشخاص.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Lundy&apos;s model of children&apos;s participation: space to take part, help to give a view, an audience that listens, and influence on what happens. Then who has not been heard yet, and the time it took.</source>
        <translation>نموذج لوندي لمشاركة الأطفال: مساحة للمشاركة، ومساعدة على إبداء الرأي، وجمهور يستمع، وتأثير على ما يحدث. ثم من لم يُسمع صوته بعد، والوقت الذي استغرقه ذلك.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>In their own time</source>
        <translation>في وقتهم الخاص</translation>
    </message>
    <message>
        <source>Sessions using %1</source>
        <translation>جلسات استخدمت %1</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: مكتمل</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: تم تخطيه</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Answers read by the team</source>
        <translation>إجابات قرأها الفريق</translation>
    </message>
    <message>
        <source>Answers given a theme</source>
        <translation>إجابات أُعطيت موضوعًا</translation>
    </message>
    <message>
        <source>Answers chosen as quotes</source>
        <translation>إجابات اختيرت كاقتباسات</translation>
    </message>
    <message>
        <source>Median days to first read</source>
        <translation>الوسيط بالأيام حتى أول قراءة</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Devices told what the team did</source>
        <translation>أجهزة أُخبرت بما فعله الفريق</translation>
    </message>
    <message>
        <source>Heard of those hoped for: %1</source>
        <translation>من سُمعوا ممن كنا نأمل سماعهم: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Not heard yet</source>
        <translation>لم يُسمعوا بعد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Practitioner hours</source>
        <translation>ساعات الممارسين</translation>
    </message>
    <message>
        <source>Hours per voice heard</source>
        <translation>الساعات لكل صوت مسموع</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>الساعات المخطط لها</translation>
    </message>
    <message>
        <source>%1, aged %2: finished</source>
        <translation>%1، الفئة العمرية %2: مكتمل</translation>
    </message>
    <message>
        <source>%1, aged %2: skipped</source>
        <translation>%1، الفئة العمرية %2: تم تخطيه</translation>
    </message>
    <message>
        <source>%1, aged %2: liked it</source>
        <translation>%1، الفئة العمرية %2: أعجبهم</translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <translation>اختاروا عدم المشاركة</translation>
    </message>
    <message>
        <source>Withdrew their answers</source>
        <translation>سحبوا إجاباتهم</translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <translation>مقياس المشاعر</translation>
    </message>
    <message>
        <source>Choosing</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Magic wand</source>
        <translation>العصا السحرية</translation>
    </message>
    <message>
        <source>Card sort</source>
        <translation>ترتيب البطاقات</translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <translation>خط زمني للمشاعر</translation>
    </message>
    <message>
        <source>Circles of people</source>
        <translation>دوائر الأشخاص</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Three houses</source>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <source>read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>voice notes</source>
        <translation>الملاحظات الصوتية</translation>
    </message>
    <message>
        <source>large text</source>
        <translation>النص الكبير</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>التباين العالي</translation>
    </message>
    <message>
        <source>a dyslexia-friendly font</source>
        <translation>خط مناسب لعسر القراءة</translation>
    </message>
    <message>
        <source>a keyboard or switch</source>
        <translation>لوحة مفاتيح أو مفتاح تحكم</translation>
    </message>
    <message>
        <source>under 5</source>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>25 or over</source>
        <translation>25 فما فوق</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
</context>
<context>
    <name>ReviewErrors</name>
    <message>
        <source>The hub could not do this. Try again, or ask the team&apos;s administrator.</source>
        <comment>@info:status</comment>
        <translation>لم يتمكّن المركز من القيام بهذا. حاول مرة أخرى أو اسأل مسؤول الفريق.</translation>
    </message>
    <message>
        <source>theme name</source>
        <comment>@info field named in an error</comment>
        <translation>اسم المحور</translation>
    </message>
    <message>
        <source>&quot;You said&quot;</source>
        <comment>@info field named in an error</comment>
        <translation>&quot;قلتم&quot;</translation>
    </message>
    <message>
        <source>&quot;We did&quot;</source>
        <comment>@info field named in an error</comment>
        <translation>&quot;فعلنا&quot;</translation>
    </message>
    <message>
        <source>status</source>
        <comment>@info field named in an error</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>date</source>
        <comment>@info field named in an error</comment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Those sign-in details were not right. Check your name, passphrase or one-time code and try again.</source>
        <comment>@info:status</comment>
        <translation>بيانات تسجيل الدخول هذه غير صحيحة. تحقّق من اسمك أو عبارة المرور أو الرمز لمرة واحدة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <comment>@info:status</comment>
        <translation>محاولات كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on.</source>
        <comment>@info:status</comment>
        <translation>انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <comment>@info:status</comment>
        <translation>لقد سُجّل خروجك. سجّل الدخول مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>Your account cannot do this. Ask the team&apos;s administrator.</source>
        <comment>@info:status</comment>
        <translation>لا يستطيع حسابك القيام بهذا. اسأل مسؤول الفريق.</translation>
    </message>
    <message>
        <source>This person did not agree to be quoted, so this record cannot be marked quotable.</source>
        <comment>@info:status</comment>
        <translation>لم يوافق هذا الشخص على الاقتباس منه، لذا لا يمكن وسم هذا السجل كقابل للاقتباس.</translation>
    </message>
    <message>
        <source>The young person did not agree to this, so it cannot be done.</source>
        <comment>@info:status</comment>
        <translation>لم يوافق الشاب على هذا، لذا لا يمكن القيام به.</translation>
    </message>
    <message>
        <source>A theme with this name already exists in this consultation. Choose another name.</source>
        <comment>@info:status</comment>
        <translation>يوجد محور بهذا الاسم في هذه الاستشارة. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>That name is taken already. Choose another one.</source>
        <comment>@info:status</comment>
        <translation>هذا الاسم مستخدم بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The hub does not have this any more. It may have been removed.</source>
        <comment>@info:status</comment>
        <translation>لم يعد هذا موجودًا في المركز. ربما أُزيل.</translation>
    </message>
    <message>
        <source>Please fill in the %1.</source>
        <comment>@info:status</comment>
        <translation>يرجى ملء %1.</translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <comment>@info:status</comment>
        <translation>%1 طويل جدًا.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <comment>@info:status</comment>
        <translation>اختر عبارة مرور من 12 حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, for example 2026-03-31.</source>
        <comment>@info:status</comment>
        <translation>اكتب التاريخ بصيغة سنة-شهر-يوم، مثل 2026-03-31.</translation>
    </message>
    <message>
        <source>The hub did not accept the %1.</source>
        <comment>@info:status</comment>
        <translation>لم يقبل المركز %1.</translation>
    </message>
    <message>
        <source>Link the action to at least one feedback record or theme.</source>
        <comment>@info:status</comment>
        <translation>اربط الإجراء بسجل ملاحظات واحد أو محور واحد على الأقل.</translation>
    </message>
    <message>
        <source>Pick one or more feedback records first.</source>
        <comment>@info:status</comment>
        <translation>اختر أولًا سجل ملاحظات واحدًا أو أكثر.</translation>
    </message>
    <message>
        <source>Save the action before publishing it.</source>
        <comment>@info:status</comment>
        <translation>احفظ الإجراء قبل نشره.</translation>
    </message>
    <message>
        <source>Chorus could not reach the hub. Check the address and the connection.</source>
        <comment>@info:status</comment>
        <translation>تعذّر على Chorus الوصول إلى المركز. تحقّق من العنوان والاتصال.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be trusted. Check the address, or ask for the team&apos;s certificate file.</source>
        <comment>@info:status</comment>
        <translation>تعذّر الوثوق بشهادة المركز. تحقّق من العنوان أو اطلب ملف شهادة الفريق.</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https://.</source>
        <comment>@info:status</comment>
        <translation>يجب أن يبدأ عنوان المركز بـ https://.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, for example https://hub.example.org.</source>
        <comment>@info:status</comment>
        <translation>اكتب عنوان المركز، مثلًا https://hub.example.org.</translation>
    </message>
    <message>
        <source>The hub gave an answer Chorus does not understand. Try again later.</source>
        <comment>@info:status</comment>
        <translation>أعطى المركز ردًّا لا يفهمه Chorus. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <comment>@info:status</comment>
        <translation>اختر أولًا مكان حفظ الملف.</translation>
    </message>
    <message>
        <source>There is not enough space to save %1. Nothing was saved; free some space and try again.</source>
        <comment>@info:status</comment>
        <translation>لا توجد مساحة كافية لحفظ %1. لم يُحفظ أي شيء؛ حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 could not be saved there. Nothing was saved; choose a folder you can save in.</source>
        <comment>@info:status</comment>
        <translation>تعذّر حفظ %1 هناك. لم يُحفظ أي شيء؛ اختر مجلدًا يمكنك الحفظ فيه.</translation>
    </message>
    <message>
        <source>The report could not be made from the hub&apos;s answer, so %1 was not saved. Try again later.</source>
        <comment>@info:status</comment>
        <translation>تعذّر إعداد التقرير من ردّ المركز، لذا لم يُحفظ %1. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>PDF reports are not available in this build.</source>
        <comment>@info:status</comment>
        <translation>تقارير PDF غير متاحة في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد جدًا</translation>
    </message>
    <message>
        <source>What you told us</source>
        <comment>@title:page</comment>
        <translation>ما أخبرتنا به</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation>للأخصائي</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <comment>@title:page</comment>
        <translation>شكرًا لك!</translation>
    </message>
    <message>
        <source>Please give the tablet back to the person you are working with.</source>
        <comment>@info</comment>
        <translation>من فضلك أعد الجهاز اللوحي إلى الشخص الذي تعمل معه.</translation>
    </message>
    <message>
        <source>You have not saved any answers. That is fine.</source>
        <comment>@info</comment>
        <translation>لم تحفظ أي إجابات. ولا بأس في ذلك.</translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <comment>@action:button</comment>
        <translation>احذف هذه الإجابة</translation>
    </message>
    <message>
        <source>Go back to the activities</source>
        <comment>@action:button</comment>
        <translation>العودة إلى الأنشطة</translation>
    </message>
    <message>
        <source>I have finished</source>
        <comment>@action:button</comment>
        <translation>لقد انتهيت</translation>
    </message>
    <message>
        <source>Your voice note</source>
        <comment>@info</comment>
        <translation>ملاحظتك الصوتية</translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@action:button</comment>
        <translation>ماذا فعل الفريق</translation>
    </message>
    <message>
        <source>What the team did about what you told them</source>
        <comment>@info:accessible</comment>
        <translation>ما فعله الفريق بشأن ما أخبرتهم به</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <comment>@info:accessible</comment>
        <translation>رسمتك</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button change or delete: the answer&apos;s question</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <comment>@action:button</comment>
        <translation>أرسل إجاباتي</translation>
    </message>
    <message>
        <source>Sends to your team what the preview above shows</source>
        <comment>@info:accessible</comment>
        <translation>يرسل إلى فريقك ما تعرضه المعاينة أعلاه</translation>
    </message>
    <message>
        <source>Keep my answers to check with my practitioner</source>
        <comment>@action:button</comment>
        <translation>احتفظ بإجاباتي لأتحقق منها مع الأخصائي</translation>
    </message>
    <message>
        <source>Your answers wait on this device until you and your practitioner check them together</source>
        <comment>@info:accessible</comment>
        <translation>تنتظر إجاباتك على هذا الجهاز حتى تتحقق منها أنت والأخصائي معًا</translation>
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
        <translation>ما قالوه (يبقى على هذا الجهاز)</translation>
    </message>
    <message>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation>ملاحظة صوتية</translation>
    </message>
    <message>
        <source>What they said: %1</source>
        <comment>@info:accessible</comment>
        <translation>ما قالوه: %1</translation>
    </message>
    <message>
        <source>What the team will see</source>
        <comment>@title:column</comment>
        <translation>ما سيراه الفريق</translation>
    </message>
    <message>
        <source>The team will see: %1</source>
        <comment>@info:accessible</comment>
        <translation>سيرى الفريق: %1</translation>
    </message>
    <message>
        <source>More words to hide (separate them with commas)</source>
        <comment>@label:textbox</comment>
        <translation>كلمات أخرى لإخفائها (افصل بينها بفواصل)</translation>
    </message>
    <message>
        <source>More words to hide</source>
        <comment>@label:textbox</comment>
        <translation>كلمات أخرى لإخفائها</translation>
    </message>
    <message>
        <source>Summary for the team: the voice note never leaves this device, so the team reads this instead. Names and places in it are hidden too.</source>
        <comment>@label:textbox</comment>
        <translation>ملخص للفريق: الملاحظة الصوتية لا تغادر هذا الجهاز أبدًا، لذلك يقرأ الفريق هذا بدلًا منها. الأسماء والأماكن فيه تُخفى أيضًا.</translation>
    </message>
    <message>
        <source>Summary of the voice note</source>
        <comment>@label:textbox</comment>
        <translation>ملخص الملاحظة الصوتية</translation>
    </message>
    <message>
        <source>Use this summary</source>
        <comment>@action:button</comment>
        <translation>استخدم هذا الملخص</translation>
    </message>
    <message>
        <source>Hide these words and approve</source>
        <comment>@action:button</comment>
        <translation>أخفِ هذه الكلمات ووافق</translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>@action:button</comment>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Approve with the drawing</source>
        <comment>@action:button</comment>
        <translation>موافقة مع الرسمة</translation>
    </message>
    <message>
        <source>Sharing drawings was agreed</source>
        <comment>@info:accessible</comment>
        <translation>تمت الموافقة على مشاركة الرسومات</translation>
    </message>
    <message>
        <source>Hold back</source>
        <comment>@action:button</comment>
        <translation>حجب</translation>
    </message>
    <message>
        <source>This answer is never sent</source>
        <comment>@info:accessible</comment>
        <translation>لن تُرسل هذه الإجابة أبدًا</translation>
    </message>
    <message>
        <source>Their drawing</source>
        <comment>@info:accessible</comment>
        <translation>رسمتهم</translation>
    </message>
    <message>
        <source>Hidden by Chorus</source>
        <comment>@label words the anonymiser hid</comment>
        <translation>كلمات أخفاها Chorus</translation>
    </message>
    <message>
        <source>Hide “%1” again</source>
        <comment>@action:button a word the anonymiser hid</comment>
        <translation>إخفاء “%1” مرة أخرى</translation>
    </message>
    <message>
        <source>Show “%1”: not identifying</source>
        <comment>@action:button a word the anonymiser hid</comment>
        <translation>إظهار “%1”: لا تكشف هوية أحد</translation>
    </message>
    <message>
        <source>The team will read this word</source>
        <comment>@info:accessible</comment>
        <translation>سيقرأ الفريق هذه الكلمة</translation>
    </message>
    <message>
        <source>The team reads %1 instead</source>
        <comment>@info:accessible</comment>
        <translation>يقرأ الفريق %1 بدلًا منها</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Check before sharing</source>
        <comment>@title:page</comment>
        <translation>تحقق قبل المشاركة</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the consultations</source>
        <comment>@info:accessible</comment>
        <translation>العودة إلى الاستشارات</translation>
    </message>
    <message>
        <source>Nothing is waiting to be checked. When a participant&apos;s answers are ready to share, they wait here until you approve them.</source>
        <comment>@info</comment>
        <translation>لا شيء ينتظر التحقق. عندما تصبح إجابات أحد المشاركين جاهزة للمشاركة، تنتظر هنا حتى توافق عليها.</translation>
    </message>
    <message>
        <source>Answers waiting to be checked: %1. Nothing is sent until you approve it.</source>
        <comment>@info</comment>
        <translation>إجابات تنتظر التحقق: %1. لا يُرسل شيء حتى توافق عليه.</translation>
    </message>
    <message>
        <source>Approve all %1 as shown</source>
        <comment>@action:button</comment>
        <translation>الموافقة على الـ%1 كلها كما تظهر</translation>
    </message>
    <message>
        <source>Shares every answer below as the team would see it; drawings go only when approved one by one</source>
        <comment>@info:accessible</comment>
        <translation>يشارك كل إجابة أدناه كما سيراها الفريق؛ لا تُرسل الرسوم إلا عند الموافقة عليها واحدًا تلو الآخر</translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>Yes</source>
        <comment>@option:radio consent</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <comment>@option:radio consent, %1 is what is agreed</comment>
        <translation>نعم: %1</translation>
    </message>
    <message>
        <source>No</source>
        <comment>@option:radio consent</comment>
        <translation>لا</translation>
    </message>
    <message>
        <source>No: %1</source>
        <comment>@option:radio consent, %1 is what is refused</comment>
        <translation>لا: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Choose an age group, a role and who is agreeing.</source>
        <comment>@info:status</comment>
        <translation>اختر الفئة العمرية والدور ومن يوافق.</translation>
    </message>
    <message>
        <source>Without keeping answers on this tablet there is nothing to do: stop here.</source>
        <comment>@info:status</comment>
        <translation>من دون حفظ الإجابات على هذا الجهاز اللوحي لا يوجد ما نفعله: توقف هنا.</translation>
    </message>
    <message>
        <source>Choose a made-up name for the participant.</source>
        <comment>@info:status</comment>
        <translation>اختر اسمًا مستعارًا للمشارك.</translation>
    </message>
    <message>
        <source>Your answer is kept safe but not saved yet: the tablet is full.</source>
        <comment>@info:status</comment>
        <translation>إجابتك محفوظة بأمان هنا لكنها لم تُخزَّن بعد: الجهاز اللوحي ممتلئ.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <comment>@info:status</comment>
        <translation>الرقمان السريان غير متطابقين. اكتبهما مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>This session cannot be carried on.</source>
        <comment>@info:status</comment>
        <translation>لا يمكن متابعة هذه الجلسة.</translation>
    </message>
    <message>
        <source>This session cannot be carried on: the consent for it is no longer in force.</source>
        <comment>@info:status</comment>
        <translation>لا يمكن متابعة هذه الجلسة: الموافقة عليها لم تعد سارية.</translation>
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
        <translation>من قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@label feelings timeline</comment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@label feelings timeline</comment>
        <translation>بعد ذلك</translation>
    </message>
    <message>
        <source>Very sad</source>
        <comment>@label feeling</comment>
        <translation>حزين جدًا</translation>
    </message>
    <message>
        <source>Sad</source>
        <comment>@label feeling</comment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>@label feeling</comment>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Very happy</source>
        <comment>@label feeling</comment>
        <translation>سعيد جدًا</translation>
    </message>
    <message>
        <source>Closest</source>
        <comment>@label circles</comment>
        <translation>الأقرب</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@label circles</comment>
        <translation>قريب</translation>
    </message>
    <message>
        <source>A bit further</source>
        <comment>@label circles</comment>
        <translation>أبعد قليلًا</translation>
    </message>
    <message>
        <source>Outside the circles</source>
        <comment>@label circles</comment>
        <translation>خارج الدوائر</translation>
    </message>
    <message>
        <source>There is no house called &quot;%1&quot;.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد بيت اسمه &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A drawing</source>
        <comment>@info review</comment>
        <translation>رسمة</translation>
    </message>
    <message>
        <source>A voice note (%1)</source>
        <comment>@info review</comment>
        <translation>ملاحظة صوتية (%1)</translation>
    </message>
    <message>
        <source>This consultation has been closed on the hub: no new sessions can start. The answers already given are kept.</source>
        <comment>@info:status</comment>
        <translation>أُغلقت هذه الاستشارة على المركز: لا يمكن بدء جلسات جديدة. تُحفظ الإجابات التي قُدِّمت من قبل.</translation>
    </message>
    <message>
        <source>Choose at least %1 numbers that are not all the same or in a row, or a sentence of %2 or more letters.</source>
        <comment>@info:status</comment>
        <translation>اختر %1 أرقام على الأقل ليست كلها متشابهة أو متتالية، أو جملة من %2 حرفًا أو أكثر.</translation>
    </message>
    <message>
        <source>Someone in this consultation already has that made-up name. Choose another.</source>
        <comment>@info:status</comment>
        <translation>لدى شخص في هذه الاستشارة هذا الاسم المستعار بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are not saved yet because the tablet is full. Free some space, then finish again; nothing is lost meanwhile.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n من الإجابات لم تُحفظ بعد لأن الجهاز اللوحي ممتلئ. أفرغ بعض المساحة ثم أنهِ مرة أخرى؛ لا يضيع شيء في هذه الأثناء.</numerusform>
            <numerusform>%n من الإجابات لم تُحفظ بعد لأن الجهاز اللوحي ممتلئ. أفرغ بعض المساحة ثم أنهِ مرة أخرى؛ لا يضيع شيء في هذه الأثناء.</numerusform>
            <numerusform>%n من الإجابات لم تُحفظ بعد لأن الجهاز اللوحي ممتلئ. أفرغ بعض المساحة ثم أنهِ مرة أخرى؛ لا يضيع شيء في هذه الأثناء.</numerusform>
            <numerusform>%n من الإجابات لم تُحفظ بعد لأن الجهاز اللوحي ممتلئ. أفرغ بعض المساحة ثم أنهِ مرة أخرى؛ لا يضيع شيء في هذه الأثناء.</numerusform>
            <numerusform>%n من الإجابات لم تُحفظ بعد لأن الجهاز اللوحي ممتلئ. أفرغ بعض المساحة ثم أنهِ مرة أخرى؛ لا يضيع شيء في هذه الأثناء.</numerusform>
            <numerusform>%n من الإجابات لم تُحفظ بعد لأن الجهاز اللوحي ممتلئ. أفرغ بعض المساحة ثم أنهِ مرة أخرى؛ لا يضيع شيء في هذه الأثناء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your answers are not saved yet because this device is full. They are kept safe. When there is space again they are saved, and then you can send them.</source>
        <comment>@info:status own-time</comment>
        <translation>
            <numerusform>%n من إجاباتك لم تُحفظ بعد لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان. عندما تتوفر مساحة مرة أخرى تُحفظ، وبعدها يمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك لم تُحفظ بعد لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان. عندما تتوفر مساحة مرة أخرى تُحفظ، وبعدها يمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك لم تُحفظ بعد لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان. عندما تتوفر مساحة مرة أخرى تُحفظ، وبعدها يمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك لم تُحفظ بعد لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان. عندما تتوفر مساحة مرة أخرى تُحفظ، وبعدها يمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك لم تُحفظ بعد لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان. عندما تتوفر مساحة مرة أخرى تُحفظ، وبعدها يمكنك إرسالها.</numerusform>
            <numerusform>%n من إجاباتك لم تُحفظ بعد لأن هذا الجهاز ممتلئ. إنها محفوظة بأمان. عندما تتوفر مساحة مرة أخرى تُحفظ، وبعدها يمكنك إرسالها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Activities</source>
        <comment>@title:page</comment>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation>للأخصائي</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>@info:status</comment>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>@action:button</comment>
        <translation>تخطَّ</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>I want to stop</source>
        <comment>@action:button</comment>
        <translation>أريد أن أتوقف</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
            <numerusform>%n من الإجابات تنتظر الحفظ: الجهاز اللوحي ممتلئ. أفرغ بعض المساحة؛ يواصل Chorus المحاولة ولا يضيع شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to my Chorus</source>
        <comment>@action:button</comment>
        <translation>العودة إلى Chorus الخاص بي</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <comment>@label:slider</comment>
        <translation>حجم النص: %1%</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>@option:check</comment>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Easy-to-read font (OpenDyslexic)</source>
        <comment>@option:check</comment>
        <translation>خط سهل القراءة (OpenDyslexic)</translation>
    </message>
    <message>
        <source>Less movement</source>
        <comment>@option:check</comment>
        <translation>حركة أقل</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <comment>@label:spinbox</comment>
        <translation>القفل بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>Hub address (optional)</source>
        <comment>@label:textbox</comment>
        <translation>عنوان المركز (اختياري)</translation>
    </message>
    <message>
        <source>Practitioner PIN: set</source>
        <comment>@label</comment>
        <translation>الرقم السري للمختص: مُعيَّن</translation>
    </message>
    <message>
        <source>Practitioner PIN (optional)</source>
        <comment>@label</comment>
        <translation>الرقم السري للمختص (اختياري)</translation>
    </message>
    <message>
        <source>Lets you leave a child&apos;s session with a short PIN instead of the passphrase. It never unlocks Chorus. After 3 wrong PINs the passphrase is needed.</source>
        <comment>@info</comment>
        <translation>يتيح لك مغادرة جلسة الطفل برقم سري قصير بدلًا من عبارة المرور. لا يفتح Chorus أبدًا. بعد 3 أرقام سرية خاطئة تلزم عبارة المرور.</translation>
    </message>
    <message>
        <source>New practitioner PIN</source>
        <comment>@label:textbox</comment>
        <translation>رقم سري جديد للمختص</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 numbers)</source>
        <comment>@info:placeholder</comment>
        <translation>رقم سري جديد (من 4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <source>New practitioner PIN again</source>
        <comment>@label:textbox</comment>
        <translation>الرقم السري الجديد للمختص مرة أخرى</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <comment>@info:placeholder</comment>
        <translation>الرقم السري نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <comment>@action:button</comment>
        <translation>احفظ الرقم السري</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <comment>@action:button</comment>
        <translation>أزل الرقم السري</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>تم</translation>
    </message>
    <message>
        <source>While a child is in an activity, lock after this many minutes</source>
        <comment>@label:spinbox</comment>
        <translation>أثناء انشغال طفل بنشاط، اقفل بعد هذا العدد من الدقائق</translation>
    </message>
    <message>
        <source>Before locking, Chorus shows a countdown for 30 seconds; a touch keeps it open.</source>
        <comment>@info</comment>
        <translation>قبل القفل، يعرض Chorus عدًّا تنازليًا لمدة 30 ثانية؛ لمسة واحدة تُبقيه مفتوحًا.</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <comment>@label</comment>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>@option:radio on-screen keyboard when no keyboard is attached</comment>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Always</source>
        <comment>@option:radio on-screen keyboard</comment>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>@option:radio on-screen keyboard</comment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Automatic shows the on-screen keyboard on a touch screen with no keyboard attached. A change takes effect the next time Chorus starts.</source>
        <comment>@info</comment>
        <translation>في الوضع التلقائي تظهر لوحة المفاتيح على الشاشة في شاشة اللمس إذا لم تكن هناك لوحة مفاتيح موصولة. يسري التغيير في المرة القادمة التي يبدأ فيها Chorus.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New consultation</source>
        <comment>@title:page</comment>
        <translation>استشارة جديدة</translation>
    </message>
    <message>
        <source>Choose an activity pack</source>
        <comment>@title:dialog</comment>
        <translation>اختر حزمة أنشطة</translation>
    </message>
    <message>
        <source>Activity packs (*.json)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>حزم الأنشطة (*.json)</translation>
    </message>
    <message>
        <source>Activity pack</source>
        <comment>@label</comment>
        <translation>حزمة الأنشطة</translation>
    </message>
    <message>
        <source>Using: %1</source>
        <comment>@info</comment>
        <translation>المستخدمة: %1</translation>
    </message>
    <message>
        <source>Choose the activities children will do.</source>
        <comment>@info</comment>
        <translation>اختر الأنشطة التي سيقوم بها الأطفال.</translation>
    </message>
    <message>
        <source>Use the example pack</source>
        <comment>@action:button</comment>
        <translation>استخدم الحزمة النموذجية</translation>
    </message>
    <message>
        <source>Import a pack file</source>
        <comment>@action:button</comment>
        <translation>استيراد ملف حزمة</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox</comment>
        <translation>الغرض منها، بكلمات يفهمها الطفل</translation>
    </message>
    <message>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox</comment>
        <translation>الاحتفاظ بالإجابات لهذا العدد من الأيام</translation>
    </message>
    <message>
        <source>Activities, in order</source>
        <comment>@label</comment>
        <translation>الأنشطة، بالترتيب</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <comment>@option:check</comment>
        <translation>استخدام: %1</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <comment>@action:button</comment>
        <translation>نقل إلى الأعلى: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <comment>@action:button</comment>
        <translation>نقل إلى الأسفل: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the consultation</source>
        <comment>@action:button</comment>
        <translation>حفظ الاستشارة</translation>
    </message>
</context>
<context>
    <name>ShareDescription</name>
    <message>
        <source>Voice note, %1 (stays on this device)</source>
        <comment>@info what is shared of a voice note</comment>
        <translation>ملاحظة صوتية، %1 (تبقى على هذا الجهاز)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a pile of cards and the cards in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <comment>@info the chosen options</comment>
        <translation>الاختيار: %1</translation>
    </message>
    <message>
        <source>Feeling: %1</source>
        <comment>@info the face picked on the feelings scale</comment>
        <translation>الشعور: %1</translation>
    </message>
    <message>
        <source>In this order: %1</source>
        <comment>@info cards ranked</comment>
        <translation>بهذا الترتيب: %1</translation>
    </message>
    <message>
        <source>The drawing</source>
        <comment>@info a drawing that is shared</comment>
        <translation>الرسمة</translation>
    </message>
    <message>
        <source>The drawing goes only if a practitioner approves it with the drawing.</source>
        <comment>@info a drawing waiting for approval</comment>
        <translation>لا تُرسل الرسمة إلا إذا وافق عليها أحد المختصين مع الرسمة.</translation>
    </message>
    <message>
        <source>The drawing stays on this device.</source>
        <comment>@info a drawing that is not shared</comment>
        <translation>تبقى الرسمة على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>This is exactly what the team will see. Your name is not on it: names and places are hidden. You can take anything out before it is sent.</source>
        <comment>@info share preview</comment>
        <translation>هذا بالضبط ما سيراه الفريق. اسمك ليس عليه: الأسماء والأماكن مخفية. يمكنك إزالة أي شيء قبل إرساله.</translation>
    </message>
    <message>
        <source>Nothing from this session will be sent to the team.</source>
        <comment>@info share preview</comment>
        <translation>لن يُرسل أي شيء من هذه الجلسة إلى الفريق.</translation>
    </message>
    <message>
        <source>What the team will see</source>
        <comment>@title:group</comment>
        <translation>ما سيراه الفريق</translation>
    </message>
</context>
<context>
    <name>SharePreviewCard</name>
    <message>
        <source>Someone on the team checks this first, to make sure nothing gives away who you are.</source>
        <comment>@info share preview</comment>
        <translation>يتحقق شخص من الفريق من هذا أولًا، للتأكد من أنه لا شيء يكشف من أنت.</translation>
    </message>
    <message>
        <source>Take this out</source>
        <comment>@action:button share preview</comment>
        <translation>إزالة هذا</translation>
    </message>
    <message>
        <source>The team will not see your answer to: %1</source>
        <comment>@info:accessible</comment>
        <translation>لن يرى الفريق إجابتك عن: %1</translation>
    </message>
    <message>
        <source>Your drawing, as the team will see it</source>
        <comment>@info:accessible</comment>
        <translation>رسمتك كما سيراها الفريق</translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>Stop reading</source>
        <comment>@action:button</comment>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Reads the words on this screen out loud</source>
        <comment>@info:accessible</comment>
        <translation>يقرأ الكلمات على هذه الشاشة بصوت عالٍ</translation>
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
        <translation>أُرسل هذه المرة: %1. إجابات أكّدها المركز: %2. سحوبات أكّدها المركز: %3.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <comment>@info:status sync report</comment>
        <translation>لم يكن هناك شيء ينتظر الإرسال.</translation>
    </message>
    <message>
        <source>Not accepted by the hub this time: %1.</source>
        <comment>@info:status sync report</comment>
        <translation>لم يقبلها المركز هذه المرة: %1.</translation>
    </message>
    <message>
        <source>Activity packs received: %1.</source>
        <comment>@info:status sync report</comment>
        <translation>حزم الأنشطة المستلمة: %1.</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates received: %1.</source>
        <comment>@info:status sync report</comment>
        <translation>تحديثات &quot;قلتم، فعلنا&quot; المستلمة: %1.</translation>
    </message>
    <message>
        <source>The last sync had nothing to send; what is waiting now goes with the next sync.</source>
        <comment>@info:status sync report</comment>
        <translation>لم يكن لدى المزامنة الأخيرة شيء لإرساله؛ ما ينتظر الآن يُرسل مع المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Type the hub address from the invite, for example hub.example.org.</source>
        <comment>@info:status</comment>
        <translation>اكتب عنوان المركز من الدعوة، مثل hub.example.org.</translation>
    </message>
    <message>
        <source>The invite code has 32 letters and numbers. Check that none are missing.</source>
        <comment>@info:status</comment>
        <translation>يتكون رمز الدعوة من 32 حرفًا ورقمًا. تحقق من أنه لا ينقص شيء.</translation>
    </message>
    <message>
        <source>There is a mistake in the invite code or the hub address. Check each letter and number against the invite.</source>
        <comment>@info:status</comment>
        <translation>يوجد خطأ في رمز الدعوة أو في عنوان المركز. قارن كل حرف ورقم بما في الدعوة.</translation>
    </message>
    <message>
        <source>This invite cannot be used. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation>لا يمكن استخدام هذه الدعوة. اطلب دعوة جديدة.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the hub</source>
        <comment>@title:page</comment>
        <translation>المزامنة مع المركز</translation>
    </message>
    <message>
        <source>This device is not enrolled with a hub yet. Ask the hub&apos;s administrator for an enrolment code.</source>
        <comment>@info:status</comment>
        <translation>هذا الجهاز غير مسجّل في مركز بعد. اطلب رمز تسجيل من مسؤول المركز.</translation>
    </message>
    <message>
        <source>This device is enrolled with %1 as a young person&apos;s own device.</source>
        <comment>@info:status</comment>
        <translation>هذا الجهاز مسجّل في %1 بوصفه الجهاز الخاص بشاب أو شابة.</translation>
    </message>
    <message>
        <source>This device is enrolled with %1 as a practitioner&apos;s device.</source>
        <comment>@info:status</comment>
        <translation>هذا الجهاز مسجّل في %1 بوصفه جهاز ممارس.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <comment>@info:status</comment>
        <translation>آخر مزامنة ناجحة: %1</translation>
    </message>
    <message>
        <source>Not synced successfully yet.</source>
        <comment>@info:status</comment>
        <translation>لم تتم أي مزامنة ناجحة بعد.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد شيء بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <comment>@info:status</comment>
        <translation>بانتظار الإرسال: %1</translation>
    </message>
    <message>
        <source>Waiting for a practitioner&apos;s review before they can be sent: %1</source>
        <comment>@info:status</comment>
        <translation>بانتظار مراجعة الممارس قبل إرسالها: %1</translation>
    </message>
    <message>
        <source>Withdrawals confirmed by the hub: %1</source>
        <comment>@info:status</comment>
        <translation>طلبات السحب التي أكّدها المركز: %1</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates received: %1</source>
        <comment>@info:status</comment>
        <translation>تحديثات &quot;قلتم، فعلنا&quot; المستلمة: %1</translation>
    </message>
    <message>
        <source>The last sync did not finish: %1</source>
        <comment>@info:status</comment>
        <translation>لم تكتمل المزامنة الأخيرة: %1</translation>
    </message>
    <message>
        <source>Talking to the hub… You can carry on using Chorus meanwhile.</source>
        <comment>@info:status</comment>
        <translation>جارٍ التواصل مع المركز… يمكنك مواصلة استخدام Chorus في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Not accepted by the hub: %1</source>
        <comment>@title:group</comment>
        <translation>لم يقبلها المركز: %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <comment>@info why the hub refused one item</comment>
        <translation>الإجابة %1: %2</translation>
    </message>
    <message>
        <source>Enrol this device with a hub</source>
        <comment>@title:group</comment>
        <translation>تسجيل هذا الجهاز لدى مركز</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <comment>@action:button</comment>
        <translation>التسجيل بهذا الرمز</translation>
    </message>
    <message>
        <source>Invite young people&apos;s own devices</source>
        <comment>@title:group</comment>
        <translation>دعوة أجهزة الشباب الخاصة</translation>
    </message>
    <message>
        <source>Make a code that young people type on their own phone or tablet to join this consultation.</source>
        <comment>@info</comment>
        <translation>أنشئ رمزاً يكتبه الشباب على هواتفهم أو أجهزتهم اللوحية للانضمام إلى هذه الاستشارة.</translation>
    </message>
    <message>
        <source>How many devices can use the code</source>
        <comment>@label</comment>
        <translation>كم جهازاً يمكنه استخدام الرمز</translation>
    </message>
    <message>
        <source>One device</source>
        <comment>@option:radio invite uses</comment>
        <translation>جهاز واحد</translation>
    </message>
    <message>
        <source>Several devices</source>
        <comment>@option:radio invite uses</comment>
        <translation>عدة أجهزة</translation>
    </message>
    <message>
        <source>Number of devices</source>
        <comment>@label:spinbox</comment>
        <translation>عدد الأجهزة</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation>مدة صلاحية الرمز</translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>@option:radio invite expiry</comment>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>7 days</source>
        <comment>@option:radio invite expiry</comment>
        <translation>7 أيام</translation>
    </message>
    <message>
        <source>30 days</source>
        <comment>@option:radio invite expiry</comment>
        <translation>30 يوماً</translation>
    </message>
    <message>
        <source>Create invite code</source>
        <comment>@action:button</comment>
        <translation>إنشاء رمز دعوة</translation>
    </message>
    <message>
        <source>No invite code was made: %1</source>
        <comment>@info:status</comment>
        <translation>لم يُنشأ رمز دعوة: %1</translation>
    </message>
    <message>
        <source>Invite code:</source>
        <comment>@label</comment>
        <translation>رمز الدعوة:</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <comment>@info:accessible</comment>
        <translation>رمز الدعوة %1</translation>
    </message>
    <message>
        <source>Devices that can use it: %1. It works until %2.</source>
        <comment>@info</comment>
        <translation>الأجهزة التي يمكنها استخدامه: %1. يعمل حتى %2.</translation>
    </message>
    <message>
        <source>The invite code is: %1</source>
        <comment>@info read aloud</comment>
        <translation>رمز الدعوة هو: %1</translation>
    </message>
    <message>
        <source>Hide the invite code</source>
        <comment>@action:button</comment>
        <translation>إخفاء رمز الدعوة</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <comment>@action:button</comment>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Try the refused items again</source>
        <comment>@action:button</comment>
        <translation>أعد محاولة إرسال العناصر المرفوضة</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <comment>@action:button</comment>
        <translation>سجّل مرة أخرى</translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <comment>@label:textbox</comment>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Certificate authority file (only if your organisation uses its own)</source>
        <comment>@label:textbox</comment>
        <translation>ملف جهة إصدار الشهادات (فقط إذا كانت مؤسستك تستخدم جهة خاصة بها)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <comment>@label:textbox</comment>
        <translation>ملف جهة إصدار الشهادات</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Invite code</source>
        <comment>@label:textbox</comment>
        <translation>رمز الدعوة</translation>
    </message>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox</comment>
        <translation>دورك أو رمزك الوظيفي</translation>
    </message>
    <message>
        <source>Why you judge that the young person can decide for themselves</source>
        <comment>@label:textbox</comment>
        <translation>لماذا ترى أن الشاب قادر على أن يقرر بنفسه</translation>
    </message>
    <message>
        <source>Hub address: %1</source>
        <comment>@info</comment>
        <translation>عنوان المركز: %1</translation>
    </message>
    <message>
        <source>QR code of the invite, for a device with a camera</source>
        <comment>@info:accessible</comment>
        <translation>رمز QR للدعوة، لجهاز فيه كاميرا</translation>
    </message>
    <message>
        <source>Before the answers are shared</source>
        <comment>@label invite</comment>
        <translation>قبل مشاركة الإجابات</translation>
    </message>
    <message>
        <source>The young person sends them</source>
        <comment>@option:radio invite check</comment>
        <translation>يرسلها الشاب بنفسه</translation>
    </message>
    <message>
        <source>We check them together first</source>
        <comment>@option:radio invite check</comment>
        <translation>نتحقق منها معًا أولًا</translation>
    </message>
    <message>
        <source>The answers wait on the young person&apos;s device until you check them together.</source>
        <comment>@info invite</comment>
        <translation>تنتظر الإجابات على جهاز الشاب حتى تتحققا منها معًا.</translation>
    </message>
    <message>
        <source>The young person sends their own answers, after a preview of what the team will see.</source>
        <comment>@info invite</comment>
        <translation>يرسل الشاب إجاباته بنفسه، بعد معاينة ما سيراه الفريق.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>it is longer or larger than the hub accepts.</source>
        <comment>@info why the hub refused</comment>
        <translation>إنه أطول أو أكبر مما يقبله المركز.</translation>
    </message>
    <message>
        <source>sharing it is not permitted (a drawing needs the young person&apos;s consent and a practitioner&apos;s approval).</source>
        <comment>@info why the hub refused</comment>
        <translation>مشاركته غير مسموح بها (يحتاج الرسم إلى موافقة الشاب وإقرار من الأخصائي).</translation>
    </message>
    <message>
        <source>it belongs to a consultation this device is not enrolled for.</source>
        <comment>@info why the hub refused</comment>
        <translation>إنه يخص استشارة غير مسجّل لها هذا الجهاز.</translation>
    </message>
    <message>
        <source>the hub could not read part of it (%1). This app or the hub may need an update.</source>
        <comment>@info why the hub refused; %1 is a technical field name</comment>
        <translation>لم يستطع المركز قراءة جزء منه (%1). قد يحتاج هذا التطبيق أو المركز إلى تحديث.</translation>
    </message>
    <message>
        <source>the hub gave the reason code &quot;%1&quot;.</source>
        <comment>@info why the hub refused</comment>
        <translation>أعطى المركز رمز السبب &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The data on this device could not be read or written just now. Nothing was sent; try again, and restart the app if it happens again.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءة البيانات على هذا الجهاز أو كتابتها الآن. لم يُرسل شيء؛ حاول مرة أخرى، وأعد تشغيل التطبيق إذا تكرر ذلك.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished because the device was locked or the app closed. Nothing was lost: what waits is sent next time.</source>
        <comment>@info:status</comment>
        <translation>توقفت المزامنة قبل أن تنتهي لأن الجهاز قُفل أو أُغلق التطبيق. لم يضِع شيء: ما ينتظر سيُرسل في المرة القادمة.</translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate has changed since this device enrolled, so nothing was sent. If the hub really has a new certificate, enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation>تغيّرت شهادة أمان المركز منذ تسجيل هذا الجهاز، لذلك لم يُرسل شيء. إذا كانت للمركز شهادة جديدة فعلاً، فسجّل مرة أخرى برمز جديد.</translation>
    </message>
    <message>
        <source>The hub at %1 did not show the security certificate the invite names, so nothing was sent. Check the hub address, or ask for a new invite.</source>
        <comment>@info:status</comment>
        <translation>لم يُظهر المركز على %1 شهادة الأمان التي تذكرها الدعوة، لذلك لم يُرسل شيء. تحقق من عنوان المركز، أو اطلب دعوة جديدة.</translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate is not trusted. If your organisation uses its own certificate authority, give its file when enrolling.</source>
        <comment>@info:status</comment>
        <translation>شهادة أمان المركز غير موثوقة. إذا كانت مؤسستك تستخدم جهة إصدار شهادات خاصة بها، فأعطِ ملفها عند التسجيل.</translation>
    </message>
    <message>
        <source>The hub did not answer within %1 seconds. Nothing was lost; try again later.</source>
        <comment>@info:status</comment>
        <translation>لم يُجب المركز خلال %1 ثانية. لم يضِع شيء؛ حاول مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>Could not reach the hub. Check the network connection and the hub address. Nothing was lost.</source>
        <comment>@info:status</comment>
        <translation>تعذّر الوصول إلى المركز. تحقّق من اتصال الشبكة وعنوان المركز. لم يضِع شيء.</translation>
    </message>
    <message>
        <source>The hub is busy or had a problem. Nothing was lost; it will be tried again later.</source>
        <comment>@info:status</comment>
        <translation>المركز مشغول أو واجه مشكلة. لم يضِع شيء؛ ستُعاد المحاولة لاحقاً.</translation>
    </message>
    <message>
        <source>The hub does not speak this app&apos;s version of sync: it needs an update. Nothing was lost.</source>
        <comment>@info:status</comment>
        <translation>لا يدعم المركز إصدار المزامنة في هذا التطبيق: يحتاج إلى تحديث. لم يضِع شيء.</translation>
    </message>
    <message>
        <source>The hub did not accept it: %1</source>
        <comment>@info:status</comment>
        <translation>لم يقبله المركز: %1</translation>
    </message>
    <message>
        <source>The hub already holds a different answer under the same number; it was not overwritten.</source>
        <comment>@info:status</comment>
        <translation>لدى المركز بالفعل إجابة مختلفة بالرقم نفسه؛ ولم يُكتب فوقها.</translation>
    </message>
    <message>
        <source>It could not be read on this device, so it was not sent.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءته على هذا الجهاز، لذلك لم يُرسل.</translation>
    </message>
    <message>
        <source>The hub did not confirm it; it will be sent again.</source>
        <comment>@info:status</comment>
        <translation>لم يؤكّده المركز؛ سيُرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>This device could not record the hub&apos;s answer; what waits will be sent again.</source>
        <comment>@info:status</comment>
        <translation>لم يستطع هذا الجهاز تسجيل ردّ المركز؛ سيُرسل ما ينتظر مرة أخرى.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this device (it may have been removed). Nothing was lost: what waits stays on this device. Enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation>لم يعد المركز يقبل هذا الجهاز (ربما أُزيل). لم يضِع شيء: ما ينتظر يبقى على هذا الجهاز. سجّل مرة أخرى برمز جديد.</translation>
    </message>
    <message>
        <source>This device had not been in touch with the hub for 90 days, so its enrolment has ended. Nothing was lost: what waits stays on this device. Enrol again with a new code.</source>
        <comment>@info:status</comment>
        <translation>لم يتصل هذا الجهاز بالمركز منذ 90 يومًا، لذا انتهى تسجيله. لم يُفقد شيء: ما ينتظر يبقى على هذا الجهاز. سجّل مرة أخرى برمز جديد.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a hub yet. Enrol with a code from the hub first.</source>
        <comment>@info:status</comment>
        <translation>هذا الجهاز غير مسجّل لدى مركز بعد. سجّل أولاً برمز من المركز.</translation>
    </message>
    <message>
        <source>The list of activity packs could not be fetched from the hub this time; it will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation>تعذّر جلب قائمة حِزم الأنشطة من المركز هذه المرة؛ ستُجلب في المرة القادمة.</translation>
    </message>
    <message>
        <source>The hub lists an activity pack whose name or version this app cannot read, so it was skipped. The hub&apos;s administrator can check the packs it publishes.</source>
        <comment>@info:status</comment>
        <translation>يعرض المركز حزمة أنشطة لا يستطيع هذا التطبيق قراءة اسمها أو إصدارها، لذلك تم تخطيها. يمكن لمسؤول المركز التحقق من الحِزم التي ينشرها.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 could not be fetched this time; it will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation>تعذّر جلب حزمة الأنشطة &quot;%1&quot; الإصدار %2 هذه المرة؛ ستُجلب في المرة القادمة.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 arrived changed on the way (it does not match the hub&apos;s checksum), so it was not used. It will be fetched again next time.</source>
        <comment>@info:status</comment>
        <translation>وصلت حزمة الأنشطة &quot;%1&quot; الإصدار %2 متغيّرة في الطريق (لا تطابق المجموع الاختباري للمركز)، لذلك لم تُستخدم. ستُجلب مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 from the hub is not a valid pack, so it was not used. The hub&apos;s administrator can check it against the example pack (chorus-hub example-pack). What is wrong, in the pack format&apos;s terms: %3</source>
        <comment>@info:status; %3 is the pack checker&apos;s technical reason</comment>
        <translation>حزمة الأنشطة &quot;%1&quot; الإصدار %2 من المركز ليست حزمة صالحة، لذلك لم تُستخدم. يمكن لمسؤول المركز مقارنتها بالحزمة النموذجية (chorus-hub example-pack). الخطأ بمصطلحات صيغة الحزمة: %3</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 from the hub differs from the pack with the same name and version on this device, so it was not used. The hub&apos;s administrator should publish the changed pack with a new version number.</source>
        <comment>@info:status</comment>
        <translation>حزمة الأنشطة &quot;%1&quot; الإصدار %2 من المركز تختلف عن الحزمة التي تحمل الاسم والإصدار نفسيهما على هذا الجهاز، لذلك لم تُستخدم. على مسؤول المركز نشر الحزمة المعدّلة برقم إصدار جديد.</translation>
    </message>
    <message>
        <source>Activity pack &quot;%1&quot; version %2 could not be kept on this device; it will be tried again next time.</source>
        <comment>@info:status</comment>
        <translation>تعذّر حفظ حزمة الأنشطة &quot;%1&quot; الإصدار %2 على هذا الجهاز؛ ستتم المحاولة مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>The consultation &quot;%1&quot; is published on the hub too; this device keeps its own, made here.</source>
        <comment>@info:status</comment>
        <translation>الاستشارة &quot;%1&quot; منشورة على المركز أيضًا؛ يحتفظ هذا الجهاز بنسخته الخاصة التي أُنشئت هنا.</translation>
    </message>
    <message>
        <source>The hub does not take records of how sessions went yet. They wait on this device until the hub is updated; the answers were sent.</source>
        <comment>@info:status</comment>
        <translation>لا يستقبل المركز بعدُ سجلات عن سير الجلسات. تبقى على هذا الجهاز حتى يُحدَّث المركز؛ أما الإجابات فقد أُرسلت.</translation>
    </message>
    <message>
        <source>The hub did not take the consultation &quot;%1&quot; made on this device, so its answers wait here. Ask the hub&apos;s administrator; nothing was lost.</source>
        <comment>@info:status</comment>
        <translation>لم يقبل المركز الاستشارة &quot;%1&quot; التي أُنشئت على هذا الجهاز، لذا تنتظر إجاباتها هنا. اسأل مسؤول المركز؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>Consultations from the hub could not be fetched or kept this time; they will be fetched again next time.</source>
        <comment>@info:status</comment>
        <translation>تعذّر جلب الاستشارات من المركز أو الاحتفاظ بها هذه المرة؛ سيتم جلبها مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot; updates could not be fetched this time; they will be fetched next time.</source>
        <comment>@info:status</comment>
        <translation>تعذّر جلب تحديثات &quot;قلتم، فعلنا&quot; هذه المرة؛ ستُجلب في المرة القادمة.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address like https://hub.example.org</source>
        <comment>@info:status</comment>
        <translation>أدخل عنوان المركز بهذا الشكل https://hub.example.org</translation>
    </message>
    <message>
        <source>The hub&apos;s address must begin with https:// so that what is sent is protected.</source>
        <comment>@info:status</comment>
        <translation>يجب أن يبدأ عنوان المركز بـ https:// لكي يكون ما يُرسل محمياً.</translation>
    </message>
    <message>
        <source>An enrolment code has 12 letters and digits, like ABCD-EFGH-JKMN. Check the code and try again.</source>
        <comment>@info:status</comment>
        <translation>رمز التسجيل مكوّن من 12 حرفاً ورقماً، مثل ABCD-EFGH-JKMN. تحقّق من الرمز وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The certificate authority file holds no certificate.</source>
        <comment>@info:status</comment>
        <translation>لا يحتوي ملف جهة إصدار الشهادات على أي شهادة.</translation>
    </message>
    <message>
        <source>The certificate authority file could not be read.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءة ملف جهة إصدار الشهادات.</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation>انتهت صلاحية هذا الرمز. اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask for a new one.</source>
        <comment>@info:status</comment>
        <translation>استُخدم هذا الرمز من قبل. اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <source>The hub does not know this code. Check it and try again.</source>
        <comment>@info:status</comment>
        <translation>لا يعرف المركز هذا الرمز. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No Chorus hub answers at %1. Check the address.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد مركز Chorus يُجيب على %1. تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>The hub refused the enrolment: %1</source>
        <comment>@info:status</comment>
        <translation>رفض المركز التسجيل: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read; nothing was saved. The hub may need an update.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءة ردّ المركز؛ لم يُحفظ شيء. قد يحتاج المركز إلى تحديث.</translation>
    </message>
    <message>
        <source>The hub&apos;s security certificate could not be read; nothing was saved.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءة شهادة أمان المركز؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Choose from 1 to 100 devices.</source>
        <comment>@info:status</comment>
        <translation>اختر من 1 إلى 100 جهاز.</translation>
    </message>
    <message>
        <source>Choose a time from 1 hour to 30 days.</source>
        <comment>@info:status</comment>
        <translation>اختر مدة من ساعة واحدة إلى 30 يوماً.</translation>
    </message>
    <message>
        <source>Only a practitioner&apos;s device can make invites; this device joined with an invite itself.</source>
        <comment>@info:status</comment>
        <translation>جهاز الأخصائي وحده يمكنه إنشاء الدعوات؛ هذا الجهاز انضم بدعوة بنفسه.</translation>
    </message>
    <message>
        <source>The hub refused the invite: %1</source>
        <comment>@info:status</comment>
        <translation>رفض المركز الدعوة: %1</translation>
    </message>
</context>
<context>
    <name>TeamActionsPage</name>
    <message>
        <source>You said, we did</source>
        <comment>@title:page</comment>
        <translation>قلتم، فعلنا</translation>
    </message>
    <message>
        <source>Action saved as a draft. Children see it only once it is published.</source>
        <comment>@info:status</comment>
        <translation>حُفظ الإجراء كمسودة. لن يراه الأطفال إلا بعد نشره.</translation>
    </message>
    <message>
        <source>Action published. It goes to the children&apos;s devices at their next sync.</source>
        <comment>@info:status</comment>
        <translation>نُشر الإجراء. سيصل إلى أجهزة الأطفال عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Publish this action? It goes to the devices of the children whose feedback it is linked to, and they will read it.</source>
        <comment>@info</comment>
        <translation>هل تريد نشر هذا الإجراء؟ سيصل إلى أجهزة الأطفال المرتبطة ملاحظاتهم به، وسيقرؤونه.</translation>
    </message>
    <message>
        <source>Publish now</source>
        <comment>@action:button</comment>
        <translation>انشر الآن</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <comment>@action:button</comment>
        <translation>لا تنشر</translation>
    </message>
    <message>
        <source>Write a new action</source>
        <comment>@action:button</comment>
        <translation>كتابة إجراء جديد</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <comment>@title:group</comment>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <source>New action</source>
        <comment>@title:group</comment>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>You said (what we heard)</source>
        <comment>@label:textbox</comment>
        <translation>قلتم (ما سمعناه)</translation>
    </message>
    <message>
        <source>You said</source>
        <comment>@label:textbox</comment>
        <translation>قلتم</translation>
    </message>
    <message>
        <source>We did (what we did or will do)</source>
        <comment>@label:textbox</comment>
        <translation>فعلنا (ما فعلناه أو سنفعله)</translation>
    </message>
    <message>
        <source>We did</source>
        <comment>@label:textbox</comment>
        <translation>فعلنا</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <comment>@option:radio</comment>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <comment>@label:textbox</comment>
        <translation>التاريخ (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label:textbox</comment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Link to themes</source>
        <comment>@title:group</comment>
        <translation>الربط بالمحاور</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <comment>@info</comment>
        <translation>لا توجد محاور بعد.</translation>
    </message>
    <message>
        <source>Link theme: %1</source>
        <comment>@option:check</comment>
        <translation>ربط المحور: %1</translation>
    </message>
    <message>
        <source>Link to feedback records</source>
        <comment>@title:group</comment>
        <translation>الربط بسجلات الملاحظات</translation>
    </message>
    <message>
        <source>Linked records: %1</source>
        <comment>@info:status</comment>
        <translation>السجلات المرتبطة: %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>@action:button</comment>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@action:button</comment>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Save action</source>
        <comment>@action:button</comment>
        <translation>حفظ الإجراء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>@title:group</comment>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <comment>@info</comment>
        <translation>لا توجد إجراءات بعد.</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <comment>@info</comment>
        <translation>قلتم: %1</translation>
    </message>
    <message>
        <source>We did: %1</source>
        <comment>@info</comment>
        <translation>فعلنا: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info action status, date</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Linked records: %1; linked themes: %2</source>
        <comment>@info</comment>
        <translation>السجلات المرتبطة: %1؛ المحاور المرتبطة: %2</translation>
    </message>
    <message>
        <source>Published: children can see it</source>
        <comment>@info:status</comment>
        <translation>منشور: يمكن للأطفال رؤيته</translation>
    </message>
    <message>
        <source>Draft: not sent to anyone yet</source>
        <comment>@info:status</comment>
        <translation>مسودة: لم تُرسل إلى أحد بعد</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <comment>@info:accessible action state</comment>
        <translation>منشور: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>@info:accessible action state</comment>
        <translation>مسودة: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit action: %1</source>
        <comment>@action:button</comment>
        <translation>تعديل الإجراء: %1</translation>
    </message>
    <message>
        <source>Publish again</source>
        <comment>@action:button</comment>
        <translation>النشر مرة أخرى</translation>
    </message>
    <message>
        <source>Publish</source>
        <comment>@action:button</comment>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Publish action: %1</source>
        <comment>@action:button</comment>
        <translation>نشر الإجراء: %1</translation>
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
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info label: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <comment>@info</comment>
        <translation>المجموع: %1</translation>
    </message>
    <message>
        <source>The hub has no consultations yet.</source>
        <comment>@info</comment>
        <translation>لا توجد استشارات في المركز بعد.</translation>
    </message>
    <message>
        <source>Load the consultations again</source>
        <comment>@action:button</comment>
        <translation>حمّل الاستشارات مرة أخرى</translation>
    </message>
    <message>
        <source>Voices heard by role</source>
        <comment>@title:group</comment>
        <translation>الأصوات المسموعة حسب الدور</translation>
    </message>
    <message>
        <source>Voices heard by age band</source>
        <comment>@title:group</comment>
        <translation>الأصوات المسموعة حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Voices heard by week</source>
        <comment>@title:group</comment>
        <translation>الأصوات المسموعة حسب الأسبوع</translation>
    </message>
    <message>
        <source>Each shared answer counts as one voice: the hub cannot tell people apart. Groups smaller than %1 are not shown.</source>
        <comment>@info</comment>
        <translation>كل إجابة مشتركة تُحسب صوتًا واحدًا: لا يستطيع المركز التمييز بين الأشخاص. لا تُعرض المجموعات الأصغر من %1.</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>%1 — voices heard: %2, active</source>
        <comment>@action:button consultation: its id, a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 — الأصوات المسموعة: %2، نشطة</translation>
    </message>
    <message>
        <source>%1 — voices heard: %2</source>
        <comment>@action:button consultation: its id, a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 — الأصوات المسموعة: %2</translation>
    </message>
    <message>
        <source>%1 (%2) — answers: %3</source>
        <comment>@info activity (prompt): a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 (%2) — الإجابات: %3</translation>
    </message>
    <message>
        <source>%1 — answers: %2</source>
        <comment>@info activity: a count or &quot;hidden to protect small groups&quot;</comment>
        <translation>%1 — الإجابات: %2</translation>
    </message>
</context>
<context>
    <name>TeamDevicesPage</name>
    <message>
        <source>Devices</source>
        <comment>@title:page</comment>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Devices that have not been in touch with the hub for 90 days expire and must enrol again. Revoke a device that is lost or stolen: it can no longer sync.</source>
        <comment>@info</comment>
        <translation>تنتهي صلاحية الأجهزة التي لم تتصل بالمركز منذ 90 يومًا ويجب تسجيلها مرة أخرى. ألغِ أي جهاز مفقود أو مسروق: لن يتمكن من المزامنة بعد ذلك.</translation>
    </message>
    <message>
        <source>Load the devices again</source>
        <comment>@action:button</comment>
        <translation>حمّل الأجهزة مرة أخرى</translation>
    </message>
    <message>
        <source>No device has enrolled with the hub yet.</source>
        <comment>@info</comment>
        <translation>لم يُسجَّل أي جهاز لدى المركز بعد.</translation>
    </message>
    <message>
        <source>%1, consultation %2</source>
        <comment>@info device role, consultation</comment>
        <translation>%1، الاستشارة %2</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <comment>@action:button device</comment>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <source>Yes, revoke %1</source>
        <comment>@action:button device</comment>
        <translation>نعم، ألغِ %1</translation>
    </message>
    <message>
        <source>It can no longer sync until it enrols again</source>
        <comment>@info:accessible</comment>
        <translation>لن يتمكن من المزامنة حتى يُسجَّل مرة أخرى</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>@action:button device</comment>
        <translation>الإبقاء على %1</translation>
    </message>
</context>
<context>
    <name>TeamExportPage</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@title:page</comment>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <comment>@title:window</comment>
        <translation>حفظ الملف المصدَّر باسم</translation>
    </message>
    <message>
        <source>Exports hold anonymised records and counts only. Small numbers stay hidden exactly as the hub hides them. Keep exported files somewhere safe.</source>
        <comment>@info</comment>
        <translation>تحتوي الملفات المصدّرة على سجلات مجهولة الهوية وأعداد فقط. تبقى الأعداد الصغيرة مخفية تمامًا كما يخفيها المركز. احفظ الملفات المصدّرة في مكان آمن.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <comment>@info:status</comment>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <comment>@info:status</comment>
        <translation>حُفظ %1 من الصفوف في %2.</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <comment>@title:group</comment>
        <translation>جدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>Export records (CSV)</source>
        <comment>@action:button</comment>
        <translation>تصدير السجلات (CSV)</translation>
    </message>
    <message>
        <source>Every anonymised record of this consultation, with its themes.</source>
        <comment>@info:accessible</comment>
        <translation>كل سجل مجهول الهوية في هذه الاستشارة، مع محاوره.</translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <comment>@action:button</comment>
        <translation>تصدير الأعداد (CSV)</translation>
    </message>
    <message>
        <source>Counts by role, age band and week.</source>
        <comment>@info:accessible</comment>
        <translation>الأعداد حسب الدور والفئة العمرية والأسبوع.</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <comment>@title:group</comment>
        <translation>التقرير (PDF)</translation>
    </message>
    <message>
        <source>PDF reports are not available in this build.</source>
        <comment>@info:status</comment>
        <translation>تقارير PDF غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>PDF report (English)</source>
        <comment>@action:button</comment>
        <translation>تقرير PDF (بالإنجليزية)</translation>
    </message>
    <message>
        <source>PDF report (Welsh)</source>
        <comment>@action:button</comment>
        <translation>تقرير PDF (بالويلزية)</translation>
    </message>
</context>
<context>
    <name>TeamFeedbackPage</name>
    <message>
        <source>Feedback</source>
        <comment>@title:page</comment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Choose a consultation first.</source>
        <comment>@info</comment>
        <translation>اختر استشارة أولًا.</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>@title:group</comment>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>All activities</source>
        <comment>@action:button filter</comment>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@action:button filter: activity (prompt)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <comment>@title:group</comment>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <source>All kinds</source>
        <comment>@action:button filter</comment>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Only answers marked as quotable</source>
        <comment>@option:check</comment>
        <translation>الإجابات المعلَّمة كقابلة للاقتباس فقط</translation>
    </message>
    <message>
        <source>Choose an activity to see its charts.</source>
        <comment>@info</comment>
        <translation>اختر نشاطًا لترى مخططاته.</translation>
    </message>
    <message>
        <source>Answers to this activity: %1</source>
        <comment>@info</comment>
        <translation>الإجابات على هذا النشاط: %1</translation>
    </message>
    <message>
        <source>Feelings scale: answers at each point</source>
        <comment>@title:group</comment>
        <translation>مقياس المشاعر: الإجابات عند كل نقطة</translation>
    </message>
    <message>
        <source>Choices: how many chose each</source>
        <comment>@title:group</comment>
        <translation>الاختيارات: كم شخصًا اختار كلًّا منها</translation>
    </message>
    <message>
        <source>Card sort: ranked</source>
        <comment>@title:group</comment>
        <translation>ترتيب البطاقات: حسب الرتبة</translation>
    </message>
    <message>
        <source>%1. %2: first for %3, placed by %4</source>
        <comment>@info rank. card: counts</comment>
        <translation>%1. %2: الأولى عند %3، وضعها %4</translation>
    </message>
    <message>
        <source>Circle “%1”: who put each card there</source>
        <comment>@title:group</comment>
        <translation>الدائرة «%1»: من وضع كل بطاقة فيها</translation>
    </message>
    <message>
        <source>Written answers: %1</source>
        <comment>@info</comment>
        <translation>الإجابات المكتوبة: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>@info</comment>
        <translation>الإجابات: %1</translation>
    </message>
    <message>
        <source>Answers so far: %1 (more load as you scroll)</source>
        <comment>@info</comment>
        <translation>الإجابات حتى الآن: %1 (يُحمَّل المزيد أثناء التمرير)</translation>
    </message>
    <message>
        <source>Answers</source>
        <comment>@info:accessible</comment>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Scroll the answers</source>
        <comment>@info:accessible</comment>
        <translation>مرّر الإجابات</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>@info:accessible activity, kind: answer</comment>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Loading</source>
        <comment>@info:accessible</comment>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>%1 · %2 · week %3 · age %4 · %5</source>
        <comment>@info record details</comment>
        <translation>%1 · %2 · الأسبوع %3 · العمر %4 · %5</translation>
    </message>
    <message>
        <source>quotable</source>
        <comment>@info</comment>
        <translation>قابلة للاقتباس</translation>
    </message>
    <message>
        <source>The shared drawing</source>
        <comment>@info:accessible</comment>
        <translation>الرسم المشترك</translation>
    </message>
    <message>
        <source>Show the drawing smaller</source>
        <comment>@action:button</comment>
        <translation>عرض الرسمة أصغر</translation>
    </message>
    <message>
        <source>Show the drawing larger</source>
        <comment>@action:button</comment>
        <translation>عرض الرسمة أكبر</translation>
    </message>
</context>
<context>
    <name>TeamFilterButton</name>
    <message>
        <source>chosen</source>
        <comment>@info:accessible</comment>
        <translation>مُختار</translation>
    </message>
</context>
<context>
    <name>TeamFrameworkPage</name>
    <message>
        <source>Framework</source>
        <comment>@title:page</comment>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Conditions for innovation in children&apos;s social care: %1 clusters, %2 parameters. Numbers come from the feedback on the hub; parameters that Chorus does not measure say so.</source>
        <comment>@info</comment>
        <translation>شروط الابتكار في الرعاية الاجتماعية للأطفال: %1 مجموعات، %2 معيارًا. الأرقام مأخوذة من الملاحظات على المركز؛ والمعايير التي لا يقيسها Chorus تذكر ذلك.</translation>
    </message>
    <message>
        <source>Show figures for every consultation</source>
        <comment>@option:check</comment>
        <translation>عرض أرقام كل الاستشارات</translation>
    </message>
    <message>
        <source>Figures for every consultation on the hub.</source>
        <comment>@info</comment>
        <translation>أرقام لكل الاستشارات على المركز.</translation>
    </message>
    <message>
        <source>Figures for this consultation.</source>
        <comment>@info</comment>
        <translation>أرقام لهذه الاستشارة.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <comment>@title framework cluster</comment>
        <translation>المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>TeamParticipationPage</name>
    <message>
        <source>Participation</source>
        <comment>@title:page</comment>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Who we have heard and who not yet, which ways of asking worked, whether the team listened and acted, and how long it took. Small numbers are hidden to protect children.</source>
        <comment>@info</comment>
        <translation>من سمعنا ومن لم نسمع بعد، وأي طرق السؤال نجحت، وهل استمع الفريق وتصرّف، وكم استغرق ذلك من وقت. تُخفى الأعداد الصغيرة لحماية الأطفال.</translation>
    </message>
    <message>
        <source>Show figures for every consultation</source>
        <comment>@option:check</comment>
        <translation>عرض الأرقام لكل الاستشارات</translation>
    </message>
    <message>
        <source>Who we mean to hear</source>
        <comment>@title:group</comment>
        <translation>من ننوي سماعهم</translation>
    </message>
    <message>
        <source>How many people of each group the team hopes to hear in this consultation, notes on groups to reach, and the practitioner hours planned. Leave a box empty for a group you do not count.</source>
        <comment>@info</comment>
        <translation>كم شخصًا من كل فئة يأمل الفريق أن يسمعه في هذه الاستشارة، وملاحظات عن الفئات التي يجب الوصول إليها، وساعات عمل الممارسين المخطط لها. اترك الخانة فارغة لفئة لا تعدّها.</translation>
    </message>
    <message>
        <source>Groups to reach (for example care leavers, disabled children)</source>
        <comment>@label:textbox</comment>
        <translation>فئات يجب الوصول إليها (مثل الخارجين من الرعاية والأطفال ذوي الإعاقة)</translation>
    </message>
    <message>
        <source>Groups to reach</source>
        <comment>@label:textbox</comment>
        <translation>فئات يجب الوصول إليها</translation>
    </message>
    <message>
        <source>Practitioner hours planned</source>
        <comment>@label:textbox</comment>
        <translation>ساعات الممارسين المخطط لها</translation>
    </message>
    <message>
        <source>Save who we mean to hear</source>
        <comment>@action:button</comment>
        <translation>حفظ من نقصد أن نسمع</translation>
    </message>
    <message>
        <source>%1: how many we hope to hear</source>
        <comment>@label:textbox</comment>
        <translation>%1: كم نأمل أن نسمع</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Consultations</source>
        <comment>@title:tab</comment>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>@title:tab</comment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@title:page</comment>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Team review</source>
        <comment>@title:page</comment>
        <translation>مراجعة الفريق</translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation>تسجيل دخول الفريق</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>@action:button</comment>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Back to Chorus</source>
        <comment>@action:button</comment>
        <translation>العودة إلى Chorus</translation>
    </message>
    <message>
        <source>Signs out of the team&apos;s hub and goes back</source>
        <comment>@info:accessible</comment>
        <translation>يسجّل الخروج من مركز الفريق ويعود</translation>
    </message>
    <message>
        <source>Team sections</source>
        <comment>@info:accessible</comment>
        <translation>أقسام الفريق</translation>
    </message>
    <message>
        <source>Themes</source>
        <comment>@title:tab</comment>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <comment>@title:tab</comment>
        <translation>قلتم، فعلنا</translation>
    </message>
    <message>
        <source>Framework</source>
        <comment>@title:tab</comment>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@title:tab</comment>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Devices</source>
        <comment>@title:tab</comment>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Participation</source>
        <comment>@title:tab</comment>
        <translation>المشاركة</translation>
    </message>
</context>
<context>
    <name>TeamSignInPage</name>
    <message>
        <source>Team sign-in</source>
        <comment>@title:page</comment>
        <translation>تسجيل دخول الفريق</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s hub</source>
        <comment>@title:page</comment>
        <translation>سجّل الدخول إلى مركز فريقك</translation>
    </message>
    <message>
        <source>Read what children and families said, without names. You need the account your hub&apos;s administrator made for you.</source>
        <comment>@info</comment>
        <translation>اقرأ ما قاله الأطفال والعائلات، من دون أسماء. تحتاج إلى الحساب الذي أنشأه لك مسؤول المركز.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <comment>@label:textbox</comment>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>This is my first sign-in: I have a one-time code</source>
        <comment>@option:check</comment>
        <translation>هذا أول تسجيل دخول لي: لديّ رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>One-time code</source>
        <comment>@label:textbox</comment>
        <translation>رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters)</source>
        <comment>@label:textbox</comment>
        <translation>عبارة مرور جديدة (12 حرفًا على الأقل)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>@info</comment>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>TeamThemesPage</name>
    <message>
        <source>Themes</source>
        <comment>@title:page</comment>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Theme created.</source>
        <comment>@info:status</comment>
        <translation>أُنشئ المحور.</translation>
    </message>
    <message>
        <source>The picked records are tagged.</source>
        <comment>@info:status</comment>
        <translation>وُسمت السجلات المختارة.</translation>
    </message>
    <message>
        <source>The theme is removed from the picked records.</source>
        <comment>@info:status</comment>
        <translation>أُزيل المحور من السجلات المختارة.</translation>
    </message>
    <message>
        <source>Marked quotable.</source>
        <comment>@info:status</comment>
        <translation>وُسم كقابل للاقتباس.</translation>
    </message>
    <message>
        <source>No longer quotable.</source>
        <comment>@info:status</comment>
        <translation>لم يعد قابلًا للاقتباس.</translation>
    </message>
    <message>
        <source>New theme</source>
        <comment>@label:textbox</comment>
        <translation>محور جديد</translation>
    </message>
    <message>
        <source>New theme name</source>
        <comment>@label:textbox</comment>
        <translation>اسم المحور الجديد</translation>
    </message>
    <message>
        <source>Create theme</source>
        <comment>@action:button</comment>
        <translation>إنشاء محور</translation>
    </message>
    <message>
        <source>Themes in this consultation</source>
        <comment>@title:group</comment>
        <translation>المحاور في هذه الاستشارة</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <comment>@info</comment>
        <translation>لا توجد محاور بعد.</translation>
    </message>
    <message>
        <source>Picked records: %1</source>
        <comment>@info:status</comment>
        <translation>السجلات المختارة: %1</translation>
    </message>
    <message>
        <source>%1, records tagged: %2</source>
        <comment>@item theme name and its count</comment>
        <translation>%1، السجلات الموسومة: %2</translation>
    </message>
    <message>
        <source>Show feedback for %1</source>
        <comment>@action:button</comment>
        <translation>عرض ملاحظات %1</translation>
    </message>
    <message>
        <source>Tag picked records with %1</source>
        <comment>@action:button</comment>
        <translation>وسم السجلات المختارة بـ %1</translation>
    </message>
    <message>
        <source>Remove %1 from picked records</source>
        <comment>@action:button</comment>
        <translation>إزالة %1 من السجلات المختارة</translation>
    </message>
    <message>
        <source>Feedback behind %1</source>
        <comment>@title:group</comment>
        <translation>الملاحظات وراء %1</translation>
    </message>
    <message>
        <source>All feedback</source>
        <comment>@title:group</comment>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <source>Show all feedback</source>
        <comment>@action:button</comment>
        <translation>عرض كل الملاحظات</translation>
    </message>
    <message>
        <source>Clear picks</source>
        <comment>@action:button</comment>
        <translation>مسح الاختيارات</translation>
    </message>
    <message>
        <source>No feedback to show.</source>
        <comment>@info</comment>
        <translation>لا توجد ملاحظات لعرضها.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>@action:button</comment>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@action:button</comment>
        <translation>الصفحة التالية</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>a drawing</source>
        <comment>@item feedback without words</comment>
        <translation>رسم</translation>
    </message>
    <message>
        <source>a voice note</source>
        <comment>@item feedback without words</comment>
        <translation>ملاحظة صوتية</translation>
    </message>
    <message>
        <source>no words</source>
        <comment>@item feedback without words</comment>
        <translation>بلا كلمات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item feedback kind: its words</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mobilisers</source>
        <comment>@title framework</comment>
        <translation>المحفّزات</translation>
    </message>
    <message>
        <source>Vision and values</source>
        <comment>@title framework</comment>
        <translation>الرؤية والقيم</translation>
    </message>
    <message>
        <source>Motivations</source>
        <comment>@title framework</comment>
        <translation>الدوافع</translation>
    </message>
    <message>
        <source>The case for change</source>
        <comment>@title framework</comment>
        <translation>مسوّغات التغيير</translation>
    </message>
    <message>
        <source>Design and implementation features</source>
        <comment>@title framework</comment>
        <translation>خصائص التصميم والتنفيذ</translation>
    </message>
    <message>
        <source>The degree of &apos;fit&apos;</source>
        <comment>@title framework</comment>
        <translation>درجة &apos;الملاءمة&apos;</translation>
    </message>
    <message>
        <source>The innovation design</source>
        <comment>@title framework</comment>
        <translation>تصميم الابتكار</translation>
    </message>
    <message>
        <source>Coproduction</source>
        <comment>@title framework</comment>
        <translation>الإنتاج المشترك</translation>
    </message>
    <message>
        <source>The implementation process</source>
        <comment>@title framework</comment>
        <translation>عملية التنفيذ</translation>
    </message>
    <message>
        <source>Operational capability</source>
        <comment>@title framework</comment>
        <translation>القدرة التشغيلية</translation>
    </message>
    <message>
        <source>Workforce capacity</source>
        <comment>@title framework</comment>
        <translation>قدرة القوى العاملة</translation>
    </message>
    <message>
        <source>Workforce knowledge and skills</source>
        <comment>@title framework</comment>
        <translation>معارف القوى العاملة ومهاراتها</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>@title framework</comment>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Leadership</source>
        <comment>@title framework</comment>
        <translation>القيادة</translation>
    </message>
    <message>
        <source>Organisational culture, climate and processes</source>
        <comment>@title framework</comment>
        <translation>الثقافة والمناخ والعمليات في المؤسسة</translation>
    </message>
    <message>
        <source>Collaboration and participation</source>
        <comment>@title framework</comment>
        <translation>التعاون والمشاركة</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <comment>@title framework</comment>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>Trust, emotions and relationships</source>
        <comment>@title framework</comment>
        <translation>الثقة والمشاعر والعلاقات</translation>
    </message>
    <message>
        <source>Learning and evaluation</source>
        <comment>@title framework</comment>
        <translation>التعلّم والتقييم</translation>
    </message>
    <message>
        <source>The macro context</source>
        <comment>@title framework</comment>
        <translation>السياق الكلي</translation>
    </message>
    <message>
        <source>Professional and regulatory conditions</source>
        <comment>@title framework</comment>
        <translation>الظروف المهنية والتنظيمية</translation>
    </message>
    <message>
        <source>Political and policy agendas</source>
        <comment>@title framework</comment>
        <translation>الأجندات السياسية وأجندات السياسات</translation>
    </message>
    <message>
        <source>Public perceptions</source>
        <comment>@title framework</comment>
        <translation>تصورات الجمهور</translation>
    </message>
    <message>
        <source>Chorus collects no data for this parameter.</source>
        <comment>@info framework</comment>
        <translation>لا يجمع Chorus بيانات لهذا المعيار.</translation>
    </message>
    <message>
        <source>no feedback has been received yet.</source>
        <comment>@info framework</comment>
        <translation>لم تصل أي ملاحظات بعد.</translation>
    </message>
    <message>
        <source>Words</source>
        <comment>@item feedback kind</comment>
        <translation>كلمات</translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>@item feedback kind</comment>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Scale</source>
        <comment>@item feedback kind</comment>
        <translation>مقياس</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@item feedback kind</comment>
        <translation>ترتيب البطاقات</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@item feedback kind</comment>
        <translation>رسم</translation>
    </message>
    <message>
        <source>Voice note</source>
        <comment>@item feedback kind</comment>
        <translation>ملاحظة صوتية</translation>
    </message>
    <message>
        <source>Three houses or circles</source>
        <comment>@item feedback kind</comment>
        <translation>البيوت الثلاثة أو الدوائر</translation>
    </message>
    <message>
        <source>Child</source>
        <comment>@item role of the person heard</comment>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Young person</source>
        <comment>@item role of the person heard</comment>
        <translation>شاب</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@item role of the person heard</comment>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@item role of the person heard</comment>
        <translation>مقدّم رعاية</translation>
    </message>
    <message>
        <source>Under 5</source>
        <comment>@item age band</comment>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>Adult</source>
        <comment>@item age band</comment>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>@item age band, e.g. 8-11 years</comment>
        <translation>%1 سنوات</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>@item action status</comment>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Doing</source>
        <comment>@item action status</comment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@item action status</comment>
        <translation>تم</translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <comment>@info a hidden count: small, hidden with a small one, or a zero</comment>
        <translation>مخفي لحماية المجموعات الصغيرة</translation>
    </message>
</context>
<context>
    <name>ThreeHousesActivity</name>
    <message>
        <source>House of worries</source>
        <comment>@title three houses</comment>
        <translation>بيت المخاوف</translation>
    </message>
    <message>
        <source>House of good things</source>
        <comment>@title three houses</comment>
        <translation>بيت الأشياء الجميلة</translation>
    </message>
    <message>
        <source>House of dreams</source>
        <comment>@title three houses</comment>
        <translation>بيت الأحلام</translation>
    </message>
    <message>
        <source>What worries you? What is hard?</source>
        <comment>@info three houses</comment>
        <translation>ما الذي يقلقك؟ ما الصعب عليك؟</translation>
    </message>
    <message>
        <source>What is good in your life? What goes well?</source>
        <comment>@info three houses</comment>
        <translation>ما الجميل في حياتك؟ ما الذي يسير بشكل جيد؟</translation>
    </message>
    <message>
        <source>What do you wish for? What would make things better?</source>
        <comment>@info three houses</comment>
        <translation>بماذا تحلم؟ ما الذي يجعل الأمور أفضل؟</translation>
    </message>
    <message>
        <source>Take out</source>
        <comment>@action:button three houses</comment>
        <translation>أخرِج</translation>
    </message>
    <message>
        <source>Take out: %1</source>
        <comment>@action:button three houses</comment>
        <translation>أخرِج: %1</translation>
    </message>
    <message>
        <source>Words for this house</source>
        <comment>@label:textbox three houses</comment>
        <translation>كلمات لهذا البيت</translation>
    </message>
    <message>
        <source>Put in the house</source>
        <comment>@action:button three houses</comment>
        <translation>ضعها في البيت</translation>
    </message>
    <message>
        <source>Voice notes in this house: %1</source>
        <comment>@info three houses</comment>
        <translation>الملاحظات الصوتية في هذا البيت: %1</translation>
    </message>
</context>
<context>
    <name>UnavailableActivity</name>
    <message>
        <source>This activity is not ready yet. Tap Skip to go on.</source>
        <comment>@info</comment>
        <translation>هذا النشاط ليس جاهزًا بعد. المس «تخطَّ» للمتابعة.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <comment>@title:page</comment>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Chorus is locked</source>
        <comment>@title:page</comment>
        <translation>Chorus مقفل</translation>
    </message>
    <message>
        <source>Type the passphrase for this device to carry on.</source>
        <comment>@info</comment>
        <translation>اكتب عبارة المرور الخاصة بهذا الجهاز للمتابعة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <comment>@label:textbox</comment>
        <translation>رقمك السري</translation>
    </message>
    <message>
        <source>Open my answers</source>
        <comment>@action:button</comment>
        <translation>افتح إجاباتي</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Team sign-in</source>
        <comment>@action:button</comment>
        <translation>تسجيل دخول الفريق</translation>
    </message>
    <message>
        <source>Read the feedback your team&apos;s hub holds</source>
        <comment>@info:accessible</comment>
        <translation>اقرأ الملاحظات المحفوظة في مركز فريقك</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Use the recovery key</source>
        <comment>@action:button</comment>
        <translation>نسيت عبارة المرور؟ استخدم مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Open Chorus with the recovery key written down when it was set up, then choose a new passphrase</source>
        <comment>@info:accessible</comment>
        <translation>افتح Chorus بمفتاح الاسترداد الذي دُوّن عند إعداده، ثم اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <comment>@action:button</comment>
        <translation>العودة إلى عبارة المرور</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <comment>@title:page</comment>
        <translation>أهلًا بعودتك</translation>
    </message>
    <message>
        <source>Type your PIN to open your answers.</source>
        <comment>@info</comment>
        <translation>اكتب رقمك السري لفتح إجاباتك.</translation>
    </message>
    <message>
        <source>Forgotten your PIN? Your practitioner can give you a new invite.</source>
        <comment>@info</comment>
        <translation>نسيت رقمك السري؟ يمكن للأخصائي أن يعطيك دعوة جديدة.</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <source>Your role or staff code</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>دورك أو رمز الموظف</translation>
    </message>
    <message>
        <source>Why you judge that the child understands</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>لماذا ترى أن الطفل يفهم</translation>
    </message>
    <message>
        <source>A made-up name for you</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>اسم مستعار لك</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What it is for, in words a child understands</source>
        <comment>@label:textbox field named in an error</comment>
        <translation>الغرض منها، بكلمات يفهمها الطفل</translation>
    </message>
    <message>
        <source>Keep answers for this many days</source>
        <comment>@label:spinbox field named in an error</comment>
        <translation>الاحتفاظ بالإجابات لهذا العدد من الأيام</translation>
    </message>
    <message>
        <source>Activities, in order</source>
        <comment>@label field named in an error</comment>
        <translation>الأنشطة، بالترتيب</translation>
    </message>
    <message>
        <source>Your answer</source>
        <comment>@label field named in an error</comment>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Who is saying yes or no?</source>
        <comment>@label field named in an error</comment>
        <translation>من يقول نعم أو لا؟</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>@label field named in an error</comment>
        <translation>اختياراتك</translation>
    </message>
    <message>
        <source>That passphrase or key is not right.</source>
        <comment>@info:status</comment>
        <translation>عبارة المرور أو المفتاح غير صحيح.</translation>
    </message>
    <message>
        <source>Too many wrong tries: the data on this device can no longer be opened.</source>
        <comment>@info:status</comment>
        <translation>محاولات خاطئة كثيرة جدًا: لم يعد من الممكن فتح البيانات الموجودة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The data on this device is damaged and could not be read. Nothing more was changed; ask your administrator for help.</source>
        <comment>@info:status</comment>
        <translation>البيانات على هذا الجهاز تالفة وتعذّرت قراءتها. لم يتغيّر شيء آخر؛ اطلب المساعدة من المسؤول.</translation>
    </message>
    <message>
        <source>It is no longer on this device; it may have been deleted.</source>
        <comment>@info:status</comment>
        <translation>لم يعد موجودًا على هذا الجهاز؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>Not saved: no consent in force covers this answer. Record the consent first.</source>
        <comment>@info:status</comment>
        <translation>لم يُحفظ: لا توجد موافقة سارية تشمل هذه الإجابة. سجّل الموافقة أولًا.</translation>
    </message>
    <message>
        <source>There is not enough space on this device. Nothing was lost; free some space and try again.</source>
        <comment>@info:status</comment>
        <translation>لا توجد مساحة كافية على هذا الجهاز. لم يضِع شيء؛ وفّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The data on this device could not be read or written just now. Nothing was lost; try again, and restart the app if it happens again.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءة البيانات على هذا الجهاز أو كتابتها الآن. لم يضِع شيء؛ حاول مرة أخرى، وأعد تشغيل التطبيق إذا تكرر ذلك.</translation>
    </message>
    <message>
        <source>Someone in this consultation already has that made-up name. Choose another.</source>
        <comment>@info:status</comment>
        <translation>يوجد شخص في هذه الاستشارة يحمل هذا الاسم المستعار. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The made-up name looks like contact details. Choose a made-up name with no email address or phone number.</source>
        <comment>@info:status</comment>
        <translation>يبدو الاسم المستعار مثل بيانات اتصال. اختر اسمًا مستعارًا بلا بريد إلكتروني أو رقم هاتف.</translation>
    </message>
    <message>
        <source>Write something first: an empty answer is not saved.</source>
        <comment>@info:status</comment>
        <translation>اكتب شيئًا أولًا: الإجابة الفارغة لا تُحفظ.</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <comment>@info:status a field left empty</comment>
        <translation>يرجى ملء “%1”.</translation>
    </message>
    <message>
        <source>“%1” is too long or empty: use at most %2 characters.</source>
        <comment>@info:status</comment>
        <translation>“%1” طويل جدًا أو فارغ: استخدم %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>“%1” was not accepted. Check it and try again.</source>
        <comment>@info:status</comment>
        <translation>لم يُقبل “%1”. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That is already here.</source>
        <comment>@info:status</comment>
        <translation>هذا موجود هنا بالفعل.</translation>
    </message>
    <message>
        <source>This could not be saved because something in it was not as this app expects. Nothing was lost; try again, and tell your administrator if it happens again.</source>
        <comment>@info:status</comment>
        <translation>تعذّر الحفظ لأن شيئًا فيه لم يكن كما يتوقع هذا التطبيق. لم يضِع شيء؛ حاول مرة أخرى، وأخبر المسؤول إذا تكرر ذلك.</translation>
    </message>
</context>
<context>
    <name>VoiceAnswer</name>
    <message>
        <source>Or say it</source>
        <comment>@title:group voice note</comment>
        <translation>أو قلها بصوتك</translation>
    </message>
    <message>
        <source>Your voice note is kept (%1). Keeping typed words instead will replace it.</source>
        <comment>@info:status</comment>
        <translation>تم حفظ ملاحظتك الصوتية (%1). إذا حفظت كلمات مكتوبة بدلًا منها فستحل محلها.</translation>
    </message>
</context>
<context>
    <name>VoiceNotePlayer</name>
    <message>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Listen</source>
        <comment>@action:button voice note</comment>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Plays your voice note</source>
        <comment>@info:accessible</comment>
        <translation>يشغّل ملاحظتك الصوتية</translation>
    </message>
    <message>
        <source>Place in the voice note</source>
        <comment>@label:slider</comment>
        <translation>الموضع في الملاحظة الصوتية</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:accessible time played of total</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info time played of total</comment>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>VoiceNoteRecorder</name>
    <message>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد ميكروفون على هذا الجهاز. يمكنك كتابة إجابتك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Type instead</source>
        <comment>@action:button</comment>
        <translation>اكتب بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>@action:button voice note</comment>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Record again</source>
        <comment>@action:button</comment>
        <translation>سجّل مرة أخرى</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <comment>@action:button</comment>
        <translation>سجّل صوتي</translation>
    </message>
    <message>
        <source>Stops recording and keeps what you said so far</source>
        <comment>@info:accessible</comment>
        <translation>يوقف التسجيل ويحفظ ما قلته حتى الآن</translation>
    </message>
    <message>
        <source>Records what you say. Nothing leaves this device.</source>
        <comment>@info:accessible</comment>
        <translation>يسجّل ما تقوله. لا شيء يغادر هذا الجهاز.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <comment>@action:button voice note</comment>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>@action:button voice note</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>@info:accessible voice level</comment>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Listening</source>
        <comment>@info:accessible voice level</comment>
        <translation>يستمع</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info time recorded of the most allowed</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Keep my voice note</source>
        <comment>@action:button</comment>
        <translation>احفظ ملاحظتي الصوتية</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>@action:button voice note</comment>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Throws this voice note away</source>
        <comment>@info:accessible</comment>
        <translation>يتخلص من هذه الملاحظة الصوتية</translation>
    </message>
</context>
<context>
    <name>WayRatingQuestion</name>
    <message>
        <source>Did you like telling us this way?</source>
        <comment>@label way rating</comment>
        <translation>هل أحببت أن تخبرنا بهذه الطريقة؟</translation>
    </message>
    <message>
        <source>I liked it</source>
        <comment>@label way rating</comment>
        <translation>أحببتها</translation>
    </message>
    <message>
        <source>It was OK</source>
        <comment>@label way rating</comment>
        <translation>كانت مقبولة</translation>
    </message>
    <message>
        <source>I did not like it</source>
        <comment>@label way rating</comment>
        <translation>لم أحبها</translation>
    </message>
    <message>
        <source>You do not have to answer this.</source>
        <comment>@info way rating</comment>
        <translation>لست مضطرًا للإجابة عن هذا.</translation>
    </message>
    <message>
        <source>Read the faces question aloud</source>
        <comment>@action:button</comment>
        <translation>اقرأ سؤال الوجوه بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>WeDidModel</name>
    <message>
        <source>What the team did could not be read. Please try again later.</source>
        <comment>@info:status</comment>
        <translation>تعذّرت قراءة ما فعله الفريق. يُرجى المحاولة لاحقًا.</translation>
    </message>
</context>
<context>
    <name>WeDidPage</name>
    <message>
        <source>We plan to:</source>
        <comment>@label before what the team will do</comment>
        <translation>ما نخطط له:</translation>
    </message>
    <message>
        <source>We are working on it:</source>
        <comment>@label before what the team is doing</comment>
        <translation>نعمل على ذلك الآن:</translation>
    </message>
    <message>
        <source>We did:</source>
        <comment>@label before what the team did</comment>
        <translation>ما فعلناه:</translation>
    </message>
    <message>
        <source>The team says:</source>
        <comment>@label before the team&apos;s words, status not known</comment>
        <translation>يقول الفريق:</translation>
    </message>
    <message>
        <source>When: %1</source>
        <comment>@info the date the team gave for an action</comment>
        <translation>متى: %1</translation>
    </message>
    <message>
        <source>What the team did</source>
        <comment>@title:page</comment>
        <translation>ماذا فعل الفريق</translation>
    </message>
    <message>
        <source>Go back</source>
        <comment>@action:button leave what the team did</comment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to your answers</source>
        <comment>@info:accessible</comment>
        <translation>العودة إلى إجاباتك</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <comment>@action:button</comment>
        <translation>للأخصائي</translation>
    </message>
    <message>
        <source>You told us what you think. This is what the team is doing about it.</source>
        <comment>@info what the team did</comment>
        <translation>أخبرتنا بما تفكر فيه. هذا ما يفعله الفريق بشأنه.</translation>
    </message>
    <message>
        <source>Nothing yet — the team will tell you here what they do about what you said.</source>
        <comment>@info what the team did, empty</comment>
        <translation>لا شيء بعد — سيخبرك الفريق هنا بما يفعله بشأن ما قلته.</translation>
    </message>
    <message>
        <source>You told us:</source>
        <comment>@label before what the child said</comment>
        <translation>أخبرتنا:</translation>
    </message>
    <message>
        <source>Back to my Chorus</source>
        <comment>@action:button</comment>
        <translation>العودة إلى Chorus الخاص بي</translation>
    </message>
</context>
<context>
    <name>WorkingIndicator</name>
    <message>
        <source>Working…</source>
        <comment>@info:status</comment>
        <translation>جارٍ العمل…</translation>
    </message>
</context>
<context>
    <name>chorus::ReadAloudEngine</name>
    <message>
        <source>Reading aloud is not available on this device.</source>
        <comment>@info:status</comment>
        <translation>القراءة بصوت عالٍ غير متاحة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>There is no voice for this language on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد صوت لهذه اللغة على هذا الجهاز، لذلك لا يمكن قراءته بصوت عالٍ.</translation>
    </message>
    <message>
        <source>There is no %1 voice on this device, so it cannot be read aloud.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد صوت %1 على هذا الجهاز، لذلك لا يمكن قراءته بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Reading aloud needs a speaker or headphones, and there are none.</source>
        <comment>@info:status</comment>
        <translation>تحتاج القراءة بصوت عالٍ إلى سماعة أو سماعات رأس، ولا يوجد أي منها.</translation>
    </message>
    <message>
        <source>Reading aloud did not work. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation>لم تنجح القراءة بصوت عالٍ. هل توجد سماعة أو سماعات رأس؟</translation>
    </message>
</context>
<context>
    <name>chorus::VoicePlayer</name>
    <message>
        <source>This voice note cannot be played. It may be damaged.</source>
        <comment>@info:status</comment>
        <translation>لا يمكن تشغيل هذه الملاحظة الصوتية. قد تكون تالفة.</translation>
    </message>
    <message>
        <source>There is no speaker or headphones to play this on.</source>
        <comment>@info:status</comment>
        <translation>لا توجد سماعة أو سماعات رأس لتشغيل هذا.</translation>
    </message>
    <message>
        <source>The voice note could not be played.</source>
        <comment>@info:status</comment>
        <translation>تعذّر تشغيل الملاحظة الصوتية.</translation>
    </message>
    <message>
        <source>The voice note stopped playing. Is there a speaker or headphones?</source>
        <comment>@info:status</comment>
        <translation>توقفت الملاحظة الصوتية عن التشغيل. هل توجد سماعة أو سماعات رأس؟</translation>
    </message>
</context>
<context>
    <name>chorus::VoiceRecorder</name>
    <message>
        <source>Recording your voice is not switched on.</source>
        <comment>@info:status</comment>
        <translation>تسجيل صوتك غير مفعّل.</translation>
    </message>
    <message>
        <source>There is no microphone on this device. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>لا يوجد ميكروفون على هذا الجهاز. يمكنك كتابة إجابتك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This microphone cannot be used. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>لا يمكن استخدام هذا الميكروفون. يمكنك كتابة إجابتك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Recording did not work. Please try again.</source>
        <comment>@info:status</comment>
        <translation>لم ينجح التسجيل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The microphone did not start. You can try again or type instead.</source>
        <comment>@info:status</comment>
        <translation>لم يبدأ الميكروفون. يمكنك المحاولة مرة أخرى أو الكتابة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The microphone stopped. What you said so far is kept.</source>
        <comment>@info:status</comment>
        <translation>توقف الميكروفون. ما قلته حتى الآن محفوظ.</translation>
    </message>
    <message>
        <source>The microphone stopped working. You can type your answer instead.</source>
        <comment>@info:status</comment>
        <translation>توقف الميكروفون عن العمل. يمكنك كتابة إجابتك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <comment>@info:status</comment>
        <translation>لم يُسجَّل شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Recording your voice is not switched on, so this cannot be kept.</source>
        <comment>@info:status</comment>
        <translation>تسجيل صوتك غير مفعّل، لذلك لا يمكن حفظ هذا.</translation>
    </message>
    <message>
        <source>Your voice note could not be saved yet. It is kept here; please try again.</source>
        <comment>@info:status</comment>
        <translation>تعذّر حفظ ملاحظتك الصوتية بعد. إنها محفوظة هنا؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>chorus::team::FeedbackModel</name>
    <message>
        <source>Written answer</source>
        <comment>@item feedback kind</comment>
        <translation>إجابة مكتوبة</translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <comment>@item feedback kind</comment>
        <translation>مقياس المشاعر</translation>
    </message>
    <message>
        <source>Choices</source>
        <comment>@item feedback kind</comment>
        <translation>الاختيارات</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@item feedback kind</comment>
        <translation>ترتيب البطاقات</translation>
    </message>
    <message>
        <source>Circles or parts</source>
        <comment>@item feedback kind</comment>
        <translation>دوائر أو أجزاء</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@item feedback kind</comment>
        <translation>رسم</translation>
    </message>
    <message>
        <source>Voice note</source>
        <comment>@item feedback kind</comment>
        <translation>ملاحظة صوتية</translation>
    </message>
</context>
<context>
    <name>chorus::team::PackWords</name>
    <message>
        <source>Chose: %1</source>
        <comment>@info choices</comment>
        <translation>اختار: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <comment>@info cards ranked</comment>
        <translation>الترتيب: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info a pile and its cards</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A voice note</source>
        <comment>@info</comment>
        <translation>ملاحظة صوتية</translation>
    </message>
    <message>
        <source>A drawing</source>
        <comment>@info</comment>
        <translation>رسمة</translation>
    </message>
</context>
<context>
    <name>chorus::team::ParticipationModel</name>
    <message>
        <source>%1%</source>
        <comment>@info a share in per cent</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info a count and its share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>@label adaptation</comment>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <comment>@label adaptation</comment>
        <translation>الملاحظات الصوتية</translation>
    </message>
    <message>
        <source>Large text</source>
        <comment>@label adaptation</comment>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>@label adaptation</comment>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Dyslexia-friendly font</source>
        <comment>@label adaptation</comment>
        <translation>خط مناسب لعسر القراءة</translation>
    </message>
    <message>
        <source>Keyboard or switch</source>
        <comment>@label adaptation</comment>
        <translation>لوحة المفاتيح أو المفتاح</translation>
    </message>
    <message>
        <source>Welsh</source>
        <comment>@label language</comment>
        <translation>الويلزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>@label language</comment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <comment>@label language</comment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>@label role group</comment>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Young people</source>
        <comment>@label role group</comment>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>Parents</source>
        <comment>@label role group</comment>
        <translation>الآباء والأمهات</translation>
    </message>
    <message>
        <source>Carers</source>
        <comment>@label role group</comment>
        <translation>مقدمو الرعاية</translation>
    </message>
    <message>
        <source>Aged %1</source>
        <comment>@label age band group</comment>
        <translation>بعمر %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <comment>@label</comment>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>How many children and adults took part in a session.</source>
        <comment>@info</comment>
        <translation>كم طفلًا وبالغًا شاركوا في جلسة.</translation>
    </message>
    <message>
        <source>In their own time</source>
        <comment>@label</comment>
        <translation>في وقتهم الخاص</translation>
    </message>
    <message>
        <source>Sessions a young person did on their own, not with a practitioner.</source>
        <comment>@info</comment>
        <translation>جلسات قام بها شاب بمفرده، لا مع ممارس.</translation>
    </message>
    <message>
        <source>Too few to show without pointing to someone.</source>
        <comment>@info</comment>
        <translation>عدد أقل من أن يُعرض دون أن يدلّ على شخص بعينه.</translation>
    </message>
    <message>
        <source>Sessions that used %1: the bar is their share of all sessions.</source>
        <comment>@info %1 an adaptation</comment>
        <translation>جلسات استخدمت %1: الشريط هو حصتها من كل الجلسات.</translation>
    </message>
    <message>
        <source>Sessions held in %1.</source>
        <comment>@info %1 a language</comment>
        <translation>جلسات عُقدت باللغة %1.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>@title Lundy element</comment>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>A safe, inclusive chance to take part.</source>
        <comment>@info Lundy element</comment>
        <translation>فرصة آمنة وشاملة للمشاركة.</translation>
    </message>
    <message>
        <source>Offered %1 times: finished %2, skipped %3; about %4 seconds each; %5 children said they liked telling this way.</source>
        <comment>@info a way of telling</comment>
        <translation>عُرض %1 مرة: اكتمل %2، وتُخطّي %3؛ نحو %4 ثانية لكل مرة؛ قال %5 من الأطفال إنهم أحبوا أن يخبرونا بهذه الطريقة.</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <comment>@info hidden median</comment>
        <translation>عدد غير معروف من</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <comment>@info</comment>
        <translation>%1 مكتمل</translation>
    </message>
    <message>
        <source>Voice</source>
        <comment>@title Lundy element</comment>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Helped to say what they think: which ways of telling worked.</source>
        <comment>@info Lundy element</comment>
        <translation>المساعدة على قول ما يفكرون فيه: أي طرق التعبير نجحت.</translation>
    </message>
    <message>
        <source>Read by the team</source>
        <comment>@label</comment>
        <translation>قرأها الفريق</translation>
    </message>
    <message>
        <source>Answers a reviewer has opened at least once.</source>
        <comment>@info</comment>
        <translation>إجابات فتحها مراجع مرة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Given a theme</source>
        <comment>@label</comment>
        <translation>أُعطيت موضوعًا</translation>
    </message>
    <message>
        <source>Answers the team sorted into a theme.</source>
        <comment>@info</comment>
        <translation>إجابات صنّفها الفريق ضمن موضوع.</translation>
    </message>
    <message>
        <source>Chosen as a quote</source>
        <comment>@label</comment>
        <translation>اختيرت كاقتباس</translation>
    </message>
    <message>
        <source>Answers the team marked to quote.</source>
        <comment>@info</comment>
        <translation>إجابات علّمها الفريق للاقتباس.</translation>
    </message>
    <message>
        <source>Days to first read</source>
        <comment>@label</comment>
        <translation>الأيام حتى أول قراءة</translation>
    </message>
    <message>
        <source>Half of the answers were read within this many days of arriving.</source>
        <comment>@info</comment>
        <translation>قُرئ نصف الإجابات خلال هذا العدد من الأيام بعد وصولها.</translation>
    </message>
    <message>
        <source>Audience</source>
        <comment>@title Lundy element</comment>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Listened to by people who can act.</source>
        <comment>@info Lundy element</comment>
        <translation>يستمع إليهم أشخاص قادرون على التصرف.</translation>
    </message>
    <message>
        <source>Answered with an action</source>
        <comment>@label</comment>
        <translation>أُجيب عنها بإجراء</translation>
    </message>
    <message>
        <source>Answers the team has published a &quot;you said, we did&quot; for.</source>
        <comment>@info</comment>
        <translation>إجابات نشر الفريق لها &quot;قلتم، ففعلنا&quot;.</translation>
    </message>
    <message>
        <source>Devices told</source>
        <comment>@label</comment>
        <translation>أجهزة أُبلغت</translation>
    </message>
    <message>
        <source>Devices that sent answers and have received what the team did.</source>
        <comment>@info</comment>
        <translation>أجهزة أرسلت إجابات وتلقّت ما فعله الفريق.</translation>
    </message>
    <message>
        <source>Influence</source>
        <comment>@title Lundy element</comment>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Acted on, and told what changed.</source>
        <comment>@info Lundy element</comment>
        <translation>تم التصرف بناءً عليه، وأُخبروا بما تغيّر.</translation>
    </message>
    <message>
        <source>Not heard yet: %1 hoped for.</source>
        <comment>@info</comment>
        <translation>لم يُسمعوا بعد: كنا نأمل سماع %1.</translation>
    </message>
    <message>
        <source>%1 heard of %2 hoped for.</source>
        <comment>@info</comment>
        <translation>سُمع %1 من أصل %2 كنا نأمل سماعهم.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info heard of hoped for</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Groups to reach</source>
        <comment>@label</comment>
        <translation>مجموعات ينبغي الوصول إليها</translation>
    </message>
    <message>
        <source>The team&apos;s own notes on whom it means to hear.</source>
        <comment>@info</comment>
        <translation>ملاحظات الفريق نفسه عمّن ينوي سماعهم.</translation>
    </message>
    <message>
        <source>Who we mean to hear</source>
        <comment>@label</comment>
        <translation>من ننوي سماعهم</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>@info</comment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>An admin can record the group the team means to hear.</source>
        <comment>@info</comment>
        <translation>يمكن للمسؤول تسجيل المجموعة التي ينوي الفريق سماعها.</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>@title participation</comment>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Who we have heard, and who not yet.</source>
        <comment>@info</comment>
        <translation>من سمعنا، ومن لم نسمع بعد.</translation>
    </message>
    <message>
        <source>Practitioner hours</source>
        <comment>@label</comment>
        <translation>ساعات الممارسين</translation>
    </message>
    <message>
        <source>Time practitioners spent in sessions, pauses left out.</source>
        <comment>@info</comment>
        <translation>الوقت الذي قضاه الممارسون في الجلسات، دون احتساب فترات التوقف.</translation>
    </message>
    <message>
        <source>Hidden: too few sessions to show their time.</source>
        <comment>@info</comment>
        <translation>مخفي: الجلسات أقل من أن يُعرض وقتها.</translation>
    </message>
    <message>
        <source>Hours per voice heard</source>
        <comment>@label</comment>
        <translation>الساعات لكل صوت مسموع</translation>
    </message>
    <message>
        <source>How much practitioner time it took to hear one person.</source>
        <comment>@info</comment>
        <translation>كم من وقت الممارسين استغرق سماع شخص واحد.</translation>
    </message>
    <message>
        <source>Planned against used</source>
        <comment>@label</comment>
        <translation>المخطط مقابل المستخدم</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <comment>@info used of planned</comment>
        <translation>%1 من %2 ساعة</translation>
    </message>
    <message>
        <source>%1 hours planned</source>
        <comment>@info</comment>
        <translation>%1 ساعة مخطط لها</translation>
    </message>
    <message>
        <source>not planned</source>
        <comment>@info</comment>
        <translation>غير مخطط له</translation>
    </message>
    <message>
        <source>The hours used so far, against the hours the team planned.</source>
        <comment>@info</comment>
        <translation>الساعات المستخدمة حتى الآن، مقابل الساعات التي خطط لها الفريق.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <comment>@title participation</comment>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>The time it takes.</source>
        <comment>@info</comment>
        <translation>الوقت الذي يستغرقه ذلك.</translation>
    </message>
    <message>
        <source>Feelings scale</source>
        <comment>@label way of telling</comment>
        <translation>مقياس المشاعر</translation>
    </message>
    <message>
        <source>Choosing</source>
        <comment>@label way of telling</comment>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>@label way of telling</comment>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Magic wand</source>
        <comment>@label way of telling</comment>
        <translation>العصا السحرية</translation>
    </message>
    <message>
        <source>Card sort</source>
        <comment>@label way of telling</comment>
        <translation>فرز البطاقات</translation>
    </message>
    <message>
        <source>Feelings timeline</source>
        <comment>@label way of telling</comment>
        <translation>الخط الزمني للمشاعر</translation>
    </message>
    <message>
        <source>Circles of people</source>
        <comment>@label way of telling</comment>
        <translation>دوائر الأشخاص</translation>
    </message>
    <message>
        <source>Drawing</source>
        <comment>@label way of telling</comment>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Three houses</source>
        <comment>@label way of telling</comment>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <source>Way of telling: %1</source>
        <comment>@label activity type</comment>
        <translation>طريقة التعبير: %1</translation>
    </message>
    <message>
        <source>Aged %1: finished %2, skipped %3, left unfinished %4; %5 said they liked telling this way.</source>
        <comment>@info a way of telling for one age band</comment>
        <translation>الفئة العمرية %1: أكمل %2، وتخطى %3، ولم يكمل %4؛ وقال %5 إنهم أحبوا التعبير بهذه الطريقة.</translation>
    </message>
    <message>
        <source>%1, aged %2</source>
        <comment>@label a way of telling for an age band</comment>
        <translation>%1، الفئة العمرية %2</translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <comment>@label</comment>
        <translation>اختاروا عدم المشاركة</translation>
    </message>
    <message>
        <source>People who were asked and said no on the consent page. The team learns only how many, never who or why.</source>
        <comment>@info</comment>
        <translation>أشخاص سُئلوا فقالوا لا في صفحة الموافقة. لا يعرف الفريق إلا عددهم، ولا يعرف أبدًا من هم أو لماذا.</translation>
    </message>
    <message>
        <source>Withdrew their answers</source>
        <comment>@label</comment>
        <translation>سحبوا إجاباتهم</translation>
    </message>
    <message>
        <source>People who took part and later asked for their answers to be erased.</source>
        <comment>@info</comment>
        <translation>أشخاص شاركوا ثم طلبوا لاحقًا محو إجاباتهم.</translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamController</name>
    <message>
        <source>Under 5</source>
        <comment>@item age band</comment>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>Adult</source>
        <comment>@item age band</comment>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <comment>@item age band, e.g. 8 to 11 years</comment>
        <translation>من %1 إلى %2 سنة</translation>
    </message>
    <message>
        <source>Revoked: it can no longer sync</source>
        <comment>@info:status</comment>
        <translation>أُلغي: لم يعد بإمكانه المزامنة</translation>
    </message>
    <message>
        <source>Expired: not in touch for %1 days</source>
        <comment>@info:status</comment>
        <translation>انتهت صلاحيته: لم يتصل منذ %1 يومًا</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>@info:status</comment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Device %1</source>
        <comment>@label</comment>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <source>A young person&apos;s own device</source>
        <comment>@label</comment>
        <translation>جهاز خاص بأحد الشباب</translation>
    </message>
    <message>
        <source>A practitioner&apos;s device</source>
        <comment>@label</comment>
        <translation>جهاز أحد الممارسين</translation>
    </message>
    <message>
        <source>Last in touch: %1</source>
        <comment>@label</comment>
        <translation>آخر اتصال: %1</translation>
    </message>
    <message>
        <source>Device %1 is revoked. It can no longer sync; what it had sent stays on the hub.</source>
        <comment>@info:status</comment>
        <translation>أُلغي الجهاز %1. لم يعد بإمكانه المزامنة، ويبقى ما أرسله على المركز.</translation>
    </message>
    <message>
        <source>Type your name and your passphrase.</source>
        <comment>@info:status</comment>
        <translation>اكتب اسمك وعبارة المرور.</translation>
    </message>
    <message>
        <source>Type your name and the one-time code you were given.</source>
        <comment>@info:status</comment>
        <translation>اكتب اسمك والرمز لمرة واحدة الذي أُعطي لك.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <comment>@info:status</comment>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>hidden to protect small groups</source>
        <comment>@info a hidden count: small, hidden with a small one, or a zero</comment>
        <translation>مخفي لحماية المجموعات الصغيرة</translation>
    </message>
    <message>
        <source>Child</source>
        <comment>@item role of the person heard</comment>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Young person</source>
        <comment>@item role of the person heard</comment>
        <translation>شاب</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@item role of the person heard</comment>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Carer</source>
        <comment>@item role of the person heard</comment>
        <translation>مقدّم رعاية</translation>
    </message>
</context>
<context>
    <name>chorus::team::TeamDrawing</name>
    <message>
        <source>This drawing could not be shown.</source>
        <comment>@info:status</comment>
        <translation>تعذّر عرض هذا الرسم.</translation>
    </message>
</context>
</TS>
