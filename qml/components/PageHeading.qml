import QtQuick
import QtQuick.Layouts
import Chorus

// A page or section heading, announced as a heading.
Text {
    id: root

    property bool large: true

    Layout.fillWidth: true
    // Set, not left to the words: a set alignment follows LayoutMirroring, so a heading sits
    // on the right in Arabic even when it begins with a Latin word ("Chorus ...").
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.WordWrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(root.large ? Theme.fontTitle : Theme.fontHeading)
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}
