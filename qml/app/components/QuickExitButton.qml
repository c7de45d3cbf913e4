import QtQuick
import QtQuick.Controls as QQC2
import Chorus
import Chorus.Controls

// Always visible in child mode: blanks the screen to a neutral page at once (UI-3).
QQC2.Button {
    id: root

    text: qsTr("Quick exit", "@action:button")
    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font: Theme.bodyFont
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.description: qsTr("Hides this screen straight away", "@info:accessible")
    Keys.onReturnPressed: root.clicked()
    onClicked: App.quickExit()

    contentItem: Text {
        text: root.text
        font: root.font
        color: Theme.textOnQuickExit
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.quickExit
        border.color: root.visualFocus ? Theme.focus : Theme.quickExit
        border.width: Theme.focusWidth
    }
}
