pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// The drawing paper and its tools: pencil and rubber, colours with names, three brush
// sizes, stamps, undo, redo and clear (asked first). Every tool works by touch, keyboard
// and switch; on the paper the arrow keys move a pencil and Space puts it down or lifts it.
// A Column, not a ColumnLayout: Qt 6.4's layouts keep a wrapping row's old height when the
// layout is nested in another (in portrait the colours covered the tools' second row), while a
// Column takes each group's height as it wraps.
Column {
    id: root

    readonly property DrawingCanvas canvas: paper
    readonly property list<string> colourNames: [
        qsTr("Black", "@label drawing colour"), qsTr("Orange", "@label drawing colour"),
        qsTr("Sky blue", "@label drawing colour"), qsTr("Green", "@label drawing colour"),
        qsTr("Yellow", "@label drawing colour"), qsTr("Blue", "@label drawing colour"),
        qsTr("Red", "@label drawing colour"), qsTr("Pink", "@label drawing colour")
    ]
    readonly property list<string> sizeNames: [
        qsTr("Thin", "@label brush size"), qsTr("Medium", "@label brush size"), qsTr("Thick", "@label brush size")
    ]
    readonly property list<string> stamps: ["happy", "sad", "worried", "angry", "person", "home", "school"]
    readonly property list<string> stampNames: [
        qsTr("Happy face", "@label drawing stamp"), qsTr("Sad face", "@label drawing stamp"),
        qsTr("Worried face", "@label drawing stamp"), qsTr("Cross face", "@label drawing stamp"),
        qsTr("Person", "@label drawing stamp"), qsTr("Home", "@label drawing stamp"),
        qsTr("School", "@label drawing stamp")
    ]
    property bool confirmingClear: false
    // The paper in thirds, across then down, in the words a child uses for them.
    readonly property list<string> placeNames: [
        qsTr("top left", "@info:accessible drawing pencil place"), qsTr("top middle", "@info:accessible drawing pencil place"),
        qsTr("top right", "@info:accessible drawing pencil place"), qsTr("left side", "@info:accessible drawing pencil place"),
        qsTr("middle", "@info:accessible drawing pencil place"), qsTr("right side", "@info:accessible drawing pencil place"),
        qsTr("bottom left", "@info:accessible drawing pencil place"), qsTr("bottom middle", "@info:accessible drawing pencil place"),
        qsTr("bottom right", "@info:accessible drawing pencil place")
    ]

    /** Where the keyboard pencil is, in thirds of the paper, and whether it draws. */
    function pencilWords(): string {
        const column = Math.min(2, Math.floor(paper.cursor.x * 3 / paper.paperSize.width));
        const row = Math.min(2, Math.floor(paper.cursor.y * 3 / paper.paperSize.height));
        const place = root.placeNames[row * 3 + column];
        if (paper.tool === DrawingCanvas.Tool.Stamp)
            return qsTr("Picture ready to put down: %1", "@info:accessible drawing, %1 a place").arg(place);
        return paper.penDown ? qsTr("Pencil down, drawing: %1", "@info:accessible drawing, %1 a place").arg(place)
                             : qsTr("Pencil up: %1", "@info:accessible drawing, %1 a place").arg(place);
    }

    spacing: Theme.spacing
    onConfirmingClearChanged: {
        if (root.confirmingClear)
            keepButton.forceActiveFocus();
    }

    QQC2.ButtonGroup {
        id: tools
    }
    QQC2.ButtonGroup {
        id: colours
    }
    QQC2.ButtonGroup {
        id: sizes
    }

    // Tools, then colours, sizes and stamps: the focus order follows the reading order. Each
    // exclusive set is one labelled group of radio buttons for a screen reader (issue 20.6).
    ChoiceGroup {
        width: root.width
        label: qsTr("Tools", "@label drawing")

        ToolChoice {
            text: qsTr("Pencil", "@action:button drawing tool")
            symbol: "✎"
            checked: paper.tool === DrawingCanvas.Tool.Pen
            QQC2.ButtonGroup.group: tools
            onClicked: paper.tool = DrawingCanvas.Tool.Pen
        }
        ToolChoice {
            text: qsTr("Rubber", "@action:button drawing tool")
            description: qsTr("Rubs out what you drew", "@info:accessible")
            symbol: "▭"
            checked: paper.tool === DrawingCanvas.Tool.Eraser
            QQC2.ButtonGroup.group: tools
            onClicked: paper.tool = DrawingCanvas.Tool.Eraser
        }
        Repeater {
            model: root.stamps

            delegate: ToolChoice {
                required property int index
                required property string modelData

                text: root.stampNames[index]
                description: qsTr("Puts a picture on your drawing", "@info:accessible")
                stamp: modelData
                checked: paper.tool === DrawingCanvas.Tool.Stamp && paper.stamp === modelData
                QQC2.ButtonGroup.group: tools
                onClicked: {
                    paper.stamp = modelData;
                    paper.tool = DrawingCanvas.Tool.Stamp;
                }
            }
        }
    }
    ChoiceGroup {
        width: root.width
        label: qsTr("Colours", "@label drawing")

        Repeater {
            model: Theme.drawingColours.length

            delegate: ToolChoice {
                required property int index

                text: root.colourNames[index]
                swatch: Theme.drawingColours[index]
                checked: Qt.colorEqual(paper.penColor, Theme.drawingColours[index])
                QQC2.ButtonGroup.group: colours
                onClicked: paper.penColor = Theme.drawingColours[index]
            }
        }
    }
    ChoiceGroup {
        width: root.width
        label: qsTr("Sizes", "@label drawing")

        Repeater {
            model: Theme.brushSizes.length

            delegate: ToolChoice {
                required property int index

                text: root.sizeNames[index]
                dot: 4 + index * 10
                checked: paper.brushSize === Theme.brushSizes[index]
                QQC2.ButtonGroup.group: sizes
                onClicked: paper.brushSize = Theme.brushSizes[index]
            }
        }
    }

    Rectangle {
        color: Theme.surface
        border.color: paper.activeFocus ? Theme.focus : Theme.paperEdge
        border.width: paper.activeFocus ? Theme.focusWidth : Theme.borderWidth
        width: root.width
        height: Math.min(root.width * 3 / 4, Theme.canvasMaxHeight)

        DrawingCanvas {
            id: paper

            objectName: "drawingPaper"
            anchors.fill: parent
            anchors.margins: Theme.focusWidth
            penColor: Theme.drawingColours[0]
            brushSize: Theme.brushSizes[1]
            Accessible.role: Accessible.Canvas
            Accessible.name: qsTr("Drawing paper", "@label")
            Accessible.description: qsTr("Draw with your finger or a pen. With keys: the arrows move the pencil, Space puts it down or lifts it up.", "@info:accessible")
        }
    }
    // While the paper has the keys: what they do now, and where the pencil is and whether it
    // draws. Spoken whenever that changes (once per part of the paper reached, not per step):
    // a notification shown afresh, since Qt 6.4 sends a changed name or description over
    // AT-SPI without the new words, which Orca 43 then cannot say (issue 20.8).
    StatusText {
        width: root.width
        message: !paper.activeFocus ? ""
            : (paper.penDown ? qsTr("The pencil is down: the arrows draw. Press Space to lift it.", "@info")
            : (paper.tool === DrawingCanvas.Tool.Stamp ? qsTr("Move with the arrows. Press Space to put the picture there.", "@info")
            : qsTr("Move with the arrows. Press Space to put the pencil down.", "@info"))) + " " + root.pencilWords()
    }

    Flow {
        width: root.width
        visible: !root.confirmingClear
        spacing: Theme.spacingSmall

        ToolTile {
            text: qsTr("Undo", "@action:button drawing")
            description: qsTr("Takes away the last thing you did", "@info:accessible")
            symbol: "↶"
            enabled: paper.canUndo
            onClicked: paper.undo()
        }
        ToolTile {
            text: qsTr("Redo", "@action:button drawing")
            description: qsTr("Puts back what you took away", "@info:accessible")
            symbol: "↷"
            enabled: paper.canRedo
            onClicked: paper.redo()
        }
        ToolTile {
            text: qsTr("Clear", "@action:button drawing")
            description: qsTr("Starts again with clean paper. It asks you first.", "@info:accessible")
            symbol: "✕"
            enabled: !paper.empty
            onClicked: root.confirmingClear = true
        }
    }
    // Clearing asks first, in words, with "no" as easy as "yes".
    ColumnLayout {
        width: root.width
        visible: root.confirmingClear
        spacing: Theme.spacingSmall

        BodyText {
            text: qsTr("Clear the whole drawing?", "@info")
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                id: keepButton

                text: qsTr("No, keep it", "@action:button")
                onClicked: root.confirmingClear = false
            }
            AppButton {
                text: qsTr("Yes, clear it", "@action:button")
                destructive: true
                onClicked: {
                    paper.clear();
                    root.confirmingClear = false;
                }
            }
        }
    }
}
