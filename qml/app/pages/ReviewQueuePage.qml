pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// The practitioner's review queue (issue 6): each answer waiting to be shared, the
// participant's own words beside what the team would see. Approve, hide more words, write
// a summary of a voice note, or hold it back. Every decision is audit-logged (no content).
QQC2.Page {
    id: root

    signal done()

    title: qsTr("Check before sharing", "@title:page")
    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: ReviewQueue.reload()

    PageColumn {
        anchors.fill: parent

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            PageHeading {
                text: qsTr("Check before sharing", "@title:page")
            }
            AppButton {
                text: qsTr("Back", "@action:button")
                description: qsTr("Back to the consultations", "@info:accessible")
                onClicked: root.done()
            }
        }
        BodyText {
            text: ReviewQueue.count === 0
                ? qsTr("Nothing is waiting to be checked. When a participant's answers are ready to share, they wait here until you approve them.", "@info")
                : qsTr("Answers waiting to be checked: %1. Nothing is sent until you approve it.", "@info").arg(ReviewQueue.count)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        MessageBanner {
            message: ReviewQueue.errorMessage
        }
        // Many short answers at once: approve them all as shown, after reading them below.
        AppButton {
            visible: ReviewQueue.count > 1
            text: qsTr("Approve all %1 as shown", "@action:button").arg(ReviewQueue.count)
            description: qsTr("Shares every answer below as the team would see it; drawings go only when approved one by one", "@info:accessible")
            onClicked: ReviewQueue.approveAll()
        }
        Repeater {
            model: ReviewQueue

            delegate: ReviewQueueCard {
                Layout.fillWidth: true
            }
        }
    }
}
