pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Feelings over time: one face (of the feelings scale's five, with words) for "before",
// "now" and "next". Each pick is saved; any moment may be left empty.
ColumnLayout {
    id: root

    required property var activity
    readonly property var chosen: ((root.activity.answer ?? ({})).value ?? ({})).timeline ?? ({})
    readonly property list<string> words: [
        qsTr("Very sad", "@label feeling"), qsTr("Sad", "@label feeling"), qsTr("OK", "@label feeling"),
        qsTr("Happy", "@label feeling"), qsTr("Very happy", "@label feeling")
    ]
    readonly property var moments: [
        { "id": "before", "title": qsTr("Before", "@title:group feelings timeline") },
        { "id": "now", "title": qsTr("Now", "@title:group feelings timeline") },
        { "id": "next", "title": qsTr("Next", "@title:group feelings timeline") }
    ]

    function pick(moment: string, level: int): void {
        let timeline = Object.assign({}, root.chosen);
        timeline[moment] = level;
        CurrentSession.saveStructured(root.activity.activityId, { "timeline": timeline });
    }

    spacing: Theme.spacingLarge

    QuestionText {
        text: root.activity.prompt ?? ""
    }
    SpeakButton {
        textToRead: [root.activity.prompt ?? ""].concat(root.moments.map(m => m.title)).concat(root.words).join(". ")
    }
    Repeater {
        model: root.moments

        delegate: Rectangle {
            id: moment

            required property var modelData
            required property int index
            readonly property int level: root.chosen[moment.modelData.id] ?? 0

            Layout.fillWidth: true
            implicitHeight: momentColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surfaceWarm
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: momentColumn

                x: Theme.spacing
                y: Theme.spacing
                width: moment.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall

                // The step number and an arrow show the order in time, not colour.
                Text {
                    text: qsTr("%1. %2", "@title:group step number. moment").arg(moment.index + 1).arg(moment.modelData.title)
                        + (moment.level > 0 ? " — " + root.words[moment.level - 1] : "")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(Theme.fontHeading)
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ChoiceGroup {
                    label: moment.modelData.title

                    Repeater {
                        model: 5

                        delegate: ChoiceTile {
                            required property int index

                            text: root.words[index]
                            faceLevel: index + 1
                            checked: moment.level === index + 1
                            Accessible.name: qsTr("%1: %2", "@info:accessible moment: feeling").arg(moment.modelData.title).arg(text)
                            onClicked: root.pick(moment.modelData.id, index + 1)
                        }
                    }
                }
            }
        }
    }
}
