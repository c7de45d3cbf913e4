import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Choices through accessible names, as the session page shows them (bound to the session's
// current activity): one of several replaces the last pick, several add up and can be taken
// back, by touch and by keyboard; the option ids are what is saved.
TestCase {
    id: testCase

    name: "Choice"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: choice

        ChoiceActivity {
            activity: CurrentSession.current
        }
    }

    function init() {
        Harness.reset();
    }

    function open(activityId, multiple) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack(activityId);
        compare(activity.type, "choice");
        compare(activity.multiple, multiple);
        const page = createTemporaryObject(choice, testCase, {width: testCase.width});
        verify(page, "ChoiceActivity not created");
        return page;
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function chosen() {
        return JSON.stringify((CurrentSession.current.answer ?? {}).chosen ?? []);
    }

    function test_singleChoiceByTouch() {
        const page = open("how-to-talk", false);
        compare(chosen(), "[]");
        mouseClick(find(page, "On the phone"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["phone"]), 5000);
        const first = CurrentSession.current.answer.responseId;
        verify(first !== undefined);
        mouseClick(find(page, "By message"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["message"]), 5000);
        compare(CurrentSession.current.answer.responseId, first, "replaced, not added");
        verify(find(page, "By message").checked);
        verify(!find(page, "On the phone").checked, "only one is picked");
        compare(CurrentSession.unsavedAnswers, 0);
    }

    function test_multipleChoiceByTouch() {
        const page = open("good-things", true);
        mouseClick(find(page, "Friends"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["friends"]), 5000);
        mouseClick(find(page, "Pets"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["friends", "pets"]), 5000);
        mouseClick(find(page, "Music"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["friends", "pets", "music"]), 5000);
        mouseClick(find(page, "Friends"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["pets", "music"]), 5000);
        verify(!find(page, "Friends").checked);
        verify(find(page, "Pets").checked);
    }

    function test_untickingTheOnlyPickRemovesTheAnswer() {
        const page = open("good-things", true);
        mouseClick(find(page, "Friends"));
        tryCompare(testCase, "chosenNow", JSON.stringify(["friends"]), 5000);
        mouseClick(find(page, "Friends"));
        tryCompare(testCase, "chosenNow", "[]", 5000);
        verify(!find(page, "Friends").checked);
        verify(CurrentSession.current.answer.responseId === undefined, "the saved answer is gone");
        CurrentSession.stop();
        compare(CurrentSession.review.rowCount(), 0, "nothing is kept or shared for an empty choice");
    }

    function test_keyboardPicks() {
        let page = open("how-to-talk", false);
        find(page, "Face to face").forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(testCase, "chosenNow", JSON.stringify(["face-to-face"]), 5000);

        page = open("good-things", true);
        find(page, "Games").forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(testCase, "chosenNow", JSON.stringify(["games"]), 5000);
        find(page, "Food").forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(testCase, "chosenNow", JSON.stringify(["games", "food"]), 5000);
        keyClick(Qt.Key_Space);
        tryCompare(testCase, "chosenNow", JSON.stringify(["games"]), 5000);
    }

    readonly property string chosenNow: JSON.stringify((CurrentSession.current.answer ?? {}).chosen ?? [])

    // Issue 14: every picture the example pack names has its own symbol (not the plain dot
    // that stands in for an unknown one), and so has the magic wand.
    function test_everyPictureHasASymbol() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const unknown = Theme.pictureSymbol("no-such-picture");
        const pictures = ["magic-wand"];
        for (const id of ["good-things", "how-to-talk", "sort-my-week", "what-matters", "my-days"]) {
            for (const o of (Harness.activityFromPack(id).options ?? []))
                if ((o.picture ?? "").length > 0)
                    pictures.push(o.picture);
        }
        verify(pictures.indexOf("holding-hands") >= 0, pictures);
        for (const p of pictures)
            verify(Theme.pictureSymbol(p) !== unknown, "no symbol for " + p);
    }
}
