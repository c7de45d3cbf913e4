pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Setting up a consultation: a pack (built in or imported), title, purpose in child-friendly
// words, how long answers are kept, and which activities in which order.
QQC2.Page {
    id: root

    signal done()

    title: qsTr("New consultation", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    FileDialog {
        id: packDialog

        title: qsTr("Choose an activity pack", "@title:dialog")
        nameFilters: [qsTr("Activity packs (*.json)", "@item:inlistbox file type")]
        onAccepted: ConsultationSetup.importPackFile(selectedFile)
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("New consultation", "@title:page")
        }
        FieldLabel {
            text: qsTr("Activity pack", "@label")
        }
        BodyText {
            text: ConsultationSetup.packLoaded ? qsTr("Using: %1", "@info").arg(ConsultationSetup.packTitle)
                : qsTr("Choose the activities children will do.", "@info")
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Use the example pack", "@action:button")
                onClicked: ConsultationSetup.loadBuiltInPack()
            }
            AppButton {
                text: qsTr("Import a pack file", "@action:button")
                onClicked: packDialog.open()
            }
        }
        MessageBanner {
            message: ConsultationSetup.errorMessage
        }
        FieldLabel {
            text: qsTr("Title", "@label:textbox")
        }
        TextEntry {
            id: titleField

            label: qsTr("Title", "@label:textbox")
        }
        FieldLabel {
            text: qsTr("What it is for, in words a child understands", "@label:textbox")
        }
        TextEntry {
            id: purposeField

            label: qsTr("What it is for, in words a child understands", "@label:textbox")
        }
        FieldLabel {
            text: qsTr("Keep answers for this many days", "@label:spinbox")
        }
        QQC2.SpinBox {
            id: retention

            from: 1
            to: 1095
            value: 365
            editable: true
            font: Theme.bodyFont
            implicitHeight: Theme.touchTarget
            focusPolicy: Qt.StrongFocus
            // Qt 6.4's accessibility reads its range from these names (not from/to).
            readonly property real minimumValue: from
            readonly property real maximumValue: to
            Accessible.role: Accessible.SpinBox
            Accessible.name: qsTr("Keep answers for this many days", "@label:spinbox")
            Accessible.onIncreaseAction: {
                increase();
                valueModified();
            }
            Accessible.onDecreaseAction: {
                decrease();
                valueModified();
            }
            topPadding: 0
            bottomPadding: 0

            // The number box itself: named and a full touch target high.
            contentItem: TextInput {
                text: retention.displayText
                font: retention.font
                color: Theme.text
                horizontalAlignment: Qt.AlignHCenter
                verticalAlignment: Qt.AlignVCenter
                readOnly: !retention.editable
                validator: retention.validator
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.role: Accessible.EditableText
                Accessible.name: retention.Accessible.name
            }
        }
        FieldLabel {
            visible: ConsultationSetup.packLoaded
            text: qsTr("Activities, in order", "@label")
        }
        Repeater {
            model: ConsultationSetup.activities

            delegate: Rectangle {
                id: row

                required property int index
                required property string activityId
                required property string typeLabel
                required property string prompt
                required property bool supported
                required property bool included

                Layout.fillWidth: true
                implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth

                RowLayout {
                    id: rowLayout

                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: Theme.spacingSmall

                    QQC2.CheckBox {
                        checked: row.included
                        enabled: row.supported
                        implicitWidth: Theme.touchTarget
                        implicitHeight: Theme.touchTarget
                        focusPolicy: Qt.StrongFocus
                        Accessible.role: Accessible.CheckBox
                        Accessible.name: qsTr("Use: %1", "@option:check").arg(row.prompt)
                        Accessible.checkable: true
                        Accessible.checked: checked
                        onToggled: ConsultationSetup.activities.setIncluded(row.index, checked)
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true

                        BodyText {
                            text: row.prompt
                        }
                        BodyText {
                            text: row.typeLabel
                            color: Theme.mutedText
                            font.pixelSize: Math.round(Theme.fontSmall)
                        }
                    }
                    AppButton {
                        text: "↑"
                        enabled: row.index > 0
                        Accessible.name: qsTr("Move up: %1", "@action:button").arg(row.prompt)
                        onClicked: ConsultationSetup.activities.move(row.index, -1)
                    }
                    AppButton {
                        text: "↓"
                        enabled: row.index < ConsultationSetup.activities.count - 1
                        Accessible.name: qsTr("Move down: %1", "@action:button").arg(row.prompt)
                        onClicked: ConsultationSetup.activities.move(row.index, 1)
                    }
                }
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Cancel", "@action:button")
                onClicked: {
                    ConsultationSetup.reset();
                    root.done();
                }
            }
            AppButton {
                text: qsTr("Save the consultation", "@action:button")
                prominent: true
                Layout.fillWidth: true
                onClicked: {
                    if (ConsultationSetup.createConsultation(titleField.text, purposeField.text, retention.value) !== "")
                        root.done();
                }
            }
        }
    }
}
