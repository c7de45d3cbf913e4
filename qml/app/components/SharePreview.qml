pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// "What the team will see" (CP-6): exactly the records that would be sent, in plain words,
// read aloud on request. The child can take any of them out before it goes. Used at the end
// of a session and in the own-time view; the model is CurrentSession.sharePreview.
ColumnLayout {
    id: root

    property SharePreviewModel model: CurrentSession.sharePreview

    // Everything on the list as one text for read-aloud.
    function allWords(): string {
        let parts = [root.intro];
        for (let i = 0; i < cards.count; ++i) {
            const card = cards.itemAt(i) as SharePreviewCard;
            if (card)
                parts.push(card.spoken);
        }
        if (root.model.count === 0)
            parts.push(root.emptyText);
        return parts.join(". ");
    }

    readonly property string intro: qsTr("This is exactly what the team will see. Your name is not on it: names and places are hidden. You can take anything out before it is sent.", "@info share preview")
    readonly property string emptyText: qsTr("Nothing from this session will be sent to the team.", "@info share preview")

    spacing: Theme.spacing
    Layout.fillWidth: true

    PageHeading {
        large: false
        text: qsTr("What the team will see", "@title:group")
    }
    BodyText {
        text: root.intro
    }
    SpeakButton {
        textToRead: root.allWords()
    }
    BodyText {
        visible: root.model.count === 0
        text: root.emptyText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        id: cards

        model: root.model

        delegate: SharePreviewCard {
            Layout.fillWidth: true
            onRemoveRequested: shareId => CurrentSession.removeFromSharing(shareId)
        }
    }
}
