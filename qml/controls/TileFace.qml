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
    // Built only for tiles with a picture: an empty Text still loads its font to measure a
    // line, a font engine of its own that the language picker's first frame would pay for.
    Loader {
        id: picture

        active: root.symbol.length > 0
        visible: active
        Layout.alignment: Qt.AlignHCenter
        sourceComponent: Text {
            color: Theme.primary
            font.pixelSize: Math.round(Theme.fontPicture)
            Accessible.ignored: true
        }
    }
    Binding {
        target: picture.item as Text
        property: "text"
        value: root.symbol
        when: picture.status === Loader.Ready
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
    TickMark {
        shown: root.ticked
        Layout.alignment: Qt.AlignHCenter
    }
}
