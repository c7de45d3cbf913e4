pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// The anonymised feedback of the chosen consultation: filters and the chosen activity's
// charts on one side, the records on the other. The list pages through the hub (a page at
// a time, dropped again when scrolled away), so it scrolls 100,000 records in the memory of
// a few pages. Age band and role read "hidden" where the group is small.
QQC2.Page {
    id: root

    property string activityFilter: ""
    property string promptFilter: ""
    property string kindFilter: ""
    readonly property var activities: Team.overview.activities ?? []
    readonly property var kinds: ["text", "scale", "choice", "ordering", "structured", "drawing", "audio"]
    property string shownDrawing: ""

    title: qsTr("Feedback", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    FeedbackModel {
        id: feedback

        team: Team
        consultation: Team.currentConsultation
        activity: root.activityFilter
        prompt: root.promptFilter
        kind: root.kindFilter
        quotableOnly: quotable.checked
    }

    ActivityCharts {
        id: charts

        team: Team
        consultation: Team.currentConsultation
        activity: root.activityFilter
        prompt: root.promptFilter
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Filters and charts.
        PageColumn {
            Layout.fillHeight: true
            // Wider with larger text, so that a long word in a heading still fits (200%).
            Layout.preferredWidth: Math.min(parent.width * 0.6, Math.max(parent.width * 0.4, Theme.pageMaxWidth * 0.55 * Theme.textScale))

            PageHeading {
                text: qsTr("Feedback", "@title:page")
            }
            BodyText {
                visible: Team.currentConsultation.length === 0
                text: qsTr("Choose a consultation first.", "@info")
            }
            PageHeading {
                large: false
                text: qsTr("Activity", "@title:group")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                TeamFilterButton {
                    text: qsTr("All activities", "@action:button filter")
                    selected: root.activityFilter.length === 0
                    onClicked: {
                        root.activityFilter = "";
                        root.promptFilter = "";
                    }
                }
                Repeater {
                    model: root.activities

                    TeamFilterButton {
                        required property var modelData

                        text: modelData.promptId.length > 0 ? qsTr("%1 (%2)", "@action:button filter: activity (prompt)").arg(modelData.title).arg(Team.partName(modelData.promptId))
                                                            : modelData.title
                        selected: root.activityFilter === modelData.activityId && root.promptFilter === modelData.promptId
                        onClicked: {
                            root.activityFilter = modelData.activityId;
                            root.promptFilter = modelData.promptId;
                        }
                    }
                }
            }
            PageHeading {
                large: false
                text: qsTr("Kind of answer", "@title:group")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                TeamFilterButton {
                    text: qsTr("All kinds", "@action:button filter")
                    selected: root.kindFilter.length === 0
                    onClicked: root.kindFilter = ""
                }
                Repeater {
                    model: root.kinds

                    TeamFilterButton {
                        required property string modelData

                        text: Team.kindName(modelData)
                        selected: root.kindFilter === modelData
                        onClicked: root.kindFilter = modelData
                    }
                }
            }
            ToggleRow {
                id: quotable

                text: qsTr("Only answers marked as quotable", "@option:check")
            }

            // The chosen activity's charts.
            BodyText {
                visible: root.activityFilter.length === 0
                text: qsTr("Choose an activity to see its charts.", "@info")
            }
            MessageBanner {
                message: charts.errorMessage
            }
            BodyText {
                visible: charts.loaded
                text: qsTr("Answers to this activity: %1", "@info").arg(charts.recordsText)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            TeamBarChart {
                heading: qsTr("Feelings scale: answers at each point", "@title:group")
                bars: charts.scale
            }
            TeamBarChart {
                heading: qsTr("Choices: how many chose each", "@title:group")
                bars: charts.choices
            }
            PageHeading {
                visible: charts.cards.length > 0
                large: false
                text: qsTr("Card sort: ranked", "@title:group")
            }
            Repeater {
                model: charts.cards

                BodyText {
                    required property var modelData

                    text: qsTr("%1. %2: first for %3, placed by %4", "@info rank. card: counts").arg(modelData.rank).arg(modelData.label).arg(modelData.firstText).arg(modelData.text)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            Repeater {
                model: charts.circles

                TeamBarChart {
                    required property var modelData

                    heading: qsTr("Circle “%1”: who put each card there", "@title:group").arg(modelData.pile)
                    bars: modelData.cards
                }
            }
            BodyText {
                visible: charts.textsText.length > 0
                text: qsTr("Written answers: %1", "@info").arg(charts.textsText)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        // The records.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacingSmall

            BodyText {
                visible: feedback.consultation.length > 0
                text: feedback.complete ? qsTr("Answers: %1", "@info").arg(feedback.count)
                                        : qsTr("Answers so far: %1 (more load as you scroll)", "@info").arg(feedback.count)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            MessageBanner {
                message: feedback.errorMessage
            }
            ListView {
                id: list

                objectName: "feedbackList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: feedback
                spacing: Theme.spacingSmall
                focus: true
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                // The end of what is loaded came into view: the next page from the hub.
                onAtYEndChanged: {
                    if (atYEnd)
                        feedback.loadMore();
                }
                onContentYChanged: {
                    if (atYEnd)
                        feedback.loadMore();
                }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Answers", "@info:accessible")
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {
                    Accessible.role: Accessible.ScrollBar
                    Accessible.name: qsTr("Scroll the answers", "@info:accessible")
                }

                // Tab to a card's button, or an arrow to the next card, scrolls it into view.
                FocusInView {
                    flickable: list
                }

                delegate: Rectangle {
                    id: card

                    required property int index
                    required property string recordId
                    required property string activityId
                    required property string activityName
                    required property string kindName
                    required property string week
                    required property string ageBand
                    required property string personRole
                    required property string answer
                    required property bool hasDrawing
                    required property bool quotable
                    required property bool loaded

                    width: ListView.view.width
                    implicitHeight: content.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: ListView.isCurrentItem && list.activeFocus ? Theme.focus : Theme.border
                    border.width: ListView.isCurrentItem && list.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    Accessible.role: Accessible.ListItem
                    Accessible.name: card.loaded ? qsTr("%1, %2: %3", "@info:accessible activity, kind: answer").arg(card.activityName).arg(card.kindName).arg(card.answer)
                                                 : qsTr("Loading", "@info:accessible")

                    ColumnLayout {
                        id: content

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacingSmall

                        BodyText {
                            text: card.loaded ? card.answer : qsTr("Loading…", "@info")
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: card.loaded
                            wrapMode: Text.WordWrap
                            color: Theme.mutedText
                            font.family: Theme.fontFamily
                            font.pixelSize: Math.round(Theme.fontSmall)
                            text: qsTr("%1 · %2 · week %3 · age %4 · %5", "@info record details").arg(card.activityName).arg(card.kindName).arg(card.week).arg(card.ageBand).arg(card.personRole)
                                  + (card.quotable ? " · " + qsTr("quotable", "@info") : "")
                        }
                        // A thumbnail of every shared drawing, larger on request; fetched
                        // from the hub into memory only while its record is on screen.
                        TeamDrawing {
                            readonly property bool large: root.shownDrawing === card.recordId

                            team: Team
                            visible: card.hasDrawing && card.loaded
                            recordId: visible ? card.recordId : ""
                            Layout.fillWidth: true
                            Layout.preferredHeight: !visible ? 0 : large ? Theme.canvasMaxHeight / 2 : Theme.touchTarget * 2
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("The shared drawing", "@info:accessible")
                        }
                        AppButton {
                            visible: card.hasDrawing
                            text: root.shownDrawing === card.recordId ? qsTr("Show the drawing smaller", "@action:button")
                                                                      : qsTr("Show the drawing larger", "@action:button")
                            onClicked: root.shownDrawing = root.shownDrawing === card.recordId ? "" : card.recordId
                        }
                    }
                }
            }
        }
    }
}
