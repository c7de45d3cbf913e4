import QtQuick
import QtQuick.Layouts
import Chorus

// Reads its text aloud; where that cannot work, says so in words underneath.
ColumnLayout {
    id: root

    property string textToRead: ""
    // The reason read-aloud cannot speak belongs to this button once it was pressed here:
    // a later activity's button does not carry an earlier failure.
    property bool asked: false
    // Where a page has two, the second says what it reads (names are unique on a page).
    property string readLabel: qsTr("Read aloud", "@action:button")

    spacing: Theme.spacingSmall

    AppButton {
        text: root.asked && ReadAloud.speaking ? qsTr("Stop reading", "@action:button") : root.readLabel
        description: qsTr("Reads the words on this screen out loud", "@info:accessible")
        Layout.alignment: Qt.AlignLeft
        onClicked: {
            const stopping = root.asked && ReadAloud.speaking;
            root.asked = true;
            if (stopping)
                ReadAloud.stop();
            else {
                ReadAloud.speak(root.textToRead);
                CurrentSession.noteAdaptation("read-aloud"); // counted only in a session
            }
        }
    }
    BodyText {
        visible: root.asked && ReadAloud.message.length > 0
        text: ReadAloud.message
        color: Theme.mutedText
        font.pixelSize: Math.round(Theme.fontSmall)
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
