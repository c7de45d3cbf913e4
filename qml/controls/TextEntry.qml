import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// A one-line text box with its accessible name; no prediction and no learning by default.
// A child's words never leave it for the clipboard (UI-4): in an activity (childWords) and
// anywhere in child mode, copy, cut and select-all are refused and the mouse selects
// nothing (Qt Quick's text fields have no drag-out; a mouse selection would fill the X11
// selection clipboard).
QQC2.TextField {
    id: root

    property string label: ""
    property bool childWords: false
    readonly property bool noCopy: root.childWords || Navigation.childMode

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    color: Theme.text
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    selectByMouse: !root.noCopy
    persistentSelection: false
    Accessible.role: Accessible.EditableText
    Accessible.name: root.label
    // Qt 6.4's text field names itself after its placeholder when accessibility is switched
    // on (by then the bindings have run). Put the label back whenever that happens.
    Accessible.onNameChanged: {
        if (root.Accessible.name !== root.label)
            root.Accessible.name = Qt.binding(() => root.label);
    }

    Keys.onPressed: event => {
        if (root.noCopy && (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut) || event.matches(StandardKey.SelectAll)))
            event.accepted = true;
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.activeFocus ? Theme.focus : Theme.border
        border.width: root.activeFocus ? Theme.focusWidth : Theme.borderWidth

        FocusRing {
            shown: root.activeFocus
        }
    }
}
