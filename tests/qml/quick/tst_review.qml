import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// "What you told us": every saved answer is listed in words, and "Delete this answer"
// removes that answer from the store and the list, leaving the others.
TestCase {
    id: testCase

    name: "Review"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: reviewPage

        ReviewPage {}
    }

    function init() {
        Harness.reset();
    }

    // One "Delete this answer: <question>" per answer (issue 20.7): the first of them.
    function deleteButton(page) {
        const name = Harness.accessibleNames(page).find(n => n.startsWith("Delete this answer: "));
        return name ? Harness.findByName(page, name) : null;
    }

    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    // The answer's words are plain text, which the harness's name search does not see
    // offscreen; so look for a visible Text showing exactly those words.
    function findText(item, words) {
        if (!item || !item.visible)
            return null;
        if (item.text === words && item.hasOwnProperty("wrapMode") && item.hasOwnProperty("lineCount"))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], words);
            if (found)
                return found;
        }
        return null;
    }

    function reviewed(role) {
        const values = [];
        for (let i = 0; i < CurrentSession.review.count; ++i)
            values.push(CurrentSession.review.data(CurrentSession.review.index(i, 0), role));
        return values;
    }

    function test_theSavedAnswerIsListedAndCanBeDeleted() {
        verify(Harness.prepare("review", {}), "review not reached: " + CurrentSession.errorMessage);
        compare(CurrentSession.review.count, 1);
        const page = createTemporaryObject(reviewPage, testCase, {width: testCase.width, height: testCase.height});
        verify(findText(page, "Happy"), "the feelings answer (4) is listed in words");
        const remove = deleteButton(page);
        verify(remove, Harness.accessibleNames(page));
        activate(remove);
        compare(CurrentSession.review.count, 0, "deleted from the review");
        verify(!deleteButton(page), "no answer left to delete");
        verify(!findText(page, "Happy"), "no longer listed");
        verify(findText(page, "You have not saved any answers. That is fine."));
        CurrentSession.back();
        CurrentSession.goTo(0);
        compare(CurrentSession.current.answer.value, undefined, "the answer is gone from the session too");
    }

    function test_deletingOneAnswerKeepsTheOthers() {
        verify(Harness.prepare("session", {}));
        verify(CurrentSession.saveScale(Harness.activityFromPack("feel-today").activityId, 2));
        verify(CurrentSession.saveText(Harness.activityFromPack("tell-us").activityId, "My cat is called Bob"));
        CurrentSession.stop();
        compare(CurrentSession.review.count, 2);
        const page = createTemporaryObject(reviewPage, testCase, {width: testCase.width, height: testCase.height});
        verify(findText(page, "My cat is called Bob"), "the child's own words, as typed, are listed");
        verify(findText(page, "Sad"), "the feelings answer (2) is listed in words");
        // The first listed answer's delete button; whichever it is, the other one stays.
        const before = reviewed(Qt.UserRole + 1);
        activate(deleteButton(page));
        compare(CurrentSession.review.count, 1);
        const after = reviewed(Qt.UserRole + 1);
        compare(after.length, 1);
        verify(before.indexOf(after[0]) >= 0);
        verify(deleteButton(page), "the other answer can still be deleted");
        compare(!!findText(page, "My cat is called Bob") + !!findText(page, "Sad"), 1, "exactly one answer still listed");
    }
}
