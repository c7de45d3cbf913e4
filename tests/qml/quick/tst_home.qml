import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The practitioner's home: consultations, starting a session (facilitated or own time),
// and unfinished sessions listed and resumable where they stopped, consent still in force.
TestCase {
    id: testCase

    name: "Home"
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
        id: homePage

        HomePage {}
    }

    function init() {
        Harness.reset();
    }

    function test_startsAFacilitatedOrOwnTimeSession() {
        verify(Harness.prepare("home", {}));
        const page = createTemporaryObject(homePage, testCase, {width: testCase.width, height: testCase.height});
        const start = Harness.findByName(page, "Start a session");
        verify(start, Harness.accessibleNames(page));
        activate(start);
        compare(CurrentSession.stage, CurrentSession.Consent);
        verify(!CurrentSession.ownTime);
        Harness.reset();
        const ownTime = Harness.findByName(page, "Start in their own time");
        verify(ownTime, Harness.accessibleNames(page));
        activate(ownTime);
        compare(CurrentSession.stage, CurrentSession.Consent);
        verify(CurrentSession.ownTime);
    }

    function test_anInterruptedSessionIsResumedWhereItStopped() {
        verify(Harness.prepare("session", {}));
        const code = CurrentSession.participantCode;
        verify(CurrentSession.saveScale(CurrentSession.current.activityId, 4));
        CurrentSession.next();
        CurrentSession.next();
        const stoppedAt = CurrentSession.currentIndex;
        verify(stoppedAt > 0);
        App.lock(); // interrupted: idle lock, quick exit and crash all leave it open
        verify(Harness.prepare("home", {}));

        const page = createTemporaryObject(homePage, testCase, {width: testCase.width, height: testCase.height});
        const entry = CurrentSession.unfinished.find(s => s.codeName === code);
        verify(entry, "not listed: " + JSON.stringify(CurrentSession.unfinished));
        compare(entry.answered, 1);
        const carryOn = Harness.findByName(page, "Carry on");
        verify(carryOn, Harness.accessibleNames(page));
        // The newest unfinished session is listed first.
        compare(CurrentSession.unfinished[0].codeName, code);
        const resumed = signalSpy.createObject(testCase, {target: page, signalName: "sessionResumed"});
        activate(carryOn);
        compare(resumed.count, 1, "Main hands the tablet back to the child on this signal");
        compare(CurrentSession.stage, CurrentSession.Activities);
        compare(CurrentSession.participantCode, code);
        compare(CurrentSession.currentIndex, stoppedAt);
        compare(CurrentSession.current.answer.value, undefined, "the activity where it stopped");
        CurrentSession.goTo(0);
        compare(CurrentSession.current.answer.value, 4, "earlier answers are back");
    }

    function test_aFinishedSessionIsNoLongerListed() {
        verify(Harness.prepare("review", {}));
        const code = CurrentSession.participantCode;
        CurrentSession.finish();
        CurrentSession.reloadUnfinished();
        verify(!CurrentSession.unfinished.some(s => s.codeName === code));
    }

    Component {
        id: signalSpy

        SignalSpy {}
    }
}
