import QtQuick
import Chorus.Controls

// An activity's question: large running text, announced as a heading. Like a page heading it
// takes the keyboard focus when a new activity shows it, unless a control holds the focus, so
// that a screen reader reads the new question and Tab goes on to its answers (issue 20.2).
BodyText {
    id: root

    /** Takes focus if nothing visible and operable has it. */
    function announce(): void {
        if (!root.visible || !root.Window.window)
            return;
        const current = root.Window.activeFocusItem;
        if (current && current !== root && current.visible && current.activeFocusOnTab)
            return;
        root.forceActiveFocus(Qt.OtherFocusReason);
    }

    objectName: "activityQuestion"
    font.pixelSize: Math.round(Theme.fontChild)
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
    Accessible.focusable: true
    onTextChanged: announcer.restart()
    Component.onCompleted: announcer.restart()

    // After the current change has settled (the old step hidden, the new one laid out).
    Timer {
        id: announcer

        interval: 0
        onTriggered: root.announce()
    }
}
