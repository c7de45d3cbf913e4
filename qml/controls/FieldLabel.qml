import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// The label above an input field or a group of choices. Not in the accessibility tree: the
// field (or the ChoiceGroup) carries the same words as its name, and a screen reader would
// otherwise say them twice.
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
