pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// Evidence of coproduction (issue 19): Lundy's four elements of children's participation
// (Space, Voice, Audience, Influence) as cards, with who is not yet heard (Reach) and the
// time it takes (Resourcing), for this consultation or for all of them.
QQC2.Page {
    id: root

    property string consultation: Team.currentConsultation
    readonly property ParticipationModel model: participation
    // The group the team means to hear and the hours it planned: an admin records them
    // for one consultation at a time (PUT /v1/review/consultations/{id}/intent).
    readonly property bool canEditIntent: Team.role === "admin" && !participation.allConsultations && participation.loaded

    function saveIntent(): void {
        const fields = [];
        for (let i = 0; i < intentBoxes.count; ++i) {
            const box = intentBoxes.itemAt(i);
            fields.push({ group: box.field.group, value: box.field.value, expected: box.text });
        }
        participation.saveIntent(fields, intentNotes.text, plannedHours.text);
    }

    title: qsTr("Participation", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    ParticipationModel {
        id: participation

        team: Team
        consultation: root.consultation
    }
    TeamWords {
        id: words
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Participation", "@title:page")
        }
        WorkingIndicator {
            running: participation.busy
        }
        MessageBanner {
            message: words.error(participation.errorCode, participation.errorField)
        }
        BodyText {
            text: qsTr("Who we have heard and who not yet, which ways of asking worked, whether the team listened and acted, and how long it took. Small numbers are hidden to protect children.", "@info")
        }
        ToggleRow {
            text: qsTr("Show figures for every consultation", "@option:check")
            checked: participation.allConsultations
            onToggled: participation.allConsultations = checked
        }
        Repeater {
            model: participation.cards

            delegate: ParticipationCard {
                required property var modelData

                card: modelData
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: root.canEditIntent
            spacing: Theme.spacingSmall

            PageHeading {
                large: false
                text: qsTr("Who we mean to hear", "@title:group")
            }
            BodyText {
                text: qsTr("How many people of each group the team hopes to hear in this consultation, notes on groups to reach, and the practitioner hours planned. Leave a box empty for a group you do not count.", "@info")
            }
            Repeater {
                id: intentBoxes

                model: participation.intentFields

                delegate: IntentBox {
                    required property var modelData

                    field: modelData
                }
            }
            FieldLabel {
                text: qsTr("Groups to reach (for example care leavers, disabled children)", "@label:textbox")
            }
            TextEntry {
                id: intentNotes

                label: qsTr("Groups to reach", "@label:textbox")
                text: participation.intentNotes
                maximumLength: 2000
            }
            FieldLabel {
                text: qsTr("Practitioner hours planned", "@label:textbox")
            }
            TextEntry {
                id: plannedHours

                label: qsTr("Practitioner hours planned", "@label:textbox")
                text: participation.plannedHours
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            AppButton {
                text: qsTr("Save who we mean to hear", "@action:button")
                prominent: true
                enabled: !participation.busy
                onClicked: root.saveIntent()
            }
        }
    }

    // One group's box: its name above, the number the team hopes to hear in it.
    component IntentBox: ColumnLayout {
        id: intentBox

        property var field: ({})
        readonly property alias text: box.text

        Layout.fillWidth: true

        FieldLabel {
            text: intentBox.field.label
        }
        TextEntry {
            id: box

            label: qsTr("%1: how many we hope to hear", "@label:textbox").arg(intentBox.field.label)
            text: intentBox.field.expected
            inputMethodHints: Qt.ImhDigitsOnly
        }
    }
}
