pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import Chorus

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
    // Qt 6.4 reports every Quick item as enabled over AT-SPI (the disabled state arrives with
    // Qt 6.5, qtdeclarative 20fd2902a6), so a disabled button says so in its description.
    Accessible.description: root.enabled ? root.description
        : (root.description.length > 0 ? qsTr("Unavailable", "@info:accessible a button that cannot be used yet") + ". " + root.description
                                         : qsTr("Unavailable", "@info:accessible a button that cannot be used yet"))
    Accessible.onPressAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    /** What a tap does. */
    function activate(): void {
        if (root.enabled)
            root.clicked();
    }

    background: TilePaper {
        tile: root
    }
    contentItem: ToolFace {
        symbol: root.symbol
        words: root.text
        wordsFont: root.font
        faded: !root.enabled
    }
}
