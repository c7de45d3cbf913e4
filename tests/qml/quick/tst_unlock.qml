import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Unlocking through accessible names: a wrong passphrase is refused with words that say so
// and Chorus stays locked; the right one opens the store.
TestCase {
    id: testCase

    name: "Unlock"
    when: windowShown
    visible: true
    width: 1024
    height: 768

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

    Component {
        id: unlockPage

        UnlockPage {}
    }
    Component {
        id: mirroredUnlockPage

        Item {
            width: testCase.width
            height: testCase.height
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true

            UnlockPage {
                anchors.fill: parent
            }
        }
    }

    function init() {
        Harness.reset();
    }

    function test_wrongPassphraseStaysLockedThenRightOneUnlocks() {
        verify(Harness.prepare("locked", {}));
        compare(App.stage, App.Locked);
        const page = createTemporaryObject(unlockPage, testCase, {width: testCase.width, height: testCase.height});

        find(page, "Passphrase").text = "not the passphrase at all";
        activate(find(page, "Unlock"));
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Locked, "a wrong passphrase does not unlock");
        verify(App.errorMessage.indexOf("not right") >= 0, "unclear error: " + App.errorMessage);
        verify(Harness.findByName(page, App.errorMessage), "the error is not shown: " + Harness.accessibleNames(page));
        compare(find(page, "Passphrase").text, "", "the typed passphrase is not kept in the box");

        find(page, "Passphrase").text = Harness.passphrase;
        activate(find(page, "Unlock"));
        tryVerify(() => App.stage === App.Unlocked, 20000);
        compare(App.errorMessage, "");
    }

    // Issue 14: "forgotten passphrase?" on the lock screen: the recovery key opens Chorus
    // and a new passphrase replaces the forgotten one; a wrong key says so and stays locked.
    function test_forgottenPassphraseUsesTheRecoveryKey() {
        verify(Harness.prepare("locked", {}));
        verify(Harness.recoveryKey.length > 0, "the harness kept the recovery key");
        const fresh = "a brand new passphrase for this tablet";
        let page = createTemporaryObject(unlockPage, testCase, {width: testCase.width, height: testCase.height});
        verify(!Harness.findByName(page, "Recovery key"), "hidden until asked for");
        activate(find(page, "Forgotten the passphrase? Use the recovery key"));
        tryVerify(() => Harness.findByName(page, "Recovery key") !== null);

        find(page, "Recovery key").text = "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA";
        find(page, "New passphrase").text = fresh;
        find(page, "New passphrase again").text = fresh;
        activate(find(page, "Unlock and keep the new passphrase"));
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Locked, "a wrong recovery key does not unlock");
        verify(App.errorMessage.indexOf("recovery key is not right") >= 0, App.errorMessage);
        verify(Harness.findByName(page, App.errorMessage), "the error is shown: " + Harness.accessibleNames(page));

        find(page, "Recovery key").text = Harness.recoveryKey.toLowerCase();
        find(page, "New passphrase").text = fresh;
        find(page, "New passphrase again").text = fresh;
        activate(find(page, "Unlock and keep the new passphrase"));
        tryVerify(() => App.stage === App.Unlocked, 20000);
        compare(App.errorMessage, "");

        // The forgotten passphrase no longer opens Chorus; the new one does.
        App.lock();
        page = createTemporaryObject(unlockPage, testCase, {width: testCase.width, height: testCase.height});
        find(page, "Passphrase").text = Harness.passphrase;
        activate(find(page, "Unlock"));
        tryVerify(() => !App.busy, 20000);
        compare(App.stage, App.Locked, "the old passphrase stopped working");
        find(page, "Passphrase").text = fresh;
        activate(find(page, "Unlock"));
        tryVerify(() => App.stage === App.Unlocked, 20000);

        // Back to the harness passphrase (the key still works) for the other tests.
        App.lock();
        App.recoverWithKey(Harness.recoveryKey, Harness.passphrase, Harness.passphrase);
        tryVerify(() => App.stage === App.Unlocked, 20000);
        App.lock();
    }

    function test_emptyPassphraseIsRefused() {
        verify(Harness.prepare("locked", {}));
        const page = createTemporaryObject(unlockPage, testCase, {width: testCase.width, height: testCase.height});
        activate(find(page, "Unlock"));
        compare(App.stage, App.Locked);
        compare(App.errorMessage, "Type the passphrase for this device.");
        verify(Harness.findByName(page, App.errorMessage), Harness.accessibleNames(page));
    }

    // Issue 14: in a right-to-left layout the lock heading sits on the right, even though
    // its words begin with the Latin name "Chorus".
    function test_headingFollowsRightToLeft() {
        verify(Harness.prepare("locked", {}));
        const page = createTemporaryObject(mirroredUnlockPage, testCase);
        verify(page);
        const heading = find(page, "Chorus is locked");
        compare(heading.effectiveHorizontalAlignment, Text.AlignRight);
    }
}
