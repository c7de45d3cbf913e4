pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// Sync with the hub in plain words: what waits, what was sent, what failed and why, when
// sync last succeeded; enrolment with a code from the hub, and "Sync now".
QQC2.Page {
    id: root

    signal done()

    property bool enrolFormOpen: !Sync.enrolled

    title: qsTr("Sync with the hub", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: Sync.refresh()

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Sync with the hub", "@title:page")
        }
        BodyText {
            text: !Sync.enrolled ? qsTr("This device is not enrolled with a hub yet. Ask the hub's administrator for an enrolment code.", "@info:status")
                : Sync.role === "participant" ? qsTr("This device is enrolled with %1 as a young person's own device.", "@info:status").arg(Sync.hubUrl)
                : qsTr("This device is enrolled with %1 as a practitioner's device.", "@info:status").arg(Sync.hubUrl)
        }
        BodyText {
            visible: Sync.enrolled
            text: Sync.lastSync.getTime() > 0 ? qsTr("Last successful sync: %1", "@info:status").arg(Sync.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
                : qsTr("Not synced successfully yet.", "@info:status")
        }
        BodyText {
            text: Sync.waiting === 0 ? qsTr("Nothing is waiting to be sent.", "@info:status")
                : qsTr("Waiting to be sent: %1", "@info:status").arg(Sync.waiting)
        }
        BodyText {
            visible: Sync.inReview > 0
            text: qsTr("Waiting for a practitioner's review before they can be sent: %1", "@info:status").arg(Sync.inReview)
        }
        BodyText {
            visible: Sync.withdrawalsConfirmed > 0
            text: qsTr("Withdrawals confirmed by the hub: %1", "@info:status").arg(Sync.withdrawalsConfirmed)
        }
        BodyText {
            visible: Sync.updatesReceived > 0
            text: qsTr("\"You said, we did\" updates received: %1", "@info:status").arg(Sync.updatesReceived)
        }
        MessageBanner {
            message: Sync.problem.length > 0 ? qsTr("The last sync did not finish: %1", "@info:status").arg(Sync.problem) : ""
        }
        MessageBanner {
            message: Sync.errorMessage
        }
        BodyText {
            visible: Sync.lastReport.length > 0
            color: Theme.mutedText
            text: Sync.lastReport
        }
        PageHeading {
            visible: Sync.failedCount > 0
            large: false
            text: qsTr("Not accepted by the hub: %1", "@title:group").arg(Sync.failedCount)
        }
        Repeater {
            model: Sync.failures

            delegate: BodyText {
                required property var modelData

                text: qsTr("Item %1: %2", "@info why the hub refused one item").arg(modelData.itemId).arg(modelData.reason)
            }
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                visible: Sync.enrolled
                enabled: !Sync.busy
                prominent: true
                text: Sync.busy ? qsTr("Syncing…", "@action:button") : qsTr("Sync now", "@action:button")
                onClicked: Sync.syncNow()
            }
            AppButton {
                visible: Sync.failedCount > 0
                enabled: !Sync.busy
                text: qsTr("Try the refused items again", "@action:button")
                onClicked: Sync.retryFailed()
            }
            AppButton {
                visible: Sync.enrolled && !root.enrolFormOpen
                text: qsTr("Enrol again", "@action:button")
                onClicked: root.enrolFormOpen = true
            }
        }
        ColumnLayout {
            visible: root.enrolFormOpen
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            PageHeading {
                large: false
                text: qsTr("Enrol with hub", "@title:group")
            }
            FieldLabel {
                text: qsTr("Hub address", "@label:textbox")
            }
            TextEntry {
                id: hubField

                label: qsTr("Hub address", "@label:textbox")
                text: Sync.hubUrl.length > 0 ? Sync.hubUrl : Preferences.hubAddress
                placeholderText: "https://hub.example.org"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            }
            FieldLabel {
                text: qsTr("Enrolment code", "@label:textbox")
            }
            TextEntry {
                id: codeField

                label: qsTr("Enrolment code", "@label:textbox")
                placeholderText: "ABCD-EFGH-JKMN"
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            }
            FieldLabel {
                text: qsTr("Certificate authority file (only if your organisation uses its own)", "@label:textbox")
            }
            TextEntry {
                id: caField

                label: qsTr("Certificate authority file", "@label:textbox")
            }
            AppButton {
                enabled: !Sync.busy && hubField.text.length > 0 && codeField.text.length > 0
                prominent: true
                text: qsTr("Enrol with hub", "@action:button")
                onClicked: {
                    Sync.enrol(hubField.text, codeField.text, caField.text);
                    if (Sync.enrolled && Sync.errorMessage.length === 0) {
                        codeField.text = "";
                        root.enrolFormOpen = false;
                    }
                }
            }
        }
        AppButton {
            text: qsTr("Done", "@action:button")
            onClicked: root.done()
        }
    }
}
