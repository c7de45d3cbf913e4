import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// A one-line text box with its accessible name; no prediction and no learning by default.
QQC2.TextField {
    id: root

    property string label: ""

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontBody)
    color: Theme.text
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.role: Accessible.EditableText
    Accessible.name: root.label
    // Qt 6.4's text field names itself after its placeholder when accessibility is switched
    // on (by then the bindings have run). Put the label back whenever that happens.
    Accessible.onNameChanged: {
        if (root.Accessible.name !== root.label)
            root.Accessible.name = Qt.binding(() => root.label);
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.activeFocus ? Theme.focus : Theme.border
        border.width: root.activeFocus ? Theme.focusWidth : Theme.borderWidth

        FocusRing {
            shown: root.activeFocus
        }
    }
}
