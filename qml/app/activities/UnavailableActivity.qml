import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// For activity types this version cannot run yet: says so plainly and offers skipping.
ColumnLayout {
    id: root

    required property var activity

    spacing: Theme.spacing

    BodyText {
        text: root.activity.prompt ?? ""
        font.pixelSize: Math.round(Theme.fontChild)
    }
    MessageBanner {
        isError: false
        message: qsTr("This activity is not ready yet. Tap Skip to go on.", "@info")
    }
}
