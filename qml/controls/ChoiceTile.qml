pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Chorus

// A big tile with a picture (or a face) and words, one of a group of which one is chosen: a
// radio button for a screen reader, in a labelled ChoiceGroup. (Qt 6.4 takes a control's
// accessible role from its type, not from Accessible.role: where several may be picked, the
// same tile is a PickTile, a check box.) The page manages the group (`autoExclusive` off).
// A template: on the unlock screen (the language picker), which loads no style (see Main.qml).
T.RadioButton {
    id: root

    property string symbol: ""
    property int faceLevel: 0
    property string description: ""
    // Shown instead of `text` when the tile's words lean on what is around them ("Yes"):
    // `text` is then the whole choice ("Yes: record my voice"), which a screen reader says.
    // (Qt 6.4 names a button after its text whatever Accessible.name says.)
    property string shortText: ""

    checkable: true
    autoExclusive: false
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing
    // As wide as its words need, up to a limit past which they wrap (never the other way
    // round: a width from availableWidth would be circular and clip at large text).
    implicitWidth: Math.max(Theme.touchTarget * 3,
                            Math.min(Theme.tileMaxWidth, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font: Theme.bodyFont

    Accessible.role: Accessible.RadioButton
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.checkable: true
    Accessible.checked: root.checked
    // The accessibility bus's Press and Toggle do what a tap does.
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    // The chosen one of a group is chosen again, never unchosen, by a second press.
    function activate(): void {
        if (!root.enabled)
            return;
        if (!root.checked)
            root.toggle();
        root.clicked();
    }

    background: TilePaper {
        tile: root
    }
    contentItem: TileFace {
        faceLevel: root.faceLevel
        symbol: root.symbol
        words: root.shortText.length > 0 ? root.shortText : root.text
        ticked: root.checked
        wordsFont: root.font
    }
}
