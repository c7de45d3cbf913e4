import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// The framework view against a hub in this process: five clusters and eighteen parameters;
// before any feedback every parameter says so; then coproduction and learning and
// evaluation show the hub's figures (hidden counts as "hidden to protect small groups") and the other sixteen
// say Chorus collects no data for them.
TestCase {
    id: testCase

    name: "TeamFramework"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: frameworkPage

        TeamFrameworkPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        Team.hubUrl = Harness.startHub()
        const secret = Harness.addReviewer("Framework Tester")
        Team.firstSignIn("Framework Tester", secret, "a long passphrase here", "a long passphrase here")
        tryCompare(Team, "signedIn", true, 10000)
    }

    function names(page, prefix) {
        return Harness.accessibleNames(page).filter(n => n.startsWith(prefix))
    }

    function test_1_noFeedbackYet() {
        const page = createTemporaryObject(frameworkPage, testCase, {consultation: ""})
        const all = Harness.findByName(page, "Show figures for every consultation")
        verify(all, "names: " + Harness.accessibleNames(page))
        all.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(() => page.model.loaded, 10000, "error: " + page.model.errorCode)
        compare(names(page, "Cluster: ").length, 5)
        compare(names(page, "Parameter: ").length, 18)
        const noData = names(page, "No data for ")
        compare(noData.length, 18)
        verify(noData.every(n => n.endsWith(": no feedback has been received yet.")), noData.join("\n"))
        verify(Harness.findByName(page, "Parameter: Coproduction"))
    }

    function test_2_measuredParameters() {
        compare(Harness.seedFeedback("c1", 10, {kind: "text", role: "child"}), 10)
        compare(Harness.seedFeedback("c1", 3, {kind: "drawing", role: "parent"}), 3)
        Team.currentConsultation = "c1"
        const page = createTemporaryObject(frameworkPage, testCase)
        tryVerify(() => page.model.loaded && !page.model.busy, 10000, "error: " + page.model.errorCode)
        compare(names(page, "Cluster: ").length, 5)
        compare(names(page, "Parameter: ").length, 18)
        const noData = names(page, "No data for ")
        compare(noData.length, 16)
        verify(noData.every(n => n.endsWith(": Chorus collects no data for this parameter.")), noData.join("\n"))
        verify(!noData.some(n => n.startsWith("No data for Coproduction")))
        verify(!noData.some(n => n.startsWith("No data for Learning and evaluation")))

        // Coproduction, as the hub publishes it (the disclosure layer): three parents hide the
        // role breakdown whole: the parents, the child cell that would give them away (total
        // minus children) and the empty roles, whose zeros would complete that difference, all
        // in the same words. Counts that are shown are the records' published values.
        const total = Harness.publishedCount("consultation_id = 'c1'")
        verify(total >= 8, "published total " + total)
        for (const expected of ["Voices heard by role (total: " + total + ")", "Parent: hidden to protect small groups",
                                "Child: hidden to protect small groups", "Young person: hidden to protect small groups",
                                "Carer: hidden to protect small groups",
                                // Ten in words, but creative + words = the total: hidden with it.
                                "Methods used — creative activities: hidden to protect small groups; words (text): hidden to protect small groups",
                                "Consultations active (feedback in the last 28 days): 1",
                                "Median days from feedback to action: no published action yet"])
            verify(Harness.findByName(page, expected), "no '" + expected + "' in " + Harness.accessibleNames(page))
        // Learning and evaluation shows the same loop-closure figures.
        compare(names(page, "Feedback with a published action: 0 of " + total).length, 2)
    }
}
