pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus.Controls

// A page's scrolling column: centred, never wider than is comfortable to read, and
// scrollable so that 200% text never clips. It scrolls to keep the focused control in view,
// so that nothing is chosen off screen with the keyboard or a screen reader (issue 20.3).
Flickable {
    id: root

    default property alias content: column.data
    property alias spacing: column.spacing
    readonly property Item focusedItem: root.Window.activeFocusItem

    /** Scrolls the least that shows all of `item` (or its top, if taller than the page). */
    function reveal(item: Item): void {
        if (!item || !root.visible || root.height <= 0)
            return;
        let inside = item.parent;
        while (inside && inside !== column)
            inside = inside.parent;
        if (!inside)
            return;
        const box = item.mapToItem(column, 0, 0, item.width, item.height);
        const top = column.y + box.y - Theme.spacing;
        const bottom = column.y + box.y + box.height + Theme.spacing;
        const maxY = Math.max(0, root.contentHeight - root.height);
        if (top < root.contentY || bottom - top > root.height)
            root.contentY = Math.min(maxY, Math.max(0, top));
        else if (bottom > root.contentY + root.height)
            root.contentY = Math.min(maxY, bottom - root.height);
    }

    // Not for a tap or a click: what a finger or pointer presses is where it is already, and
    // scrolling it would move the page under the finger (issue 14, point 12).
    onFocusedItemChanged: {
        const control = root.focusedItem as T.Control;
        if (!control || control.focusReason !== Qt.MouseFocusReason)
            root.reveal(root.focusedItem);
    }
    // The page got shorter (the on-screen keyboard rose, issue 15): the field being typed in
    // stays in view, however it was focused.
    onHeightChanged: root.reveal(root.focusedItem)

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
    boundsBehavior: Flickable.StopAtBounds

    // A template with its own handle: every page scrolls in this, the unlock screen too,
    // which loads no Quick Controls style (see Main.qml).
    T.ScrollBar.vertical: T.ScrollBar {
        id: scrollBar

        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        padding: Theme.scrollBarPadding
        minimumSize: width / Math.max(1, height)
        stepSize: 0.1
        // Qt 6.4's accessibility reads a value and a range from these names: how far down the
        // page is, from the top (0) to the end (1 - size).
        readonly property real value: scrollBar.position
        readonly property real minimumValue: 0
        readonly property real maximumValue: Math.max(0, 1 - scrollBar.size)
        Accessible.role: Accessible.ScrollBar
        Accessible.name: qsTr("Scroll the page", "@info:accessible")
        Accessible.onIncreaseAction: scrollBar.increase()
        Accessible.onDecreaseAction: scrollBar.decrease()

        // Shown while the page moves (or is dragged), then fades, as the styles do.
        contentItem: Rectangle {
            implicitWidth: Theme.scrollBarWidth
            radius: width / 2
            color: scrollBar.pressed ? Theme.text : Theme.mutedText
            opacity: scrollBar.active && scrollBar.size < 1.0 ? 0.75 : 0.0

            Behavior on opacity {
                NumberAnimation {
                    duration: 200
                }
            }
        }
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.spacingLarge, (root.width - width) / 2)
        y: Theme.spacingLarge
        width: Math.min(Theme.pageMaxWidth, root.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacing
    }
}
