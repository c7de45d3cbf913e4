pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// The practitioner's home: consultations on this device, starting a session, sync and lock.
// On a young person's own device (issue 16) the same page is theirs: it speaks to them, starts
// their own answers, and has no practitioner's tools (no "Check before sharing" unless answers
// wait there, no new consultation, no own-time hand-over).
QQC2.Page {
    id: root

    signal newConsultationRequested()
    signal settingsRequested()
    signal sessionRequested()
    signal sessionResumed()
    signal syncRequested()
    signal reviewQueueRequested()

    title: qsTr("Consultations", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: {
        CurrentSession.reloadUnfinished();
        ReviewQueue.reload();
    }

    PageColumn {
        anchors.fill: parent

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            PageHeading {
                text: App.youngPersonDevice ? qsTr("Your Chorus", "@title:page") : qsTr("Consultations on this device", "@title:page")
            }
            AppButton {
                text: qsTr("Lock", "@action:button")
                description: qsTr("Locks Chorus now", "@info:accessible")
                onClicked: App.lock()
            }
        }
        BodyText {
            color: Theme.mutedText
            text: App.waitingToSync === 0 ? qsTr("Nothing is waiting to be sent to the hub.", "@info:status")
                : qsTr("Answers waiting to be sent to the hub: %1", "@info:status").arg(App.waitingToSync)
        }
        MessageBanner {
            message: CurrentSession.errorMessage
        }
        MessageBanner {
            message: App.ownTimeNotice
        }
        MessageBanner {
            objectName: "answersWaiting"
            message: App.answersWaiting > 0 ? qsTr("%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.", "@info:status", App.answersWaiting) : ""
        }
        AppButton {
            visible: !App.youngPersonDevice || ReviewQueue.count > 0
            text: ReviewQueue.count === 0 ? qsTr("Check before sharing", "@action:button")
                : qsTr("Check before sharing: %1 waiting", "@action:button").arg(ReviewQueue.count)
            description: qsTr("Answers wait here for your approval before they go to the team", "@info:accessible")
            onClicked: root.reviewQueueRequested()
        }
        BodyText {
            visible: App.consultations.count === 0
            text: App.youngPersonDevice ? qsTr("Nothing to answer yet. Sync with the hub to get the questions from your team.", "@info")
                : qsTr("There are no consultations yet. Set one up to begin.", "@info")
        }
        Repeater {
            model: App.consultations

            delegate: Rectangle {
                id: card

                required property string consultationId
                required property string title
                required property string purpose
                required property int activityCount
                required property int participantCount
                required property string created
                required property bool fromHub
                required property bool closed
                required property int retentionDays
                property bool showDetails: false

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

                    PageHeading {
                        large: false
                        text: card.title
                    }
                    BodyText {
                        text: card.purpose
                    }
                    // Published by the team on the hub: sync keeps it up to date, so it is not
                    // changed here.
                    BodyText {
                        visible: card.fromHub
                        color: Theme.mutedText
                        font.bold: true
                        text: qsTr("From the hub", "@info:status consultation published by the team")
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    // Closed by the team: its answers stay, but no new session can begin
                    // (Consultations::startSession refuses one too).
                    BodyText {
                        visible: card.closed
                        color: Theme.danger
                        font.bold: true
                        text: qsTr("Closed: no new sessions", "@info:status consultation closed on the hub")
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    BodyText {
                        color: Theme.mutedText
                        text: qsTr("Set up %1 · %2 activities · %3 taking part", "@info").arg(card.created).arg(card.activityCount).arg(card.participantCount)
                    }
                    // Not a Loader: a bound component cannot be made inside this delegate.
                    ConsultationDetails {
                        visible: card.showDetails
                        Layout.fillWidth: true
                        consultationId: card.consultationId
                        title: card.title
                        purpose: card.purpose
                        fromHub: card.fromHub
                        retentionDays: card.retentionDays
                    }
                    AppButton {
                        // A closed consultation still shows who takes part (withdraw).
                        visible: card.closed
                        text: card.showDetails ? qsTr("Hide details", "@action:button") : qsTr("Details and people", "@action:button")
                        onClicked: card.showDetails = !card.showDetails
                    }
                    Flow {
                        // Unfinished sessions of a closed consultation are still carried on
                        // from "Sessions not finished" below.
                        visible: !card.closed
                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        AppButton {
                            text: App.youngPersonDevice ? qsTr("Start my answers", "@action:button") : qsTr("Start a session", "@action:button")
                            description: qsTr("Start a session for %1", "@info:accessible").arg(card.title)
                            prominent: true
                            onClicked: {
                                if (CurrentSession.begin(card.consultationId, "facilitated"))
                                    root.sessionRequested();
                            }
                        }
                        AppButton {
                            visible: !App.youngPersonDevice
                            text: card.showDetails ? qsTr("Hide details", "@action:button") : qsTr("Details and people", "@action:button")
                            description: qsTr("The consultation's id, who is taking part, edit and delete", "@info:accessible")
                            onClicked: card.showDetails = !card.showDetails
                        }
                        AppButton {
                            visible: !App.youngPersonDevice
                            text: qsTr("Start in their own time", "@action:button")
                            description: qsTr("The young person answers over a few days with their own PIN, and sends the answers when ready", "@info:accessible")
                            onClicked: {
                                if (CurrentSession.begin(card.consultationId, "own-time"))
                                    root.sessionRequested();
                            }
                        }
                    }
                }
            }
        }
        PageHeading {
            visible: CurrentSession.unfinished.length > 0
            large: false
            text: qsTr("Sessions not finished", "@title:group")
        }
        Repeater {
            model: CurrentSession.unfinished

            delegate: Rectangle {
                id: unfinishedCard

                required property var modelData

                Layout.fillWidth: true
                implicitHeight: unfinishedColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surfaceWarm
                border.color: Theme.border
                border.width: Theme.borderWidth

                ColumnLayout {
                    id: unfinishedColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    BodyText {
                        text: qsTr("%1 · %2 · started %3 · answers saved: %4", "@info").arg(unfinishedCard.modelData.codeName).arg(unfinishedCard.modelData.title).arg(unfinishedCard.modelData.started).arg(unfinishedCard.modelData.answered)
                    }
                    BodyText {
                        visible: unfinishedCard.modelData.ownTime
                        color: Theme.mutedText
                        text: !unfinishedCard.modelData.pinSet
                              ? qsTr("In their own time, but their PIN no longer works: carry on to let them choose a new one.", "@info")
                              : unfinishedCard.modelData.sent
                                ? qsTr("In their own time: answers sent. They can look back at them with their PIN.", "@info")
                              : unfinishedCard.modelData.viewLocked
                                ? qsTr("In their own time: their answers are locked after too many wrong PINs.", "@info")
                                : qsTr("In their own time: waiting for them to send their answers.", "@info")
                    }
                    // Their own-time view (issue 16): opened again after wrong PINs, or ended.
                    Flow {
                        visible: unfinishedCard.modelData.ownTime && unfinishedCard.modelData.pinSet
                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        AppButton {
                            visible: unfinishedCard.modelData.viewLocked
                            text: qsTr("Open their answers again", "@action:button")
                            description: qsTr("Lets %1 try their PIN again", "@info:accessible").arg(unfinishedCard.modelData.codeName)
                            onClicked: CurrentSession.reopenOwnTime(unfinishedCard.modelData.sessionId)
                        }
                        AppButton {
                            text: qsTr("End their own-time view", "@action:button")
                            description: qsTr("Erases what %1 can see on this device with their PIN", "@info:accessible").arg(unfinishedCard.modelData.codeName)
                            destructive: true
                            onClicked: CurrentSession.endOwnTimeView(unfinishedCard.modelData.sessionId)
                        }
                    }
                    // Own-time answers are the young person's: while their PIN works, only they carry on.
                    Flow {
                        visible: !unfinishedCard.modelData.ownTime || !unfinishedCard.modelData.pinSet
                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        AppButton {
                            text: qsTr("Carry on", "@action:button")
                            description: qsTr("Carry on the session of %1 where it stopped", "@info:accessible").arg(unfinishedCard.modelData.codeName)
                            onClicked: {
                                if (CurrentSession.resume(unfinishedCard.modelData.sessionId))
                                    root.sessionResumed();
                            }
                        }
                        // Done with, not carried on: it leaves this list; its answers stay.
                        AppButton {
                            text: qsTr("End session", "@action:button")
                            description: qsTr("End the session of %1; the answers saved stay", "@info:accessible").arg(unfinishedCard.modelData.codeName)
                            onClicked: CurrentSession.endUnfinished(unfinishedCard.modelData.sessionId)
                        }
                    }
                }
            }
        }
        // "You said, we did": a young person whose words the team answered sees it here, in
        // child mode, on their own. Read once per visit to this page (after a sync, too).
        WeDidModel {
            id: weDid
        }
        PageHeading {
            visible: news.count > 0
            large: false
            text: qsTr("News from the team", "@title:group")
        }
        Repeater {
            id: news

            model: weDid.news()

            delegate: Rectangle {
                id: newsCard

                required property var modelData

                Layout.fillWidth: true
                implicitHeight: newsColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth

                ColumnLayout {
                    id: newsColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    BodyText {
                        text: qsTr("%1 · %2 · answers from the team: %3", "@info").arg(newsCard.modelData.codeName).arg(newsCard.modelData.consultation).arg(newsCard.modelData.count)
                    }
                    // Who reads it: the practitioner hands the tablet over to the young person
                    // named; on the young person's own device it speaks to them.
                    AppButton {
                        text: App.youngPersonDevice ? qsTr("See what the team did", "@action:button")
                            : qsTr("Show %1 what the team did", "@action:button").arg(newsCard.modelData.codeName)
                        Layout.maximumWidth: newsColumn.width
                        description: App.youngPersonDevice ? qsTr("What the team did about what you told them", "@info:accessible")
                            : qsTr("Hands the tablet over in child mode, showing only what the team did about their words", "@info:accessible")
                        onClicked: {
                            if (CurrentSession.showWeDid(newsCard.modelData.participantId))
                                root.sessionResumed();
                        }
                    }
                }
            }
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                visible: !App.youngPersonDevice
                text: qsTr("New consultation", "@action:button")
                onClicked: root.newConsultationRequested()
            }
            AppButton {
                text: qsTr("Settings", "@action:button")
                onClicked: root.settingsRequested()
            }
            AppButton {
                text: qsTr("Sync with the hub", "@action:button")
                onClicked: root.syncRequested()
            }
        }
    }
}
