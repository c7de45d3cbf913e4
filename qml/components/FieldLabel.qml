import QtQuick
import QtQuick.Layouts
import Chorus

// The label above an input field.
Text {
    id: root

    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    font.bold: true
    Accessible.ignored: true
}
