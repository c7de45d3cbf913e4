import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// The team's devices on the Team screen (issue 22): an admin sees each enrolled device with
// its state, and revokes a lost one after saying yes once more; the hub then refuses that
// device and keeps the other.
TestCase {
    id: testCase

    name: "TeamDevices"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    property string lostId: ""
    property string keptId: ""

    Component {
        id: devicesPage

        TeamDevicesPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        Team.hubUrl = Harness.startHub()
        lostId = Harness.enrolDevice("c1")
        keptId = Harness.enrolDevice("c1")
        verify(lostId.length > 0 && keptId.length > 0)
        const secret = Harness.addReviewer("Devices Admin", "admin")
        Team.firstSignIn("Devices Admin", secret, "a long passphrase here", "a long passphrase here")
        tryCompare(Team, "signedIn", true, 10000)
    }

    function press(page, name) {
        const item = Harness.findByName(page, name)
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page))
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    function test_1_listsTheDevices() {
        const page = createTemporaryObject(devicesPage, testCase)
        tryVerify(() => Team.devices.length === 2, 10000)
        const names = Harness.accessibleNames(page).join("\n")
        verify(names.indexOf("Device " + lostId.substring(0, 8)) >= 0, names)
        verify(names.indexOf("Device " + keptId.substring(0, 8)) >= 0, names)
        verify(names.indexOf("A practitioner's device, consultation c1") >= 0, names)
        compare(Team.devices.filter(d => d.status === "active").length, 2)
    }

    function test_2_revokesALostDeviceAfterAskingOnce() {
        const page = createTemporaryObject(devicesPage, testCase)
        tryVerify(() => Team.devices.length === 2, 10000)
        tryCompare(Team, "busy", false, 10000) // the page's own reading is done
        const name = "Device " + lostId.substring(0, 8)
        press(page, "Revoke " + name)
        // Nothing happens until the admin says yes.
        verify(Harness.deviceActive(lostId))
        press(page, "Keep " + name)
        verify(Harness.deviceActive(lostId))
        press(page, "Revoke " + name)
        press(page, "Yes, revoke " + name)
        tryVerify(() => !Harness.deviceActive(lostId), 10000)
        verify(Harness.deviceActive(keptId))
        tryVerify(() => Team.devices.filter(d => d.status === "revoked").length === 1, 10000)
        tryVerify(() => Harness.findByName(page, "Revoked: it can no longer sync") !== null, 10000)
        verify(!Harness.findByName(page, "Revoke " + name), "a revoked device has no Revoke button")
    }
}
