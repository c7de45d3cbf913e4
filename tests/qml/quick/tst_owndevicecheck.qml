import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// A young person's own device that joined with an invite asking for the practitioner's check
// (issue 16): the choice comes back from the hub at enrolment (the typed invite cannot carry
// it), the consent words say that the answers wait for a check together, the review page's
// button says so too, and what they finish waits in "Check before sharing" on their device
// instead of going to the hub. One function: the store it makes is this file's store
// (tst_owndevice covers an invite without the check).
TestCase {
    id: testCase

    name: "OwnDeviceCheck"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: firstRun

        FirstRunPage {}
    }
    Component {
        id: consentPage

        ConsentPage {}
    }
    Component {
        id: reviewPage

        ReviewPage {}
    }
    Component {
        id: homePage

        HomePage {}
    }

    readonly property string checkedWords: "When you have finished, your answers wait on your phone or tablet. You and your practitioner check them together, and only then do they go to the team."
    readonly property string sentWords: "When you press Send, your answers go straight to the team. Nobody checks them first, so look at the preview before you send."

    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function test_anInviteWithTheCheckKeepsTheAnswersForIt() {
        verify(Harness.prepare("firstRun", {}));
        const hub = Harness.startHub();
        verify(hub.length > 0);
        verify(Harness.publishExampleConsultation("club"));
        const typed = Harness.hubInvite("club", true);
        compare(typed.length, 39, "the same 32 characters as an invite without the check");

        let page = createTemporaryObject(firstRun, testCase, {width: testCase.width, height: testCase.height});
        activate(find(page, "I have an invite"));
        find(page, "Hub address").text = hub;
        find(page, "Invite code").text = typed;
        activate(find(page, "Next"));
        find(page, "Your PIN").text = "258046";
        find(page, "Your PIN again").text = "258046";
        activate(find(page, "Set up my Chorus"));
        tryVerify(() => App.stage === App.Unlocked, 20000);
        tryVerify(() => !App.onboarding, 20000, "set-up ends once joined: " + Sync.errorMessage);
        tryVerify(() => !Sync.busy, 20000);
        verify(Sync.enrolled);
        verify(Sync.reviewOnDevice, "the hub said the invite asks for the check");
        page.destroy();

        // The consent words tell them where their answers go.
        tryVerify(() => CurrentSession.begin("club", "facilitated"), 20000, "the first sync brought the consultation");
        page = createTemporaryObject(consentPage, testCase, {width: testCase.width, height: testCase.height});
        find(page, testCase.checkedWords);
        verify(!Harness.findByName(page, testCase.sentWords), "not the words for sending alone");
        page.destroy();

        // They answer and finish: the button says what happens, and nothing goes to the hub.
        verify(CurrentSession.giveConsent({"codeName": "Fox", "ageBand": "12-15", "role": "young-person",
                                           "givenBy": "child", "assessor": "practitioner who made the invite",
                                           "assessmentBasis": "judged by the practitioner when the invite was made",
                                           "method": "tapped on own device", "store": true, "share": true,
                                           "quotes": false, "voice": false, "drawings": false}),
               CurrentSession.errorMessage);
        verify(CurrentSession.saveScale(CurrentSession.current.activityId, 4));
        CurrentSession.stop();
        page = createTemporaryObject(reviewPage, testCase, {width: testCase.width, height: testCase.height});
        const keep = find(page, "Keep my answers to check with my practitioner");
        verify(!Harness.findByName(page, "Send my answers"));
        activate(keep);
        page.destroy();
        tryVerify(() => !Sync.busy, 20000);
        ReviewQueue.reload();
        tryVerify(() => ReviewQueue.count === 1, 5000, "the answer waits for the check");
        compare(Harness.hubFeedbackCount("club"), 0, "nothing reached the hub before the check");
        page = createTemporaryObject(homePage, testCase, {width: testCase.width, height: testCase.height});
        find(page, "Check before sharing: 1 waiting");
        page.destroy();

        // Checked together and approved: the next sync sends it.
        compare(ReviewQueue.approveAll(), 1);
        Sync.syncNow();
        tryVerify(() => !Sync.busy && Harness.hubFeedbackCount("club") === 1, 20000, "sent once approved: " + Sync.errorMessage);
    }
}
