pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// A picture-and-word card of a card sort. Tapping (or Space, Enter, a switch) picks it up or
// puts it down; it can also be dragged, and reports where the finger goes so the activity
// can show a copy under it and drop it on the pile or place below.
QQC2.AbstractButton {
    id: root

    property string cardId: ""
    property string symbol: ""
    property bool held: false
    property string description: ""

    signal dragStarted()
    signal dragMoved(point scenePosition)
    signal dragEnded()

    /** The least width that shows every word whole (a word is never broken across lines,
     *  at 200% text either), with room for the symbol and the "picked up" hand. */
    readonly property real wholeWordsWidth: Math.ceil(longestWord.advanceWidth) + root.leftPadding + root.rightPadding
                                            + (root.symbol.length > 0 ? Math.ceil(symbolWidth.advanceWidth) + Theme.spacingSmall : 0)
                                            + Math.ceil(handWidth.advanceWidth) + Theme.spacingSmall

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    implicitWidth: Math.max(Theme.touchTarget * 3, root.wholeWordsWidth,
                            Math.min(Theme.tileMaxWidth, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font: Theme.bodyFont

    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.held ? Theme.selectedFill : Theme.surface
        border.color: root.visualFocus ? Theme.focus : (root.held ? Theme.selected : Theme.border)
        border.width: root.visualFocus || root.held ? Theme.focusWidth : Theme.borderWidth
    }

    TextMetrics {
        id: longestWord

        font: root.font
        // The word with the most letters stands for the widest (close enough for a card).
        text: root.text.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
    }
    TextMetrics {
        id: symbolWidth

        font.pixelSize: Math.round(Theme.fontHeading)
        text: root.symbol
    }
    TextMetrics {
        id: handWidth

        font.pixelSize: Math.round(Theme.fontHeading)
        text: "✋"
    }

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        Text {
            text: root.symbol
            color: Theme.primary
            font.pixelSize: Math.round(Theme.fontHeading)
            Accessible.ignored: true
        }
        Text {
            text: root.text
            color: Theme.text
            font: root.font
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        // A hand as well as a colour, so "picked up" never rests on colour alone.
        Text {
            visible: root.held
            text: "✋"
            color: Theme.selected
            font.pixelSize: Math.round(Theme.fontHeading)
            Accessible.ignored: true
        }
    }

    DragHandler {
        id: drag

        target: null
        onActiveChanged: drag.active ? root.dragStarted() : root.dragEnded()
        onCentroidChanged: {
            if (drag.active)
                root.dragMoved(root.mapToItem(null, drag.centroid.position.x, drag.centroid.position.y));
        }
    }
}
