import QtQuick
import QtTest
import Chorus
import Chorus.Testing

// Issue 15, touch: every activity of the example pack inside the real session page, on a
// 10-inch tablet in landscape (1280×800) and portrait (800×1280), with touch alone. Each
// control the page offers is at least 44 px each way; once it is scrolled into view, the
// touch point at its middle lands on it (nothing covers it, nothing rests on hover); and a
// touch tap on a choice picks it, the way a finger does.
TestCase {
    id: testCase

    readonly property int minimumTarget: 44

    name: "Touch"
    when: windowShown
    visible: true
    width: 1280
    height: 1280

    Component {
        id: sessionPage

        SessionPage {}
    }

    function init() {
        Harness.reset();
    }

    function init_data() {
        return [{ tag: "landscape 1280x800", w: 1280, h: 800 }, { tag: "portrait 800x1280", w: 800, h: 1280 }];
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

    /** The topmost item under a point of `root` (what a touch there reaches first): children
        in paint order, higher z first and, at the same z, the later one. */
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
            // A clipping parent hides what lies outside it; a plain one does not.
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

    function tap(page, control) {
        const x = control.width / 2;
        const y = control.height / 2;
        touchEvent(control).press(0, control, x, y).commit();
        touchEvent(control).release(0, control, x, y).commit();
    }

    function checkActivity(page, activityId, size) {
        Harness.activityFromPack(activityId);
        tryVerify(() => page.activity && page.activity.activityId === activityId, 5000, activityId + " shown");
        waitForRendering(page);
        const controls = controlsIn(page, []);
        verify(controls.length > 2, activityId + ": only " + controls.length + " controls");
        const problems = [];
        for (const control of controls) {
            const name = describe(control);
            if (Math.min(control.width, control.height) < testCase.minimumTarget)
                problems.push(name + " is " + Math.round(control.width) + "×" + Math.round(control.height));
            // Scrolled into view as focus does it (PageColumn), then touched at its middle.
            control.forceActiveFocus();
            for (let p = control; p; p = p.parent)
                waitForItemPolished(p, 2000);
            wait(0);
            const middle = control.mapToItem(page, control.width / 2, control.height / 2);
            if (middle.x < 0 || middle.y < 0 || middle.x > page.width || middle.y > page.height) {
                problems.push(name + " is not on screen at " + Math.round(middle.x) + "," + Math.round(middle.y));
                continue;
            }
            const hit = itemAt(page, middle.x, middle.y);
            if (!isInside(hit, control))
                problems.push(name + " is covered by " + describe(hit) + " at " + Math.round(middle.x) + "," + Math.round(middle.y));
        }
        verify(problems.length === 0, size + ", " + activityId + ": " + problems.join("; "));
    }

    function test_everyActivityByTouch(data) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const page = createTemporaryObject(sessionPage, testCase, { width: data.w, height: data.h });
        verify(page, "SessionPage not created");
        const ids = [];
        for (let i = 0; i < CurrentSession.activities.rowCount(); ++i) {
            CurrentSession.goTo(i);
            ids.push(CurrentSession.current.activityId);
        }
        compare(ids.length, 12, "the example pack's twelve activities");
        for (const id of ids)
            checkActivity(page, id, data.tag);
    }

    // A finger, not a mouse: a touch tap on a choice picks it and the answer is saved.
    function test_touchTapPicks(data) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const page = createTemporaryObject(sessionPage, testCase, { width: data.w, height: data.h });
        Harness.activityFromPack("how-to-talk");
        const tile = Harness.findByName(page, "On the phone");
        verify(tile, "no 'On the phone' in " + Harness.accessibleNames(page));
        tile.forceActiveFocus();
        waitForItemPolished(page, 2000);
        tap(page, tile);
        tryVerify(() => JSON.stringify(((CurrentSession.current.answer ?? {}).value ?? {}).chosen
                                       ?? (CurrentSession.current.answer ?? {}).chosen ?? []) === JSON.stringify(["phone"]),
                  5000, "the tap picked it: " + JSON.stringify(CurrentSession.current.answer));
        verify(tile.checked);
    }
}
