pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import Chorus
import Chorus.Controls

// A small square drawing action (undo, redo, clear) with a picture and its name underneath,
// a push button for a screen reader. A tool, colour or size that stays chosen is a ToolChoice.
QQC2.AbstractButton {
    id: root

    property string symbol: ""
    property string description: ""

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    implicitWidth: Math.max(Theme.touchTarget * 1.5, Math.min(Theme.tileMaxWidth / 2, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontSmall)

    Accessible.role: Accessible.Button
    Accessible.name: root.text
    // A disabled one is reported as such over AT-SPI (Qt 6.4 needs accessibleenabledstate.cpp).
    Accessible.description: root.description
    Accessible.onPressAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    /** What a tap does. */
    function activate(): void {
        if (root.enabled)
            root.clicked();
    }

    background: TilePaper {
        chosen: root.checked
        keyFocus: root.visualFocus
    }
    contentItem: ToolFace {
        symbol: root.symbol
        words: root.text
        wordsFont: root.font
        faded: !root.enabled
    }
}
