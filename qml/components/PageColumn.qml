pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
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

    QQC2.ScrollBar.vertical: QQC2.ScrollBar {
        Accessible.role: Accessible.ScrollBar
        Accessible.name: qsTr("Scroll the page", "@info:accessible")
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.spacingLarge, (root.width - width) / 2)
        y: Theme.spacingLarge
        width: Math.min(Theme.pageMaxWidth, root.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacing
    }
}
