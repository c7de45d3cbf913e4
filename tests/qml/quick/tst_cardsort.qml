import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The card sort of the built-in pack, in both modes, through accessible names: by keys (pick
// up, move, drop), by a switch (buttons only) and by dragging; each move is said and saved,
// and the saved answer is the piles or the order the child made.
TestCase {
    id: testCase

    name: "CardSort"
    when: windowShown
    visible: true
    width: 1024
    height: 1400

    Component {
        id: cardSort

        CardSortActivity {
            width: testCase.width
        }
    }

    function init() {
        Harness.reset();
    }

    function open(activityId) {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack(activityId);
        compare(activity.type, "card-sort");
        const page = createTemporaryObject(cardSort, testCase, {activity: activity});
        verify(page, "CardSortActivity not created");
        // The page follows the saved answer, as SessionPage's Binding does.
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

    function savedPiles() {
        return ((CurrentSession.current.answer ?? {}).value ?? {}).piles ?? {};
    }

    function savedOrder() {
        return (((CurrentSession.current.answer ?? {}).value ?? {}).order ?? []).join(",");
    }

    function dragOnto(item, target) {
        const to = target.mapToItem(item, target.width / 2, target.height / 2);
        mouseDrag(item, item.width / 2, item.height / 2, to.x - item.width / 2, to.y - item.height / 2);
    }

    function test_everyCardAndPileHasAName() {
        const page = open("sort-my-week");
        for (const name of ["Sleep", "School", "Friends", "Home", "Food", "Having fun",
                            "Going well", "Okay", "Not so good"])
            named(page, name);
    }

    function test_pilesByKeyboard() {
        const page = open("sort-my-week");
        const friends = named(page, "Friends");
        friends.forceActiveFocus();
        keyClick(Qt.Key_Space);
        named(page, "Friends picked up. Now choose a pile.");
        // The first pile takes the focus, so the next key press chooses where it goes.
        const okay = named(page, "Okay");
        keyClick(Qt.Key_Tab);
        verify(okay.activeFocus, "Tab from the first pile reaches the second");
        keyClick(Qt.Key_Return);
        named(page, "Friends put in Okay.");
        tryVerify(() => (savedPiles()["okay"] ?? []).indexOf("friends") >= 0, 5000, "saved in the okay pile");
        compare(CurrentSession.unsavedAnswers, 0);
        // Moving it on replaces the same answer: one card is in one pile only.
        const first = CurrentSession.current.answer.responseId;
        named(page, "Friends").forceActiveFocus();
        keyClick(Qt.Key_Space);
        named(page, "Going well").forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryVerify(() => (savedPiles()["going-well"] ?? []).indexOf("friends") >= 0);
        compare(savedPiles()["okay"].length, 0);
        compare(CurrentSession.current.answer.responseId, first, "the answer is replaced, not added");
    }

    function test_escapePutsTheCardBack() {
        const page = open("sort-my-week");
        named(page, "Sleep").forceActiveFocus();
        keyClick(Qt.Key_Space);
        keyClick(Qt.Key_Escape);
        named(page, "Sleep put back.");
        compare(CurrentSession.current.answer.responseId, undefined, "nothing saved");
    }

    function test_pilesByDrag() {
        const page = open("sort-my-week");
        dragOnto(named(page, "School"), named(page, "Not so good"));
        tryVerify(() => (savedPiles()["not-so-good"] ?? []).indexOf("school") >= 0, 5000,
                  "dropped in Not so good: " + JSON.stringify(savedPiles()));
        named(page, "School put in Not so good.");
        // A card already in a pile can be dragged to another.
        dragOnto(named(page, "School"), named(page, "Going well"));
        tryVerify(() => (savedPiles()["going-well"] ?? []).indexOf("school") >= 0);
        compare(savedPiles()["not-so-good"].length, 0);
    }

    function test_rankByKeyboard() {
        const page = open("what-matters");
        const pets = named(page, "Pets");
        compare(pets.Accessible.description, "Place 5 of 6");
        pets.forceActiveFocus();
        keyClick(Qt.Key_Space);
        named(page, "Pets picked up. Move it up or down, then put it down.");
        keyClick(Qt.Key_Up);
        named(page, "Pets moved to place 4 of 6.");
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        named(page, "Pets moved to place 2 of 6.");
        keyClick(Qt.Key_Space);
        named(page, "Pets put down in place 2 of 6.");
        tryVerify(() => savedOrder() === "friends,pets,family,home,school,fun", 5000, "saved order: " + savedOrder());
    }

    function test_rankBySwitch() {
        const page = open("what-matters");
        mouseClick(named(page, "Having fun"));
        mouseClick(named(page, "Move up"));
        mouseClick(named(page, "Move up"));
        named(page, "Having fun moved to place 4 of 6.");
        mouseClick(named(page, "Put down"));
        tryVerify(() => savedOrder() === "friends,family,home,fun,school,pets", 5000, "saved order: " + savedOrder());
    }

    function test_rankAsShownCanBeSaved() {
        const page = open("what-matters");
        mouseClick(named(page, "This is my order"));
        tryVerify(() => savedOrder() === "friends,family,home,school,pets,fun", 5000, "saved order: " + savedOrder());
    }

    function test_rankByDrag() {
        const page = open("what-matters");
        dragOnto(named(page, "School"), named(page, "Friends"));
        tryVerify(() => savedOrder() === "school,friends,family,home,pets,fun", 5000, "saved order: " + savedOrder());
        named(page, "School put down in place 1 of 6.");
    }
}
