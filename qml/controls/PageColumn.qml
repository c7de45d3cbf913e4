pragma ComponentBehavior: Bound

import QtQuick
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

    PageScrollBar {
        flickable: root
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
