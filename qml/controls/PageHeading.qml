import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// A page or section heading, announced as a heading. A page's heading (`large`) takes the
// keyboard focus when it appears or changes (a new page or step) unless a control already
// holds it, so that a screen reader announces the new page and the next Tab goes to its
// first control instead of being stranded on a button that has just been hidden (issue 20.2).
Text {
    id: root

    property bool large: true

    /** Takes focus if nothing visible and operable has it. */
    function announce(): void {
        if (!root.large || !root.visible || !root.Window.window)
            return;
        const current = root.Window.activeFocusItem;
        if (current && current !== root && current.visible && current.activeFocusOnTab)
            return;
        root.forceActiveFocus(Qt.OtherFocusReason);
    }

    onTextChanged: announcer.restart()
    onVisibleChanged: announcer.restart()
    Component.onCompleted: announcer.restart()

    Layout.fillWidth: true
    // Set, not left to the words: a set alignment follows LayoutMirroring, so a heading sits
    // on the right in Arabic even when it begins with a Latin word ("Chorus ...").
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(root.large ? Theme.fontTitle : Theme.fontHeading)
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
    Accessible.focusable: root.large

    // After the current change has settled (the old step hidden, the new one laid out).
    Timer {
        id: announcer

        interval: 0
        onTriggered: root.announce()
    }
}
