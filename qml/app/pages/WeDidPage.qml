pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// "What the team did" ("you said, we did", issue 8): what the team heard from this child or
// young person and what it did, is doing or plans to do about it, in the team's own words,
// each readable aloud. Only this participant's: the model lists the actions that answer
// the feedback they gave on this device, never another child's. Loaded by URL from the
// child-mode screen when the young person asks for it.
QQC2.Page {
    id: root

    // The participant whose actions are shown: the one in the session handed over.
    property string participantId: CurrentSession.participantId

    // Handed over on its own (no session behind it): the way out is the practitioner's.
    readonly property bool handedOver: CurrentSession.weDidOnly

    signal done()
    signal practitionerRequested()

    // The frame before the team's words, by the action's status.
    function frame(status: string): string {
        switch (status) {
        case "planned":
            return qsTr("We plan to:", "@label before what the team will do");
        case "doing":
            return qsTr("We are working on it:", "@label before what the team is doing");
        case "done":
            return qsTr("We did:", "@label before what the team did");
        default:
            return qsTr("The team says:", "@label before the team's words, status not known");
        }
    }

    function when(dateText: string): string {
        return dateText.length > 0 ? qsTr("When: %1", "@info the date the team gave for an action").arg(dateText) : "";
    }

    title: qsTr("What the team did", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    WeDidModel {
        id: actions

        participantId: root.participantId
        language: Preferences.language
    }

    header: QQC2.ToolBar {
        background: TopBarBackground {}

        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacing

            AppButton {
                visible: !root.handedOver
                text: qsTr("Go back", "@action:button leave what the team did")
                description: qsTr("Back to your answers", "@info:accessible")
                onClicked: root.done()
            }
            Item {
                Layout.fillWidth: true
            }
            AppButton {
                visible: root.handedOver
                text: App.youngPersonDevice ? qsTr("Back to my Chorus", "@action:button") : qsTr("For the practitioner", "@action:button")
                onClicked: root.practitionerRequested()
            }
            QuickExitButton {}
        }
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("What the team did", "@title:page")
        }
        BodyText {
            visible: actions.count > 0
            font.pixelSize: Math.round(Theme.fontChild)
            text: qsTr("You told us what you think. This is what the team is doing about it.", "@info what the team did")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        BodyText {
            visible: actions.count === 0 && actions.errorMessage.length === 0
            font.pixelSize: Math.round(Theme.fontChild)
            text: qsTr("Nothing yet — the team will tell you here what they do about what you said.", "@info what the team did, empty")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        MessageBanner {
            message: actions.errorMessage
        }
        Repeater {
            model: actions

            delegate: Rectangle {
                id: card

                required property string actionId
                required property string youSaid
                required property string weDid
                required property string status
                required property string dateText

                readonly property string spoken: qsTr("You told us:", "@label before what the child said") + " " + card.youSaid + ". " + root.frame(card.status) + " " + card.weDid + ". " + root.when(card.dateText)

                Layout.fillWidth: true
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
                        text: qsTr("You told us:", "@label before what the child said")
                        color: Theme.mutedText
                    }
                    BodyText {
                        text: card.youSaid
                        font.pixelSize: Math.round(Theme.fontChild)
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    BodyText {
                        text: root.frame(card.status)
                        color: Theme.mutedText
                        font.bold: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    BodyText {
                        text: card.weDid
                        font.pixelSize: Math.round(Theme.fontChild)
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    BodyText {
                        visible: card.dateText.length > 0
                        text: root.when(card.dateText)
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    SpeakButton {
                        textToRead: card.spoken
                    }
                }
            }
        }
    }
}
