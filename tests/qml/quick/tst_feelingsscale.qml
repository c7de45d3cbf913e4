import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The feelings scale through its accessible names: a face saves an answer in the store,
// and choosing another face replaces it rather than adding a second one.
TestCase {
    id: testCase

    name: "FeelingsScale"
    when: windowShown
    visible: true // a TestCase is hidden by default, and hidden items take no clicks
    width: 1024
    height: 768

    Component {
        id: scale

        FeelingsScaleActivity {}
    }

    function init() {
        Harness.reset();
    }

    function openScale() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack("feel-today");
        compare(activity.type, "feelings-scale");
        const page = createTemporaryObject(scale, testCase, {activity: activity});
        verify(page, "FeelingsScaleActivity not created");
        return page;
    }

    function test_facesHaveWords() {
        const page = openScale();
        for (const word of ["Very sad", "Sad", "OK", "Happy", "Very happy"])
            verify(Harness.findByName(page, word), word + " not in " + Harness.accessibleNames(page));
    }

    function test_tappingAFaceSavesIt() {
        const page = openScale();
        const happy = Harness.findByName(page, "Happy");
        verify(happy, "names: " + Harness.accessibleNames(page));
        mouseClick(happy);
        tryCompare(CurrentSession.current.answer, "value", 4);
        verify(CurrentSession.current.answer.responseId !== undefined);
        compare(CurrentSession.unsavedAnswers, 0);
    }

    function test_keyboardChoosesAndChangesTheAnswer() {
        const page = openScale();
        const sad = Harness.findByName(page, "Sad");
        sad.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(CurrentSession.current.answer, "value", 2);
        const first = CurrentSession.current.answer.responseId;
        const veryHappy = Harness.findByName(page, "Very happy");
        veryHappy.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(CurrentSession.current.answer, "value", 5);
        compare(CurrentSession.current.answer.responseId, first, "the answer is replaced, not added");
        CurrentSession.stop();
        compare(CurrentSession.review.rowCount(), 1);
    }

    function test_prepareReachesEveryStage() {
        for (const stage of ["home", "consent", "session", "review"])
            verify(Harness.prepare(stage, {}), stage);
        compare(CurrentSession.stage, CurrentSession.Review);
        verify(!Harness.prepare("firstRun", {}), "a store exists, so first run is over");
        verify(!Harness.prepare("no-such-stage", {}));
    }
}
