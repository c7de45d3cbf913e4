import QtQuick
import QtQuick.Layouts
import Chorus

// Running text: wraps, follows the theme and takes the width of its column.
Text {
    id: root

    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    lineHeight: 1.2
}
