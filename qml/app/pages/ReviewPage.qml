pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls
import Chorus.Voice

// At the end: what you told us (each answer deletable) and what the team will see (CP-6).
// On a young person's own device (issue 16) "Send my answers" sends what the preview shows:
// their session ends, they are back on their home, and a sync starts.
QQC2.Page {
    id: root

    signal practitionerRequested()
    signal weDidRequested()

    property bool finished: false
    readonly property list<string> feelingWords: [
        qsTr("Very sad", "@label feeling"), qsTr("Sad", "@label feeling"), qsTr("OK", "@label feeling"),
        qsTr("Happy", "@label feeling"), qsTr("Very happy", "@label feeling")
    ]

    title: qsTr("What you told us", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    header: QQC2.ToolBar {
        background: TopBarBackground {}

        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacing

            Item {
                Layout.fillWidth: true
            }
            AppButton {
                visible: !App.youngPersonDevice
                text: qsTr("For the practitioner", "@action:button")
                onClicked: root.practitionerRequested()
            }
            QuickExitButton {}
        }
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: root.finished ? qsTr("Thank you!", "@title:page") : qsTr("What you told us", "@title:page")
        }
        BodyText {
            visible: root.finished
            text: qsTr("Please give the tablet back to the person you are working with.", "@info")
            font.pixelSize: Math.round(Theme.fontChild)
        }
        BodyText {
            visible: !root.finished && CurrentSession.review.count === 0
            text: qsTr("You have not saved any answers. That is fine.", "@info")
        }
        Repeater {
            model: root.finished ? null : CurrentSession.review

            delegate: Rectangle {
                id: answer

                required property string responseId
                required property string prompt
                required property string kind
                required property string text
                required property int scaleValue
                required property string chosen
                required property int durationMs

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
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        FaceIcon {
                            visible: answer.kind === "scale"
                            level: answer.scaleValue
                            Layout.preferredWidth: Theme.touchTarget
                            Layout.preferredHeight: Theme.touchTarget
                        }
                        BodyText {
                            font.pixelSize: Math.round(Theme.fontHeading)
                            text: answer.kind === "scale" ? root.feelingWords[answer.scaleValue - 1] ?? ""
                                : answer.kind === "audio" ? qsTr("Your voice note", "@info")
                                : answer.chosen.length > 0 ? answer.chosen : answer.text
                        }
                    }
                    // A drawing is shown from memory, decrypted only to be painted.
                    StoredDrawing {
                        visible: answer.kind === "drawing"
                        responseId: visible ? answer.responseId : ""
                        Layout.fillWidth: true
                        Layout.maximumWidth: Theme.tileMaxWidth * 2
                        Layout.preferredHeight: visible ? Math.min(Theme.canvasMaxHeight / 2, width / aspectRatio) : 0
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Your drawing", "@info:accessible")
                    }
                    // A saved voice note plays from memory, decrypted only for listening. (A
                    // Repeater of one: Qt 6.4 cannot Load bound inline components.)
                    Repeater {
                        model: answer.kind === "audio" ? 1 : 0

                        delegate: VoiceNotePlayer {
                            id: savedNote

                            player: VoicePlayer {}
                            Layout.fillWidth: true
                            Component.onCompleted: CurrentSession.loadVoiceNote(savedNote.player, answer.responseId)
                        }
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
        SharePreview {
            visible: !root.finished
        }
        OwnAnswersWaiting {
            visible: App.youngPersonDevice && showing
        }
        Flow {
            visible: !root.finished
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Go back to the activities", "@action:button")
                enabled: CurrentSession.activityCount > 0
                onClicked: CurrentSession.back()
            }
            AppButton {
                visible: !App.youngPersonDevice
                text: qsTr("I have finished", "@action:button")
                prominent: true
                onClicked: root.finished = true
            }
            // The invite chose who checks (issue 16): they send, or the answers wait on this
            // device for a check with their practitioner; the button says which.
            AppButton {
                visible: App.youngPersonDevice
                text: Sync.reviewOnDevice ? qsTr("Keep my answers to check with my practitioner", "@action:button") : qsTr("Send my answers", "@action:button")
                description: Sync.reviewOnDevice ? qsTr("Your answers wait on this device until you and your practitioner check them together", "@info:accessible") : qsTr("Sends to your team what the preview above shows", "@info:accessible")
                prominent: true
                enabled: App.answersWaiting === 0 // the banner above says why not yet
                onClicked: {
                    if (App.finishOnOwnDevice())
                        Sync.syncNow();
                }
            }
        }
        AppButton {
            text: qsTr("What the team did", "@action:button")
            description: qsTr("What the team did about what you told them", "@info:accessible")
            onClicked: root.weDidRequested()
        }
    }
}
