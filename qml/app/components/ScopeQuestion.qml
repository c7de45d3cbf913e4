pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// One consent question with "yes" and "no" side by side, the same size and weight, and
// nothing chosen until someone chooses (CP-5).
ColumnLayout {
    id: root

    property string question: ""
    property string explanation: ""
    property string topic: ""
    // Nothing chosen ("") until someone chooses "yes" or "no".
    property string choice: ""
    readonly property bool answered: root.choice !== ""
    readonly property bool agreed: root.choice === "yes"

    spacing: Theme.spacingSmall

    BodyText {
        text: root.question
        font.bold: true
    }
    BodyText {
        visible: root.explanation.length > 0
        text: root.explanation
        color: Theme.mutedText
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Accessible.role: Accessible.Grouping
        Accessible.name: root.question

        ChoiceTile {
            shortText: qsTr("Yes", "@option:radio consent")
            text: qsTr("Yes: %1", "@option:radio consent, %1 is what is agreed").arg(root.topic)
            description: root.question
            checked: root.choice === "yes"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: root.choice = "yes"
        }
        ChoiceTile {
            shortText: qsTr("No", "@option:radio consent")
            text: qsTr("No: %1", "@option:radio consent, %1 is what is refused").arg(root.topic)
            description: root.question
            checked: root.choice === "no"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: root.choice = "no"
        }
    }
}
