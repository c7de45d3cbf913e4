import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// Covers the screen while the store is being opened or set up (about half a second). Main
// loads it only while busy, so it is visible whenever it exists.
Rectangle {
    id: root

    property string message: qsTr("Working…", "@info:status")

    color: Theme.overlay
    Accessible.role: Accessible.StaticText
    Accessible.name: root.message

    // Swallow taps while busy.
    MouseArea {
        anchors.fill: parent
        Accessible.ignored: true
    }
    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing

        QQC2.BusyIndicator {
            running: root.visible && !Theme.reducedMotion
            visible: !Theme.reducedMotion
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.busySize
            Layout.preferredHeight: Theme.busySize
            Accessible.ignored: true
        }
        Text {
            text: root.message
            color: Theme.text
            font: Theme.bodyFont
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
    }
}
