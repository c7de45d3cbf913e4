import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// What a big choice tile shows (ChoiceTile, PickTile): a face or a picture, the words, and a
// tick when chosen, so that the choice never rests on colour alone. All of it is drawn only:
// the tile itself carries the name a screen reader says.
ColumnLayout {
    id: root

    property int faceLevel: 0
    property string symbol: ""
    property string words: ""
    property bool ticked: false
    property font wordsFont: Theme.bodyFont

    spacing: Theme.spacingSmall

    // A face is a canvas: built only for tiles that show one (most tiles, such as the
    // language picker on the unlock screen, do not).
    Loader {
        id: face

        active: root.faceLevel > 0
        visible: active
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Theme.faceSize
        Layout.preferredHeight: Theme.faceSize
        sourceComponent: FaceIcon {}
    }
    Binding {
        target: face.item as FaceIcon
        property: "level"
        value: root.faceLevel
        when: face.status === Loader.Ready
    }
    Text {
        visible: root.symbol.length > 0
        text: root.symbol
        color: Theme.primary
        font.pixelSize: Math.round(Theme.fontPicture)
        Layout.alignment: Qt.AlignHCenter
        Accessible.ignored: true
    }
    Text {
        text: root.words
        color: Theme.text
        font: root.wordsFont
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Accessible.ignored: true
    }
    Text {
        text: root.ticked ? "✔" : " "
        color: Theme.selected
        font.pixelSize: Math.round(Theme.fontHeading)
        Layout.alignment: Qt.AlignHCenter
        Accessible.ignored: true
    }
}
