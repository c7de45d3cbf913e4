pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus.Controls

// A page's scrolling column: centred, never wider than is comfortable to read, and
// scrollable so that 200% text never clips. Its FocusInView keeps the focused control in
// view.
Flickable {
    id: root

    default property alias content: column.data
    property alias spacing: column.spacing

    // The page got shorter (the on-screen keyboard rose, issue 15): the field being typed in
    // stays in view, however it was focused.
    onHeightChanged: focusInView.revealFocus()

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
    boundsBehavior: Flickable.StopAtBounds

    // A template with its own handle: every page scrolls in this, the unlock screen too,
    // which loads no Quick Controls style (see Main.qml).
    T.ScrollBar.vertical: T.ScrollBar {
        id: scrollBar

        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        padding: Theme.scrollBarPadding
        minimumSize: width / Math.max(1, height)
        stepSize: 0.1
        // Qt 6.4's accessibility reads a value and a range from these names: how far down the
        // page is, from the top (0) to the end (1 - size).
        readonly property real value: scrollBar.position
        readonly property real minimumValue: 0
        readonly property real maximumValue: Math.max(0, 1 - scrollBar.size)
        Accessible.role: Accessible.ScrollBar
        Accessible.name: qsTr("Scroll the page", "@info:accessible")
        Accessible.onIncreaseAction: scrollBar.increase()
        Accessible.onDecreaseAction: scrollBar.decrease()

        // Shown while the page moves (or is dragged), then fades, as the styles do.
        contentItem: Rectangle {
            implicitWidth: Theme.scrollBarWidth
            radius: width / 2
            color: scrollBar.pressed ? Theme.text : Theme.mutedText
            opacity: scrollBar.active && scrollBar.size < 1.0 ? 0.75 : 0.0

            Behavior on opacity {
                NumberAnimation {
                    duration: 200
                }
            }
        }
    }

    FocusInView {
        id: focusInView

        flickable: root
        margin: Theme.spacing
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.spacingLarge, (root.width - width) / 2)
        y: Theme.spacingLarge
        width: Math.min(Theme.pageMaxWidth, root.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacing
    }
}
