import QtQuick
import QtQuick.Layouts
import Chorus

// What a drawing tool shows (ToolTile, ToolChoice): its picture (a colour chip, a brush dot, a
// stamp or a symbol) with its name underneath, never a colour or a picture alone. Drawn only:
// the tool itself carries the name a screen reader says.
ColumnLayout {
    id: root

    property color swatch: "transparent"
    property real dot: 0
    property string stamp: ""
    property string symbol: ""
    property string words: ""
    property font wordsFont
    property bool faded: false

    spacing: Theme.spacingSmall / 2

    Item {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Theme.toolPicture
        Layout.preferredHeight: Theme.toolPicture

        Rectangle {
            anchors.fill: parent
            visible: root.swatch.a > 0
            radius: width / 2
            color: root.swatch
            border.color: Theme.paperEdge
            border.width: Theme.borderWidth
        }
        Rectangle {
            anchors.centerIn: parent
            visible: root.dot > 0
            width: root.dot
            height: root.dot
            radius: root.dot / 2
            color: Theme.text
        }
        StampIcon {
            anchors.fill: parent
            visible: root.stamp.length > 0
            stamp: root.stamp
            ink: Theme.text
            fill: Theme.surface
        }
        Text {
            anchors.centerIn: parent
            visible: root.symbol.length > 0
            text: root.symbol
            color: Theme.text
            font.pixelSize: Theme.toolPicture * 0.8
            Accessible.ignored: true
        }
    }
    Text {
        text: root.words
        color: Theme.text
        font: root.wordsFont
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        opacity: root.faded ? 0.6 : 1
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.tileMaxWidth / 2
        Accessible.ignored: true
    }
}
