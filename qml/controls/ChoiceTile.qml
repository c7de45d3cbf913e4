import QtQuick
import Chorus.Controls

// A big tile with a picture (or a face) and words, one of a group of which one is chosen: a
// radio button for a screen reader, in a labelled ChoiceGroup. Where several may be picked,
// the same tile is a PickTile, a check box. The page binds `checked` to its choice and makes
// the choice in onClicked (ButtonBase): pressing the chosen tile again leaves it chosen.
ButtonBase {
    id: root

    property string symbol: ""
    property int faceLevel: 0
    // Shown instead of `text` when the tile's words lean on what is around them ("Yes"):
    // `text` is then the whole choice ("Yes: record my voice"), which a screen reader says.
    property string shortText: ""

    checkable: true
    // As wide as its words need, up to a limit past which they wrap (never the other way
    // round: a width from its own width would be circular and clip at large text).
    implicitWidth: Math.max(Theme.touchTarget * 3, Math.min(Theme.tileMaxWidth, face.implicitWidth + 2 * Theme.spacing))
    implicitHeight: Math.max(Theme.touchTarget, face.implicitHeight + 2 * Theme.spacing)
    Accessible.role: Accessible.RadioButton

    TilePaper {
        anchors.fill: parent
        chosen: root.checked
        keyFocus: root.visualFocus
    }
    TileFace {
        id: face

        anchors.fill: parent
        anchors.margins: Theme.spacing
        faceLevel: root.faceLevel
        symbol: root.symbol
        words: root.shortText.length > 0 ? root.shortText : root.text
        ticked: root.checked
        wordsFont: root.font
    }
}
