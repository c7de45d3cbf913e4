import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// The practitioner's review queue (issue 6), driven through accessible names: approve, redact
// more and hold back, each checked in the outbox and in what the child is shown.
TestCase {
    id: testCase

    name: "ReviewQueue"
    when: windowShown
    visible: true // a TestCase is hidden by default, and hidden items take no clicks
    width: 1024
    height: 768

    readonly property string words: "My brother Jake said I can call him on 07700 900123"

    Component {
        id: queuePage

        ReviewQueuePage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: preview

        SharePreview {
            width: testCase.width
        }
    }

    property var outboxBefore: ({})

    // The store lives for the whole file: hold back what earlier tests left waiting, so that
    // each test sees only its own record, and count the outbox from here.
    function init() {
        Harness.reset();
        verify(Harness.prepare("home", {}));
        ReviewQueue.reload();
        for (const id of ReviewQueue.shareIds())
            verify(ReviewQueue.holdBack(id));
        compare(ReviewQueue.count, 0);
        testCase.outboxBefore = ReviewQueue.outboxCounts();
    }

    function outboxGrew(state) {
        return ReviewQueue.outboxCounts()[state] - testCase.outboxBefore[state];
    }

    // A session with one answer in words, stopped: its share record waits for review.
    function openQueueWithWords() {
        verify(Harness.prepare("session", {}));
        verify(CurrentSession.saveText("tell-us", testCase.words), CurrentSession.errorMessage);
        CurrentSession.stop();
        const page = createTemporaryObject(queuePage, testCase);
        verify(page);
        compare(ReviewQueue.count, 1);
        compare(outboxGrew("review"), 1);
        // Only the session's participation record (issue 19) is queued: it holds no words.
        compare(outboxGrew("queued"), 1);
        return page;
    }

    function click(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page));
        mouseClick(item);
    }

    function test_showsTheWordsSideBySide() {
        const page = openQueueWithWords();
        verify(Harness.findByName(page, "What they said: " + testCase.words),
               Harness.accessibleNames(page));
        const names = Harness.accessibleNames(page);
        const team = names.filter(n => n.startsWith("The team will see: "));
        compare(team.length, 1, names);
        verify(team[0].indexOf("07700") < 0 && team[0].indexOf("Jake") < 0, team[0]);
        verify(team[0].indexOf("[phone]") >= 0, team[0]);
    }

    function test_approve() {
        const page = openQueueWithWords();
        const waiting = App.waitingToSync;
        click(page, "Approve");
        compare(ReviewQueue.count, 0);
        compare(outboxGrew("review"), 0);
        compare(outboxGrew("queued"), 2);
        compare(App.waitingToSync, waiting + 1);
        CurrentSession.reloadSharePreview();
        compare(CurrentSession.sharePreview.count, 1);
    }

    function test_redactMore() {
        const page = openQueueWithWords();
        const shareId = ReviewQueue.shareIds()[0];
        const field = Harness.findByName(page, "More words to hide");
        verify(field, Harness.accessibleNames(page));
        field.forceActiveFocus();
        for (const c of "brother")
            keyClick(c);
        const expected = ReviewQueue.previewRedaction(shareId, "brother");
        verify(expected.indexOf("[redacted]") >= 0 && expected.indexOf("brother") < 0, expected);
        // The preview the practitioner reads follows what they type.
        verify(Harness.findByName(page, "The team will see: " + expected), Harness.accessibleNames(page));

        click(page, "Hide these words and approve");
        compare(ReviewQueue.count, 0);
        compare(outboxGrew("queued"), 2);

        // What the child is shown is what goes: with the extra words hidden.
        CurrentSession.reloadSharePreview();
        const shown = createTemporaryObject(preview, testCase);
        verify(Harness.findByName(shown, expected), Harness.accessibleNames(shown));
    }

    function test_holdBack() {
        const page = openQueueWithWords();
        const waiting = App.waitingToSync;
        click(page, "Hold back");
        compare(ReviewQueue.count, 0);
        compare(outboxGrew("review"), 0);
        compare(outboxGrew("queued"), 1);
        compare(App.waitingToSync, waiting);
        // A held record is not among what the team will see.
        CurrentSession.reloadSharePreview();
        compare(CurrentSession.sharePreview.count, 0);
        verify(Harness.findByName(page, "Nothing is waiting to be checked. When a participant's answers are ready to share, they wait here until you approve them."),
               Harness.accessibleNames(page));
    }

    // Issue 14 point 15: a word the anonymiser hid by mistake can be given back; the team
    // then reads it, and the audit log counts it without saying which word it was.
    function test_restoreAWordHiddenByMistake() {
        const page = openQueueWithWords();
        const shareId = ReviewQueue.shareIds()[0];
        const hidden = ReviewQueue.hiddenWords(shareId).map(w => w.word);
        verify(hidden.indexOf("Jake") >= 0, JSON.stringify(hidden));
        // A phone number is never offered back: only words a name list can mistake.
        verify(hidden.every(w => w.indexOf("07700") < 0), JSON.stringify(hidden));
        const before = Harness.auditEntries("share.words-restored").length;

        click(page, "Show “Jake”: not identifying");
        const expected = ReviewQueue.previewRedaction(shareId, "", ["Jake"]);
        verify(expected.indexOf("Jake") >= 0 && expected.indexOf("07700") < 0, expected);
        verify(Harness.findByName(page, "The team will see: " + expected), Harness.accessibleNames(page));
        verify(Harness.findByName(page, "Hide “Jake” again"), Harness.accessibleNames(page));

        click(page, "Approve");
        compare(ReviewQueue.count, 0);
        CurrentSession.reloadSharePreview();
        const shown = createTemporaryObject(preview, testCase);
        verify(Harness.findByName(shown, expected), Harness.accessibleNames(shown));

        const audit = Harness.auditEntries("share.words-restored");
        compare(audit.length, before + 1);
        compare(audit[audit.length - 1], shareId + " count=1");
        verify(audit.every(a => a.indexOf("Jake") < 0), audit);
    }
}
