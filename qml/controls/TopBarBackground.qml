import QtQuick
import Chorus.Controls

// The top bar's background: warm by default; in high contrast, where it is as black as the
// page, a line underneath keeps the bar visible as a bar.
Rectangle {
    id: root

    color: Theme.surfaceWarm

    Rectangle {
        objectName: "topBarEdge"
        visible: Theme.highContrast
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.border
    }
}
