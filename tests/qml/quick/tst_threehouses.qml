import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The three houses through accessible names: moving between houses, putting words in and
// taking them out, a drawing that belongs to its house, read-aloud per house, and voice
// notes offered only with the "record voice" consent.
TestCase {
    id: testCase

    name: "ThreeHouses"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: houses

        ThreeHousesActivity {
            width: 900
        }
    }

    function init() {
        Harness.reset();
    }

    function open(options) {
        verify(Harness.prepare("session", options), "session not reached: " + CurrentSession.errorMessage);
        const activity = Harness.activityFromPack("three-houses");
        compare(activity.type, "three-houses");
        const page = createTemporaryObject(houses, testCase, {activity: activity});
        verify(page, "ThreeHousesActivity not created");
        return page;
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page));
        return item;
    }

    function press(item) {
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    function type(item, text) {
        item.forceActiveFocus();
        for (const c of text)
            keyClick(c);
    }

    function savedWords(house) {
        const value = CurrentSession.current.answer.value ?? ({});
        return (value.parts ?? ({}))[house] ?? [];
    }

    function test_wordsGoInTheirHouse() {
        const page = open({});
        press(find(page, "House of good things"));
        type(find(page, "Words for this house"), "my dog");
        press(find(page, "Put in the house"));
        compare(savedWords("good-things"), ["my dog"]);
        verify(find(page, "my dog"));

        press(find(page, "House of worries"));
        verify(!Harness.findByName(page, "my dog"), "the words stay in their own house");
        type(find(page, "Words for this house"), "tests");
        keyClick(Qt.Key_Return);
        compare(savedWords("worries"), ["tests"]);
        compare(savedWords("good-things"), ["my dog"]);
        press(find(page, "Take out: tests"));
        compare(savedWords("worries"), []);

        // Each house can be read aloud: the activity's button and the open house's, each named
        // for what it reads, so that a screen reader tells them apart (issue 20.7).
        const readAloud = Harness.accessibleNames(page).filter(name => name.startsWith("Read aloud"));
        compare(readAloud.length, 2);
        verify(readAloud.indexOf("Read aloud") >= 0, readAloud);
        verify(readAloud.indexOf("Read aloud: House of worries") >= 0, readAloud);

        CurrentSession.stop();
        compare(CurrentSession.review.rowCount(), 1);
        compare(CurrentSession.review.data(CurrentSession.review.index(0, 0), ReviewModel.KindRole), "structured");
    }

    function test_aDrawingBelongsToItsHouse() {
        const page = open({});
        press(find(page, "House of dreams"));
        const paper = find(page, "Drawing paper");
        paper.forceActiveFocus();
        keyClick(Qt.Key_Space);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Space);
        compare(paper.pointCount, 3);

        press(find(page, "House of worries")); // the dreams drawing is kept on the way
        compare(paper.pointCount, 0);
        const parts = CurrentSession.current.parts;
        compare(parts.length, 1);
        compare(parts[0].partId, "dreams");
        compare(parts[0].kind, "drawing");

        press(find(page, "House of dreams"));
        compare(paper.pointCount, 3);
        verify(paper.canUndo);
    }

    function test_voiceOnlyWithConsent() {
        let page = open({});
        verify(!Harness.findByName(page, "Record my voice"));
        verify(!Harness.findByName(page, "Type instead"));
        page.destroy();
        Harness.reset();
        page = open({voice: true});
        // With consent the voice note is offered (or, with no microphone, typing instead).
        verify(Harness.findByName(page, "Record my voice") || Harness.findByName(page, "Type instead"),
               "names: " + Harness.accessibleNames(page));
    }
}
