pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// One wish, typed or (where the pack and the consent allow it) said as a voice note.
ColumnLayout {
    id: root

    required property var activity

    spacing: Theme.spacingLarge

    Text {
        text: Theme.pictureSymbol("magic-wand")
        color: Theme.primary
        font.pixelSize: Math.round(Theme.fontPicture)
        Layout.alignment: Qt.AlignHCenter
        Accessible.ignored: true
    }
    QuestionText {
        text: root.activity.prompt ?? ""
    }
    SpeakButton {
        textToRead: root.activity.prompt ?? ""
    }
    QQC2.TextField {
        id: wish

        objectName: "answerText"
        text: (root.activity.answer ?? ({})).text ?? ""
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        selectByMouse: false
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.fontEntry)
        color: Theme.text
        padding: Theme.spacing
        implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
        Layout.fillWidth: true
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("My wish", "@label:textbox")
        Accessible.description: root.activity.prompt ?? ""
        Keys.onPressed: (event) => {
            if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut) || event.matches(StandardKey.SelectAll))
                event.accepted = true;
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: wish.activeFocus ? Theme.focus : Theme.border
            border.width: wish.activeFocus ? Theme.focusWidth : Theme.borderWidth
        }
    }
    AppButton {
        text: qsTr("Make my wish", "@action:button")
        prominent: true
        enabled: wish.text.trim().length > 0
        onClicked: CurrentSession.saveText(root.activity.activityId, wish.text)
    }
    VoiceAnswer {
        activity: root.activity
        onTypeInsteadRequested: wish.forceActiveFocus()
    }
}
