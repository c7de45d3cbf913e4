pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Own time: the young person's answers so far, kept in storage of their own that only their
// PIN opens. They can change or delete any of them, keep them for later (Chorus locks; their
// PIN brings them back) or send them all when they are ready. Once sent, the same PIN shows
// them what they sent and what the team did, read-only.
QQC2.Page {
    id: root

    signal weDidRequested()

    readonly property list<string> feelingWords: [
        qsTr("Very sad", "@label feeling"), qsTr("Sad", "@label feeling"), qsTr("OK", "@label feeling"),
        qsTr("Happy", "@label feeling"), qsTr("Very happy", "@label feeling")
    ]

    title: qsTr("Your answers so far", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    header: QQC2.ToolBar {
        background: TopBarBackground {}

        Row {
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall
            anchors.verticalCenter: parent.verticalCenter

            QuickExitButton {}
        }
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: CurrentSession.submitted ? qsTr("Thank you! Your answers were sent.", "@title:page")
                                           : qsTr("Your answers so far", "@title:page")
        }
        BodyText {
            visible: !CurrentSession.submitted
            text: qsTr("They are kept locked on this device. Nobody sees them until you send them.", "@info own-time")
        }
        BodyText {
            visible: !CurrentSession.submitted && CurrentSession.review.count === 0
            text: qsTr("You have not saved any answers yet. That is fine.", "@info")
        }
        MessageBanner {
            message: CurrentSession.errorMessage
        }
        OwnAnswersWaiting {}
        Repeater {
            model: CurrentSession.review

            delegate: Rectangle {
                id: answer

                required property string responseId
                required property string activityId
                required property string prompt
                required property string kind
                required property string text
                required property int scaleValue
                required property string chosen

                Layout.fillWidth: true
                implicitHeight: answerColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth

                ColumnLayout {
                    id: answerColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    BodyText {
                        text: answer.prompt
                        color: Theme.mutedText
                    }
                    BodyText {
                        font.pixelSize: Math.round(Theme.fontHeading)
                        text: answer.kind === "scale" ? root.feelingWords[answer.scaleValue - 1] ?? ""
                            : answer.kind === "choice" ? answer.chosen : answer.text
                    }
                    Flow {
                        visible: !CurrentSession.submitted
                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        AppButton {
                            text: qsTr("Change this answer", "@action:button")
                            description: answer.prompt
                            // One per answer: the name says which, so that no two are alike.
                            Accessible.name: qsTr("%1: %2", "@action:button change or delete: the answer's question").arg(text).arg(answer.prompt)
                            onClicked: CurrentSession.change(answer.activityId)
                        }
                        AppButton {
                            text: qsTr("Delete this answer", "@action:button")
                            description: answer.prompt
                            Accessible.name: qsTr("%1: %2", "@action:button change or delete: the answer's question").arg(text).arg(answer.prompt)
                            destructive: true
                            onClicked: CurrentSession.deleteAnswer(answer.responseId)
                        }
                    }
                }
            }
        }
        // What the team will see (CP-6) is made when the practitioner's device takes the
        // sealed answers in; here the young person sees exactly what they sent.
        Flow {
            visible: !CurrentSession.submitted
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Go back to the activities", "@action:button")
                enabled: CurrentSession.activityCount > 0
                onClicked: CurrentSession.back()
            }
            AppButton {
                text: qsTr("Keep them for later", "@action:button")
                description: qsTr("Locks Chorus. Your PIN brings you back to your answers.", "@info:accessible")
                onClicked: App.lock()
            }
            AppButton {
                text: qsTr("Send my answers", "@action:button")
                description: qsTr("Sends all your answers. After this you cannot change them.", "@info:accessible")
                prominent: true
                // Not while answers wait for space: they would be left out (the banner says).
                enabled: CurrentSession.review.count > 0 && App.answersWaiting === 0
                onClicked: CurrentSession.submit()
            }
        }
        // "What the team did": sync seals it to this session's own key, so the young person's
        // PIN shows it here on a later day without opening the device store.
        AppButton {
            text: qsTr("What the team did", "@action:button")
            description: qsTr("What the team did about what you told them", "@info:accessible")
            onClicked: root.weDidRequested()
        }
        AppButton {
            visible: CurrentSession.submitted
            text: qsTr("Close", "@action:button")
            prominent: true
            onClicked: App.lock()
        }
    }
}
