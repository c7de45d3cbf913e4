import QtQuick
import Chorus.Controls

// The keyboard focus ring: a thick outline just outside its parent (a control's background),
// in the focus colour, with a light inner line so that it shows on the primary fill and on
// the page alike (issue 14, point 14). Drawn outside so that nothing inside the control moves.
Rectangle {
    id: root

    property bool shown: false

    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: -(Theme.focusWidth + Theme.focusGap)
    visible: root.shown
    radius: Theme.radius + Theme.focusWidth + Theme.focusGap
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.focusWidth
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusWidth
        radius: Theme.radius + Theme.focusGap
        color: "transparent"
        border.color: Theme.focusInner
        border.width: Theme.focusGap
    }
}
