import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// "What the team will see" (CP-6): the exact records Sharing::preview yields, and the child
// taking one out before it goes.
TestCase {
    id: testCase

    name: "SharePreview"
    when: windowShown
    visible: true // a TestCase is hidden by default, and hidden items take no clicks
    width: 1024
    height: 768

    Component {
        id: preview

        SharePreview {
            width: testCase.width
        }
    }

    function init() {
        Harness.reset();
    }

    function test_childRemovesARecord() {
        verify(Harness.prepare("session", {}));
        verify(CurrentSession.saveScale("feel-today", 4), CurrentSession.errorMessage);
        verify(CurrentSession.saveText("tell-us", "I play football with Jake on Saturdays"),
               CurrentSession.errorMessage);
        CurrentSession.stop();
        compare(CurrentSession.sharePreview.count, 2);
        const before = CurrentSession.sharePreview.shareIds();
        ReviewQueue.reload();
        const queued = ReviewQueue.shareIds();
        verify(queued.indexOf(before[0]) >= 0 && queued.indexOf(before[1]) >= 0, queued);
        const page = createTemporaryObject(preview, testCase);
        verify(page);
        // The words are shown as they go: anonymised.
        const names = Harness.accessibleNames(page);
        verify(names.indexOf("I play football with [name] on Saturdays") >= 0, names);
        verify(names.every(n => n.indexOf("Jake") < 0), names);

        const takeOut = Harness.findByName(page, "Take this out");
        verify(takeOut, names);
        mouseClick(takeOut);

        // Gone from what would be sent, and from the practitioner's queue; the other stays.
        compare(CurrentSession.sharePreview.count, 1);
        compare(CurrentSession.sharePreview.shareIds(), [before[1]]);
        ReviewQueue.reload();
        compare(ReviewQueue.count, queued.length - 1);
        verify(ReviewQueue.shareIds().indexOf(before[0]) < 0);
        verify(ReviewQueue.shareIds().indexOf(before[1]) >= 0);
    }

    // Issue 17: the placeholders are shown in the child's language; what goes keeps "[name]".
    function test_placeholdersInReadersLanguage_data() {
        return [
            { tag: "cy", language: "cy", name: "[enw]", age: "[oed 12-15]" },
            { tag: "ar", language: "ar", name: "[الاسم]", age: "[العمر 12-15]" },
            { tag: "en", language: "en", name: "[name]", age: "[age 12-15]" },
        ];
    }

    function test_placeholdersInReadersLanguage(data) {
        const saved = Preferences.language;
        Preferences.language = data.language;
        try {
            verify(Harness.prepare("session", {}));
            verify(CurrentSession.saveText("tell-us", "I play football with Jake and I'm 14"),
                   CurrentSession.errorMessage);
            CurrentSession.stop();
            const page = createTemporaryObject(preview, testCase);
            verify(page);
            const names = Harness.accessibleNames(page);
            const shown = "I play football with " + data.name + " and I'm " + data.age;
            verify(names.indexOf(shown) >= 0, names);
        } finally {
            Preferences.language = saved;
        }
    }

    function test_emptySaysSoPlainly() {
        verify(Harness.prepare("session", {}));
        CurrentSession.stop();
        const page = createTemporaryObject(preview, testCase);
        verify(Harness.findByName(page, "Nothing from this session will be sent to the team."),
               Harness.accessibleNames(page));
        verify(Harness.findByName(page, "Take this out") === null);
    }

    // Issue 14 point 9: the circles, the feelings timeline and the three houses read as the
    // child's words (places, people, faces, houses), never as ids; an empty house is left out.
    function test_structuredAnswersInWordsNotIds() {
        verify(Harness.prepare("session", {}));
        verify(CurrentSession.saveStructured("my-people", { "circles": [{ "role": "brother", "place": "ring-1" },
                                                                        { "role": "pet", "place": "outside" }] }),
               CurrentSession.errorMessage);
        verify(CurrentSession.saveStructured("my-days", { "timeline": { "before": 1, "now": 5 } }),
               CurrentSession.errorMessage);
        verify(CurrentSession.saveHouses("three-houses", { "worries": ["homework"], "good-things": [], "dreams": [] }),
               CurrentSession.errorMessage);
        CurrentSession.stop();
        const page = createTemporaryObject(preview, testCase);
        verify(page);
        const names = Harness.accessibleNames(page);
        const all = names.join("\n");
        verify(all.indexOf("Closest to me: Brother") >= 0, all);
        verify(all.indexOf("Outside the circles: Pet") >= 0, all);
        verify(all.indexOf("Before: Very sad") >= 0, all);
        verify(all.indexOf("Now: Very happy") >= 0, all);
        verify(all.indexOf("House of worries: homework") >= 0, all);
        for (const id of ["ring-1", "brother", "very-sad", "very-happy", "good-things", "House of dreams", "House of good things"])
            verify(all.indexOf(id) < 0, "\"" + id + "\" shown: " + all);
        verify(names.every(n => !/^(worries|dreams|outside|before|now|next):/.test(n)), all);
        // In the order the child met them: the closest circle first, then the moments in turn.
        verify(all.indexOf("Closest to me") < all.indexOf("Outside the circles"), all);
        verify(all.indexOf("Before:") < all.indexOf("Now:"), all);
    }
}
