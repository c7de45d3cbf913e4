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
