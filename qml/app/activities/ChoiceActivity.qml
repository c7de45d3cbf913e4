pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Options with pictures and words; one or several may be picked, and each pick is saved.
ColumnLayout {
    id: root

    required property var activity
    readonly property bool multiple: root.activity.multiple ?? false
    readonly property var options: root.activity.options ?? []
    readonly property var chosen: (root.activity.answer ?? ({})).chosen ?? []

    function toggle(optionId: string, on: bool): void {
        let picked = root.multiple ? root.chosen.filter(id => id !== optionId) : [];
        if (on)
            picked.push(optionId);
        if (picked.length > 0)
            CurrentSession.saveChoice(root.activity.activityId, picked);
        else if ((root.activity.answer ?? ({})).responseId !== undefined)
            // Nothing picked any more: the saved answer goes too, so nothing is kept or shared.
            CurrentSession.deleteAnswer(root.activity.answer.responseId);
    }

    spacing: Theme.spacingLarge

    QuestionText {
        text: root.activity.prompt ?? ""
    }
    BodyText {
        text: root.multiple ? qsTr("Pick as many as you like.", "@info") : qsTr("Pick one.", "@info")
        color: Theme.mutedText
    }
    SpeakButton {
        textToRead: [root.activity.prompt ?? ""].concat(root.options.map(o => o.label)).join(". ")
    }
    ChoiceGroup {
        label: root.activity.prompt ?? ""
        spacing: Theme.spacing

        // One of: radio buttons in the group. Several: check boxes (a screen reader says which).
        Repeater {
            model: root.multiple ? [] : root.options

            delegate: ChoiceTile {
                required property var modelData

                text: modelData.label
                symbol: Theme.pictureSymbol(modelData.picture ?? "")
                checked: root.chosen.indexOf(modelData.optionId) >= 0
                onClicked: root.toggle(modelData.optionId, true) // chosen again, never unchosen
            }
        }
        Repeater {
            model: root.multiple ? root.options : []

            delegate: PickTile {
                required property var modelData

                text: modelData.label
                symbol: Theme.pictureSymbol(modelData.picture ?? "")
                checked: root.chosen.indexOf(modelData.optionId) >= 0
                onClicked: root.toggle(modelData.optionId, !checked)
            }
        }
    }
}
