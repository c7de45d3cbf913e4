import QtQuick
import Chorus.Controls

// What every Chorus button does, whatever it looks like (AppButton, ChoiceTile, PickTile): a
// tap or click, Space, Return or a screen reader's Press (or Toggle) runs activate(), which
// emits clicked(). A button never changes its own `checked`: the page binds it to what it
// shows and changes that in onClicked, so a tile can never show a choice the page did not make.
//
// Plain Qt Quick, not a Quick Controls template: the unlock screen is made of these, and its
// first frame need not register QtQuick.Templates' types, 18 M instructions or about a sixth
// of a bare window's start (bench/startup_bench; see Main.qml). Plain items also take their
// accessible role from Accessible.role, which Qt 6.4 overrides from the C++ type of a
// template control.
Item {
    id: root

    property string text: ""
    /** Said by a screen reader after the name, when the name alone does not say enough. */
    property string description: ""
    property bool checkable: false
    property bool checked: false
    property font font: Theme.bodyFont
    /** Held down by a pointer or the Space key. */
    readonly property bool down: pointer.pressed || inner.spaceHeld
    /** Has the keys and got them from the keyboard or a screen reader, not from a press: only
        then is the focus ring drawn, as Quick Controls' visualFocus does. */
    readonly property bool visualFocus: root.activeFocus && !root.focusedByPointer
    /** The keys came with a press: FocusInView leaves the page where it is (what a finger
        presses is in view already). */
    readonly property alias focusedByPointer: inner.byPointer

    signal clicked

    /** What a click, Space, Return or the accessibility Press action does. */
    function activate(): void {
        if (root.enabled)
            root.clicked();
    }

    activeFocusOnTab: true
    Accessible.role: root.checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.focusable: true
    Accessible.checkable: root.checkable
    Accessible.checked: root.checked
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()

    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()
    // Space acts on release, as in Quick Controls: a held key does not repeat the press.
    Keys.onSpacePressed: event => {
        if (!event.isAutoRepeat)
            inner.spaceHeld = true;
    }
    Keys.onReleased: event => {
        if (event.key !== Qt.Key_Space || event.isAutoRepeat || !inner.spaceHeld)
            return;
        inner.spaceHeld = false;
        event.accepted = true;
        root.activate();
    }
    onActiveFocusChanged: {
        if (!root.activeFocus) {
            inner.byPointer = false;
            inner.spaceHeld = false;
        }
    }

    // State of its own, not for those who use a button.
    QtObject {
        id: inner

        property bool byPointer: false
        property bool spaceHeld: false
    }

    // A press takes the keys, as Quick Controls' buttons do: a text box being typed in loses
    // them first and commits what the input method holds before onClicked reads it.
    MouseArea {
        id: pointer

        anchors.fill: parent
        onPressed: {
            inner.byPointer = true;
            root.forceActiveFocus(Qt.MouseFocusReason);
        }
        onClicked: root.activate()
    }
}
