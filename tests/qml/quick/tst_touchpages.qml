import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// Issue 15, touch, beyond the session page (tst_touch): a young person's own-time join pages
// (the invite and their PIN), the three houses and the card sort, and the Team review list,
// on a 10-inch tablet in landscape (1280×800) and portrait (800×1280). On each page every
// control a finger can use is at least Theme.touchTarget each way and, scrolled into view, is
// what a touch at its middle reaches; and a touch tap does what a click does.
TestCase {
    id: testCase

    name: "TouchPages"
    when: windowShown
    visible: true
    width: 1280
    height: 1280

    Component {
        id: firstRun

        FirstRunPage {}
    }
    Component {
        id: sessionPage

        SessionPage {}
    }
    Component {
        id: teamScreen

        TeamScreen {}
    }

    function init_data() {
        return [{ tag: "landscape 1280x800", w: 1280, h: 800 }, { tag: "portrait 800x1280", w: 800, h: 1280 }];
    }

    function initTestCase() {
        const hub = Harness.startHub();
        verify(hub.length > 0, "the test hub did not start");
        compare(Harness.seedFeedback("c1", 12, {}), 12);
        const secret = Harness.addReviewer("Touch Reviewer", "reviewer");
        Team.hubUrl = hub;
        Team.firstSignIn("Touch Reviewer", secret, "a long passphrase 1", "a long passphrase 1");
        tryVerify(() => Team.signedIn, 10000, "not signed in: " + Team.errorMessage);
    }

    function init() {
        Harness.reset();
    }

    function cleanupTestCase() {
        Team.signOut();
    }

    /** Every control a finger can use: visible, enabled items that Tab reaches. */
    function controlsIn(item, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (!child.visible || !child.enabled)
                continue;
            if (child.activeFocusOnTab)
                out.push(child);
            controlsIn(child, out);
        }
        return out;
    }

    /** The topmost item under a point of `root`: children in paint order, higher z first and,
        at the same z, the later one (as in tst_touch). */
    function itemAt(root, x, y) {
        const kids = [];
        for (let i = 0; i < root.children.length; ++i)
            kids.push({ item: root.children[i], order: i });
        kids.sort((a, b) => (b.item.z - a.item.z) || (b.order - a.order));
        for (const k of kids) {
            const child = k.item;
            if (!child.visible || child.opacity === 0)
                continue;
            const p = root.mapToItem(child, x, y);
            if (p.x >= 0 && p.y >= 0 && p.x < child.width && p.y < child.height)
                return itemAt(child, p.x, p.y);
            if (!child.clip && child.children.length > 0) {
                const inner = itemAt(child, p.x, p.y);
                if (inner !== child)
                    return inner;
            }
        }
        return root;
    }

    function isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true;
        }
        return false;
    }

    function describe(control) {
        return (control.Accessible.name || control.text || control.objectName || String(control));
    }

    /** Scrolled into view as focus does it (a page) or as a finger does it (a list, which
        does not follow focus), then where a finger would touch it. */
    function bringIntoView(page, control) {
        control.forceActiveFocus();
        for (let p = control; p; p = p.parent)
            waitForItemPolished(p, 2000);
        wait(0);
        for (let list = control.parent; list; list = list.parent) {
            if (list.contentY === undefined || list.contentItem === undefined || list.height <= 0)
                continue;
            const box = control.mapToItem(list, 0, 0, control.width, control.height);
            if (box.y < 0 || box.y + box.height > list.height) {
                list.contentY = Math.max(0, Math.min(list.contentHeight - list.height, list.contentY + box.y
                                                     - (list.height - box.height) / 2));
                wait(0);
            }
        }
        return control.mapToItem(page, control.width / 2, control.height / 2);
    }

    /** Size and reach of every control of `page`: the problems, in words. */
    function checkTargets(page, what) {
        waitForRendering(page);
        const controls = controlsIn(page, []);
        verify(controls.length > 0, what + ": no controls");
        const problems = [];
        for (const control of controls) {
            const name = describe(control);
            if (Math.min(control.width, control.height) < Theme.touchTarget)
                problems.push(name + " is " + Math.round(control.width) + "×" + Math.round(control.height));
            const middle = bringIntoView(page, control);
            if (middle.x < 0 || middle.y < 0 || middle.x > page.width || middle.y > page.height) {
                problems.push(name + " is not on screen at " + Math.round(middle.x) + "," + Math.round(middle.y));
                continue;
            }
            const hit = itemAt(page, middle.x, middle.y);
            if (!isInside(hit, control))
                problems.push(name + " is covered by " + describe(hit));
        }
        verify(problems.length === 0, what + ": " + problems.join("; "));
    }

    /** A finger's tap at the middle of the control, once it is in view. */
    function tap(page, control) {
        bringIntoView(page, control);
        const x = control.width / 2;
        const y = control.height / 2;
        touchEvent(control).press(0, control, x, y).commit();
        touchEvent(control).release(0, control, x, y).commit();
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page));
        return item;
    }

    function waitFor(page, name) {
        tryVerify(() => Harness.findByName(page, name) !== null, 10000,
                  "no '" + name + "' in " + Harness.accessibleNames(page));
        return Harness.findByName(page, name);
    }

    // The own-time join: "I have an invite", the invite and the PIN, by touch alone. First
    // (test_1_), while the file's store is still unmade: the pages make none.
    function test_1_ownTimeJoinPages(data) {
        if (App.stage !== App.FirstRun)
            verify(Harness.prepare("firstRun", {}), "first run not reached");
        const typed = Harness.hubInvite("c-touch");
        verify(typed.length > 0, "no invite from the test hub");
        const page = createTemporaryObject(firstRun, testCase, { width: data.w, height: data.h });
        verify(page, "FirstRunPage not created");
        checkTargets(page, data.tag + ", welcome");
        tap(page, find(page, "I have an invite"));
        const hubField = waitFor(page, "Hub address");
        checkTargets(page, data.tag + ", invite");
        // A tap on a field gives it the keyboard, as a click does.
        testCase.forceActiveFocus();
        tap(page, hubField);
        tryVerify(() => hubField.activeFocus, 2000, "the tap did not focus the hub address");
        hubField.text = Harness.startHub();
        find(page, "Invite code").text = typed;
        tap(page, find(page, "Next"));
        const pin = waitFor(page, "Your PIN");
        checkTargets(page, data.tag + ", PIN");
        testCase.forceActiveFocus();
        tap(page, pin);
        tryVerify(() => pin.activeFocus, 2000, "the tap did not focus the PIN field");
    }

    // The three houses: a tap opens a house and puts the words in it.
    function test_threeHouses(data) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const page = createTemporaryObject(sessionPage, testCase, { width: data.w, height: data.h });
        verify(page, "SessionPage not created");
        Harness.activityFromPack("three-houses");
        tryVerify(() => page.activity && page.activity.activityId === "three-houses", 5000);
        checkTargets(page, data.tag + ", three houses");
        tap(page, find(page, "House of worries"));
        const words = find(page, "Words for this house");
        words.text = "tests";
        tap(page, find(page, "Put in the house"));
        tryVerify(() => ((((CurrentSession.current.answer ?? {}).value ?? {}).parts ?? {}).worries ?? []).indexOf("tests") >= 0,
                  5000, "the tap did not put the words in the house: " + JSON.stringify(CurrentSession.current.answer));
        checkTargets(page, data.tag + ", three houses with words");
    }

    // The card sort: a tap picks a card up, a tap on a pile puts it there.
    function test_cardSort(data) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const page = createTemporaryObject(sessionPage, testCase, { width: data.w, height: data.h });
        verify(page, "SessionPage not created");
        Harness.activityFromPack("sort-my-week");
        tryVerify(() => page.activity && page.activity.activityId === "sort-my-week", 5000);
        checkTargets(page, data.tag + ", card sort");
        tap(page, find(page, "Food"));
        tap(page, find(page, "Going well"));
        tryVerify(() => ((((CurrentSession.current.answer ?? {}).value ?? {}).piles ?? {})["going-well"] ?? []).indexOf("food") >= 0,
                  5000, "the taps did not sort the card: " + JSON.stringify(CurrentSession.current.answer));
    }

    // The Team review list: a tap on a consultation opens it, a tap on a section shows it.
    function test_teamReviewList(data) {
        const page = createTemporaryObject(teamScreen, testCase, { width: data.w, height: data.h });
        verify(page, "TeamScreen not created");
        tryVerify(() => Harness.accessibleNames(page).some(n => n.startsWith("c1 — ")), 10000,
                  "no consultation c1 in " + Harness.accessibleNames(page));
        checkTargets(page, data.tag + ", Team consultations");
        Team.currentConsultation = "";
        const c1 = find(page, Harness.accessibleNames(page).find(n => n.startsWith("c1 — ")));
        tap(page, c1);
        tryCompare(Team, "currentConsultation", "c1", 5000, "the tap did not open the consultation");
        tap(page, find(page, "Feedback"));
        const list = waitFor(page, "Answers");
        tryVerify(() => list.count > 0, 10000, "no answers listed");
        checkTargets(page, data.tag + ", Team feedback list");
    }
}
