import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// The Team review screens (issue 8) over a seeded hub: consultations with counts (a small
// one suppressed), the feedback list paging through the hub as it scrolls, filters by
// activity and kind, charts with their numbers as accessible text, hidden age bands, and a
// shared drawing shown from memory.
TestCase {
    id: testCase

    name: "TeamReview"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    Component {
        id: screen

        TeamScreen {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        const hub = Harness.startHub();
        verify(hub.length > 0, "the test hub did not start");
        // 130 answers in c1: six activities in turn, all children of 8-11 in one week.
        compare(Harness.seedFeedback("c1", 130, {}), 130);
        // Three in c2: too few to show their number, age band or role.
        compare(Harness.seedFeedback("c2", 3, { kind: "text", role: "carer", ageBand: "16-17" }), 3);
        const secret = Harness.addReviewer("Sam Reviewer", "reviewer");
        Team.hubUrl = hub;
        Team.firstSignIn("Sam Reviewer", secret, "a long passphrase 1", "a long passphrase 1");
        tryVerify(() => Team.signedIn, 10000, "not signed in: " + Team.errorMessage);
    }

    function cleanupTestCase() {
        Team.signOut();
    }

    // As a keyboard or switch user would: focus the control by its name and press Return
    // (the page scrolls, so a control may be out of the mouse's reach).
    function activate(item) {
        item.forceActiveFocus();
        keyClick(Qt.Key_Return);
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

    // What the hub publishes for a set of records (the same set always reads the same):
    // the true count through the cell key perturbation of the disclosure layer (issue 18).
    function shown(where) {
        const n = Harness.publishedCount(where);
        verify(n >= 8, "no published count for " + where);
        return n;
    }

    function test_1_consultationsWithCounts() {
        const page = createTemporaryObject(screen, testCase);
        // All 130 of c1 are children of 8-11 in one week: one set of records, one number.
        const all = shown("consultation_id = 'c1'");
        waitFor(page, "c1 — voices heard: " + all + ", active");
        // A consultation of three shows no number: the hub suppressed it.
        const small = waitFor(page, "c2 — voices heard: hidden to protect small groups, active");
        tryCompare(Team, "currentConsultation", "c1");
        // c1's breakdowns hold no small group, so they are shown whole (the hub-wide ones are
        // hidden for c2's sake): a cell reads its published number, or at most the hidden
        // wording, never anything else.
        for (const cell of ["Child: " + all, "Young person: 0", "8 to 11 years: " + all,
                            "2026-W48: " + all]) {
            const label = cell.slice(0, cell.indexOf(": ") + 2);
            tryVerify(() => Harness.findByName(page, cell) !== null
                      || Harness.findByName(page, label + "hidden to protect small groups") !== null, 10000,
                      "no '" + cell + "' in " + Harness.accessibleNames(page));
        }
        find(page, "feelings (today) — answers: " + shown("activity_id = 'feelings'"));
        activate(small);
        compare(Team.currentConsultation, "c2");
        waitFor(page, "Carer: hidden to protect small groups");
        activate(find(page, "c1 — voices heard: " + all + ", active"));
        waitFor(page, "2026-W48: " + all);
    }

    function test_2_feedbackPagesAsItScrolls() {
        Team.currentConsultation = "c1";
        const page = createTemporaryObject(screen, testCase);
        activate(find(page, "Feedback"));
        const list = waitFor(page, "Answers");
        // The first page (50) only; more come as the list reaches its end.
        tryCompare(list, "count", 50, 10000, Harness.accessibleNames(page));
        waitFor(page, "Answers so far: 50 (more load as you scroll)");
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).loaded, 10000);
        const first = list.itemAtIndex(0).Accessible.name;
        list.positionViewAtEnd();
        tryCompare(list, "count", 100, 10000);
        list.positionViewAtEnd();
        tryCompare(list, "count", 130, 10000);
        waitFor(page, "Answers: 130");
        // Back to the top: the first page was kept or is fetched again, and reads the same.
        list.positionViewAtBeginning();
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).loaded, 10000);
        compare(list.itemAtIndex(0).Accessible.name, first);
    }

    function test_3_filtersAndCharts() {
        Team.currentConsultation = "c1";
        const page = createTemporaryObject(screen, testCase);
        activate(find(page, "Feedback"));
        const list = waitFor(page, "Answers");
        tryCompare(list, "count", 50, 10000);

        // One activity: its records and its chart, every bar with its number in words.
        activate(waitFor(page, "good-things"));
        tryCompare(list, "count", 22, 10000);
        const chart = waitFor(page, "Choices: how many chose each");
        compare(chart.Accessible.role, Accessible.Chart);
        const choosers = shown("activity_id = 'good-things'"); // every one chose both
        waitFor(page, "friends: " + choosers);
        find(page, "games: " + choosers);
        find(page, "Answers to this activity: " + choosers);

        // The feelings scale: 22 answers over eleven points, each too few to show.
        activate(find(page, "feelings (today)"));
        tryCompare(list, "count", 22, 10000);
        waitFor(page, "Feelings scale: answers at each point");
        // (The seed's points 0..10 are not faces; a real feelings scale is in test_5.)
        waitFor(page, "Point 0 of the scale: hidden to protect small groups");

        // Card sort ranked and circles summarised.
        activate(find(page, "what-matters"));
        waitFor(page, "Card sort: ranked");
        const sorters = shown("activity_id = 'what-matters'");
        waitFor(page, "1. school: first for " + sorters + ", placed by " + sorters);
        activate(find(page, "circles"));
        waitFor(page, "Circle “close”: who put each card there");
        find(page, "family: " + shown("activity_id = 'circles'"));

        // A kind filter on top of "All activities".
        activate(find(page, "All activities"));
        activate(find(page, "Written answer"));
        tryCompare(list, "count", 21, 10000);
        activate(find(page, "All kinds"));
        tryCompare(list, "count", 50, 10000);
        // Nothing was marked quotable yet.
        activate(find(page, "Only answers marked as quotable"));
        tryCompare(list, "count", 0, 10000);
        waitFor(page, "Answers: 0");
    }

    function test_4_hiddenAgeBandAndSharedDrawing() {
        Team.currentConsultation = "c2";
        let page = createTemporaryObject(screen, testCase);
        activate(find(page, "Feedback"));
        let list = waitFor(page, "Answers");
        tryCompare(list, "count", 3, 10000);
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).loaded, 10000);
        // Three carers of 16-17: the record shows neither.
        verify(list.itemAtIndex(0).ageBand === "hidden to protect small groups", list.itemAtIndex(0).ageBand);
        verify(list.itemAtIndex(0).personRole === "hidden to protect small groups", list.itemAtIndex(0).personRole);

        Team.currentConsultation = "c1";
        activate(waitFor(page, "my-picture"));
        tryCompare(list, "count", 21, 10000);
        // Issue 14 point 10: each shared drawing shows as a thumbnail at once, larger on request.
        const drawing = waitFor(page, "The shared drawing");
        tryVerify(() => drawing.ready, 10000, drawing.errorMessage);
        verify(drawing.height > 0 && drawing.height < Theme.canvasMaxHeight / 2, String(drawing.height));
        activate(waitFor(page, "Show the drawing larger"));
        tryVerify(() => drawing.height >= Theme.canvasMaxHeight / 2 - 1, 5000, String(drawing.height));
        find(page, "Show the drawing smaller");
    }

    // Issue 14 points 5 and 9: with the consultation's pack on the hub, the team reads the
    // children's question and labels in its own words, and the five faces on their own
    // five-point scale with their words ("Very happy (5 of 5)"), never "5 of 10" or ids.
    function test_5_packWordsAndFaces() {
        verify(Harness.publishExamplePack("c3"), "the example pack was not published");
        compare(Harness.seedFeedback("c3", 10, { kind: "faces" }), 10);
        compare(Harness.seedFeedback("c3", 10, { kind: "choice" }), 10);
        Team.currentConsultation = "c3";
        const page = createTemporaryObject(screen, testCase);
        // Counts as the hub publishes them (the disclosure layer's record keys).
        const feelings = shown("consultation_id = 'c3' AND activity_id = 'feel-home'");
        const choices = shown("consultation_id = 'c3' AND activity_id = 'good-things'");
        waitFor(page, "How do you feel when you are at home? — answers: " + feelings);
        waitFor(page, "What makes your week good? Pick as many as you like. — answers: " + choices);
        // Age bands by their words (their counts are the layer's: hidden beside c1's here).
        verify(Harness.accessibleNames(page).some(n => n.startsWith("8 to 11 years: ")),
               Harness.accessibleNames(page));
        activate(find(page, "Feedback"));
        const list = waitFor(page, "Answers");
        activate(waitFor(page, "How do you feel when you are at home?"));
        tryCompare(list, "count", 10, 10000);
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).loaded, 10000);
        const answers = [];
        for (let i = 0; i < 10; ++i)
            answers.push(list.model.record(i).answer);
        for (const face of ["Very sad (1 of 5)", "Sad (2 of 5)", "OK (3 of 5)", "Happy (4 of 5)", "Very happy (5 of 5)"])
            verify(answers.indexOf(face) >= 0, face + " not in " + JSON.stringify(answers));
        // The band in words, or hidden where its breakdown is (the disclosure layer): never "8-11".
        verify(["8 to 11 years", "hidden to protect small groups"].indexOf(list.itemAtIndex(0).ageBand) >= 0,
               list.itemAtIndex(0).ageBand);
        // The chart: the five faces by their words, and no empty points 0 and 6..10.
        waitFor(page, "Very happy: hidden to protect small groups");
        find(page, "Very sad: hidden to protect small groups");
        const names = Harness.accessibleNames(page);
        // Points 0 and 6..10 are no faces: hidden there (a zero hidden beside the small faces,
        // or not), they are left out, so the chart never tells a hidden zero from a small
        // count; every hidden face reads the same words; never "of 10", never "fewer than".
        verify(names.every(n => n.indexOf("of 10") < 0 && n.indexOf("feel-home") < 0
                           && n.indexOf("Point ") < 0 && n.indexOf("fewer than") < 0), names);

        activate(find(page, "What makes your week good? Pick as many as you like."));
        tryCompare(list, "count", 10, 10000);
        tryVerify(() => list.itemAtIndex(1) && list.itemAtIndex(1).loaded, 10000);
        verify(["Chose: Friends", "Chose: Friends and Games"].indexOf(list.itemAtIndex(1).answer) >= 0,
               list.itemAtIndex(1).answer);
        waitFor(page, "Friends: " + choices); // all ten chose friends: the same records
        verify(Harness.accessibleNames(page).every(n => n.indexOf("good-things") < 0 && n.indexOf("friends") < 0),
               Harness.accessibleNames(page));
    }
}
