import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// A small "working" sign while the hub answers; the page stays readable and usable.
RowLayout {
    id: root

    property bool running: false

    visible: root.running
    spacing: Theme.spacingSmall

    QQC2.BusyIndicator {
        running: root.running && !Theme.reducedMotion
        visible: !Theme.reducedMotion
        Layout.preferredWidth: Theme.touchTarget
        Layout.preferredHeight: Theme.touchTarget
        Accessible.ignored: true
    }
    Text {
        text: qsTr("Working…", "@info:status")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.fontBody)
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
