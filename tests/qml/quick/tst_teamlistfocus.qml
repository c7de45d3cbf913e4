import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// Issue 15 / 20.3 on the Team screens: keyboard focus moved with Tab to something of a list
// that is out of view scrolls the list to it (FocusInView). Signed in to a test hub with
// twelve shared drawings, each card with its "Show the drawing larger" button: Tab walks the
// cards' buttons down past the bottom of the feedback list, and every button it reaches is
// inside the list's visible area. At 200% text in a short window the Team sections outgrow
// their side list: Tab through them keeps the focused section in view too.
TestCase {
    id: testCase

    name: "TeamListFocus"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: teamScreen

        TeamScreen {}
    }

    function initTestCase() {
        const hub = Harness.startHub();
        verify(hub.length > 0, "the test hub did not start");
        compare(Harness.seedFeedback("c1", 12, { "kind": "drawing" }), 12);
        const secret = Harness.addReviewer("Focus Reviewer", "reviewer");
        Team.hubUrl = hub;
        Team.firstSignIn("Focus Reviewer", secret, "a long passphrase 1", "a long passphrase 1");
        tryVerify(() => Team.signedIn, 10000, "not signed in: " + Team.errorMessage);
    }

    function cleanupTestCase() {
        Team.signOut();
    }

    function cleanup() {
        Preferences.textScale = 1;
    }

    function isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true;
        }
        return false;
    }

    function find(page, name) {
        tryVerify(() => Harness.findByName(page, name) !== null, 10000,
                  "no '" + name + "' in " + Harness.accessibleNames(page));
        return Harness.findByName(page, name);
    }

    /** Where `item` is in `view` (a list or Flickable): its box in the view's coordinates. */
    function boxIn(view, item) {
        return item.mapToItem(view, 0, 0, item.width, item.height);
    }

    /** The focused item is all inside the visible area of `view`; `what` names the step. */
    function checkShown(view, item, what) {
        const box = boxIn(view, item);
        verify(box.y >= -0.5 && box.y + box.height <= view.height + 0.5,
               what + ": '" + (item.Accessible.name || item.text) + "' at y " + Math.round(box.y) + " to "
               + Math.round(box.y + box.height) + ", the list shows 0 to " + Math.round(view.height));
    }

    function test_feedbackListFollowsTab() {
        const page = createTemporaryObject(teamScreen, testCase, { width: 1280, height: 800 });
        verify(page, "TeamScreen not created");
        Team.currentConsultation = "c1";
        mouseClick(find(page, "Feedback"));
        const list = find(page, "Answers");
        tryVerify(() => list.count === 12, 10000, "answers listed: " + list.count);
        // Every loaded card shows its drawing's button; more of them than the list shows.
        const larger = "Show the drawing larger";
        tryVerify(() => list.contentHeight > 2 * list.height, 10000,
                  "the cards fit the list (" + list.contentHeight + " of " + list.height + ")");
        const first = find(list, larger);
        first.forceActiveFocus(Qt.TabFocusReason);
        tryVerify(() => first.activeFocus, 2000, "the first card's button took no focus");
        compare(list.contentY, list.originY, "the list did not start at its top");

        // Tab on through the cards: each button reached is in view, those that began below
        // the bottom of the list included.
        let belowFold = 0;
        for (let step = 0; step < 30 && belowFold < 4; ++step) {
            const before = list.contentY;
            keyClick(Qt.Key_Tab);
            const item = testCase.Window.activeFocusItem;
            verify(item, "nothing has focus after Tab " + (step + 1));
            if (!isInside(item, list.contentItem))
                break; // past the last card made so far
            // Where the item was before any scrolling Tab caused: below the list's bottom?
            const top = item.mapToItem(list.contentItem, 0, 0).y;
            if (top + item.height > before + list.height)
                ++belowFold;
            waitForItemPolished(list, 2000);
            checkShown(list, item, "Tab " + (step + 1));
        }
        verify(belowFold >= 2, "Tab reached only " + belowFold + " buttons below the list's bottom");
        verify(list.contentY > list.originY, "the list never scrolled");
    }

    function test_sectionsFollowTab() {
        Preferences.textScale = 2;
        const page = createTemporaryObject(teamScreen, testCase, { width: 1280, height: 400 });
        verify(page, "TeamScreen not created");
        const sectionsName = "Team sections";
        const side = find(page, sectionsName);
        const first = find(side, "Consultations");
        waitForRendering(page);
        // The side list scrolls in a Flickable inside the sections' frame.
        let view = first.parent;
        while (view && view.contentItem === undefined)
            view = view.parent;
        verify(view, "the sections are not in a scrolling list");
        tryVerify(() => view.contentHeight > view.height, 5000,
                  "the sections fit (" + view.contentHeight + " of " + view.height + "): nothing to scroll");
        first.forceActiveFocus(Qt.TabFocusReason);
        tryVerify(() => first.activeFocus, 2000, "the first section took no focus");
        let belowFold = 0;
        for (let step = 0; step < 20; ++step) {
            const before = view.contentY;
            keyClick(Qt.Key_Tab);
            const item = testCase.Window.activeFocusItem;
            if (!item || !isInside(item, view.contentItem))
                break; // past the last section
            if (item.mapToItem(view.contentItem, 0, 0).y + item.height > before + view.height)
                ++belowFold;
            checkShown(view, item, "Tab " + (step + 1));
        }
        verify(belowFold >= 1, "Tab reached no section below the side list's bottom");
    }
}
