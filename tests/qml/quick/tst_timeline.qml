import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Feelings over time through accessible names: a face for "before", "now" and "next", by
// touch and by keys; the three are one saved answer, and the review says them in words.
TestCase {
    id: testCase

    name: "FeelingsTimeline"
    when: windowShown
    visible: true
    width: 1024
    height: 1400

    Component {
        id: timeline

        FeelingsTimelineActivity {
            width: testCase.width
        }
    }

    function init() {
        Harness.reset();
    }

    function open() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack("my-days");
        compare(activity.type, "feelings-timeline");
        const page = createTemporaryObject(timeline, testCase, {activity: activity});
        verify(page, "FeelingsTimelineActivity not created");
        page.activity = Qt.binding(() => CurrentSession.current);
        return page;
    }

    function named(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page));
        // A pick shows new controls: let their layouts place them before they are touched.
        for (let p = item.parent; p; p = p.parent)
            waitForItemPolished(p, 2000);
        return item;
    }

    function saved() {
        return JSON.stringify(((CurrentSession.current.answer ?? {}).value ?? {}).timeline ?? {});
    }

    function test_eachMomentHasFiveNamedFaces() {
        const page = open();
        for (const moment of ["Before", "Now", "Next"]) {
            for (const word of ["Very sad", "Sad", "OK", "Happy", "Very happy"])
                named(page, moment + ": " + word);
        }
    }

    function test_aFaceForEachMoment() {
        const page = open();
        mouseClick(named(page, "Before: Sad"));
        tryVerify(() => saved() === '{"before":2}', 5000, saved());
        const first = CurrentSession.current.answer.responseId;
        named(page, "Now: OK").forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryVerify(() => saved() === '{"before":2,"now":3}', 5000, saved());
        mouseClick(named(page, "Next: Very happy"));
        tryVerify(() => saved() === '{"before":2,"next":5,"now":3}', 5000, saved());
        compare(CurrentSession.current.answer.responseId, first, "one answer, replaced each time");
        verify(named(page, "Now: OK").checked);
        CurrentSession.stop();
        compare(CurrentSession.review.rowCount(), 1);
        const summary = CurrentSession.review.data(CurrentSession.review.index(0, 0), ReviewModel.ChosenRole);
        compare(summary, "Before: Sad\nNow: OK\nNext: Very happy");
    }
}
