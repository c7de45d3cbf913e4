import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Own time through accessible names: the young person chooses a PIN (twice, same), answers
// are kept as drafts in storage of their own, they see and change them, keep them for later
// (Chorus locks), come back with the PIN to their own session only, and send them when
// ready; the PIN then shows what they sent; the practitioner's unlock takes the answers in;
// wrong PINs lock the view until the practitioner opens it again (issue 16).
TestCase {
    id: testCase

    name: "OwnTime"
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
        id: pinPage

        OwnTimePinPage {}
    }
    Component {
        id: ownTimePage

        OwnTimePage {}
    }
    Component {
        id: unlockPage

        UnlockPage {}
    }

    function init() {
        Harness.reset();
    }

    function typeInto(page, name, text) {
        const field = Harness.findByName(page, name);
        verify(field, name + " not in " + Harness.accessibleNames(page));
        field.forceActiveFocus();
        field.text = text;
    }

    function click(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        activate(item);
    }

    function startOwnTime() {
        verify(Harness.prepare("session", {mode: "own-time"}), CurrentSession.errorMessage);
        verify(CurrentSession.ownTime);
        verify(!CurrentSession.pinChosen, "a new own-time session starts with choosing a PIN");
        const page = createTemporaryObject(pinPage, testCase, {width: testCase.width, height: testCase.height});
        verify(page);
        return page;
    }

    function choosePin(pin) {
        const page = startOwnTime();
        typeInto(page, "Your PIN", pin);
        typeInto(page, "Your PIN again", pin);
        click(page, "Save my PIN");
        tryVerify(() => CurrentSession.pinChosen);
    }

    function test_pinsMustMatchAndBeHardToGuess() {
        const page = startOwnTime();
        typeInto(page, "Your PIN", "258046");
        typeInto(page, "Your PIN again", "258047");
        click(page, "Save my PIN");
        verify(!CurrentSession.pinChosen);
        verify(CurrentSession.errorMessage.length > 0);
        typeInto(page, "Your PIN", "123456");
        typeInto(page, "Your PIN again", "123456");
        click(page, "Save my PIN");
        verify(!CurrentSession.pinChosen, "a straight run is refused");
        verify(Harness.findByName(page, CurrentSession.errorMessage), "the reason is shown");
    }

    function test_draftsAreKeptChangedAndSent() {
        choosePin("258046");
        const first = CurrentSession.current.activityId;
        verify(CurrentSession.saveScale(first, 2));
        verify(CurrentSession.saveScale(first, 3), "changing a draft");
        CurrentSession.stop();
        compare(CurrentSession.stage, CurrentSession.Review);
        const page = createTemporaryObject(ownTimePage, testCase, {width: testCase.width, height: testCase.height});
        compare(CurrentSession.review.count, 1, "changed, not added");
        verify(Harness.findByName(page, "Send my answers"), Harness.accessibleNames(page));
        verify(Harness.findByName(page, "Keep them for later"));
        // Named for its question (issue 20.7): "Change this answer: <question>".
        click(page, Harness.accessibleNames(page).find(n => n.startsWith("Change this answer: ")));
        compare(CurrentSession.stage, CurrentSession.Activities);
        compare(CurrentSession.current.activityId, first);
        CurrentSession.stop();
        click(page, "Send my answers");
        tryVerify(() => CurrentSession.submitted);
        verify(Harness.findByName(page, "Close"), Harness.accessibleNames(page));
        verify(!Harness.accessibleNames(page).some(n => n.startsWith("Change this answer")), "sent answers are read-only");
        App.lock();
        // The PIN still opens their own session: what they sent, read-only.
        App.unlockOwnTime("258046");
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Unlocked, App.errorMessage);
        verify(App.childMode);
        verify(CurrentSession.submitted, "back to what they sent");
        compare(CurrentSession.stage, CurrentSession.Review);
        compare(CurrentSession.review.count, 1);
        const sessionId = App.ownTimeSessionId;
        App.lock();
        // The practitioner's unlock takes the sealed answers in, and lists the view to end.
        verify(Harness.prepare("home", {}));
        compare(App.ownTimeNotice, "");
        CurrentSession.reloadUnfinished(); // as the home page does when shown
        const listed = CurrentSession.unfinished.filter(s => s.sessionId === sessionId);
        compare(listed.length, 1, "the sent view is listed on home");
        verify(listed[0].sent);
        compare(listed[0].answered, 1, "the answer was taken into the store");
        verify(CurrentSession.endOwnTimeView(sessionId));
        compare(CurrentSession.unfinished.filter(s => s.sessionId === sessionId).length, 0);
        App.lock();
        App.unlockOwnTime("258046");
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Locked, "an ended view opens nothing");
        verify(Harness.prepare("home", {}));
    }

    function test_wrongPinsLockTheViewUntilThePractitionerReopensIt() {
        choosePin("480326");
        const sessionId = App.ownTimeSessionId;
        verify(CurrentSession.saveScale(CurrentSession.current.activityId, 2));
        App.lock();
        for (let i = 0; i < 5; ++i) {
            App.unlockOwnTime("999000" + i);
            tryVerify(() => !App.busy, 20000);
            compare(App.stage, App.Locked);
        }
        verify(App.errorMessage.indexOf("locked") >= 0, App.errorMessage);
        App.unlockOwnTime("480326");
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Locked, "locked: even the right PIN waits for the practitioner");
        // The practitioner's passphrase was never counted against.
        verify(Harness.prepare("home", {}));
        CurrentSession.reloadUnfinished();
        const listed = CurrentSession.unfinished.filter(s => s.sessionId === sessionId);
        compare(listed.length, 1);
        verify(listed[0].viewLocked);
        verify(CurrentSession.reopenOwnTime(sessionId));
        App.lock();
        App.unlockOwnTime("480326");
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Unlocked, App.errorMessage);
        compare(CurrentSession.review.count + CurrentSession.activityCount > 0, true);
        App.lock();
        verify(Harness.prepare("home", {}));
        verify(CurrentSession.endOwnTimeView(sessionId));
    }

    function test_comingBackWithThePinOpensOnlyThatSession() {
        choosePin("370815");
        const code = CurrentSession.participantCode;
        verify(CurrentSession.saveScale(CurrentSession.current.activityId, 5));
        CurrentSession.next();
        const stoppedAt = CurrentSession.currentIndex;
        App.lock(); // "Keep them for later"
        compare(App.stage, App.Locked);
        verify(App.ownTimeAvailable);

        const unlock = createTemporaryObject(unlockPage, testCase, {width: testCase.width, height: testCase.height});
        typeInto(unlock, "Your PIN", "111222");
        click(unlock, "Open my answers");
        tryVerify(() => !App.busy);
        compare(App.stage, App.Locked, "a wrong PIN opens nothing");
        verify(App.errorMessage.length > 0);

        typeInto(unlock, "Your PIN", "370815");
        click(unlock, "Open my answers");
        tryVerify(() => App.stage === App.Unlocked, 20000);
        verify(App.childMode, "only their own session is reachable");
        compare(CurrentSession.participantCode, code);
        compare(CurrentSession.currentIndex, stoppedAt, "back where they stopped");
        verify(!App.leaveChildMode(Harness.passphrase), "the way out is locking, not home");
        verify(App.childMode);
        const sessionId = App.ownTimeSessionId;
        App.lock();
        verify(Harness.prepare("home", {})); // the practitioner's passphrase again
        verify(CurrentSession.endOwnTimeView(sessionId));
    }
}
