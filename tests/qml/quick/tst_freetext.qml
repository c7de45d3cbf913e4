import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The child's own words and their wish, typed into the named box and kept with the named
// button; the saved text is what was typed, and keeping it again replaces it.
TestCase {
    id: testCase

    name: "FreeText"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: freeText

        FreeTextActivity {
            activity: CurrentSession.current
        }
    }

    Component {
        id: magicWand

        MagicWandActivity {
            activity: CurrentSession.current
        }
    }

    function init() {
        Harness.reset();
    }

    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function open(component, activityId, type) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack(activityId);
        compare(activity.type, type);
        const page = createTemporaryObject(component, testCase, {width: testCase.width});
        verify(page, type + " not created");
        return page;
    }

    function type(box, words) {
        box.forceActiveFocus();
        for (const c of words)
            keyClick(c);
        compare(box.text, words);
    }

    function test_wordsAreKept() {
        const page = open(freeText, "tell-us", "free-text");
        const keep = find(page, "Keep my words");
        verify(!keep.enabled, "nothing to keep yet");
        const box = find(page, "Your words");
        type(box, "I like my bike");
        verify(keep.enabled);
        activate(keep);
        tryCompare(testCase, "savedText", "I like my bike", 5000);
        const first = CurrentSession.current.answer.responseId;
        verify(first !== undefined);
        compare(CurrentSession.unsavedAnswers, 0);

        box.forceActiveFocus();
        keyClick(Qt.Key_End);
        for (const c of " a lot")
            keyClick(c);
        compare(box.text, "I like my bike a lot");
        activate(find(page, "Keep my words"));
        tryCompare(testCase, "savedText", "I like my bike a lot", 5000);
        compare(CurrentSession.current.answer.responseId, first, "replaced, not added");
    }

    function test_wishIsKept() {
        const page = open(magicWand, "magic-wand", "magic-wand");
        const wish = find(page, "Make my wish");
        verify(!wish.enabled, "no wish yet");
        type(find(page, "My wish"), "More time with my nan");
        activate(wish);
        tryCompare(testCase, "savedText", "More time with my nan", 5000);
        compare(CurrentSession.current.answer.kind, "text");
        CurrentSession.stop();
        compare(CurrentSession.review.count, 1, "the wish is listed for review");
    }

    function test_spacesOnlyAreNotKept() {
        const page = open(freeText, "tell-us", "free-text");
        type(find(page, "Your words"), "   ");
        verify(!find(page, "Keep my words").enabled, "blank words cannot be kept");
        compare(CurrentSession.current.answer.text, undefined);
    }

    readonly property var savedText: (CurrentSession.current.answer ?? {}).text
}
