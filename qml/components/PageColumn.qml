pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Chorus

// A page's scrolling column: centred, never wider than is comfortable to read, and
// scrollable so that 200% text never clips.
Flickable {
    id: root

    default property alias content: column.data
    property alias spacing: column.spacing

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
        Accessible.role: Accessible.ScrollBar
        Accessible.name: qsTr("Scroll the page", "@info:accessible")

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

    ColumnLayout {
        id: column

        x: Math.max(Theme.spacingLarge, (root.width - width) / 2)
        y: Theme.spacingLarge
        width: Math.min(Theme.pageMaxWidth, root.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacing
    }
}
