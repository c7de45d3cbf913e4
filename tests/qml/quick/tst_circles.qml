import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Who is important to me, through accessible names: people by role or by a made-up word,
// placed by keys, by a switch and by dragging, moved and taken out; what is saved is only
// the role or word and the circle.
TestCase {
    id: testCase

    name: "Circles"
    when: windowShown
    visible: true
    width: 1024
    height: 1600

    Component {
        id: circles

        CirclesActivity {
            width: testCase.width
        }
    }

    function init() {
        Harness.reset();
    }

    function open() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack("my-people");
        compare(activity.type, "circles");
        const page = createTemporaryObject(circles, testCase, {activity: activity});
        verify(page, "CirclesActivity not created");
        page.activity = Qt.binding(() => CurrentSession.current);
        return page;
    }

    function named(page, name) {
        // A status message replacing another shows a turn of the event loop later (so that a
        // screen reader announces it: StatusText).
        tryVerify(() => Harness.findByName(page, name), 2000, "no '" + name + "' in " + Harness.accessibleNames(page));
        const item = Harness.findByName(page, name);
        // A pick shows new controls: let their layouts place them before they are touched.
        for (let p = item.parent; p; p = p.parent)
            waitForItemPolished(p, 2000);
        return item;
    }

    function saved() {
        return JSON.stringify(((CurrentSession.current.answer ?? {}).value ?? {}).circles ?? []);
    }

    function test_placeByKeyboardSwitchAndDrag() {
        const page = open();
        // Keys: pick "Mum"; the first circle takes the focus.
        named(page, "Add Mum").forceActiveFocus();
        keyClick(Qt.Key_Space);
        named(page, "Mum picked up. Now choose a circle.");
        verify(named(page, "Closest to me").activeFocus);
        keyClick(Qt.Key_Space);
        named(page, "Mum put in Closest to me.");
        tryVerify(() => saved() === '[{"place":"ring-1","role":"mum"}]', 5000, saved());

        // A made-up word, typed: no real name is asked for.
        const field = named(page, "Someone else: a word for them");
        field.forceActiveFocus();
        for (const key of [Qt.Key_N, Qt.Key_A, Qt.Key_N])
            keyClick(key);
        mouseClick(named(page, "Add"));
        mouseClick(named(page, "A bit further away"));
        tryVerify(() => saved() === '[{"place":"ring-1","role":"mum"},{"label":"nan","place":"ring-3"}]',
                  5000, saved());

        // Dragging "Pet" onto the outside box.
        const pet = named(page, "Add Pet");
        mouseClick(named(page, "Add Dad"));
        mouseClick(named(page, "Close to me"));
        tryVerify(() => JSON.parse(saved()).length === 3, 5000, saved());
        dragOntoOutside(page, pet);
        tryVerify(() => JSON.parse(saved()).some(p => p.role === "pet" && p.place === "outside"), 5000, saved());
    }

    function dragOntoOutside(page, item) {
        // The outside box is the box whose title is "Outside the circles" (a text, last on the page).
        const names = Harness.accessibleNames(page);
        let title = null;
        const walk = node => {
            for (let i = 0; i < node.children.length; ++i) {
                const child = node.children[i];
                if (child.text === "Outside the circles" && child.checkable === undefined)
                    title = child;
                walk(child);
            }
        };
        walk(page);
        verify(title, "no outside box title in " + names);
        const to = title.mapToItem(item, title.width / 2, title.height / 2);
        mouseDrag(item, item.width / 2, item.height / 2, to.x - item.width / 2, to.y - item.height / 2);
    }

    function test_moveAndTakeOut() {
        const page = open();
        mouseClick(named(page, "Add Friend"));
        mouseClick(named(page, "Closest to me"));
        mouseClick(named(page, "Add Teacher"));
        mouseClick(named(page, "Outside the circles"));
        tryVerify(() => JSON.parse(saved()).length === 2, 5000, saved());
        // The person on the map is a control of its own: pick them up and move them.
        mouseClick(named(page, "Friend"));
        mouseClick(named(page, "Close to me"));
        tryVerify(() => saved() === '[{"place":"outside","role":"teacher"},{"place":"ring-2","role":"friend"}]',
                  5000, saved());
        mouseClick(named(page, "Teacher"));
        mouseClick(named(page, "Take off the map"));
        named(page, "Teacher taken out.");
        tryVerify(() => saved() === '[{"place":"ring-2","role":"friend"}]', 5000, saved());
    }

    function test_dragOntoACircle() {
        const page = open();
        mouseClick(named(page, "Add Mum"));
        mouseClick(named(page, "Closest to me"));
        tryVerify(() => JSON.parse(saved()).length === 1, 5000, saved());
        // Dropped where Mum is, in the closest circle: the distance from "Me" decides.
        const sister = named(page, "Add Sister");
        const mum = named(page, "Mum");
        const to = mum.mapToItem(sister, mum.width / 2, mum.height / 2);
        mouseDrag(sister, sister.width / 2, sister.height / 2, to.x - sister.width / 2, to.y - sister.height / 2);
        tryVerify(() => JSON.parse(saved()).some(p => p.role === "sister" && p.place === "ring-1"), 5000, saved());
        named(page, "Sister put in Closest to me.");
    }

    function cleanup() {
        Preferences.textScale = 1;
    }

    // Issue 14, point 14: at 200% text the chips broke words across lines ("Grandpar-ent")
    // and the closest circle's chips covered "Me". Every word whole, and "Me" uncovered,
    // with the longest words in the closest circle.
    function test_largeTextChipsKeepWordsWholeAndClearOfMe() {
        Preferences.textScale = 2;
        const page = open();
        for (const who of ["Grandparent", "Social worker", "Foster carer", "Other family", "Mum"]) {
            named(page, "Add " + who).forceActiveFocus();
            keyClick(Qt.Key_Space);
            verify(named(page, "Closest to me").activeFocus);
            keyClick(Qt.Key_Space);
            named(page, who + " put in Closest to me.");
        }
        tryVerify(() => JSON.parse(saved()).length === 5, 5000, saved());
        const map = findChild(page, "circlesMap");
        const me = findChild(map, "circlesMe");
        verify(map && me);
        waitForItemPolished(map, 2000);
        wait(50);
        const meCentre = me.mapToItem(map, me.width / 2, me.height / 2);
        let chips = 0;
        for (let i = 0; i < map.children.length; ++i) {
            const chip = map.children[i];
            if (chip.objectName !== "circlesChip" || !chip.visible)
                continue;
            ++chips;
            // Whole words: a word's letters never go onto two lines.
            let label = null;
            for (let j = 0; j < chip.contentItem.children.length; ++j) {
                if (chip.contentItem.children[j].text === chip.text)
                    label = chip.contentItem.children[j];
            }
            verify(label, "no label in the chip " + chip.text);
            verify(label.lineCount <= chip.text.split(" ").length,
                   chip.text + " is broken across " + label.lineCount + " lines (width " + label.width + ")");
            // Clear of "Me": the chip's nearest point is outside its circle.
            const gapX = Math.max(0, Math.abs(chip.x + chip.width / 2 - meCentre.x) - chip.width / 2);
            const gapY = Math.max(0, Math.abs(chip.y + chip.height / 2 - meCentre.y) - chip.height / 2);
            verify(Math.hypot(gapX, gapY) >= me.width / 2,
                   chip.text + " covers \"Me\": " + Math.hypot(gapX, gapY) + " < " + me.width / 2);
        }
        compare(chips, 5);
    }
}
