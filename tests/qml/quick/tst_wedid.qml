import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// "What the team did" (issue 8): the young person sees the team's answers to their own words,
// framed by status, dated in their language, each readable aloud; another young person on
// the same tablet sees none of them; with nothing yet, kind words say so.
TestCase {
    id: testCase

    name: "WeDid"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: weDidPage

        WeDidPage {}
    }
    Component {
        id: homePage

        HomePage {}
    }
    Component {
        id: childScreen

        ChildScreen {}
    }
    SignalSpy {
        id: handOverSpy

        signalName: "sessionResumed"
    }

    function init() {
        Harness.reset();
    }

    function cleanup() {
        Preferences.language = "en";
    }

    function showPage() {
        return createTemporaryObject(weDidPage, testCase, {width: testCase.width, height: testCase.height});
    }

    function test_nothingYetSaysSoKindly() {
        verify(Harness.prepare("review", {}));
        const page = showPage();
        const empty = Harness.findByName(page, "Nothing yet — the team will tell you here what they do about what you said.");
        verify(empty, "no empty state in " + Harness.accessibleNames(page));
        verify(!Harness.findByName(page, "Read aloud"), "nothing to read aloud");
        verify(Harness.findByName(page, "Go back"));
    }

    function test_showsTheTeamsAnswersToOwnWordsOnly() {
        verify(Harness.prepare("review", {}));
        verify(Harness.deliverWeDid({youSaid: "You said the waiting room is boring.",
                                     weDid: "We put books and games in the waiting room.",
                                     status: "doing", date: "2026-11-30"}));
        const page = showPage();
        const names = Harness.accessibleNames(page);
        verify(Harness.findByName(page, "You said the waiting room is boring."), "names: " + names);
        verify(Harness.findByName(page, "We put books and games in the waiting room."), "names: " + names);
        verify(Harness.findByName(page, "We are working on it:"), "status frame: " + names);
        verify(Harness.findByName(page, "When: Monday, 30 November 2026"), "date: " + names);
        verify(!Harness.findByName(page, "Nothing yet — the team will tell you here what they do about what you said."));

        // Read aloud speaks the whole card, or says in words why it cannot.
        const speak = Harness.findByName(page, "Read aloud");
        verify(speak, "no read-aloud button in " + names);
        verify(speak.width >= 48 && speak.height >= 48);
        mouseClick(speak);
        tryVerify(() => ReadAloud.speaking || ReadAloud.message.length > 0, 5000);
        ReadAloud.stop();

        // The next young person on this tablet: a new participant, with answers of their own.
        verify(Harness.prepare("review", {}));
        const next = showPage();
        verify(!Harness.findByName(next, "We put books and games in the waiting room."),
               "another child's action shown: " + Harness.accessibleNames(next));
        verify(Harness.findByName(next, "Nothing yet — the team will tell you here what they do about what you said."));
    }

    function test_framesAndDatesInWelshAndArabic() {
        verify(Harness.prepare("review", {}));
        verify(Harness.deliverWeDid({youSaid: "You said you want to see your brother more.",
                                     weDid: "We are planning more family time at weekends.",
                                     status: "planned", date: "2027-01-10"}));
        Preferences.language = "cy";
        let page = showPage();
        // The team's words stay as written; the frame around them is Welsh.
        verify(Harness.findByName(page, "We are planning more family time at weekends."));
        verify(!Harness.findByName(page, "We plan to:"), "frame not translated: " + Harness.accessibleNames(page));
        verify(!Harness.findByName(page, "Go back"), "button not translated");
        const welshDate = Harness.accessibleNames(page).filter(n => n.indexOf("Ionawr") >= 0);
        compare(welshDate.length, 1, "Welsh month name: " + Harness.accessibleNames(page));

        Preferences.language = "ar";
        page = showPage();
        verify(Harness.findByName(page, "We are planning more family time at weekends."));
        verify(!Harness.findByName(page, "We plan to:"));
        const arabicDate = Harness.accessibleNames(page).filter(n => n.indexOf("يناير") >= 0);
        compare(arabicDate.length, 1, "Arabic month name: " + Harness.accessibleNames(page));
    }

    // Back another day, after the session ended: the practitioner's home lists the young
    // person, and hands over "What the team did" alone, in child mode.
    function test_handedOverFromTheHomeAfterTheSession() {
        verify(Harness.prepare("review", {}));
        const who = CurrentSession.participantId;
        const codeName = CurrentSession.participantCode;
        verify(who.length > 0 && codeName.length > 0);
        verify(Harness.deliverWeDid({youSaid: "You said you wanted a say in your plan.",
                                     weDid: "Your plan meetings now start with your views.",
                                     status: "done", date: "2026-11-02"}));
        Harness.reset();
        compare(CurrentSession.participantId, "");

        const home = createTemporaryObject(homePage, testCase, {width: testCase.width, height: testCase.height});
        handOverSpy.target = home;
        handOverSpy.clear();
        const show = Harness.findByName(home, "Show " + codeName + " what the team did");
        verify(show, "no hand-over in " + Harness.accessibleNames(home));
        // By keyboard (or switch): the card may sit below the fold of the home page.
        show.forceActiveFocus();
        keyClick(Qt.Key_Space);
        verify(CurrentSession.weDidOnly, "error: " + CurrentSession.errorMessage);
        compare(CurrentSession.participantId, who);
        compare(handOverSpy.count, 1, "the practitioner screen enters child mode on this signal");

        // Child mode shows that page alone: no session, nothing to answer.
        const screen = createTemporaryObject(childScreen, testCase, {width: testCase.width, height: testCase.height});
        let names = [];
        tryVerify(() => Harness.findByName(screen, "Your plan meetings now start with your views.") !== null, 5000,
                  "names: " + Harness.accessibleNames(screen));
        names = Harness.accessibleNames(screen);
        verify(Harness.findByName(screen, "For the practitioner"), "a way back for the practitioner: " + names);
        verify(!Harness.findByName(screen, "Go back"), "no session to go back to: " + names);
        compare(names.filter(n => n === "Quick exit").length, 1, "one page shown: " + names);
        Harness.reset();
        verify(!CurrentSession.weDidOnly);
    }

    // In child mode, at the end of a session: "What the team did" opens over the answers
    // (loaded by URL) and "Go back" returns to them.
    function test_fromTheChildsAnswersAndBack() {
        verify(Harness.prepare("review", {}));
        const screen = createTemporaryObject(childScreen, testCase, {width: testCase.width, height: testCase.height});
        const open = Harness.findByName(screen, "What the team did");
        verify(open, "no way in from the answers: " + Harness.accessibleNames(screen));
        open.forceActiveFocus();
        keyClick(Qt.Key_Space);
        let back = null;
        tryVerify(() => (back = Harness.findByName(screen, "Go back")) !== null, 5000,
                  "the page did not open: " + Harness.accessibleNames(screen));
        verify(Harness.findByName(screen, "Nothing yet — the team will tell you here what they do about what you said."));
        verify(!Harness.findByName(screen, "I have finished"), "the answers are hidden meanwhile");
        mouseClick(back);
        tryVerify(() => Harness.findByName(screen, "I have finished") !== null, 5000);
        verify(!Harness.findByName(screen, "Go back"));
    }

    // A sync that finishes while the page is open stores new actions: the page reads them
    // again, still only this young person's.
    function test_refreshesWhenASyncFinishes() {
        verify(Harness.prepare("review", {}));
        verify(Harness.deliverWeDid({youSaid: "You said lunch is too short.",
                                     weDid: "We asked the school for a longer lunch.",
                                     status: "planned", date: "2026-11-20"}));
        // The next young person on this tablet, with the page open and nothing yet.
        verify(Harness.prepare("review", {}));
        const page = showPage();
        const nothingYet = "Nothing yet — the team will tell you here what they do about what you said.";
        verify(Harness.findByName(page, nothingYet), "names: " + Harness.accessibleNames(page));

        verify(Harness.deliverWeDid({youSaid: "You said the bus is late.",
                                     weDid: "We talked to the bus company.",
                                     status: "done", date: "2026-11-25"}));
        verify(!Harness.findByName(page, "We talked to the bus company."),
               "shown before the sync finished, so this test would not show the refresh");
        Sync.jobFinished(); // what SyncController emits once a sync's result is stored
        tryVerify(() => Harness.findByName(page, "We talked to the bus company.") !== null, 5000,
                  "not refreshed: " + Harness.accessibleNames(page));
        verify(!Harness.findByName(page, nothingYet));
        verify(!Harness.findByName(page, "We asked the school for a longer lunch."),
               "another child's action shown: " + Harness.accessibleNames(page));
    }
}
