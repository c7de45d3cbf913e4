import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// Exports on the Team screen against a hub in this process: the CSV of counts carries the
// hub's suppressed cells as it sends them, the CSV of records follows the hub's pages into
// one file, a folder that cannot be written is named in the message with nothing saved, and
// the PDF buttons write a PDF (or, in a build without the report renderer, say so).
TestCase {
    id: testCase

    name: "TeamExport"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: exportPage

        TeamExportPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        Team.hubUrl = Harness.startHub()
        compare(Harness.seedFeedback("c1", 9, {kind: "text", role: "child"}), 9)
        compare(Harness.seedFeedback("c1", 2, {kind: "text", role: "parent"}), 2)
        const secret = Harness.addReviewer("Export Tester")
        Team.firstSignIn("Export Tester", secret, "a long passphrase here", "a long passphrase here")
        tryCompare(Team, "signedIn", true, 10000)
        Team.currentConsultation = "c1"
    }

    function press(page, name) {
        const item = Harness.findByName(page, name)
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page))
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    function rows(text) {
        return text.split("\r\n").filter(r => r.length > 0)
    }

    function test_1_countsAsTheHubSuppressesThem() {
        const path = Harness.tempPath("counts.csv")
        const page = createTemporaryObject(exportPage, testCase, {targetPath: path})
        press(page, "Export counts (CSV)")
        tryCompare(page.controller, "savedPath", path, 10000)
        compare(page.controller.errorCode, "")
        const lines = rows(Harness.readTextFile(path))
        compare(lines[0], "breakdown,value,count")
        // Two parents: the role breakdown is hidden whole (the parents, the children with
        // them and the empty roles, whose zeros would complete a difference), every cell in
        // the same words, so nobody can tell the small cell from the large one or a zero.
        for (const role of ["parent", "child", "young-person", "carer"])
            verify(lines.indexOf("role," + role + ",hidden to protect small groups") > 0, lines.join("\n"))
        verify(lines.every(l => l.indexOf("fewer than") < 0), lines.join("\n"))
        // Totals are published through the record keys, the same value however asked.
        const total = Harness.publishedCount("consultation_id = 'c1'")
        verify(total >= 8, "published total " + total)
        verify(lines.indexOf("role,total," + total) > 0, lines.join("\n"))
        verify(lines.indexOf("ageBand,8-11," + total) > 0, lines.join("\n"))
        verify(Harness.findByName(page, "Saved " + page.controller.savedRows + " rows to " + path + "."),
               "names: " + Harness.accessibleNames(page))
    }

    function test_2_recordsFollowThePages() {
        const path = Harness.tempPath("records.csv")
        const page = createTemporaryObject(exportPage, testCase, {targetPath: path})
        page.controller.pageSize = 4 // eleven records: three requests
        press(page, "Export records (CSV)")
        tryCompare(page.controller, "savedPath", path, 10000)
        compare(page.controller.savedRows, 11)
        const lines = rows(Harness.readTextFile(path))
        compare(lines.length, 12)
        verify(lines[0].startsWith("id,activityId,promptId,kind,week,ageBand,role,text,"), lines[0])
        // Each record once, in id order across the pages.
        const ids = lines.slice(1).map(l => l.split(",")[0])
        compare(ids.slice().sort(), ids)
        compare(new Set(ids).size, 11)
        // A role cell is hidden, so every record's role is hidden at record level: showing
        // the nine children's would tell that the other two are parents (issue 18, point 4).
        compare(lines.filter(l => l.indexOf(",hidden to protect small groups,") >= 0).length, 11)
        verify(Harness.findByName(page, "Saved 11 rows to " + path + "."),
               "names: " + Harness.accessibleNames(page))
    }

    function test_3_unwritableFolderSavesNothing() {
        const path = Harness.tempPath("no-such-folder/counts.csv")
        const page = createTemporaryObject(exportPage, testCase, {targetPath: path})
        press(page, "Export counts (CSV)")
        tryCompare(page.controller, "errorCode", "not_writable", 10000)
        verify(Harness.findByName(page, "counts.csv could not be saved there. Nothing was saved; choose a folder you can save in."),
               "names: " + Harness.accessibleNames(page))
        compare(Harness.readTextFile(path), "")
        compare(page.controller.savedPath, "")
    }

    function test_4_pdfReport() {
        const path = Harness.tempPath("report.pdf")
        const page = createTemporaryObject(exportPage, testCase, {targetPath: path})
        press(page, "PDF report (Welsh)")
        if (!page.controller.pdfAvailable) {
            // This build has no report renderer: the button says so and writes nothing.
            tryCompare(page.controller, "errorCode", "pdf_unavailable")
            verify(Harness.findByName(page, "PDF reports are not available in this build."))
            compare(Harness.readTextFile(path), "")
            return
        }
        tryCompare(page.controller, "savedPath", path, 20000)
        verify(Harness.readTextFile(path).startsWith("%PDF-"))
    }
}
