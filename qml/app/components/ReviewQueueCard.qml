pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls
import Chorus.Voice

// One record in the review queue: the participant's words and what the team would see,
// side by side (stacked when the text is large), with the practitioner's decisions.
Rectangle {
    id: card

    required property string shareId
    required property string consultation
    required property string prompt
    required property string kind
    required property string original
    required property string anonymised
    required property string content
    required property bool drawingOffered
    required property string responseId

    readonly property bool isVoice: card.kind === "audio"
    readonly property bool hasWords: card.anonymised.length > 0 && !card.isVoice
    // Words the anonymiser hid that the practitioner gave back (hidden by mistake).
    property var restored: []
    readonly property var hiddenWords: card.hasWords ? ReviewQueue.hiddenWords(card.shareId) : []
    readonly property string teamWords: card.hasWords ? ReviewQueue.previewRedaction(card.shareId, hide.text, card.restored) : card.anonymised

    function toggleRestored(word: string): void {
        card.restored = card.restored.indexOf(word) >= 0 ? card.restored.filter(w => w !== word)
                                                         : card.restored.concat([word]);
    }

    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: cardColumn

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        BodyText {
            text: qsTr("%1 · %2", "@info consultation and question").arg(card.consultation).arg(card.prompt)
            color: Theme.mutedText
        }
        GridLayout {
            // Side by side while each column has room for a line of text; stacked at large text.
            columns: cardColumn.width > 30 * Theme.fontBody ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall
            Layout.fillWidth: true

            ColumnLayout {
                spacing: Theme.spacingSmall
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop

                FieldLabel {
                    text: qsTr("What they said (stays on this device)", "@title:column")
                }
                // The drawing the practitioner may approve, so that they see what they send.
                StoredDrawing {
                    visible: card.kind === "drawing"
                    responseId: visible ? card.responseId : ""
                    Layout.fillWidth: true
                    Layout.preferredHeight: visible ? Math.min(Theme.canvasMaxHeight / 2, width / aspectRatio) : 0
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Their drawing", "@info:accessible")
                }
                BodyText {
                    text: card.isVoice ? qsTr("A voice note", "@info") : (card.original.length > 0 ? card.original : card.content)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("What they said: %1", "@info:accessible").arg(text)
                }
                // Only a voice record gets a player (a Repeater of one, as Qt 6.4 cannot Load
                // bound inline components); the note is decrypted into memory to listen.
                Repeater {
                    model: card.isVoice ? 1 : 0

                    delegate: VoiceNotePlayer {
                        id: notePlayer

                        player: VoicePlayer {}
                        Layout.fillWidth: true
                        Component.onCompleted: ReviewQueue.loadVoiceNote(notePlayer.player, card.shareId)
                    }
                }
            }
            ColumnLayout {
                spacing: Theme.spacingSmall
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop

                FieldLabel {
                    text: qsTr("What the team will see", "@title:column")
                }
                BodyText {
                    visible: card.teamWords.length > 0
                    text: card.teamWords
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("The team will see: %1", "@info:accessible").arg(text)
                }
                BodyText {
                    visible: card.content.length > 0
                    text: card.content
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
        // Each word the anonymiser hid, to give back one it hid by mistake (the audit log
        // counts the words given back when the record is approved).
        FieldLabel {
            visible: card.hiddenWords.length > 0
            text: qsTr("Hidden by Chorus", "@label words the anonymiser hid")
        }
        Flow {
            visible: card.hiddenWords.length > 0
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Repeater {
                model: card.hiddenWords

                delegate: AppButton {
                    required property var modelData
                    readonly property bool shown: card.restored.indexOf(modelData.word) >= 0

                    text: shown ? qsTr("Hide “%1” again", "@action:button a word the anonymiser hid").arg(modelData.word)
                                : qsTr("Show “%1”: not identifying", "@action:button a word the anonymiser hid").arg(modelData.word)
                    description: shown ? qsTr("The team will read this word", "@info:accessible")
                                       : qsTr("The team reads %1 instead", "@info:accessible").arg(modelData.placeholder)
                    onClicked: card.toggleRestored(modelData.word)
                }
            }
        }
        FieldLabel {
            visible: card.hasWords
            text: qsTr("More words to hide (separate them with commas)", "@label:textbox")
        }
        TextEntry {
            id: hide

            visible: card.hasWords
            label: qsTr("More words to hide", "@label:textbox")
            Accessible.description: card.prompt
        }
        FieldLabel {
            visible: card.isVoice
            text: qsTr("Summary for the team: the voice note never leaves this device, so the team reads this instead. Names and places in it are hidden too.", "@label:textbox")
        }
        TextEntry {
            id: summary

            visible: card.isVoice
            label: qsTr("Summary of the voice note", "@label:textbox")
            Accessible.description: card.prompt
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                visible: card.isVoice
                enabled: summary.text.trim().length > 0
                text: qsTr("Use this summary", "@action:button")
                description: card.prompt
                onClicked: ReviewQueue.summarise(card.shareId, summary.text)
            }
            AppButton {
                text: hide.text.trim().length > 0 ? qsTr("Hide these words and approve", "@action:button") : qsTr("Approve", "@action:button")
                description: card.prompt
                prominent: true
                onClicked: ReviewQueue.approve(card.shareId, hide.text, card.restored)
            }
            AppButton {
                visible: card.drawingOffered
                text: qsTr("Approve with the drawing", "@action:button")
                description: qsTr("Sharing drawings was agreed", "@info:accessible")
                onClicked: ReviewQueue.approveWithDrawing(card.shareId)
            }
            AppButton {
                text: qsTr("Hold back", "@action:button")
                description: qsTr("This answer is never sent", "@info:accessible")
                destructive: true
                onClicked: ReviewQueue.holdBack(card.shareId)
            }
        }
    }
}
