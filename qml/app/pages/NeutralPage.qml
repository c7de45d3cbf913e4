import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Shown at once after quick exit: nothing of the session, nothing that draws the eye.
QQC2.Page {
    id: root

    // Main.qml is a plain window: the Theme's font reaches the controls from here.
    font: Theme.bodyFont

    title: qsTr("Notes", "@title:page")
    background: Rectangle {
        color: Theme.surface
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.pageMaxWidth)
        spacing: Theme.spacingLarge

        PageHeading {
            text: qsTr("Notes", "@title:page")
            horizontalAlignment: Text.AlignHCenter
        }
        BodyText {
            text: qsTr("No notes yet.", "@info")
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
        }
        AppButton {
            text: qsTr("Carry on", "@action:button")
            Layout.alignment: Qt.AlignHCenter
            onClicked: App.resumeAfterQuickExit()
        }
    }
}
