import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// "You said, we did" on the Team screen against a hub in this process: write an action
// linked to a record, save it as a draft, publish it after the check, and read it back from
// the hub as published; an action without a link is refused and nothing is saved.
TestCase {
    id: testCase

    name: "TeamActions"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: actionsPage

        TeamActionsPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: hubActions

        ActionsModel {
            team: Team
        }
    }

    function initTestCase() {
        Team.hubUrl = Harness.startHub()
        compare(Harness.seedFeedback("c1", 3, {kind: "text"}), 3)
        const secret = Harness.addReviewer("Action Tester")
        Team.firstSignIn("Action Tester", secret, "a long passphrase here", "a long passphrase here")
        tryCompare(Team, "signedIn", true, 10000)
        Team.currentConsultation = "c1"
    }

    function openPage() {
        const page = createTemporaryObject(actionsPage, testCase)
        verify(page)
        tryVerify(() => !page.model.busy, 10000)
        return page
    }

    // The actions as the hub holds them now (a fresh GET /v1/review/actions).
    function actionsOnHub() {
        const model = createTemporaryObject(hubActions, testCase, {consultation: "c1"})
        tryVerify(() => !model.busy, 10000)
        compare(model.errorCode, "")
        return model.actions
    }

    function find(page, name) {
        const item = Harness.findByName(page, name)
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page))
        return item
    }

    // By keyboard: the page scrolls, so an item may be below the window's edge.
    function click(page, name) {
        const item = find(page, name)
        verify(item.enabled, name + " is disabled")
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    function type(page, name, words) {
        const field = find(page, name)
        field.forceActiveFocus()
        for (const c of words)
            keyClick(c)
        compare(field.text, words)
    }

    function test_1_writeSaveAndPublish() {
        const page = openPage()
        click(page, "Write a new action")
        type(page, "You said", "More play")
        type(page, "We did", "New games")
        click(page, "Status: Doing")
        const date = find(page, "Date")
        date.selectAll()
        type(page, "Date", "2026-12-01")
        tryVerify(() => Harness.accessibleNames(page).some(n => n.startsWith("Pick: ")), 10000)
        const pick = Harness.accessibleNames(page).find(n => n.startsWith("Pick: "))
        click(page, pick)
        verify(find(page, "Linked records: 1"))

        click(page, "Save action")
        tryCompare(page.model, "lastDone", "saved", 10000)
        compare(page.model.errorCode, "")
        tryVerify(() => Harness.findByName(page, "Draft: More play"), 10000,
                  "names: " + Harness.accessibleNames(page))
        let onHub = actionsOnHub()
        compare(onHub.length, 1)
        compare(onHub[0].state, "draft")
        compare(onHub[0].status, "doing")
        compare(onHub[0].date, "2026-12-01")
        compare(onHub[0].feedbackIds.length, 1)

        // Publishing asks first; "Do not publish" leaves it a draft.
        click(page, "Publish action: More play")
        verify(find(page, "Publish this action? It goes to the devices of the children whose feedback it is linked to, and they will read it."))
        click(page, "Do not publish")
        compare(actionsOnHub()[0].state, "draft")

        click(page, "Publish action: More play")
        click(page, "Publish now")
        tryCompare(page.model, "lastDone", "published", 10000)
        tryVerify(() => Harness.findByName(page, "Published: More play"), 10000,
                  "names: " + Harness.accessibleNames(page))
        onHub = actionsOnHub()
        compare(onHub[0].state, "published")
        verify(onHub[0].seq !== null && onHub[0].seq.length > 0)
    }

    function test_2_actionWithoutLinkIsRefused() {
        const page = openPage()
        const before = actionsOnHub().length
        click(page, "Write a new action")
        type(page, "You said", "Quieter room")
        type(page, "We did", "Asked the school")
        click(page, "Save action")
        tryCompare(page.model, "errorCode", "too_few")
        verify(find(page, "Link the action to at least one feedback record or theme."))
        compare(actionsOnHub().length, before)
    }
}
