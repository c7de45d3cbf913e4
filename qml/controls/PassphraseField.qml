import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// A passphrase box: hidden text, no prediction, no learning, no capitalisation. A plain
// TextInput in a box it draws itself: it is on the unlock screen, whose first frame loads no
// QtQuick.Templates (see ButtonBase). The box's outline and focus ring are outside the text,
// which is clipped to the box: a long passphrase scrolls inside it.
FocusScope {
    id: root

    property string label: ""
    property alias text: input.text
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias placeholderText: placeholder.text
    readonly property alias length: input.length

    signal accepted

    // Clear the field with clear(), never `text = ""`: assigning text sends the old text in
    // clear to every listener on the accessibility bus (a text-changed event).
    function clear(): void {
        input.clear();
    }

    Layout.fillWidth: true
    implicitWidth: input.implicitWidth + 2 * Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget, input.contentHeight + 2 * Theme.spacingSmall)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.color: input.activeFocus ? Theme.focus : Theme.border
        border.width: input.activeFocus ? Theme.focusWidth : Theme.borderWidth

        FocusRing {
            shown: input.activeFocus
        }
    }
    Text {
        id: placeholder

        anchors.fill: input
        visible: input.length === 0 && input.preeditText.length === 0
        font: input.font
        color: Theme.mutedText
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true
    }
    TextInput {
        id: input

        // Qt 6.4's text interface reads an item's "textDocument" before its "text", and
        // "text" is the passphrase in clear (fixed upstream in 6.8, QTBUG-120097): give it the
        // mask to read. A var, not a QtObject: the accessible object can be made before the
        // binding has run.
        readonly property var textDocument: accessibleMask.item ? (accessibleMask.item as TextEdit).textDocument : undefined

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        clip: true
        focus: true
        activeFocusOnTab: true
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
        font: Theme.bodyFont
        color: Theme.text
        selectByMouse: true
        selectionColor: Theme.primary
        selectedTextColor: Theme.textOnPrimary
        verticalAlignment: TextInput.AlignVCenter
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.description: root.placeholderText
        onAccepted: root.accepted()
    }
    // The mask a screen reader may read: as many mask characters as typed, nothing else. Made
    // after the first frame (a text document is a ninth of the unlock screen's start), and at
    // once, before the first character is kept, if typing starts sooner: while the field is
    // empty there is nothing in clear to read.
    Loader {
        id: accessibleMask

        asynchronous: input.length === 0
        sourceComponent: TextEdit {
            visible: false
            readOnly: true
            Accessible.ignored: true
        }
    }
    Binding {
        target: accessibleMask.item as TextEdit
        property: "text"
        value: input.passwordCharacter.repeat(input.length)
        when: accessibleMask.status === Loader.Ready
    }
}
