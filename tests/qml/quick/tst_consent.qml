import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Consent (CP-5): every scope is a separate yes/no with "no" as easy as "yes"; voice and
// sharing are off unless chosen; the record is saved before any answer.
TestCase {
    id: testCase

    name: "Consent"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    // As a keyboard or switch user would: focus, then Space. (A click needs the item on
    // screen; a page taller than the window has some of its buttons below the fold.)
    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    Component {
        id: consentPage

        ConsentPage {}
    }

    function init() {
        Harness.reset();
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function test_noIsAsEasyAsYes() {
        verify(Harness.prepare("consent", {}));
        const page = createTemporaryObject(consentPage, testCase, {width: testCase.width, height: testCase.height});
        for (const topic of ["share my words without my name", "use my words as a quote",
                             "record my voice", "share my drawings"]) {
            const yes = find(page, "Yes: " + topic);
            const no = find(page, "No: " + topic);
            verify(!yes.checked && !no.checked, topic + " is not pre-chosen");
            compare(no.height, yes.height);
            verify(no.width >= Theme.touchTarget && no.height >= Theme.touchTarget, topic);
            verify(Math.abs(no.width - yes.width) <= 1, topic + ": the same size");
        }
    }

    function test_consentIsSavedBeforeAnyAnswer() {
        verify(Harness.prepare("consent", {}));
        const page = createTemporaryObject(consentPage, testCase, {width: testCase.width, height: testCase.height});
        const given = signalSpy.createObject(testCase, {target: page, signalName: "consentGiven"});
        find(page, "A made-up name for you").text = "Heron";
        activate(find(page, "8 to 11"));
        activate(find(page, "The child or young person"));
        activate(find(page, "Yes: keep my answers on this tablet"));
        for (const topic of ["share my words without my name", "use my words as a quote",
                             "record my voice", "share my drawings"])
            activate(find(page, "No: " + topic));
        find(page, "Your role or staff code").text = "SW-9";
        find(page, "Why you judge that the child understands").text = "He told me back what happens.";
        activate(find(page, "Save and hand over"));
        tryCompare(given, "count", 1);
        compare(CurrentSession.stage, CurrentSession.Activities);
        compare(CurrentSession.participantCode, "Heron");
        compare(CurrentSession.review.count, 0, "no answer yet");
    }

    // Issues 14.13 and 16: "Start in their own time" is its own path, not the practitioner's
    // form: the practitioner records their judgement first and hands over; the young person
    // then reads consent worded for them, is not asked who decides or why a practitioner
    // judges them able, and saves their own choices (their PIN comes next).
    function test_ownTimeConsentIsWordedForTheYoungPerson() {
        verify(Harness.prepare("consent", {mode: "own-time"}), CurrentSession.errorMessage);
        verify(CurrentSession.ownTime);
        const page = createTemporaryObject(consentPage, testCase, {width: testCase.width, height: testCase.height});
        const given = signalSpy.createObject(testCase, {target: page, signalName: "consentGiven"});
        // The practitioner's part alone comes first.
        verify(!Harness.findByName(page, "A made-up name for you"), "the young person's part waits");
        verify(!Harness.findByName(page, "Save and hand over"));
        const handOver = find(page, "Hand over to the young person");
        verify(!handOver.enabled, "not without the judgement");
        find(page, "Your role or staff code").text = "SW-9";
        find(page, "Why you judge that the child understands").text = "She explained it back to me.";
        verify(handOver.enabled);
        activate(handOver);
        // The young person's part, in words for them.
        verify(!Harness.findByName(page, "Your role or staff code"), "the judgement is not theirs to see");
        verify(!Harness.findByName(page, "Who is saying yes or no?"));
        verify(page.explanation.indexOf("in your own time") >= 0, page.explanation);
        find(page, "A made-up name for you").text = "Otter";
        activate(find(page, "12 to 15"));
        activate(find(page, "Yes: keep my answers on this tablet"));
        activate(find(page, "Yes: share my words without my name"));
        for (const topic of ["use my words as a quote", "record my voice", "share my drawings"])
            activate(find(page, "No: " + topic));
        activate(find(page, "Save my choices and start"));
        tryCompare(given, "count", 1);
        compare(CurrentSession.participantCode, "Otter");
        verify(!CurrentSession.pinChosen, "their PIN comes next");
    }

    // Issue 14: the page checks before it saves: with the practitioner's part empty, or a
    // made-up name someone already has, "Save and hand over" stays off and the page says
    // what is missing; nothing is written, so nobody hidden counts in "N taking part".
    function test_pageSaysWhatIsMissingBeforeSaving() {
        verify(Harness.prepare("consent", {}));
        const page = createTemporaryObject(consentPage, testCase, {width: testCase.width, height: testCase.height});
        find(page, "A made-up name for you").text = "Wren";
        activate(find(page, "12 to 15"));
        activate(find(page, "The child or young person"));
        activate(find(page, "Yes: keep my answers on this tablet"));
        for (const topic of ["share my words without my name", "use my words as a quote",
                             "record my voice", "share my drawings"])
            activate(find(page, "No: " + topic));
        const save = find(page, "Save and hand over");
        verify(!save.enabled, "the practitioner's part is still empty");
        verify(page.missing.indexOf("your role or staff code") >= 0, page.missing);
        verify(Harness.findByName(page, "Still needed: your role or staff code, why you judge that the child understands"),
               Harness.accessibleNames(page));
        find(page, "Your role or staff code").text = "SW-9";
        find(page, "Why you judge that the child understands").text = "She said back who sees it.";
        verify(save.enabled);
        activate(save);
        compare(CurrentSession.stage, CurrentSession.Activities);

        // The same made-up name again in this consultation: refused on the page.
        CurrentSession.clear();
        verify(Harness.prepare("consent", {}));
        const again = createTemporaryObject(consentPage, testCase, {width: testCase.width, height: testCase.height});
        find(again, "A made-up name for you").text = "wren";
        verify(again.codeNameTaken);
        verify(again.missing.indexOf("a made-up name nobody else in this consultation has") >= 0, again.missing);
        verify(!find(again, "Save and hand over").enabled);
    }

    Component {
        id: signalSpy

        SignalSpy {}
    }
}
