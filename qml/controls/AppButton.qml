pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Chorus

// A large, calm button. `prominent` fills it with the primary colour; names and keys are
// set explicitly because Quick Controls' own accessible names are empty on some platforms.
// The accessibility bus's Press (and Toggle) actions run `activate()`, as a click does: Qt 6.4
// does not wire them for a template button whose role is set. (Qt 6.4 takes a control's role
// from its type, a checkable one being a check box: one of several choices is a ChoiceTile.)
// A template (it draws itself), so that the unlock screen loads no style (see Main.qml).
T.Button {
    id: root

    property bool prominent: false
    property bool destructive: false
    property string description: ""

    /** What a click, Return or the accessibility Press action does. */
    function activate(): void {
        if (!root.enabled)
            return;
        if (root.checkable)
            root.toggle();
        root.clicked();
    }

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    font: Theme.bodyFont
    focusPolicy: Qt.StrongFocus

    Accessible.role: root.checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: root.text
    // A disabled one is reported as such over AT-SPI (Qt 6.4 needs accessibleenabledstate.cpp).
    Accessible.description: root.description
    Accessible.checkable: root.checkable
    Accessible.checked: root.checked
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

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
        border.color: root.destructive ? Theme.danger : Theme.border
        border.width: Theme.borderWidth
        opacity: root.down ? 0.8 : 1

        FocusRing {
            shown: root.visualFocus
        }
    }
}
