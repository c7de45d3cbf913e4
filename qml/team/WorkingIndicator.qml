import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// A small "working" sign while the hub answers; the page stays readable and usable.
RowLayout {
    id: root

    property bool running: false
    /** Holds its room while idle, on pages where things below must never move under a
     *  finger (issue 14, point 12). */
    property bool keepsItsPlace: false

    visible: root.running || root.keepsItsPlace
    spacing: Theme.spacingSmall

    QQC2.BusyIndicator {
        running: root.running && !Theme.reducedMotion
        visible: !Theme.reducedMotion
        opacity: root.running ? 1 : 0
        Layout.preferredWidth: Theme.touchTarget
        Layout.preferredHeight: Theme.touchTarget
        Accessible.ignored: true
    }
    Text {
        visible: root.running
        text: qsTr("Working…", "@info:status")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.fontBody)
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
