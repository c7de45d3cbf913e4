pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// "Did you like telling us this way?" after an activity (issue 19): three faces with words,
// optional, read aloud like every question. What the child picks is kept with how the
// session went, never with their answer.
ColumnLayout {
    id: root

    property string activityId: ""
    readonly property string rating: CurrentSession.wayRatings[root.activityId] ?? ""
    readonly property string question: qsTr("Did you like telling us this way?", "@label way rating")
    readonly property var choices: [
        { "value": "liked", "face": 5, "text": qsTr("I liked it", "@label way rating") },
        { "value": "okay", "face": 3, "text": qsTr("It was OK", "@label way rating") },
        { "value": "not-liked", "face": 1, "text": qsTr("I did not like it", "@label way rating") }
    ]

    spacing: Theme.spacing

    QuestionText {
        text: root.question
    }
    BodyText {
        text: qsTr("You do not have to answer this.", "@info way rating")
        color: Theme.mutedText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    SpeakButton {
        readLabel: qsTr("Read the faces question aloud", "@action:button")
        textToRead: root.question + ". " + root.choices[0].text + ". " + root.choices[1].text + ". " + root.choices[2].text
    }
    ChoiceGroup {
        label: root.question
        spacing: Theme.spacing

        Repeater {
            model: root.choices

            delegate: ChoiceTile {
                required property var modelData

                text: modelData.text
                faceLevel: modelData.face
                checked: root.rating === modelData.value
                onClicked: CurrentSession.rateWay(root.activityId, modelData.value)
            }
        }
    }
}
