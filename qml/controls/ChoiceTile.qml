pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus.Controls

// A big tile with a picture (or a face) and words; checkable. A radio button (Qt 6.4 takes a
// control's accessible role from its type, not from Accessible.role): one of a group, which
// the page manages (`autoExclusive` off). When several may be picked (`multiple`) it is still
// announced as a radio button, with its checked state: a known limit, see the notes. A template: on the
// unlock screen (the language picker), which loads no style (see Main.qml).
T.RadioButton {
    id: root

    property string symbol: ""
    property int faceLevel: 0
    property bool multiple: false
    property string description: ""
    // Shown instead of `text` when the tile's words lean on what is around them ("Yes"):
    // `text` is then the whole choice ("Yes: record my voice"), which a screen reader says.
    // (Qt 6.4 names a button after its text whatever Accessible.name says.)
    property string shortText: ""

    checkable: true
    autoExclusive: false
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing
    // As wide as its words need, up to a limit past which they wrap (never the other way
    // round: a width from availableWidth would be circular and clip at large text).
    implicitWidth: Math.max(Theme.touchTarget * 3,
                            Math.min(Theme.tileMaxWidth, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font: Theme.bodyFont

    Accessible.role: root.multiple ? Accessible.CheckBox : Accessible.RadioButton
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
            text: root.shortText.length > 0 ? root.shortText : root.text
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
