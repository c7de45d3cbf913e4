import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus.Controls

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
    // Qt 6.4's T.TextField turns Accessible.passwordEdit on when a screen reader connects
    // (qquicktextfield.cpp), and Accessible's name() is empty while it is on, so the bus heard
    // "password text" with no name. The password role does not need it: Qt reads it from
    // echoMode (qaccessiblequickitem.cpp, state()).
    Accessible.onPasswordEditChanged: if (Accessible.passwordEdit) Accessible.passwordEdit = false
    // Qt 6.4's text interface reads an item's "textDocument" before its "text", and "text" is
    // the passphrase in clear (fixed upstream in 6.8, QTBUG-120097): give it the mask to read.
    // A var, not a QtObject: the accessible object can be made before the binding has run.
    readonly property var textDocument: accessibleMask ? accessibleMask.textDocument : undefined
    // Clear the field with clear(), never `text = ""`: assigning text sends the old text in
    // clear to every listener on the accessibility bus (a text-changed event).

    // The mask a screen reader may read: as many mask characters as typed, nothing else.
    TextEdit {
        id: accessibleMask

        visible: false
        readOnly: true
        text: root.passwordCharacter.repeat(root.length)
        Accessible.ignored: true
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
