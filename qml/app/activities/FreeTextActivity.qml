pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// A big, quiet box for the child's own words: no word count, no prediction, no learning,
// no copying out (UI-4). Where the pack and the consent allow it, a voice note instead.
ColumnLayout {
    id: root

    required property var activity

    spacing: Theme.spacingLarge

    QuestionText {
        text: root.activity.prompt ?? ""
    }
    SpeakButton {
        textToRead: root.activity.prompt ?? ""
    }
    QQC2.TextArea {
        id: words

        objectName: "answerText"
        text: (root.activity.answer ?? ({})).text ?? ""
        wrapMode: TextEdit.Wrap
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        selectByMouse: false
        persistentSelection: false
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.fontEntry)
        color: Theme.text
        padding: Theme.spacing
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.textAreaHeight, implicitHeight)
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Your words", "@label:textbox")
        Accessible.description: root.activity.prompt ?? ""
        Keys.onPressed: (event) => {
            if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut) || event.matches(StandardKey.SelectAll))
                event.accepted = true;
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: words.activeFocus ? Theme.focus : Theme.border
            border.width: words.activeFocus ? Theme.focusWidth : Theme.borderWidth
        }
    }
    AppButton {
        text: qsTr("Keep my words", "@action:button")
        prominent: true
        enabled: words.text.trim().length > 0
        onClicked: CurrentSession.saveText(root.activity.activityId, words.text)
    }
    VoiceAnswer {
        activity: root.activity
        onTypeInsteadRequested: words.forceActiveFocus()
    }
}
