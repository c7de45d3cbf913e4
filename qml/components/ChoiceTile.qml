pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus

// A big tile with a picture (or a face) and words; checkable. Announced as a check box
// when several may be picked and as a radio button when only one. A template: on the
// unlock screen (the language picker), which loads no style (see Main.qml).
T.AbstractButton {
    id: root

    property string symbol: ""
    property int faceLevel: 0
    property bool multiple: false
    property string description: ""

    checkable: true
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing
    // As wide as its words need, up to a limit past which they wrap (never the other way
    // round: a width from availableWidth would be circular and clip at large text).
    implicitWidth: Math.max(Theme.touchTarget * 3,
                            Math.min(Theme.tileMaxWidth, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font: Theme.bodyFont

    Accessible.role: root.accessibleRole()
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.checkable: true
    Accessible.checked: root.checked
    // The accessibility bus's Press and Toggle do what a tap does.
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    // One of several (a radio button) is chosen again, never unchosen, by a second press.
    function accessibleRole(): int {
        return root.multiple ? Accessible.CheckBox : Accessible.RadioButton;
    }

    // Qt 6.4's controls set their own accessible role when accessibility is switched on (by
    // then the bindings have run): a checkable button becomes a check box, any other a push
    // button. Put ours back whenever that happens.
    Accessible.onRoleChanged: {
        if (root.Accessible.role !== root.accessibleRole())
            root.Accessible.role = Qt.binding(root.accessibleRole);
    }

    function activate(): void {
        if (!root.enabled)
            return;
        if (root.multiple || !root.checked)
            root.toggle();
        root.clicked();
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.selectedFill : Theme.surface
        border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.selected : Theme.border)
        border.width: root.visualFocus || root.checked ? Theme.focusWidth : Theme.borderWidth

        FocusRing {
            shown: root.visualFocus
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        FaceIcon {
            visible: root.faceLevel > 0
            level: root.faceLevel
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.faceSize
            Layout.preferredHeight: Theme.faceSize
        }
        Text {
            visible: root.symbol.length > 0
            text: root.symbol
            color: Theme.primary
            font.pixelSize: Math.round(Theme.fontPicture)
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
        Text {
            text: root.text
            color: Theme.text
            font: root.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        // A tick as well as a colour, so the choice never rests on colour alone.
        Text {
            text: root.checked ? "✔" : " "
            color: Theme.selected
            font.pixelSize: Math.round(Theme.fontHeading)
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
    }
}
