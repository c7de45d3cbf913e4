pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// The child's session: one activity at a time, progress as pictures, back and skip
// allowed, "I want to stop" and quick exit always there.
QQC2.Page {
    id: root

    signal practitionerRequested()

    readonly property var activity: CurrentSession.current
    readonly property string activityType: root.activity.type ?? ""
    readonly property bool answered: (root.activity.answer ?? ({})).responseId !== undefined
                                     || (root.activity.parts ?? []).length > 0

    title: qsTr("Activities", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    header: QQC2.ToolBar {
        background: TopBarBackground {}

        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacing

            ProgressPictures {
                model: CurrentSession.activities
                current: CurrentSession.currentIndex
                Layout.fillWidth: true
            }
            AppButton {
                text: App.youngPersonDevice ? qsTr("Back to my Chorus", "@action:button") : qsTr("For the practitioner", "@action:button")
                visible: !CurrentSession.ownTime // own time: their own device, no hand-back
                onClicked: root.practitionerRequested()
            }
            QuickExitButton {}
        }
    }

    // Each activity opens at its top, with its question in view (issue 14, point 12); an
    // answer being saved (a new `activity` object, same index) leaves the page where it is.
    readonly property int activityIndex: CurrentSession.currentIndex
    onActivityIndexChanged: activityColumn.contentY = 0

    PageColumn {
        id: activityColumn

        objectName: "activityColumn"
        anchors.fill: parent

        // The activity's own file by URL: Qt 6.4's Loader refuses this file's (bound) inline
        // components ("outside its creation context"). The Binding keeps its answer current.
        Loader {
            id: activityLoader

            readonly property string file: {
                switch (root.activityType) {
                case "feelings-scale":
                    return "FeelingsScaleActivity";
                case "choice":
                    return "ChoiceActivity";
                case "free-text":
                    return "FreeTextActivity";
                case "magic-wand":
                    return "MagicWandActivity";
                case "card-sort":
                    return "CardSortActivity";
                case "feelings-timeline":
                    return "FeelingsTimelineActivity";
                case "circles":
                    return "CirclesActivity";
                case "drawing":
                    return "DrawingActivity";
                case "three-houses":
                    return "ThreeHousesActivity";
                case "":
                    return "";
                default:
                    return "UnavailableActivity";
                }
            }

            function load(): void {
                if (activityLoader.file === "")
                    activityLoader.source = "";
                else
                    activityLoader.setSource(Qt.resolvedUrl("../activities/" + activityLoader.file + ".qml"),
                                             { "activity": root.activity });
            }

            Layout.fillWidth: true
            onFileChanged: activityLoader.load()
            Component.onCompleted: activityLoader.load()
        }
        Binding {
            target: activityLoader.item
            property: "activity"
            value: root.activity
            when: activityLoader.item !== null
        }
        WayRatingQuestion {
            activityId: root.activity.activityId ?? ""
            visible: root.answered && CurrentSession.waysRated
            Layout.fillWidth: true
        }
    }

    // Saving, going on and stopping live in a bar of their own at the foot of the window:
    // always in view whatever the text size, and fixed, so that an answer's "Saved" or a
    // longer question never moves a button under a finger and never pushes Next out of
    // sight (issue 14, point 12). A message grows the bar upwards; the buttons stay put.
    footer: QQC2.ToolBar {
        objectName: "sessionControls"
        padding: Theme.spacingSmall
        // As tall as its content (a style's bar height would cut a 200% "Saved" box).
        implicitHeight: controls.implicitHeight + topPadding + bottomPadding
        background: Rectangle {
            color: Theme.background
            Rectangle {
                width: parent.width
                height: Theme.borderWidth
                color: Theme.border
            }
        }

        ColumnLayout {
            id: controls

            anchors.fill: parent
            spacing: Theme.spacingSmall

            MessageBanner {
                message: CurrentSession.errorMessage
            }
            MessageBanner {
                objectName: "answersWaiting"
                message: App.answersWaiting > 0 ? qsTr("%n answer(s) wait to be saved: the tablet is full. Free some space; Chorus keeps trying and loses nothing.", "@info:status", App.answersWaiting) : ""
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Flow {
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    AppButton {
                        text: qsTr("Back", "@action:button")
                        enabled: CurrentSession.currentIndex > 0
                        onClicked: CurrentSession.back()
                    }
                    // Skip and Next share one place, as wide as the wider: answering swaps
                    // them without moving "I want to stop".
                    Item {
                        implicitWidth: Math.max(skipButton.implicitWidth, nextButton.implicitWidth)
                        implicitHeight: Math.max(skipButton.implicitHeight, nextButton.implicitHeight)
                        width: implicitWidth
                        height: implicitHeight

                        AppButton {
                            id: skipButton

                            anchors.fill: parent
                            text: qsTr("Skip", "@action:button")
                            visible: !root.answered
                            onClicked: CurrentSession.skip()
                        }
                        AppButton {
                            id: nextButton

                            anchors.fill: parent
                            text: qsTr("Next", "@action:button")
                            prominent: true
                            visible: root.answered
                            onClicked: CurrentSession.next()
                        }
                    }
                    AppButton {
                        text: qsTr("I want to stop", "@action:button")
                        onClicked: CurrentSession.stop()
                    }
                }
                MessageBanner {
                    objectName: "savedStatus"
                    Layout.fillWidth: false
                    Layout.preferredWidth: implicitWidth
                    implicitWidth: savedWidth.implicitWidth + 2 * Theme.spacing
                    isError: false
                    keepsItsPlace: true
                    message: root.answered ? qsTr("Saved", "@info:status") : ""

                    // Room for the word even while it is not shown, so that nothing moves.
                    Text {
                        id: savedWidth

                        visible: false
                        text: qsTr("Saved", "@info:status")
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(Theme.fontBody)
                    }
                }
            }
        }
    }
}
