import QtQuick
import QtQuick.Layouts
import Chorus

// A page or section heading, announced as a heading.
Text {
    id: root

    property bool large: true

    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(root.large ? Theme.fontTitle : Theme.fontHeading)
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}
