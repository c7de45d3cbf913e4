import QtQuick
import QtQuick.Layouts
import Chorus

// The label above an input field or a group of choices; in the accessibility tree as static
// text (the field itself carries the same words as its name).
Text {
    id: root

    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    font.bold: true
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
}
