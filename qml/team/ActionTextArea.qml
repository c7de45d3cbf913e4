import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// A few lines of the team's words for an action; Tab moves on rather than typing a tab.
QQC2.TextArea {
    id: root

    property string label: ""

    Layout.fillWidth: true
    Layout.preferredHeight: Math.max(Theme.touchTarget * 2, implicitHeight)
    wrapMode: TextEdit.Wrap
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    color: Theme.text
    padding: Theme.spacing
    Accessible.role: Accessible.EditableText
    Accessible.name: root.label
    KeyNavigation.priority: KeyNavigation.BeforeItem
    Keys.onTabPressed: root.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: root.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.activeFocus ? Theme.focus : Theme.border
        border.width: root.activeFocus ? Theme.focusWidth : Theme.borderWidth
    }
}
