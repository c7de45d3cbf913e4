import QtQuick
import Chorus.Controls

// The paper under a tile that is chosen or not (ChoiceTile, PickTile, the drawing's tools):
// filled and edged when chosen, the focus ring when it has the keys, faded when it cannot be
// used. One look for tiles whose types differ only in what a screen reader calls them.
Rectangle {
    id: root

    /** The tile's choice is made. */
    required property bool chosen
    /** The tile has the keys from the keyboard (its visualFocus). */
    required property bool keyFocus

    radius: Theme.radius
    color: root.chosen ? Theme.selectedFill : Theme.surface
    border.color: root.keyFocus ? Theme.focus : (root.chosen ? Theme.selected : Theme.border)
    border.width: root.keyFocus || root.chosen ? Theme.focusWidth : Theme.borderWidth
    // Under its tile, the paper is disabled with it.
    opacity: root.enabled ? 1 : 0.5

    FocusRing {
        shown: root.keyFocus
    }
}
