pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// One record the team will see: the question, the words as they go, what else goes (a
// choice, a feeling, "voice note, 0:42 (stays on this device)"), and "Take this out".
Rectangle {
    id: card

    required property string shareId
    required property string prompt
    required property string kind
    required property string text
    required property string content
    required property int scaleValue
    required property bool waiting
    required property string drawingResponseId

    // What read-aloud says for this record: the question, then what goes.
    readonly property string spoken: card.prompt + (card.text.length > 0 ? ". " + card.text : "") + (card.content.length > 0 ? ". " + card.content : "")

    signal removeRequested(string shareId)

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
            text: card.prompt
            color: Theme.mutedText
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            FaceIcon {
                visible: card.scaleValue > 0
                level: card.scaleValue
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
            }
            ColumnLayout {
                spacing: Theme.spacingSmall
                Layout.fillWidth: true

                BodyText {
                    visible: card.text.length > 0
                    text: card.text
                    font.pixelSize: Math.round(Theme.fontHeading)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                BodyText {
                    visible: card.content.length > 0
                    text: card.content
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
        // The drawing itself, when it goes: the child sees exactly what the team will see.
        StoredDrawing {
            visible: card.drawingResponseId.length > 0
            responseId: card.drawingResponseId
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? Math.min(Theme.canvasMaxHeight / 2, width / aspectRatio) : 0
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Your drawing, as the team will see it", "@info:accessible")
        }
        BodyText {
            visible: card.waiting
            color: Theme.mutedText
            font.pixelSize: Math.round(Theme.fontSmall)
            text: qsTr("Someone on the team checks this first, to make sure nothing gives away who you are.", "@info share preview")
        }
        AppButton {
            text: qsTr("Take this out", "@action:button share preview")
            description: qsTr("The team will not see your answer to: %1", "@info:accessible").arg(card.prompt)
            destructive: true
            onClicked: card.removeRequested(card.shareId)
        }
    }
}
