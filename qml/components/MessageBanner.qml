import QtQuick
import QtQuick.Layouts
import Chorus

// A short message in a box: errors in the danger colour, with a word, never colour alone.
Rectangle {
    id: root

    property string message: ""
    property bool isError: true

    Layout.fillWidth: true
    visible: root.message.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.isError ? Theme.dangerFill : Theme.selectedFill
    border.color: root.isError ? Theme.danger : Theme.selected
    border.width: Theme.borderWidth
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message

    Text {
        id: label

        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.message
        wrapMode: Text.WordWrap
        color: root.isError ? Theme.danger : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.fontBody)
        Accessible.ignored: true
    }
}
