pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Chorus

// A large, calm button. `prominent` fills it with the primary colour; names and keys are
// set explicitly because Quick Controls' own accessible names are empty on some platforms.
// A template (it draws itself), so that the unlock screen loads no style (see Main.qml).
T.Button {
    id: root

    property bool prominent: false
    property bool destructive: false
    property string description: ""

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    font: Theme.bodyFont
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.description: root.description
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.prominent || root.checked ? Theme.textOnPrimary : (root.destructive ? Theme.danger : Theme.textOnSecondary)
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        opacity: root.enabled ? 1 : 0.6
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.prominent || root.checked ? Theme.primary : (root.destructive ? Theme.dangerFill : Theme.secondary)
        border.color: root.visualFocus ? Theme.focus : (root.destructive ? Theme.danger : Theme.border)
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth
        opacity: root.down ? 0.8 : 1
    }
}
