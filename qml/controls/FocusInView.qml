import QtQuick
import Chorus.Controls

// Keeps the keyboard's focus in view inside something that scrolls (a page's PageColumn, a
// ListView, a Flickable of the Team screens): when Tab or an arrow moves focus to something
// of `flickable`'s content that is out of view, scrolls the least that shows it, so that
// nothing is chosen off screen with the keyboard or a screen reader (issue 20.3). Declared
// beside (or inside) the flickable; it draws nothing.
Item {
    id: root

    /** The list (or any Flickable) whose content is kept in view. */
    required property Flickable flickable
    /** Room kept between the shown item and the flickable's edge. */
    property real margin: Theme.spacingSmall
    readonly property Item focusedItem: root.Window.activeFocusItem

    /** The focused item to show: the item itself, or the current item of a list that has the
        focus itself (arrow keys move its current item); null for anything outside. */
    function shown(item: Item): Item {
        if (item === root.flickable) {
            const list = root.flickable as ListView;
            return list ? list.currentItem : null;
        }
        for (let p = item ? item.parent : null; p; p = p.parent) {
            if (p === root.flickable.contentItem)
                return item;
        }
        return null;
    }

    /** Scrolls the least that shows all of `item` (or its top, if taller than the view). */
    function reveal(item: Item): void {
        const view = root.flickable;
        if (!item || !view.visible || view.height <= 0)
            return;
        // In content coordinates, where the view shows contentY to contentY + height (a
        // ListView's content may begin above 0: originY).
        const box = item.mapToItem(view.contentItem, 0, 0, item.width, item.height);
        const top = box.y - root.margin;
        const bottom = box.y + box.height + root.margin;
        const minY = view.originY;
        const maxY = Math.max(minY, view.originY + view.contentHeight - view.height);
        if (top < view.contentY || bottom - top > view.height)
            view.contentY = Math.min(maxY, Math.max(minY, top));
        else if (bottom > view.contentY + view.height)
            view.contentY = Math.min(maxY, Math.max(minY, bottom - view.height));
    }

    /** Shows the focused item, however it was focused (the view got shorter under it). */
    function revealFocus(): void {
        root.reveal(root.shown(root.focusedItem));
    }

    visible: false

    // Not for a tap or a click: what a finger or pointer presses is where it is already, and
    // scrolling it would move the page under the finger (issue 14, point 12). A Quick Controls
    // control says how it got the keys in focusReason, a Chorus button (ButtonBase) in
    // focusedByPointer: read by name, as the focused item may be either, or neither.
    onFocusedItemChanged: {
        const item = root.focusedItem;
        const pressed = item !== null && (item["focusedByPointer"] === true || item["focusReason"] === Qt.MouseFocusReason);
        if (!pressed)
            root.revealFocus();
    }
}
