import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// Theme coding on the Team screen against a hub in this process: create a theme, tag two
// records with it and see the count the hub keeps; a taken name and a quote without
// consent are refused with words that say why.
TestCase {
    id: testCase

    name: "TeamThemes"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: themesPage

        TeamThemesPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        Team.hubUrl = Harness.startHub()
        compare(Harness.seedFeedback("c1", 6, {kind: "text", quotes: true}), 6)
        compare(Harness.seedFeedback("c1", 2, {kind: "choice", quotes: false, role: "parent"}), 2)
        const secret = Harness.addReviewer("Theme Tester")
        Team.firstSignIn("Theme Tester", secret, "a long passphrase here", "a long passphrase here")
        tryCompare(Team, "signedIn", true, 10000)
        Team.currentConsultation = "c1"
    }

    function openPage() {
        const page = createTemporaryObject(themesPage, testCase)
        verify(page)
        tryVerify(() => !page.model.busy && page.model.records.length === 8, 10000,
                  "records: " + page.model.records.length + " " + page.model.errorCode)
        return page
    }

    // By keyboard, as a switch or keyboard user would: the long page scrolls, so an item may
    // be below the window's edge where a mouse click would miss it.
    function click(page, name) {
        const item = Harness.findByName(page, name)
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page))
        verify(item.enabled, name + " is disabled")
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    function namesStartingWith(page, prefix) {
        return Harness.accessibleNames(page).filter(n => n.startsWith(prefix))
    }

    function createTheme(page, name) {
        const field = Harness.findByName(page, "New theme name")
        verify(field, "names: " + Harness.accessibleNames(page))
        field.forceActiveFocus()
        for (const c of name)
            keyClick(c)
        compare(field.text, name)
        click(page, "Create theme")
    }

    function test_1_createTagAndCount() {
        const page = openPage()
        createTheme(page, "Safety")
        tryVerify(() => Harness.findByName(page, "Safety, records tagged: 0"), 10000,
                  "names: " + Harness.accessibleNames(page))

        const picks = namesStartingWith(page, "Pick: ")
        verify(picks.length >= 2, "picks: " + picks)
        click(page, picks[0])
        click(page, picks[1])
        compare(page.model.selected.length, 2)
        click(page, "Tag picked records with Safety")
        tryVerify(() => Harness.findByName(page, "Safety, records tagged: 2"), 10000,
                  "names: " + Harness.accessibleNames(page))
        compare(page.model.errorCode, "")

        // The feedback behind the theme, as the hub lists it.
        click(page, "Show feedback for Safety")
        tryVerify(() => !page.model.busy && page.model.records.length === 2, 10000)
        compare(namesStartingWith(page, "Pick: ").sort(), [picks[0], picks[1]].sort())
    }

    function test_2_nameTakenIsRefused() {
        const page = openPage()
        tryVerify(() => page.model.themes.length === 1)
        createTheme(page, "Safety")
        tryCompare(page.model, "errorCode", "conflict", 10000)
        verify(Harness.findByName(page, "A theme with this name already exists in this consultation. Choose another name."),
               "names: " + Harness.accessibleNames(page))
        compare(page.model.themes.length, 1)
    }

    function test_3_quotableOnlyWithConsent() {
        const page = openPage()
        const records = page.model.records
        const refused = records.find(r => !r.quotesAllowed)
        const allowed = records.find(r => r.quotesAllowed)
        verify(refused && allowed)
        const words = Qt.createQmlObject("import Chorus.Team; TeamWords {}", page)

        click(page, "Quotable: " + words.recordSummary(refused))
        tryCompare(page.model, "errorCode", "not_permitted", 10000)
        verify(Harness.findByName(page, "This person did not agree to be quoted, so this record cannot be marked quotable."),
               "names: " + Harness.accessibleNames(page))
        verify(!page.model.records.find(r => r.id === refused.id).quotable)

        click(page, "Quotable: " + words.recordSummary(allowed))
        tryCompare(page.model, "lastDone", "quotable", 10000)
        compare(page.model.errorCode, "")
        // Read back from the hub: only the record with consent is quotable.
        page.model.refresh()
        tryVerify(() => !page.model.busy)
        compare(page.model.records.filter(r => r.quotable).map(r => r.id), [allowed.id])
    }

    // Issue 14, point 12: "Clear picks" appeared with the first pick and went with the last,
    // moving every record a row; a reviewer's next tap then landed on another record and
    // picks were lost. Tapped with a finger (the pointer) where each record was, every tap
    // picks the record meant and nothing moves.
    function test_4_nothingMovesUnderTheFinger() {
        const page = openPage()
        const picks = namesStartingWith(page, "Pick: ")
        verify(picks.length >= 3, "picks: " + picks)
        const at = name => {
            const item = Harness.findByName(page, name)
            verify(item, "no '" + name + "'")
            const p = item.mapToItem(testCase, item.width / 2, item.height / 2)
            return Qt.point(Math.round(p.x), Math.round(p.y))
        }
        // The records are below the first screen: scroll them up, as a reviewer would.
        let column = Harness.findByName(page, picks[0])
        while (column && column.contentY === undefined)
            column = column.parent
        verify(column, "no scrolling page")
        column.contentY = Math.max(0, Harness.findByName(page, picks[0]).mapToItem(column.contentItem, 0, 0).y - 100)
        wait(50)
        const where = picks.slice(0, 3).map(at)
        for (const p of where)
            verify(p.y > 0 && p.y < testCase.height, "a record is off screen: " + p.y)
        const tap = p => {
            mouseClick(testCase, p.x, p.y)
            wait(50)
        }

        tap(where[0])
        compare(page.model.selected.length, 1)
        compare(picks.slice(0, 3).map(at), where, "the first pick moved the records")
        tap(where[1])
        tap(where[2])
        compare(page.model.selected.length, 3, "a tap landed on another record")

        // "Clear picks", tapped, clears and moves nothing; the next taps pick anew.
        const clear = Harness.findByName(page, "Clear picks")
        verify(clear && clear.enabled)
        tap(at("Clear picks"))
        compare(page.model.selected.length, 0)
        compare(picks.slice(0, 3).map(at), where, "clearing the picks moved the records")
        verify(!Harness.findByName(page, "Clear picks").enabled)
        tap(where[1])
        compare(page.model.selected.length, 1)

        // Tagging says so in its status line, which keeps its room: the records stay where
        // they are on the page (the button is pressed with the keys: it is further up).
        const inPage = name => Harness.findByName(page, name).mapToItem(column.contentItem, 0, 0).y
        const before = inPage(picks[0])
        click(page, "Tag picked records with Safety")
        tryCompare(page.model, "lastDone", "tagged", 10000)
        tryVerify(() => !page.model.busy, 10000)
        wait(50)
        compare(inPage(picks[0]), before, "the status line moved the records")
    }
}
