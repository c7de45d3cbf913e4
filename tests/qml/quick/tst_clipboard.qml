import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// UI-4 (#22.4): a child's words never reach the clipboard. In every field a child types in
// (the three houses' words, a circles label, a drawing's caption, free text, the magic
// wand), Ctrl+A then Ctrl+C (and Ctrl+X) leave an empty clipboard and the words in place.
TestCase {
    id: testCase

    name: "Clipboard"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: threeHouses

        ThreeHousesActivity {
            width: 900
        }
    }
    Component {
        id: circles

        CirclesActivity {
            width: 900
        }
    }
    Component {
        id: drawing

        DrawingActivity {
            width: 900
        }
    }
    Component {
        id: freeText

        FreeTextActivity {
            width: 900
        }
    }
    Component {
        id: plainEntry

        TextEntry {
            width: 400
            label: "Hub address"
        }
    }
    Component {
        id: magicWand

        MagicWandActivity {
            width: 900
        }
    }

    function init() {
        Harness.reset();
        Harness.clearClipboard();
    }

    function childFields() {
        return [
            {tag: "three houses", component: threeHouses, activityId: "three-houses", field: "Words for this house"},
            {tag: "circles label", component: circles, activityId: "my-people", field: "Someone else: a word for them"},
            {tag: "drawing caption", component: drawing, activityId: "smile", field: "Words for my drawing (if you like)"},
            {tag: "free text", component: freeText, activityId: "tell-us", field: "Your words"},
            {tag: "magic wand", component: magicWand, activityId: "magic-wand", field: "My wish"}
        ];
    }

    function open(data) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const page = createTemporaryObject(data.component, testCase, {activity: Harness.activityFromPack(data.activityId)});
        verify(page, data.tag + " not created");
        const field = Harness.findByName(page, data.field);
        verify(field, "no '" + data.field + "' in " + Harness.accessibleNames(page));
        return field;
    }

    function type(field, text) {
        field.forceActiveFocus();
        for (const c of text)
            keyClick(c);
    }

    function test_noCopyOutOfAChildsField_data() {
        return childFields();
    }

    function test_noCopyOutOfAChildsField(data) {
        const field = open(data);
        type(field, "secret");
        compare(field.text, "secret");
        compare(Harness.clipboardText(), "");

        keyClick(Qt.Key_A, Qt.ControlModifier);
        keyClick(Qt.Key_C, Qt.ControlModifier);
        compare(Harness.clipboardText(), "", "Ctrl+A, Ctrl+C copied a child's words");

        // Even with the words selected some other way (a long press, say).
        field.selectAll();
        keyClick(Qt.Key_C, Qt.ControlModifier);
        keyClick(Qt.Key_Insert, Qt.ControlModifier);
        keyClick(Qt.Key_X, Qt.ControlModifier);
        compare(Harness.clipboardText(), "", "copy or cut reached the clipboard");
        compare(field.text, "secret", "cut took the words out");
        verify(!field.selectByMouse, "a mouse selection would fill the selection clipboard");
    }

    // A practitioner's own field outside child mode still copies (the check can fail).
    function test_practitionerFieldStillCopies() {
        verify(Harness.prepare("home", {}));
        const entry = createTemporaryObject(plainEntry, testCase);
        verify(entry, "TextEntry not created");
        type(entry, "hub");
        keyClick(Qt.Key_A, Qt.ControlModifier);
        keyClick(Qt.Key_C, Qt.ControlModifier);
        compare(Harness.clipboardText(), "hub");
    }

    // Any field, not only an activity's, refuses copying while a child holds the device:
    // the controls learn of child mode through Navigation.childMode (Main.qml binds it).
    function test_noCopyAnywhereInChildMode() {
        verify(Harness.prepare("home", {}));
        Navigation.childMode = true;
        const entry = createTemporaryObject(plainEntry, testCase);
        verify(entry, "TextEntry not created");
        type(entry, "hub");
        keyClick(Qt.Key_A, Qt.ControlModifier);
        keyClick(Qt.Key_C, Qt.ControlModifier);
        const selectable = entry.selectByMouse;
        Navigation.childMode = false;
        compare(Harness.clipboardText(), "", "a field copied in child mode");
        verify(!selectable, "a mouse selection would fill the selection clipboard");
    }
}
