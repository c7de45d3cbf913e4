import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Reads its text aloud; where that cannot work, says so in words underneath.
ColumnLayout {
    id: root

    property string textToRead: ""
    // What it reads, when a page has more than one: each button's name then says which
    // ("Read aloud: House of worries"), so that no two are alike for a screen reader.
    property string what: ""
    // The reason read-aloud cannot speak belongs to this button once it was pressed here:
    // a later activity's button does not carry an earlier failure.
    property bool asked: false
    // Where a page has two, the second says what it reads (names are unique on a page).
    property string readLabel: qsTr("Read aloud", "@action:button")

    spacing: Theme.spacingSmall

    AppButton {
        text: root.asked && ReadAloud.speaking ? qsTr("Stop reading", "@action:button") : root.readLabel
        description: qsTr("Reads the words on this screen out loud", "@info:accessible")
        Accessible.name: root.what.length === 0 ? text : qsTr("%1: %2", "@action:button read aloud: what it reads").arg(text).arg(root.what)
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
