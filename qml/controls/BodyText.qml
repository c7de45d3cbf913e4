import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// Running text: wraps, follows the theme and takes the width of its column. Exposed as
// static text so that a screen reader's browse mode and flat review reach it (issue 15).
Text {
    id: root

    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    lineHeight: 1.2
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
}
