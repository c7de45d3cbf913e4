import QtQuick
import QtTest
import Chorus
import Chorus.Testing

// The session page: activities one after another, with back, skip and "I want to stop".
TestCase {
    id: testCase

    name: "Session"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    // As a keyboard or switch user would: focus, then Space. (A click needs the item on
    // screen; a page taller than the window has some of its buttons below the fold.)
    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    Component {
        id: sessionPage

        SessionPage {}
    }

    function init() {
        Harness.reset();
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function test_skipBackAndStop() {
        verify(Harness.prepare("session", {}));
        const page = createTemporaryObject(sessionPage, testCase, {width: testCase.width, height: testCase.height});
        compare(CurrentSession.currentIndex, 0);
        activate(find(page, "Skip"));
        compare(CurrentSession.currentIndex, 1);
        activate(find(page, "Back"));
        compare(CurrentSession.currentIndex, 0);
        activate(find(page, "I want to stop"));
        compare(CurrentSession.stage, CurrentSession.Review);
        compare(CurrentSession.review.count, 0, "skipping saves nothing");
    }

    function test_anAnswerIsSavedAndShownInTheReview() {
        verify(Harness.prepare("session", {}));
        const page = createTemporaryObject(sessionPage, testCase, {width: testCase.width, height: testCase.height});
        compare(CurrentSession.current.type, "feelings-scale");
        tryVerify(() => Harness.findByName(page, "Very happy") !== null, 5000, String(Harness.accessibleNames(page)));
        activate(find(page, "Very happy"));
        tryCompare(CurrentSession.current.answer, "value", 5);
        activate(find(page, "I want to stop"));
        compare(CurrentSession.review.count, 1);
    }

    // Issue 14: in high contrast the top bar is as black as the page; a visible line under
    // it keeps it a bar (it looked transparent).
    function test_highContrastTopBarHasAnEdge() {
        verify(Harness.prepare("session", {}));
        Preferences.highContrast = true;
        const page = createTemporaryObject(sessionPage, testCase, {width: testCase.width, height: testCase.height});
        const edge = findChild(page.header.background, "topBarEdge");
        const shown = edge !== null && edge.visible && edge.height > 0 && Qt.colorEqual(edge.color, Theme.border)
                      && !Qt.colorEqual(Theme.border, Theme.background);
        Preferences.highContrast = false;
        verify(shown, "no visible edge under the high-contrast top bar");
    }
}
