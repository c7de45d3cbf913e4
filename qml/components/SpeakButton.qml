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

    spacing: Theme.spacingSmall

    AppButton {
        text: ReadAloud.speaking ? qsTr("Stop reading", "@action:button") : qsTr("Read aloud", "@action:button")
        description: qsTr("Reads the words on this screen out loud", "@info:accessible")
        Layout.alignment: Qt.AlignLeft
        onClicked: {
            root.asked = true;
            if (ReadAloud.speaking)
                ReadAloud.stop();
            else
                ReadAloud.speak(root.textToRead);
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
