pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// Theme coding: the team's themes with how many records carry each, creating one, tagging
// and untagging picked records (several themes per record), the feedback behind a theme,
// and marking records quotable where the person agreed to be quoted.
QQC2.Page {
    id: root

    property string consultation: Team.currentConsultation
    readonly property ThemesModel model: themes

    title: qsTr("Themes", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    ThemesModel {
        id: themes

        team: Team
        consultation: root.consultation
    }
    TeamWords {
        id: words
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Themes", "@title:page")
        }
        // The sign of work and the status line hold their room: picking, tagging and
        // clearing never move the records under the reviewer's finger (issue 14, point 12).
        WorkingIndicator {
            running: themes.busy
            keepsItsPlace: true
        }
        // One line for what went wrong or what was done, so that neither adds a line.
        MessageBanner {
            isError: themes.errorCode.length > 0
            keepsItsPlace: true
            message: themes.errorCode.length > 0 ? words.error(themes.errorCode, themes.errorField)
                : themes.lastDone === "created" ? qsTr("Theme created.", "@info:status")
                : themes.lastDone === "tagged" ? qsTr("The picked records are tagged.", "@info:status")
                : themes.lastDone === "untagged" ? qsTr("The theme is removed from the picked records.", "@info:status")
                : themes.lastDone === "quotable" ? qsTr("Marked quotable.", "@info:status")
                : themes.lastDone === "not_quotable" ? qsTr("No longer quotable.", "@info:status")
                : ""
        }

        FieldLabel {
            text: qsTr("New theme", "@label:textbox")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextEntry {
                id: newName

                label: qsTr("New theme name", "@label:textbox")
                maximumLength: 100
                onAccepted: createButton.clicked()
            }
            AppButton {
                id: createButton

                text: qsTr("Create theme", "@action:button")
                prominent: true
                enabled: !themes.busy && newName.text.trim().length > 0
                onClicked: {
                    themes.createTheme(newName.text)
                    newName.clear()
                }
            }
        }

        PageHeading {
            large: false
            text: qsTr("Themes in this consultation", "@title:group")
        }
        BodyText {
            visible: themes.themes.length === 0
            text: qsTr("No themes yet.", "@info")
        }
        BodyText {
            text: qsTr("Picked records: %1", "@info:status").arg(themes.selected.length)
        }
        Repeater {
            model: themes.themes

            delegate: Rectangle {
                id: themeRow

                required property var modelData
                readonly property string themeName: modelData.name

                Layout.fillWidth: true
                implicitHeight: themeColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: themes.recordsTheme === themeRow.modelData.id ? Theme.selectedFill : Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth

                ColumnLayout {
                    id: themeColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    BodyText {
                        font.bold: true
                        text: qsTr("%1, records tagged: %2", "@item theme name and its count").arg(themeRow.themeName).arg(themeRow.modelData.count)
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        AppButton {
                            text: qsTr("Show feedback for %1", "@action:button").arg(themeRow.themeName)
                            onClicked: themes.showRecords(themeRow.modelData.id)
                        }
                        AppButton {
                            text: qsTr("Tag picked records with %1", "@action:button").arg(themeRow.themeName)
                            enabled: themes.selected.length > 0 && !themes.busy
                            onClicked: themes.tagSelected(themeRow.modelData.id, true)
                        }
                        AppButton {
                            text: qsTr("Remove %1 from picked records", "@action:button").arg(themeRow.themeName)
                            enabled: themes.selected.length > 0 && !themes.busy
                            onClicked: themes.tagSelected(themeRow.modelData.id, false)
                        }
                    }
                }
            }
        }

        PageHeading {
            large: false
            text: themes.recordsTheme.length > 0
                  ? qsTr("Feedback behind %1", "@title:group").arg(themes.themeName(themes.recordsTheme))
                  : qsTr("All feedback", "@title:group")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            // Always there, off when there is nothing to do: a button appearing with the
            // first pick moved every record down a row, so the next tap picked the wrong one.
            AppButton {
                enabled: themes.recordsTheme.length > 0
                text: qsTr("Show all feedback", "@action:button")
                onClicked: themes.showRecords("")
            }
            AppButton {
                enabled: themes.selected.length > 0
                text: qsTr("Clear picks", "@action:button")
                onClicked: themes.clearSelection()
            }
        }
        BodyText {
            visible: themes.records.length === 0 && !themes.busy
            text: qsTr("No feedback to show.", "@info")
        }
        Repeater {
            model: themes.records

            delegate: FeedbackPickRow {
                required property var modelData

                record: modelData
                picked: modelData.selected
                showQuotable: true
                onPickToggled: on => themes.setSelected(modelData.id, on)
                onQuotableToggled: themes.setQuotable(modelData.id, !modelData.quotable)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            AppButton {
                visible: themes.hasPreviousPage
                text: qsTr("Previous page", "@action:button")
                onClicked: themes.previousPage()
            }
            AppButton {
                visible: themes.hasNextPage
                text: qsTr("Next page", "@action:button")
                onClicked: themes.nextPage()
            }
        }
    }
}
