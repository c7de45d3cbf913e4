import QtQuick
import QtTest
import Chorus.Controls

// What every Chorus button does (ButtonBase, under AppButton, ChoiceTile and PickTile): a
// click, Space (on release), Return or a screen reader's Press runs it once; a disabled one
// does nothing; it never changes its own `checked`; the focus ring shows for keys, not for a
// press.
TestCase {
    id: testCase

    name: "ButtonBase"
    when: windowShown
    visible: true
    width: 400
    height: 300

    Component {
        id: buttons

        Column {
            property alias first: first
            property alias button: button
            property alias tile: tile
            property int clicks: 0
            property int tileClicks: 0

            AppButton {
                id: first

                text: "First"
            }
            AppButton {
                id: button

                text: "Save"
                onClicked: parent.clicks += 1
            }
            ChoiceTile {
                id: tile

                text: "Yes"
                onClicked: parent.tileClicks += 1
            }
        }
    }

    function test_clickSpaceReturnAndPress() {
        const column = createTemporaryObject(buttons, testCase);
        const button = column.button;
        mouseClick(button);
        compare(column.clicks, 1, "a click");
        verify(button.activeFocus, "a press takes the keys");
        keyPress(Qt.Key_Space);
        compare(column.clicks, 1, "Space acts on release, not on press");
        verify(button.down, "held down while Space is");
        keyRelease(Qt.Key_Space);
        compare(column.clicks, 2, "Space");
        verify(!button.down);
        keyClick(Qt.Key_Return);
        compare(column.clicks, 3, "Return");
        keyClick(Qt.Key_Enter);
        compare(column.clicks, 4, "Enter");
        button.Accessible.pressAction();
        compare(column.clicks, 5, "the screen reader's Press");
    }

    // A release of another key is not the button's: it goes on to the items around it.
    function test_otherReleasesGoOn() {
        const column = createTemporaryObject(buttons, testCase);
        let released = 0;
        column.Keys.released.connect(event => {
            if (event.key === Qt.Key_Right)
                ++released;
        });
        column.button.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Right);
        compare(released, 1, "the button kept another key's release");
        compare(column.clicks, 0);
    }

    function test_disabledDoesNothing() {
        const column = createTemporaryObject(buttons, testCase);
        const button = column.button;
        button.enabled = false;
        mouseClick(button);
        button.activate();
        button.Accessible.pressAction();
        compare(column.clicks, 0, "a disabled button ran");
    }

    function test_neverChecksItself() {
        const column = createTemporaryObject(buttons, testCase);
        const tile = column.tile;
        verify(tile.checkable);
        mouseClick(tile);
        compare(column.tileClicks, 1);
        verify(!tile.checked, "the tile chose itself; the page makes the choice");
        compare(tile.Accessible.role, Accessible.RadioButton);
    }

    function test_focusRingForKeysOnly() {
        const column = createTemporaryObject(buttons, testCase);
        column.first.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Tab);
        verify(column.button.activeFocus, "Tab did not reach the button");
        verify(column.button.visualFocus, "no ring for the keyboard's focus");
        mouseClick(column.tile);
        verify(column.tile.activeFocus);
        verify(!column.tile.visualFocus, "a ring for a press");
        verify(column.tile.focusedByPointer);
        keyClick(Qt.Key_Backtab);
        verify(column.button.activeFocus, "Shift+Tab did not go back");
        verify(column.button.visualFocus);
    }
}
