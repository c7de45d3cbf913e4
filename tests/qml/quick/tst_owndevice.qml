import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// A young person's own device (issue 16), through accessible names: "I have an invite" on the
// welcome screen; the invite typed (a missing or mistyped character is said as such); a PIN
// of their own with no recovery key; joining the hub with the invite as a young person's
// device; their PIN on the lock screen, where wrong tries never count towards erasing the
// store; and a home page that speaks to them. One function: the store it makes is this
// file's store.
TestCase {
    id: testCase

    name: "OwnDevice"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: firstRun

        FirstRunPage {}
    }
    Component {
        id: unlockPage

        UnlockPage {}
    }
    Component {
        id: homePage

        HomePage {}
    }

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

    // The typed invite with one character changed (dashes kept).
    function withSlip(typed) {
        const at = 5; // the second group's first character
        return typed.slice(0, at) + (typed[at] === "X" ? "Y" : "X") + typed.slice(at + 1);
    }

    function test_setUpFromAnInviteAndComeBackWithThePin() {
        verify(Harness.prepare("firstRun", {}));
        const hub = Harness.startHub();
        verify(hub.length > 0);
        const typed = Harness.hubInvite("c-own-device");
        compare(typed.length, 39, typed); // 8 groups of 4 and 7 dashes
        let page = createTemporaryObject(firstRun, testCase, {width: testCase.width, height: testCase.height});
        activate(find(page, "I have an invite"));

        // The invite as typed: a missing character, then a slip, then right.
        find(page, "Hub address").text = hub;
        find(page, "Invite code").text = typed.slice(0, 30);
        activate(find(page, "Next"));
        find(page, "The invite code has 32 letters and numbers. Check that none are missing.");
        find(page, "Invite code").text = withSlip(typed);
        activate(find(page, "Next"));
        find(page, "There is a mistake in the invite code or the hub address. Check each letter and number against the invite.");
        find(page, "Invite code").text = typed.toLowerCase();
        activate(find(page, "Next"));

        // Their own PIN: rules first, and never a recovery key.
        find(page, "If you forget it, your practitioner can give you a new invite.");
        find(page, "Your PIN").text = "123456";
        find(page, "Your PIN again").text = "123456";
        activate(find(page, "Set up my Chorus"));
        compare(App.stage, App.FirstRun, "a straight run is refused");
        verify(App.errorMessage.indexOf("6") >= 0, App.errorMessage);
        find(page, "Your PIN").text = "258046";
        find(page, "Your PIN again").text = "258047";
        activate(find(page, "Set up my Chorus"));
        compare(App.stage, App.FirstRun, "two different PINs are refused");
        find(page, "Your PIN").text = "258046";
        find(page, "Your PIN again").text = "258046";
        activate(find(page, "Set up my Chorus"));
        tryVerify(() => App.stage === App.Unlocked, 20000);
        verify(App.youngPersonDevice);
        compare(App.recoveryKey, "", "no recovery key is made for a child to keep");

        // Joining the hub with the invite: as a young person's own device.
        tryVerify(() => !App.onboarding, 20000, "set-up ends once joined: " + Sync.errorMessage);
        verify(Sync.enrolled);
        compare(Sync.role, "participant");
        compare(Sync.hubUrl, hub);
        tryVerify(() => !Sync.busy, 20000);
        page.destroy();

        // Their home speaks to them and has no practitioner's tools.
        page = createTemporaryObject(homePage, testCase, {width: testCase.width, height: testCase.height});
        find(page, "Your Chorus");
        verify(!Harness.findByName(page, "Check before sharing"), "no practitioner's queue");
        verify(!Harness.findByName(page, "New consultation"));
        page.destroy();

        // Back with their PIN: wrong tries are said kindly and never erase what they wrote.
        App.lock();
        compare(App.stage, App.Locked);
        verify(App.youngPersonDevice, "known from the key file while locked");
        page = createTemporaryObject(unlockPage, testCase, {width: testCase.width, height: testCase.height});
        find(page, "Forgotten your PIN? Your practitioner can give you a new invite.");
        verify(!Harness.findByName(page, "Forgotten the passphrase? Use the recovery key"));
        for (let i = 0; i < 11; ++i) {
            find(page, "Your PIN").text = "975310";
            activate(find(page, "Open my answers"));
            tryVerify(() => !App.busy, 20000);
            compare(App.errorMessage, "That PIN is not right. Try again.");
        }
        compare(App.stage, App.Locked, "still there after more wrong tries than erase a tablet's");
        find(page, "Your PIN").text = "258046";
        activate(find(page, "Open my answers"));
        tryVerify(() => App.stage === App.Unlocked, 20000);
        verify(Sync.enrolled, "the enrolment is in their store");
    }
}
