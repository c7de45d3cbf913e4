import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// The participation page (issue 19) against a hub in this process, signed in with data:
// Lundy's four elements with Reach and Resourcing as six cards, the known hours of the
// seeded sessions, a small group hidden and saying so; then at 200% text and in Arabic; then
// an admin records whom the team means to hear and the hours planned, from the page; a plain
// reviewer cannot, on the page or at the hub.
TestCase {
    id: testCase

    name: "TeamParticipation"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    property var saved: ({})

    Component {
        id: participationPage

        TeamParticipationPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        saved = { language: Preferences.language, textScale: Preferences.textScale }
        Preferences.language = "en"
        Team.hubUrl = Harness.startHub()
        const secret = Harness.addReviewer("Participation Tester", "admin")
        Team.firstSignIn("Participation Tester", secret, "a long passphrase here", "a long passphrase here")
        tryCompare(Team, "signedIn", true, 10000)
        compare(Harness.seedParticipation("c1", 10), 10)
        Team.currentConsultation = "c1"
    }

    function cleanupTestCase() {
        Preferences.language = saved.language
        Preferences.textScale = saved.textScale
    }

    function names(page, prefix) {
        return Harness.accessibleNames(page).filter(n => n.startsWith(prefix))
    }

    function openPage() {
        // A change of language may refresh the Team screens' consultation list: name it.
        const page = createTemporaryObject(participationPage, testCase, {consultation: "c1"})
        tryVerify(() => page.model.loaded && !page.model.busy, 20000, "error: " + page.model.errorCode + " busy " + page.model.busy + " signed in " + Team.signedIn + " consultation " + page.model.consultation)
        waitForRendering(page)
        return page
    }

    function test_1_fourElementsWithData() {
        const page = openPage()
        compare(names(page, "Element: "), ["Element: Space", "Element: Voice", "Element: Audience",
                                           "Element: Influence", "Element: Reach", "Element: Resourcing"])
        // Ten sessions of 30 minutes: five hours, with what that means in one sentence.
        const hours = names(page, "Practitioner hours: ")
        compare(hours.length, 1)
        verify(hours[0].startsWith("Practitioner hours: 5. Time practitioners spent"), hours[0])
        // One drawing skipped of ten: too few to show, and it says so.
        const drawing = names(page, "Drawing: ")
        compare(drawing.length, 1)
        verify(drawing[0].includes("hidden to protect small groups"), drawing[0])
        verify(names(page, "Read aloud: ")[0].includes("100%"), names(page, "Read aloud: ")[0])
        // Which ways worked for which children: each way by age band in the Voice card; the
        // drawing's one skip makes the 8-11s' drawing figures too few to show, and it says so.
        const feelings = names(page, "Feelings scale, aged 8-11: ")
        compare(feelings.length, 1)
        verify(feelings[0].startsWith("Feelings scale, aged 8-11: 100% finished. Aged 8-11: finished "), feelings[0])
        const drawing811 = names(page, "Drawing, aged 8-11: ")
        compare(drawing811.length, 1)
        verify(drawing811[0].includes("hidden to protect small groups"), drawing811[0])
        // Age bands nobody was in are left out.
        compare(names(page, "Feelings scale, aged 12-15").length, 0)
    }

    function test_2_largeTextAndArabic() {
        Preferences.textScale = 2.0
        Preferences.language = "ar"
        const page = openPage()
        const cards = page.model.cards
        compare(cards.length, 6)
        verify(Preferences.rightToLeft)
        // The words are the Arabic ones, not English left in place.
        verify(cards[0].title !== "Space" && cards[0].title.length > 0, cards[0].title)
        verify(cards[5].rows[0].sentence !== "Time practitioners spent in sessions, pauses left out.",
               cards[5].rows[0].sentence)
        compare(names(page, "Element: Space").length, 0)
        // The ways of telling by age band are in Arabic too.
        const bandRows = cards[1].rows.filter(r => r.label.includes("8-11"))
        verify(bandRows.length >= 2, bandRows.length)
        for (const r of bandRows)
            verify(!r.label.includes("aged") && !r.sentence.includes("finished"), r.label + " / " + r.sentence)
        // At 200% every card still fits the page's width: the words wrap, nothing is cut.
        const shown = Harness.accessibleNames(page).filter(n => n.length > 0)
        verify(shown.length > 20, shown.length)
        for (const name of shown) {
            const item = Harness.findByName(page, name)
            if (item && item.visible)
                verify(item.width <= page.width + 1, name + ": " + item.width)
        }
        Preferences.language = "en"
        Preferences.textScale = 1.0
    }

    function typeInto(page, name, text) {
        const box = Harness.findByName(page, name)
        verify(box, "no box named " + name)
        box.text = text
    }

    function test_3_adminRecordsWhomToHear() {
        const page = openPage()
        verify(page.canEditIntent)
        compare(names(page, "Who we mean to hear: not set").length, 1)
        typeInto(page, "Children: how many we hope to hear", "12")
        typeInto(page, "Young people: how many we hope to hear", "5")
        typeInto(page, "Groups to reach", "Care leavers through the leaving-care team")
        // A word where hours go: the hub refuses it by name and nothing is recorded.
        typeInto(page, "Practitioner hours planned", "eight")
        Harness.findByName(page, "Save who we mean to hear").clicked()
        tryCompare(page.model, "errorField", "plannedHours", 20000)
        compare(page.model.plannedHours, "")
        compare(names(page, "Who we mean to hear: not set").length, 1)

        typeInto(page, "Practitioner hours planned", "8")
        Harness.findByName(page, "Save who we mean to hear").clicked()
        tryVerify(() => !page.model.busy && page.model.plannedHours === "8", 20000, "error: " + page.model.errorCode)
        compare(page.model.errorCode, "")
        compare(page.model.intentNotes, "Care leavers through the leaving-care team")
        waitForRendering(page)
        // Heard against intended, the group not yet heard named, planned against used.
        const children = names(page, "Children: ").filter(n => !n.includes("how many"))
        compare(children.length, 1)
        verify(children[0].includes(" of 12. "), children[0])
        compare(names(page, "Young people: 0 of 5. Not heard yet: 5 hoped for.").length, 1)
        compare(names(page, "Planned against used: 5 of 8 hours.").length, 1)
        verify(names(page, "Groups to reach: Care leavers").length > 0)
        // The form shows what was saved when the page opens again.
        const again = openPage()
        compare(Harness.findByName(again, "Children: how many we hope to hear").text, "12")
        compare(Harness.findByName(again, "Practitioner hours planned").text, "8")
        // Figures for every consultation: nothing to record the intent of.
        again.model.allConsultations = true
        tryVerify(() => !again.model.busy)
        verify(!again.canEditIntent)
    }

    // A plain reviewer (not an admin) sees the figures and the saved intent, but no form to
    // change it; and the hub refuses the request the form would make, recording nothing.
    function test_4_plainReviewerCannotRecordWhomToHear() {
        Team.signOut()
        tryCompare(Team, "signedIn", false, 10000)
        const secret = Harness.addReviewer("Plain Reviewer", "reviewer")
        Team.firstSignIn("Plain Reviewer", secret, "another long passphrase", "another long passphrase")
        tryCompare(Team, "signedIn", true, 10000)
        compare(Team.role, "reviewer")
        Team.currentConsultation = "c1"
        const page = openPage()
        verify(!page.canEditIntent)
        compare(names(page, "Element: ").length, 6)
        compare(names(page, "Save who we mean to hear").length, 0)
        compare(names(page, "Practitioner hours planned").length, 0)
        compare(names(page, "Children: how many we hope to hear").length, 0)
        compare(names(page, "Planned against used: 5 of 8 hours.").length, 1)
        page.model.saveIntent([{group: "role", value: "child", expected: "40"}], "Everyone", "3")
        tryVerify(() => !page.model.busy && page.model.errorCode !== "", 20000)
        compare(page.model.errorCode, "forbidden")
        page.model.refresh()
        tryVerify(() => page.model.loaded && !page.model.busy, 20000)
        compare(page.model.plannedHours, "8")
        compare(page.model.intentNotes, "Care leavers through the leaving-care team")
    }
}
