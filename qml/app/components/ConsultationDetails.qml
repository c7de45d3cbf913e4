pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// A consultation's details on Home (issue 14): the id the hub's administrator asks for
// (enrol-code), the people taking part with "Withdraw" (confirmed; erases here and queues
// the hub's erasure, as chorusctl withdraw does), and, for a consultation made on this
// device, edit and delete.
ColumnLayout {
    id: root

    required property string consultationId
    required property string title
    required property string purpose
    required property bool fromHub
    required property int retentionDays

    property bool editing: false
    property var people: ConsultationSetup.participants(root.consultationId)
    property var withdrawing: null
    // What retention removes in the next month, and the hub's answers to withdrawals.
    readonly property int dueDays: 30
    property var due: ConsultationSetup.retentionDue(root.consultationId, root.dueDays)
    property var erasures: ConsultationSetup.erasureStatus()

    spacing: Theme.spacingSmall

    function reload(): void {
        root.people = ConsultationSetup.participants(root.consultationId);
        root.due = ConsultationSetup.retentionDue(root.consultationId, root.dueDays);
        root.erasures = ConsultationSetup.erasureStatus();
    }

    Connections {
        target: ConsultationSetup

        function onParticipantsChanged(): void {
            root.reload();
        }
    }

    // Selectable, so it can be copied into a message to the hub's administrator.
    FieldLabel {
        text: qsTr("Consultation id (the hub's administrator asks for it)", "@label")
    }
    TextEdit {
        text: root.consultationId
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        color: Theme.text
        font.family: "monospace"
        font.pixelSize: Math.round(Theme.fontBody)
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Consultation id: %1", "@info:accessible").arg(root.consultationId)
    }
    MessageBanner {
        message: ConsultationSetup.errorMessage
    }

    PageHeading {
        large: false
        text: qsTr("Taking part", "@title:group")
    }
    BodyText {
        visible: root.people.length === 0
        color: Theme.mutedText
        text: qsTr("Nobody is taking part yet.", "@info")
    }
    Repeater {
        model: root.people

        delegate: RowLayout {
            id: person

            required property var modelData

            spacing: Theme.spacing
            Layout.fillWidth: true

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true

                BodyText {
                    text: person.modelData.codeName
                    Layout.fillWidth: true
                }
                BodyText {
                    color: Theme.mutedText
                    text: qsTr("Kept until %1", "@info retention date").arg(person.modelData.keptUntil)
                    Layout.fillWidth: true
                }
            }
            AppButton {
                text: qsTr("Withdraw", "@action:button")
                description: qsTr("Withdraw %1 and erase their answers", "@info:accessible").arg(person.modelData.codeName)
                destructive: true
                onClicked: {
                    root.withdrawing = person.modelData;
                    confirm.open();
                }
            }
        }
    }

    BodyText {
        objectName: "erasureStatus"
        visible: (root.erasures.waiting || 0) + (root.erasures.confirmed || 0) > 0
        color: Theme.mutedText
        text: qsTr("Erasures of withdrawn answers waiting for the hub: %1. Confirmed by the hub: %2.", "@info:status").arg(root.erasures.waiting || 0).arg(root.erasures.confirmed || 0)
        Layout.fillWidth: true
    }

    PageHeading {
        large: false
        text: qsTr("Removed by retention", "@title:group")
    }
    BodyText {
        visible: root.due.length === 0
        color: Theme.mutedText
        text: qsTr("Nothing is due to be removed in the next %1 days.", "@info").arg(root.dueDays)
    }
    Repeater {
        objectName: "retentionDue"
        model: root.due

        delegate: BodyText {
            required property string modelData

            text: modelData
            Layout.fillWidth: true
        }
    }

    Flow {
        visible: !root.fromHub && !root.editing
        spacing: Theme.spacing
        Layout.fillWidth: true

        AppButton {
            text: qsTr("Edit", "@action:button")
            description: qsTr("Change the title and purpose of %1", "@info:accessible").arg(root.title)
            onClicked: {
                titleField.text = root.title;
                purposeField.text = root.purpose;
                root.editing = true;
            }
        }
        AppButton {
            text: qsTr("Delete consultation", "@action:button")
            description: qsTr("Delete %1 from this device", "@info:accessible").arg(root.title)
            destructive: true
            onClicked: confirmDelete.open()
        }
    }
    FieldLabel {
        visible: root.editing
        text: qsTr("Title", "@label:textbox")
    }
    TextEntry {
        id: titleField

        visible: root.editing
        label: qsTr("Title", "@label:textbox")
    }
    FieldLabel {
        visible: root.editing
        text: qsTr("What it is for, in simple words", "@label:textbox")
    }
    TextEntry {
        id: purposeField

        visible: root.editing
        label: qsTr("What it is for, in simple words", "@label:textbox")
    }
    Flow {
        visible: root.editing
        spacing: Theme.spacing
        Layout.fillWidth: true

        AppButton {
            text: qsTr("Save changes", "@action:button")
            prominent: true
            onClicked: {
                if (ConsultationSetup.updateConsultation(root.consultationId, titleField.text, purposeField.text, root.retentionDays))
                    root.editing = false;
            }
        }
        AppButton {
            text: qsTr("Cancel", "@action:button")
            onClicked: root.editing = false
        }
    }

    // The confirmations: popups shown over the whole window, held by an item outside the
    // layout's flow.
    Item {
        Layout.preferredWidth: 0
        Layout.preferredHeight: 0

        QQC2.Dialog {
            id: confirm

            modal: true
            parent: QQC2.Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(parent ? parent.width - 2 * Theme.spacing : Theme.pageMaxWidth, Theme.pageMaxWidth)
            title: qsTr("Withdraw %1?", "@title:dialog").arg(root.withdrawing ? root.withdrawing.codeName : "")
            font: Theme.bodyFont
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                Accessible.role: Accessible.Dialog
                Accessible.name: confirm.title

                BodyText {
                    text: qsTr("Their answers, drawings and voice notes are erased from this tablet now, and the team's copy is erased at the next sync. This cannot be undone.", "@info")
                }
                Flow {
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    AppButton {
                        text: qsTr("Withdraw and erase", "@action:button")
                        destructive: true
                        onClicked: {
                            if (root.withdrawing)
                                ConsultationSetup.withdraw(root.withdrawing.participantId);
                            root.withdrawing = null;
                            confirm.close();
                        }
                    }
                    AppButton {
                        text: qsTr("Keep", "@action:button")
                        onClicked: {
                            root.withdrawing = null;
                            confirm.close();
                        }
                    }
                }
            }
        }
        QQC2.Dialog {
            id: confirmDelete

            modal: true
            parent: QQC2.Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(parent ? parent.width - 2 * Theme.spacing : Theme.pageMaxWidth, Theme.pageMaxWidth)
            title: qsTr("Delete %1?", "@title:dialog").arg(root.title)
            font: Theme.bodyFont
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                Accessible.role: Accessible.Dialog
                Accessible.name: confirmDelete.title

                BodyText {
                    text: qsTr("The consultation goes from this tablet. Anyone still taking part must be withdrawn first.", "@info")
                }
                Flow {
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    AppButton {
                        text: qsTr("Delete", "@action:button")
                        destructive: true
                        onClicked: {
                            ConsultationSetup.deleteConsultation(root.consultationId);
                            confirmDelete.close();
                        }
                    }
                    AppButton {
                        text: qsTr("Keep", "@action:button")
                        onClicked: confirmDelete.close()
                    }
                }
            }
        }
    }
}
