pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// One consent question with "yes" and "no" side by side, the same size and weight, and
// nothing chosen until someone chooses (CP-5).
ColumnLayout {
    id: root

    property string question: ""
    property string explanation: ""
    property string topic: ""
    readonly property bool answered: yes.checked || no.checked
    readonly property bool agreed: yes.checked

    spacing: Theme.spacingSmall

    QQC2.ButtonGroup {
        id: group
    }
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
            id: yes

            shortText: qsTr("Yes", "@option:radio consent")
            text: qsTr("Yes: %1", "@option:radio consent, %1 is what is agreed").arg(root.topic)
            description: root.question
            QQC2.ButtonGroup.group: group
            Layout.fillWidth: true
            Layout.preferredWidth: 1
        }
        ChoiceTile {
            id: no

            shortText: qsTr("No", "@option:radio consent")
            text: qsTr("No: %1", "@option:radio consent, %1 is what is refused").arg(root.topic)
            description: root.question
            QQC2.ButtonGroup.group: group
            Layout.fillWidth: true
            Layout.preferredWidth: 1
        }
    }
}
