pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Chorus

// A ChoiceTile for a choice where several may be picked: the same tile, but a check box for a
// screen reader, with its checked state (Qt 6.4 takes a control's accessible role from its
// C++ type, so the role needs a tile on T.CheckBox). A second press unpicks it.
T.CheckBox {
    id: root

    property string symbol: ""
    property int faceLevel: 0
    property string description: ""

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing
    implicitWidth: Math.max(Theme.touchTarget * 3,
                            Math.min(Theme.tileMaxWidth, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font: Theme.bodyFont

    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.checkable: true
    Accessible.checked: root.checked
    // The accessibility bus's Press and Toggle do what a tap does (once: a handler here
    // replaces the control's own).
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    function activate(): void {
        if (!root.enabled)
            return;
        root.toggle();
        root.clicked();
    }

    background: TilePaper {
        tile: root
    }
    contentItem: TileFace {
        faceLevel: root.faceLevel
        symbol: root.symbol
        words: root.text
        ticked: root.checked
        wordsFont: root.font
    }
}
