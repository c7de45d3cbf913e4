import QtQuick
import Chorus.Controls

// A large, calm button. `prominent` fills it with the primary colour, `destructive` edges it
// in the danger colour; a checkable one (a filter, a status) is filled while checked.
// ButtonBase does what a button does; this draws it.
ButtonBase {
    id: root

    property bool prominent: false
    property bool destructive: false
    /** The words as painted, as a Quick Controls button calls them (the screenshot tests
        measure their contrast). */
    readonly property alias contentItem: label

    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + 2 * Theme.spacingSmall)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: root.prominent || root.checked ? Theme.primary : (root.destructive ? Theme.dangerFill : Theme.secondary)
        border.color: root.destructive ? Theme.danger : Theme.border
        border.width: Theme.borderWidth
        opacity: root.down ? 0.8 : 1

        FocusRing {
            shown: root.visualFocus
        }
    }
    Text {
        id: label

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacingSmall
        text: root.text
        font: root.font
        color: root.prominent || root.checked ? Theme.textOnPrimary : (root.destructive ? Theme.danger : Theme.textOnSecondary)
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        opacity: root.enabled ? 1 : 0.6
        Accessible.ignored: true
    }
}
