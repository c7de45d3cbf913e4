import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// A labelled on/off switch for settings.
QQC2.Switch {
    id: root

    property string description: ""

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font: Theme.bodyFont
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.checkable: true
    Accessible.checked: root.checked

    contentItem: Text {
        text: root.text
        font: root.font
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: root.indicator.width + root.spacing
        rightPadding: root.indicator.width + root.spacing
    }
}
