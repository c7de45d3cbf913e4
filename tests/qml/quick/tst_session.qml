import QtQuick
import QtTest
import Chorus
import Chorus.Controls
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

    function cleanup() {
        Preferences.textScale = 1;
    }

    function rectIn(item, page) {
        const r = item.mapToItem(page, 0, 0, item.width, item.height);
        return Qt.rect(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height));
    }

    function inView(item, page) {
        const r = rectIn(item, page);
        return item.visible && r.y >= 0 && r.y + r.height <= page.height && r.x >= 0 && r.x + r.width <= page.width;
    }

    // Issue 14, point 12: at 200% text an answer's "Saved" pushed Next below the fold, and
    // Next took Skip's place at another width, moving "I want to stop" under the finger.
    // Now the buttons stay in view and in place, and Next comes where Skip was.
    function test_savingMovesNothingAndNextStaysInView() {
        verify(Harness.prepare("session", {}));
        Preferences.textScale = 2;
        const page = createTemporaryObject(sessionPage, testCase, {width: testCase.width, height: testCase.height});
        tryVerify(() => Harness.findByName(page, "Very happy") !== null, 5000);
        wait(50);
        const skip = find(page, "Skip");
        const stop = find(page, "I want to stop");
        const back = find(page, "Back");
        verify(inView(skip, page), "Skip below the fold: " + rectIn(skip, page));
        verify(inView(stop, page), "I want to stop below the fold: " + rectIn(stop, page));
        const skipAt = rectIn(skip, page);
        const stopAt = rectIn(stop, page);
        const backAt = rectIn(back, page);
        // Focused first (the page scrolls the focused answer into view, as it should), then
        // chosen: choosing moves nothing.
        const face = find(page, "Very happy");
        face.forceActiveFocus();
        wait(50);
        const faceAt = rectIn(face, page);

        keyClick(Qt.Key_Space);
        tryCompare(CurrentSession.current.answer, "value", 5);
        tryVerify(() => Harness.findByName(page, "Saved") !== null, 2000, String(Harness.accessibleNames(page)));
        wait(50);
        const next = find(page, "Next");
        verify(inView(next, page), "Next below the fold after saving: " + rectIn(next, page));
        compare(rectIn(next, page).x, skipAt.x, "Next is not where Skip was");
        compare(rectIn(next, page).y, skipAt.y, "Next is not where Skip was");
        compare(rectIn(stop, page), stopAt, "\"I want to stop\" moved when the answer was saved");
        compare(rectIn(back, page), backAt, "Back moved when the answer was saved");
        compare(rectIn(find(page, "Very happy"), page), faceAt, "the answer moved under the finger");
    }

    // Issue 14, point 12: each activity opens at its top with its question in view (it
    // opened scrolled down, the question hidden), however far down the last one was.
    function test_eachActivityOpensAtItsTop() {
        verify(Harness.prepare("session", {}));
        Preferences.textScale = 2;
        const page = createTemporaryObject(sessionPage, testCase, {width: testCase.width, height: testCase.height});
        const column = findChild(page, "activityColumn");
        verify(column);
        const count = CurrentSession.activities.rowCount();
        verify(count >= 3, "activities: " + count);
        for (let i = 0; i + 1 < count; ++i) {
            tryVerify(() => column.contentHeight > 0);
            wait(20);
            column.contentY = Math.max(0, column.contentHeight - column.height); // read to the end
            const skip = Harness.findByName(page, "Skip") ?? find(page, "Next");
            activate(skip);
            compare(CurrentSession.currentIndex, i + 1);
            wait(50); // the new activity loaded, laid out and announced
            const question = findChild(column, "activityQuestion");
            if (!question || !question.visible)
                continue; // an activity without a question of its own
            compare(column.contentY, 0, "activity " + (i + 1) + " (" + CurrentSession.current.type + ") opened scrolled down");
            const top = question.mapToItem(page, 0, 0).y;
            verify(top >= 0 && top + Math.min(question.height, 40) <= page.height,
                   "the question of activity " + (i + 1) + " is not in view: " + top);
        }
    }

    // Issue 14, point 14: a button reached with Tab showed no sign of the keyboard focus.
    // Now a ring in the focus colour is drawn round it, on screen, and goes with the focus.
    function test_keyboardFocusIsVisible() {
        verify(Harness.prepare("session", {}));
        const page = createTemporaryObject(sessionPage, testCase, {width: testCase.width, height: testCase.height});
        const stop = find(page, "I want to stop");
        stop.forceActiveFocus(Qt.TabFocusReason);
        verify(stop.visualFocus);
        const ring = findChild(stop, "focusRing");
        verify(ring && ring.visible, "no focus ring on a button with the keyboard focus");
        waitForRendering(page);
        const image = grabImage(page);
        // A point on the ring, left of the button's middle: the focus colour on screen.
        const at = ring.mapToItem(page, Theme.focusWidth / 2, ring.height / 2);
        verify(Qt.colorEqual(image.pixel(Math.round(at.x), Math.round(at.y)), Theme.focus),
               "the ring is not drawn: " + image.pixel(Math.round(at.x), Math.round(at.y)) + " at " + at);
        find(page, "Skip").forceActiveFocus(Qt.TabFocusReason);
        verify(!ring.visible, "the ring stays after the focus has gone");
    }
}
