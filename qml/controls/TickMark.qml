import QtQuick
import Chorus.Controls

// A chosen tile's tick, drawn as two strokes. Not a glyph: no glyph of the text font has one,
// and finding it in another font (a fallback search of every installed font) was the largest
// single cost of the unlock screen's first frame, where the chosen language's tile shows it
// (bench/startup_bench). Its room is kept when not shown, so that a group's tiles stand the
// same height.
Item {
    id: root

    property bool shown: false
    /** The size of the text it stands for. */
    property real size: Math.round(Theme.fontHeading)

    implicitWidth: root.size
    implicitHeight: Math.round(root.size * 1.36) // a line of the text font
    Accessible.ignored: true

    Rectangle {
        x: root.width * 0.12
        y: root.height * 0.52
        width: root.width * 0.38
        height: Math.max(3, root.width * 0.14)
        radius: height / 2
        rotation: 45
        transformOrigin: Item.Left
        color: Theme.selected
        antialiasing: true
        visible: root.shown
    }
    Rectangle {
        x: root.width * 0.30
        y: root.height * 0.78
        width: root.width * 0.72
        height: Math.max(3, root.width * 0.14)
        radius: height / 2
        rotation: -52
        transformOrigin: Item.Left
        color: Theme.selected
        antialiasing: true
        visible: root.shown
    }
}
