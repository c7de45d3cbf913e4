import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// First run through accessible names: passphrase twice, the recovery key shown once with
// "I've written it down", then the optional hub address. One function: the store it makes
// is this file's store.
TestCase {
    id: testCase

    name: "FirstRun"
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
        id: firstRun

        FirstRunPage {}
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function test_setUpTheDevice() {
        verify(Harness.prepare("firstRun", {}));
        const page = createTemporaryObject(firstRun, testCase, {width: testCase.width, height: testCase.height});
        activate(find(page, "Start setting up"));
        find(page, "Passphrase").text = "too short";
        find(page, "Type the passphrase again").text = "too short";
        activate(find(page, "Create the locked store"));
        compare(App.stage, App.FirstRun, "a short passphrase is refused");
        verify(App.errorMessage.length > 0);

        find(page, "Passphrase").text = Harness.passphrase;
        find(page, "Type the passphrase again").text = Harness.passphrase;
        activate(find(page, "Create the locked store"));
        tryVerify(() => App.stage === App.Unlocked, 20000);
        verify(App.recoveryKey.length > 0, "the recovery key is shown once");
        verify(Harness.findByName(page, "Recovery key: " + App.recoveryKey));
        activate(find(page, "I've written it down"));
        activate(find(page, "Continue"));
        compare(App.recoveryKey, "", "forgotten once written down");
        activate(find(page, "Finish"));
        verify(!App.onboarding);
    }
}
