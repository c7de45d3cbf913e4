pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Chorus
import Chorus.Controls
import Chorus.Scan

// "Scan the code" on the invite page (issue 16): the camera's picture and what it read. Shown
// only when the device has a camera; typing the invite is always there beside it. Loaded by
// URL from FirstRunPage, so that Qt Multimedia is loaded only when a young person reaches
// the invite, never before the app's first frame. found() gives the invite's link (the QR
// code's text) once it is one Sync can use; the camera has stopped by then.
ColumnLayout {
    id: root

    signal found(string link)

    // Whether to offer the camera: a camera is there (tests set it to show the button).
    property bool offerScan: scanner.cameraAvailable
    readonly property alias scanner: scanner
    readonly property string statusWords: {
        switch (scanner.status) {
        case InviteScanner.Scanning:
            return qsTr("Hold the QR code of the invite in front of the camera.", "@info:status invite scan");
        case InviteScanner.NotAnInvite:
            return qsTr("That QR code is not a Chorus invite. Hold up the code on your practitioner's screen.", "@info:status invite scan");
        case InviteScanner.Found:
            return qsTr("The invite was read. Press Next to carry on.", "@info:status invite scan");
        case InviteScanner.NoCamera:
            return qsTr("No camera was found. Type the invite instead.", "@info:status invite scan");
        case InviteScanner.NoPermission:
            return qsTr("Chorus is not allowed to use the camera on this device. Ask whoever looks after it to allow the camera, or type the invite instead.", "@info:status invite scan");
        case InviteScanner.CameraFailed:
            return qsTr("The camera could not be started. Another app may be using it. Try again, or type the invite instead.", "@info:status invite scan");
        default:
            return "";
        }
    }

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    InviteScanner {
        id: scanner

        objectName: "inviteScanner"
        videoSink: preview.videoSink
        // The same check as typing the link: hub, code and fingerprint all readable.
        accepts: text => Sync.inviteProblem("", text).length === 0
        onFound: text => root.found(text)
    }
    AppButton {
        visible: root.offerScan && !scanner.scanning
        text: qsTr("Scan the code", "@action:button")
        description: qsTr("Reads the invite's QR code with the camera", "@info:accessible")
        onClicked: scanner.start()
    }
    VideoOutput {
        id: preview

        visible: scanner.scanning
        fillMode: VideoOutput.PreserveAspectFit
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? Theme.touchTarget * 5 : 0
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("What the camera sees", "@info:accessible")
    }
    StatusText {
        message: root.statusWords
    }
    AppButton {
        visible: scanner.scanning
        text: qsTr("Stop scanning", "@action:button")
        onClicked: scanner.stop()
    }
}
