import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The card sort inside the real session page, whose column scrolls: a drag still moves the
// card (the scrolling must not take the drag away), and the page shows it as answered.
TestCase {
    id: testCase

    name: "CardSortInSessionPage"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: sessionPage

        SessionPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function init() {
        Harness.reset();
    }

    function named(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page));
        for (let p = item.parent; p; p = p.parent)
            waitForItemPolished(p, 2000);
        return item;
    }

    function test_dragInsideTheScrollingPage() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        Harness.activityFromPack("sort-my-week");
        const page = createTemporaryObject(sessionPage, testCase);
        verify(page, "SessionPage not created");
        const card = named(page, "Food");
        const pile = named(page, "Going well");
        const to = pile.mapToItem(card, pile.width / 2, pile.height / 2);
        mouseDrag(card, card.width / 2, card.height / 2, to.x - card.width / 2, to.y - card.height / 2);
        tryVerify(() => ((((CurrentSession.current.answer ?? {}).value ?? {}).piles ?? {})["going-well"] ?? []).indexOf("food") >= 0,
                  5000, "the drag reached the pile: " + JSON.stringify(CurrentSession.current.answer));
        verify(named(page, "Next"), "the page offers Next once the sort is saved");
    }

    function test_upwardDragInsideTheScrollingPage() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        Harness.activityFromPack("what-matters");
        const page = createTemporaryObject(sessionPage, testCase);
        verify(page, "SessionPage not created");
        const card = named(page, "Pets");
        const first = named(page, "Friends");
        const to = first.mapToItem(card, first.width / 2, first.height / 2);
        mouseDrag(card, card.width / 2, card.height / 2, 0, to.y - card.height / 2);
        const order = () => (((CurrentSession.current.answer ?? {}).value ?? {}).order ?? []).join(",");
        tryVerify(() => order() === "pets,friends,family,home,school,fun", 5000, "order: " + order());
    }

    // Issue 14 point 4: going on to the ranking and back must show both sorts as they were
    // saved, and taps must still move cards (no "Cannot call method 'push' of undefined").
    function test_revisitShowsTheSavedSortAndStillWorks() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        Harness.activityFromPack("sort-my-week");
        const page = createTemporaryObject(sessionPage, testCase);
        verify(page, "SessionPage not created");
        const piles = () => JSON.stringify((((CurrentSession.current.answer ?? {}).value ?? {}).piles ?? {}));
        mouseClick(named(page, "Food"));
        mouseClick(named(page, "Going well"));
        tryVerify(() => piles().indexOf("food") >= 0, 5000, "Food sorted: " + piles());

        // The ranking right after it: all its cards, in the pack's order, on its first visit.
        CurrentSession.next();
        compare(CurrentSession.current.activityId, "what-matters");
        compare(named(page, "Friends").description, "Place 1 of 6");
        compare(named(page, "Having fun").description, "Place 6 of 6");

        // Back to the piles: Food is in its pile, and a tap still sorts another card.
        CurrentSession.back();
        compare(CurrentSession.current.activityId, "sort-my-week");
        compare(named(page, "Food").description, "In Going well");
        mouseClick(named(page, "School"));
        mouseClick(named(page, "Going well"));
        tryVerify(() => piles().indexOf("school") >= 0, 5000, "School sorted after coming back: " + piles());
        verify(piles().indexOf("food") >= 0, "Food still in its pile: " + piles());
    }

    // "Carry on" builds a new page over a saved sort: the cards show in their piles.
    function test_newPageShowsTheSavedSort() {
        verify(Harness.prepare("session", {}), "session not reached: " + CurrentSession.errorMessage);
        Harness.activityFromPack("sort-my-week");
        verify(CurrentSession.saveStructured("sort-my-week", { "piles": { "going-well": ["food"] } }));
        Harness.activityFromPack("what-matters");
        Harness.activityFromPack("sort-my-week");
        const page = createTemporaryObject(sessionPage, testCase);
        verify(page, "SessionPage not created");
        compare(named(page, "Food").description, "In Going well");
        mouseClick(named(page, "Sleep"));
        mouseClick(named(page, "Going well"));
        tryVerify(() => JSON.stringify(CurrentSession.current.answer).indexOf("sleep") >= 0, 5000,
                  "Sleep sorted: " + JSON.stringify(CurrentSession.current.answer));
    }
}
