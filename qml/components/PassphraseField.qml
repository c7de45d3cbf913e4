import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus

// A passphrase box: hidden text, no prediction, no learning, no capitalisation. A template
// that draws itself: it is on the unlock screen, which loads no style (see Main.qml).
T.TextField {
    id: root

    property string label: ""

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    color: Theme.text
    selectionColor: Theme.primary
    selectedTextColor: Theme.textOnPrimary
    verticalAlignment: TextInput.AlignVCenter
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.role: Accessible.EditableText
    Accessible.name: root.label
    // Qt 6.4's text field names itself after its placeholder when accessibility is switched
    // on (by then the bindings have run). Put the label back whenever that happens.
    Accessible.onNameChanged: {
        if (root.Accessible.name !== root.label)
            root.Accessible.name = Qt.binding(() => root.label);
    }
    Accessible.passwordEdit: true
    // Qt 6.4 names a text field after its placeholder when accessibility switches on; this
    // template draws no placeholder, so the label is the name there too.
    placeholderText: root.label

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
