pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Five faces with words (never colour alone); tapping one saves it.
ColumnLayout {
    id: root

    required property var activity
    readonly property int chosen: (root.activity.answer ?? ({})).value ?? 0
    readonly property list<string> words: [
        qsTr("Very sad", "@label feeling"), qsTr("Sad", "@label feeling"), qsTr("OK", "@label feeling"),
        qsTr("Happy", "@label feeling"), qsTr("Very happy", "@label feeling")
    ]

    spacing: Theme.spacingLarge

    QuestionText {
        text: root.activity.prompt ?? ""
    }
    SpeakButton {
        textToRead: [root.activity.prompt ?? ""].concat(root.words).join(". ")
    }
    ChoiceGroup {
        label: root.activity.prompt ?? ""
        spacing: Theme.spacing

        Repeater {
            model: 5

            delegate: ChoiceTile {
                required property int index

                text: root.words[index]
                faceLevel: index + 1
                checked: root.chosen === index + 1
                onClicked: CurrentSession.saveScale(root.activity.activityId, index + 1)
            }
        }
    }
}
