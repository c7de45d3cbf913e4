import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Before an idle lock: a countdown at the top of the screen, read out as an alert, with a
// button that keeps Chorus open. Any touch or key does the same (AppController), so a child
// still busy in an activity is never cut off without warning. Main loads it only while the
// warning is on; plain Qt Quick, like the rest of the start path (see Main.qml).
Rectangle {
    id: root

    readonly property string message: qsTr("Chorus locks soon to keep the answers safe. Seconds left: %1", "@info:status idle warning").arg(App.idleSecondsLeft)

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.surfaceWarm
    border.color: Theme.focus
    border.width: Theme.focusWidth
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message

    Component.onCompleted: keep.forceActiveFocus()

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            text: root.message
            wrapMode: Text.WordWrap
            color: Theme.text
            font: Theme.bodyFont
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        AppButton {
            id: keep

            text: qsTr("Keep working", "@action:button idle warning")
            description: qsTr("Chorus stays open", "@info:accessible")
            prominent: true
            onClicked: App.stayUnlocked()
        }
    }
}
