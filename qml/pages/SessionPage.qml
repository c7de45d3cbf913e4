pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

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
        MessageBanner {
            message: CurrentSession.errorMessage
        }
        MessageBanner {
            isError: false
            keepsItsPlace: true
            message: root.answered ? qsTr("Saved", "@info:status") : ""
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Back", "@action:button")
                enabled: CurrentSession.currentIndex > 0
                onClicked: CurrentSession.back()
            }
            AppButton {
                text: qsTr("Skip", "@action:button")
                visible: !root.answered
                onClicked: CurrentSession.skip()
            }
            AppButton {
                text: qsTr("Next", "@action:button")
                prominent: true
                visible: root.answered
                onClicked: CurrentSession.next()
            }
            AppButton {
                text: qsTr("I want to stop", "@action:button")
                onClicked: CurrentSession.stop()
            }
        }
    }
}
