import QtQuick
import QtQuick.Templates as T
import Chorus

// The paper under a tile that is chosen or not (ChoiceTile, PickTile, the drawing's tools):
// filled and edged when chosen, the focus ring when it has the keys, faded when it cannot be
// used. One look for tiles whose types differ only in what a screen reader calls them.
Rectangle {
    id: root

    required property T.AbstractButton tile

    radius: Theme.radius
    color: root.tile.checked ? Theme.selectedFill : Theme.surface
    border.color: root.tile.visualFocus ? Theme.focus : (root.tile.checked ? Theme.selected : Theme.border)
    border.width: root.tile.visualFocus || root.tile.checked ? Theme.focusWidth : Theme.borderWidth
    opacity: root.tile.enabled ? 1 : 0.5

    FocusRing {
        shown: root.tile.visualFocus
    }
}
