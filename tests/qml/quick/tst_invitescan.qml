import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// "Scan the code" on the young person's invite page (issue 16), through accessible names:
// with no camera the button is not there and typing is the way; where it is offered, the
// camera's frames (here generated frames pushed through the same video sink) read the
// invite's QR code: another QR code is said not to be an invite and scanning goes on; the
// invite fills the same two fields typing fills, the camera stops, and Next takes it.
TestCase {
    id: testCase

    name: "InviteScan"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: firstRun

        FirstRunPage {}
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

    function test_scanTheInvite() {
        verify(Harness.prepare("firstRun", {}));
        const hub = Harness.startHub();
        verify(hub.length > 0);
        const link = Harness.hubInviteLink("club");
        verify(link.indexOf("chorus-invite:1?") === 0, link);

        const page = createTemporaryObject(firstRun, testCase, {width: testCase.width, height: testCase.height});
        activate(find(page, "I have an invite"));
        const loader = findChild(page, "inviteScanPanel");
        verify(loader);
        tryVerify(() => loader.status === Loader.Ready, 10000, "the scan panel loads at the invite step");
        const panel = loader.item;
        const scanner = panel.scanner;

        // This test machine has no camera: no "Scan the code", typing only.
        if (scanner.cameraAvailable)
            skip("this machine has a camera; the rest of the test needs one without");
        verify(!Harness.findByName(page, "Scan the code"), "no camera, no scan button");
        find(page, "Hub address");
        find(page, "Invite code");

        // Where a camera is offered, the button is there; frames come from the test.
        panel.offerScan = true;
        scanner.useCamera = false;
        activate(find(page, "Scan the code"));
        verify(scanner.scanning);
        find(page, "Hold the QR code of the invite in front of the camera.");
        find(page, "Stop scanning");
        find(page, "What the camera sees");

        tryVerify(() => {
            Harness.feedQrFrame(scanner, "https://example.org/menu");
            return Harness.findByName(page, "That QR code is not a Chorus invite. Hold up the code on your practitioner's screen.") !== null;
        }, 20000, "another QR code is said not to be an invite");
        verify(scanner.scanning, "scanning goes on");
        compare(find(page, "Invite code").text, "");

        tryVerify(() => {
            Harness.feedQrFrame(scanner, link);
            return !scanner.scanning;
        }, 20000, "the invite is read");
        compare(find(page, "Invite code").text, link);
        compare(find(page, "Hub address").text, hub);
        find(page, "The invite was read. Press Next to carry on.");
        verify(!Harness.findByName(page, "Stop scanning"), "the camera stopped");
        activate(find(page, "Next"));
        find(page, "Your PIN"); // the next step, as after typing
    }
}
