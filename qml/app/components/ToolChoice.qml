pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Chorus
import Chorus.Controls

// A drawing tool, colour or size: one of its group (a QQC2.ButtonGroup in a labelled
// ChoiceGroup), so a radio button for a screen reader with its checked state (Qt 6.4 takes a
// control's accessible role from its C++ type: hence T.RadioButton, not a checkable button,
// which it calls a check box). Looks like a ToolTile, with a tick when chosen.
T.RadioButton {
    id: root

    property color swatch: "transparent"
    property real dot: 0
    property string stamp: ""
    property string symbol: ""
    property string description: ""

    autoExclusive: false
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    implicitWidth: Math.max(Theme.touchTarget * 1.5, Math.min(Theme.tileMaxWidth / 2, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontSmall)

    Accessible.role: Accessible.RadioButton
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.checkable: true
    Accessible.checked: root.checked
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    /** What a tap does: the tool is chosen (and stays chosen), then clicked. */
    function activate(): void {
        if (!root.enabled)
            return;
        if (!root.checked)
            root.toggle();
        root.clicked();
    }

    background: TilePaper {
        chosen: root.checked
        keyFocus: root.visualFocus

        TickMark {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall / 2
            size: Math.round(Theme.fontSmall)
            shown: root.checked
        }
    }
    contentItem: ToolFace {
        swatch: root.swatch
        dot: root.dot
        stamp: root.stamp
        symbol: root.symbol
        words: root.text
        wordsFont: root.font
        faded: !root.enabled
    }
}
