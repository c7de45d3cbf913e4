pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls

// A labelled on/off switch for settings. The track is drawn from the Theme so that it is a
// full touch target, follows high contrast, and shows its state by the knob's place and a
// filled track, not by colour alone.
QQC2.Switch {
    id: root

    property string description: ""

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding,
                             Theme.switchTrackHeight + topPadding + bottomPadding)
    spacing: Theme.spacing
    font: Theme.bodyFont
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.checkable: true
    Accessible.checked: root.checked
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    /** What a tap does, for Return and the accessibility bus's Press and Toggle. */
    function activate(): void {
        if (!root.enabled)
            return;
        root.toggle();
        root.toggled();
    }

    indicator: Rectangle {
        implicitWidth: Theme.switchTrackWidth
        implicitHeight: Theme.switchTrackHeight
        x: root.mirrored ? root.width - width - root.rightPadding : root.leftPadding
        y: root.topPadding + (root.availableHeight - height) / 2
        radius: height / 2
        color: root.checked ? Theme.primary : Theme.surface
        border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.primary : Theme.mutedText)
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth

        Rectangle {
            width: Theme.switchKnob
            height: Theme.switchKnob
            radius: width / 2
            anchors.verticalCenter: parent.verticalCenter
            x: root.checked !== root.mirrored ? parent.width - width - (parent.height - height) / 2
                                              : (parent.height - height) / 2
            color: root.checked ? Theme.textOnPrimary : Theme.mutedText
            Behavior on x {
                NumberAnimation { duration: Theme.durationShort }
            }
        }
    }

    contentItem: Text {
        text: root.text
        font: root.font
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: root.mirrored ? 0 : root.indicator.width + root.spacing
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
    }
}
