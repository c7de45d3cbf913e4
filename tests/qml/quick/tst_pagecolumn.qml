import QtQuick
import QtQuick.Layouts
import QtTest
import Chorus.Controls

// Issue 20.3 on a page: PageColumn's FocusInView scrolls the least that shows each control
// Tab reaches below the page's bottom; a pointer's press scrolls nothing (the control is
// where the finger is); and when the page gets shorter under a focused field (the on-screen
// keyboard rises) the field stays in view.
TestCase {
    id: testCase

    name: "PageColumn"
    when: windowShown
    visible: true
    width: 600
    height: 400

    Component {
        id: page

        PageColumn {
            width: 600
            height: 400

            Repeater {
                model: 16

                AppButton {
                    required property int index

                    text: "Button " + (index + 1)
                    Layout.fillWidth: true
                }
            }
        }
    }

    /** The buttons of `column`, top to bottom. */
    function buttons(column) {
        const found = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.text !== undefined && String(child.text).startsWith("Button "))
                    found.push(child);
                else
                    walk(child);
            }
        };
        walk(column.contentItem);
        found.sort((a, b) => a.mapToItem(column.contentItem, 0, 0).y - b.mapToItem(column.contentItem, 0, 0).y);
        return found;
    }

    function checkShown(column, item, what) {
        const box = item.mapToItem(column, 0, 0, item.width, item.height);
        verify(box.y >= -0.5 && box.y + box.height <= column.height + 0.5,
               what + ": '" + item.text + "' at y " + Math.round(box.y) + " to "
               + Math.round(box.y + box.height) + ", the page shows 0 to " + Math.round(column.height));
    }

    function test_tabKeepsFocusInView() {
        const column = createTemporaryObject(page, testCase);
        verify(column, "no page");
        const all = buttons(column);
        compare(all.length, 16);
        waitForItemPolished(column, 2000);
        verify(column.contentHeight > 2 * column.height, "the buttons fit the page: nothing to scroll");
        all[0].forceActiveFocus(Qt.TabFocusReason);
        compare(column.contentY, 0, "the page did not start at its top");
        let belowFold = 0;
        for (let i = 1; i < all.length; ++i) {
            const before = column.contentY;
            keyClick(Qt.Key_Tab);
            verify(all[i].activeFocus, "Tab " + i + " did not reach '" + all[i].text + "'");
            if (all[i].mapToItem(column.contentItem, 0, 0).y + all[i].height > before + column.height)
                ++belowFold;
            checkShown(column, all[i], "Tab " + i);
        }
        verify(belowFold >= 4, "Tab reached only " + belowFold + " buttons below the page's bottom");
        // And back up with Shift+Tab: the first button comes back into view.
        for (let i = all.length - 2; i >= 0; --i) {
            keySequence("Shift+Tab");
            verify(all[i].activeFocus, "Shift+Tab did not reach '" + all[i].text + "'");
            checkShown(column, all[i], "Shift+Tab to " + (i + 1));
        }
    }

    function test_pressScrollsNothing() {
        const column = createTemporaryObject(page, testCase);
        const all = buttons(column);
        waitForItemPolished(column, 2000);
        // The page's bottom edge cuts the fifth button in half.
        const cut = all[4];
        column.height = cut.mapToItem(column, 0, 0).y + cut.height / 2;
        compare(column.contentY, 0);
        mousePress(cut, cut.width / 2, 5);
        mouseRelease(cut, cut.width / 2, 5);
        verify(cut.activeFocus, "the press did not focus '" + cut.text + "'");
        compare(column.contentY, 0, "a press scrolled the page under the finger");
    }

    function test_shorterPageKeepsFocusInView() {
        const column = createTemporaryObject(page, testCase);
        const all = buttons(column);
        waitForItemPolished(column, 2000);
        const field = all[3];
        mouseClick(field, field.width / 2, field.height / 2);
        verify(field.activeFocus);
        compare(column.contentY, 0);
        column.height = 150; // the keyboard rose
        checkShown(column, field, "after the page got shorter");
        verify(column.contentY > 0, "the page did not scroll");
    }

    /** The page's scroll bar: the first child of the page that says it is one. */
    function scrollBar(column) {
        for (let i = 0; i < column.children.length; ++i) {
            if (column.children[i].Accessible.role === Accessible.ScrollBar)
                return column.children[i];
        }
        return null;
    }

    // The scroll bar (PageScrollBar) says how far down the page is, in a range a screen reader
    // reads, and moves the page by its Increase and Decrease actions, a press on the bar and a
    // drag of its handle; it stays put while the page moves under it.
    function test_scrollBar() {
        const column = createTemporaryObject(page, testCase);
        waitForItemPolished(column, 2000);
        const bar = scrollBar(column);
        verify(bar, "no scroll bar");
        verify(bar.parent === column, "the bar is in the page's content and would scroll away");
        compare(bar.value, 0);
        compare(bar.minimumValue, 0);
        fuzzyCompare(bar.maximumValue, 1 - column.height / column.contentHeight, 0.001);
        bar.Accessible.increaseAction();
        verify(column.contentY > 0, "Increase did not scroll");
        fuzzyCompare(bar.value, bar.stepSize, 0.001);
        bar.Accessible.decreaseAction();
        compare(column.contentY, 0, "Decrease did not scroll back");
        // A press near the bar's end shows the page's end.
        mouseClick(bar, bar.width / 2, bar.height - 2);
        fuzzyCompare(column.contentY, column.contentHeight - column.height, 1);
        fuzzyCompare(bar.value, bar.maximumValue, 0.001);
        // Dragging the handle from there up to the top shows the page's top.
        mousePress(bar, bar.width / 2, bar.height - 4);
        mouseMove(bar, bar.width / 2, bar.height / 2);
        verify(column.contentY > 0 && column.contentY < column.contentHeight - column.height, "the drag did not follow");
        mouseMove(bar, bar.width / 2, -50);
        mouseRelease(bar, bar.width / 2, -50);
        compare(column.contentY, 0, "a drag past the top did not stop at the top");
    }
}
