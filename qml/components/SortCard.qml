pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

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

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    implicitWidth: Math.max(Theme.touchTarget * 3,
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
            wrapMode: Text.Wrap
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
