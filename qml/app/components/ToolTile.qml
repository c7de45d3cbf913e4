pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// A small square tool button with a picture and its name underneath (never a colour or a
// picture alone): a colour chip, a brush dot, a stamp or a symbol. Checkable tools show a
// tick when chosen. (Qt 6.4 announces a checkable one as a check box whatever Accessible.role
// says: it takes a control's role from its C++ type, QQuickControlPrivate::accessibleRole.)
QQC2.AbstractButton {
    id: root

    property color swatch: "transparent"
    property real dot: 0
    property string stamp: ""
    property string symbol: ""
    property string description: ""

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    implicitWidth: Math.max(Theme.touchTarget * 1.5, Math.min(Theme.tileMaxWidth / 2, implicitContentWidth + leftPadding + rightPadding))
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Math.round(Theme.fontSmall)

    Accessible.role: root.checkable ? Accessible.RadioButton : Accessible.Button
    Accessible.name: root.text
    // Qt 6.4 reports every Quick item as enabled over AT-SPI (the disabled state arrives with
    // Qt 6.5, qtdeclarative 20fd2902a6), so a disabled button says so in its description.
    Accessible.description: root.enabled ? root.description
        : (root.description.length > 0 ? qsTr("Unavailable", "@info:accessible a button that cannot be used yet") + ". " + root.description
                                         : qsTr("Unavailable", "@info:accessible a button that cannot be used yet"))
    Accessible.checkable: root.checkable
    Accessible.checked: root.checked
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    /** What a tap does: a checkable tool is chosen (and stays chosen), then clicked. */
    function activate(): void {
        if (!root.enabled)
            return;
        if (root.checkable && !root.checked)
            root.toggle();
        root.clicked();
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.selectedFill : Theme.surface
        border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.selected : Theme.border)
        border.width: root.visualFocus || root.checked ? Theme.focusWidth : Theme.borderWidth
        opacity: root.enabled ? 1 : 0.5

        FocusRing {
            shown: root.visualFocus
        }

        Text {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall / 2
            visible: root.checked
            text: "✔"
            color: Theme.selected
            font.pixelSize: Math.round(Theme.fontSmall)
            Accessible.ignored: true
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        Item {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.toolPicture
            Layout.preferredHeight: Theme.toolPicture

            Rectangle {
                anchors.fill: parent
                visible: root.swatch.a > 0
                radius: width / 2
                color: root.swatch
                border.color: Theme.paperEdge
                border.width: Theme.borderWidth
            }
            Rectangle {
                anchors.centerIn: parent
                visible: root.dot > 0
                width: root.dot
                height: root.dot
                radius: root.dot / 2
                color: Theme.text
            }
            StampIcon {
                anchors.fill: parent
                visible: root.stamp.length > 0
                stamp: root.stamp
                ink: Theme.text
                fill: Theme.surface
            }
            Text {
                anchors.centerIn: parent
                visible: root.symbol.length > 0
                text: root.symbol
                color: Theme.text
                font.pixelSize: Theme.toolPicture * 0.8
                Accessible.ignored: true
            }
        }
        Text {
            text: root.text
            color: Theme.text
            font: root.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            opacity: root.enabled ? 1 : 0.6
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.tileMaxWidth / 2
            Accessible.ignored: true
        }
    }
}
