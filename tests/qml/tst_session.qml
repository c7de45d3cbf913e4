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
        const page = createTemporaryObject(sessionPage, testCase);
        compare(CurrentSession.currentIndex, 0);
        mouseClick(find(page, "Skip"));
        compare(CurrentSession.currentIndex, 1);
        mouseClick(find(page, "Back"));
        compare(CurrentSession.currentIndex, 0);
        mouseClick(find(page, "I want to stop"));
        compare(CurrentSession.stage, CurrentSession.Review);
        compare(CurrentSession.review.count, 0, "skipping saves nothing");
    }

    function test_anAnswerIsSavedAndShownInTheReview() {
        verify(Harness.prepare("session", {}));
        const page = createTemporaryObject(sessionPage, testCase);
        compare(CurrentSession.current.type, "feelings-scale");
        tryVerify(() => Harness.findByName(page, "Very happy") !== null, 5000, Harness.accessibleNames(page));
        mouseClick(find(page, "Very happy"));
        tryCompare(CurrentSession.current.answer, "value", 5);
        mouseClick(find(page, "I want to stop"));
        compare(CurrentSession.review.count, 1);
    }
}
