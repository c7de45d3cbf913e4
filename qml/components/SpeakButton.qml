import QtQuick
import QtQuick.Layouts
import Chorus

// Reads its text aloud; where that cannot work, says so in words underneath.
ColumnLayout {
    id: root

    property string textToRead: ""

    spacing: Theme.spacingSmall

    AppButton {
        text: ReadAloud.speaking ? qsTr("Stop reading", "@action:button") : qsTr("Read aloud", "@action:button")
        description: qsTr("Reads the words on this screen out loud", "@info:accessible")
        Layout.alignment: Qt.AlignLeft
        onClicked: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.speak(root.textToRead)
    }
    BodyText {
        visible: ReadAloud.message.length > 0
        text: ReadAloud.message
        color: Theme.mutedText
        font.pixelSize: Math.round(Theme.fontSmall)
    }
}
