pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// "You said, we did": the team writes what it heard and what it did or will do, links it
// to feedback records or themes, saves it as a draft and publishes it, after a check,
// to the devices of the children whose feedback it answers.
QQC2.Page {
    id: root

    property string consultation: Team.currentConsultation
    readonly property ActionsModel model: actions
    // The action being edited: its id (empty: a new one) and its links.
    property bool editing: false
    property string editId: ""
    property var linkedRecords: []
    property var linkedThemes: []
    property string status: "planned"
    // The action waiting for "Publish now".
    property string confirmId: ""

    function edit(action: var): void {
        actions.clearError()
        root.editId = action.id ?? ""
        youSaid.text = action.youSaid ?? ""
        weDid.text = action.weDid ?? ""
        root.status = action.status ?? "planned"
        date.text = action.date ?? Qt.formatDate(new Date(), "yyyy-MM-dd")
        root.linkedRecords = action.feedbackIds ?? []
        root.linkedThemes = action.themeIds ?? []
        root.editing = true
        youSaid.forceActiveFocus()
    }

    function toggled(list: var, id: string, on: bool): var {
        const out = list.filter(x => x !== id)
        if (on)
            out.push(id)
        return out
    }

    title: qsTr("You said, we did", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    ActionsModel {
        id: actions

        team: Team
        consultation: root.consultation
        onLastDoneChanged: {
            if (actions.lastDone === "saved")
                root.editing = false
        }
    }
    // Themes and a page of records to link an action to.
    ThemesModel {
        id: links

        team: Team
        consultation: root.consultation
    }
    TeamWords {
        id: words
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("You said, we did", "@title:page")
        }
        WorkingIndicator {
            running: actions.busy || links.busy
        }
        MessageBanner {
            message: words.error(actions.errorCode, actions.errorField)
        }
        MessageBanner {
            isError: false
            message: actions.errorCode.length > 0 ? ""
                : actions.lastDone === "saved" ? qsTr("Action saved as a draft. Children see it only once it is published.", "@info:status")
                : actions.lastDone === "published" ? qsTr("Action published. It goes to the children's devices at their next sync.", "@info:status")
                : ""
        }

        // Publishing reaches children: it is confirmed here, in the page, where a screen
        // reader and a switch user meet it in reading order.
        Rectangle {
            visible: root.confirmId.length > 0
            Layout.fillWidth: true
            implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surfaceWarm
            border.color: Theme.focus
            border.width: Theme.focusWidth

            ColumnLayout {
                id: confirmColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                BodyText {
                    id: confirmText

                    focus: true
                    text: qsTr("Publish this action? It goes to the devices of the children whose feedback it is linked to, and they will read it.", "@info")
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    AppButton {
                        prominent: true
                        text: qsTr("Publish now", "@action:button")
                        onClicked: {
                            actions.publish(root.confirmId)
                            root.confirmId = ""
                        }
                    }
                    AppButton {
                        text: qsTr("Do not publish", "@action:button")
                        onClicked: root.confirmId = ""
                    }
                }
            }
        }
        AppButton {
            visible: !root.editing
            prominent: true
            text: qsTr("Write a new action", "@action:button")
            onClicked: root.edit({})
        }

        // The editor.
        ColumnLayout {
            visible: root.editing
            Layout.fillWidth: true
            spacing: Theme.spacing

            PageHeading {
                large: false
                text: root.editId.length > 0 ? qsTr("Edit the action", "@title:group") : qsTr("New action", "@title:group")
            }
            FieldLabel {
                text: qsTr("You said (what we heard)", "@label:textbox")
            }
            ActionTextArea {
                id: youSaid

                label: qsTr("You said", "@label:textbox")
            }
            FieldLabel {
                text: qsTr("We did (what we did or will do)", "@label:textbox")
            }
            ActionTextArea {
                id: weDid

                label: qsTr("We did", "@label:textbox")
            }
            FieldLabel {
                text: qsTr("Status", "@label")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Repeater {
                    model: ["planned", "doing", "done"]

                    delegate: AppButton {
                        required property string modelData

                        text: words.statusName(modelData)
                        checked: root.status === modelData
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: qsTr("Status: %1", "@option:radio").arg(text)
                        Accessible.checkable: true
                        Accessible.checked: checked
                        onClicked: root.status = modelData
                    }
                }
            }
            FieldLabel {
                text: qsTr("Date (year-month-day)", "@label:textbox")
            }
            TextEntry {
                id: date

                label: qsTr("Date", "@label:textbox")
                inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
                maximumLength: 10
            }

            PageHeading {
                large: false
                text: qsTr("Link to themes", "@title:group")
            }
            BodyText {
                visible: links.themes.length === 0
                text: qsTr("No themes yet.", "@info")
            }
            Repeater {
                model: links.themes

                delegate: ToggleRow {
                    required property var modelData

                    text: modelData.name
                    checked: root.linkedThemes.indexOf(modelData.id) >= 0
                    Accessible.name: qsTr("Link theme: %1", "@option:check").arg(modelData.name)
                    onToggled: root.linkedThemes = root.toggled(root.linkedThemes, modelData.id, checked)
                }
            }
            PageHeading {
                large: false
                text: qsTr("Link to feedback records", "@title:group")
            }
            BodyText {
                text: qsTr("Linked records: %1", "@info:status").arg(root.linkedRecords.length)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                model: links.records

                delegate: FeedbackPickRow {
                    required property var modelData

                    record: modelData
                    picked: root.linkedRecords.indexOf(modelData.id) >= 0
                    onPickToggled: on => root.linkedRecords = root.toggled(root.linkedRecords, modelData.id, on)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    visible: links.hasPreviousPage
                    text: qsTr("Previous page", "@action:button")
                    onClicked: links.previousPage()
                }
                AppButton {
                    visible: links.hasNextPage
                    text: qsTr("Next page", "@action:button")
                    onClicked: links.nextPage()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    prominent: true
                    text: qsTr("Save action", "@action:button")
                    enabled: !actions.busy
                    onClicked: actions.save({
                        id: root.editId,
                        youSaid: youSaid.text,
                        weDid: weDid.text,
                        status: root.status,
                        date: date.text,
                        feedbackIds: root.linkedRecords,
                        themeIds: root.linkedThemes
                    })
                }
                AppButton {
                    text: qsTr("Cancel", "@action:button")
                    onClicked: {
                        actions.clearError()
                        root.editing = false
                    }
                }
            }
        }

        PageHeading {
            large: false
            text: qsTr("Actions", "@title:group")
        }
        BodyText {
            visible: actions.actions.length === 0
            text: qsTr("No actions yet.", "@info")
        }
        Repeater {
            model: actions.actions

            delegate: Rectangle {
                id: card

                required property var modelData
                readonly property bool published: modelData.state === "published"

                Layout.fillWidth: true
                implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: card.published ? Theme.selected : Theme.border
                border.width: Theme.borderWidth

                ColumnLayout {
                    id: cardColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    BodyText {
                        text: qsTr("You said: %1", "@info").arg(card.modelData.youSaid)
                        font.bold: true
                    }
                    BodyText {
                        text: qsTr("We did: %1", "@info").arg(card.modelData.weDid)
                    }
                    BodyText {
                        text: qsTr("%1, %2", "@info action status, date").arg(words.statusName(card.modelData.status)).arg(card.modelData.date)
                    }
                    BodyText {
                        text: qsTr("Linked records: %1; linked themes: %2", "@info").arg(card.modelData.feedbackIds.length).arg(card.modelData.themeIds.length)
                        color: Theme.mutedText
                    }
                    BodyText {
                        text: card.published ? qsTr("Published: children can see it", "@info:status")
                                             : qsTr("Draft: not sent to anyone yet", "@info:status")
                        color: card.published ? Theme.success : Theme.mutedText
                        font.bold: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: card.published ? qsTr("Published: %1", "@info:accessible action state").arg(card.modelData.youSaid)
                                                        : qsTr("Draft: %1", "@info:accessible action state").arg(card.modelData.youSaid)
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        AppButton {
                            text: qsTr("Edit", "@action:button")
                            Accessible.name: qsTr("Edit action: %1", "@action:button").arg(card.modelData.youSaid)
                            onClicked: root.edit(card.modelData)
                        }
                        AppButton {
                            text: card.published ? qsTr("Publish again", "@action:button") : qsTr("Publish", "@action:button")
                            Accessible.name: qsTr("Publish action: %1", "@action:button").arg(card.modelData.youSaid)
                            enabled: !actions.busy && root.confirmId.length === 0
                            onClicked: {
                                root.confirmId = card.modelData.id
                                confirmText.forceActiveFocus()
                            }
                        }
                    }
                }
            }
        }
    }
}
