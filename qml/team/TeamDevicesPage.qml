pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// The team's devices, for an admin (issue 22): each enrolled tablet or young person's
// device, when it was last in touch and whether it may still sync. A lost or stolen device
// is revoked here; a device not in touch for the hub's token lifetime has expired already.
// Revoking asks once more, as it cannot be undone (the device must enrol again).
QQC2.Page {
    id: root

    // The device whose revocation waits for "Yes, revoke it" (empty: none).
    property string confirming: ""

    title: qsTr("Devices", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: Team.refreshDevices()

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Devices", "@title:page")
        }
        BodyText {
            text: qsTr("Devices that have not been in touch with the hub for 90 days expire and must enrol again. Revoke a device that is lost or stolen: it can no longer sync.", "@info")
        }
        MessageBanner {
            message: Team.errorMessage
        }
        MessageBanner {
            isError: false
            message: Team.noticeMessage
        }
        AppButton {
            text: qsTr("Load the devices again", "@action:button")
            enabled: !Team.busy
            onClicked: Team.refreshDevices()
        }
        BodyText {
            visible: Team.devices.length === 0 && !Team.busy
            text: qsTr("No device has enrolled with the hub yet.", "@info")
        }
        Repeater {
            model: Team.devices

            ColumnLayout {
                id: row

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                PageHeading {
                    large: false
                    text: row.modelData.name
                }
                BodyText {
                    text: qsTr("%1, consultation %2", "@info device role, consultation").arg(row.modelData.roleText).arg(row.modelData.consultationId)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                BodyText {
                    text: row.modelData.lastUsedText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                BodyText {
                    font.bold: true
                    text: row.modelData.statusText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                AppButton {
                    visible: row.modelData.canRevoke && root.confirming !== row.modelData.deviceId
                    enabled: !Team.busy
                    text: qsTr("Revoke %1", "@action:button device").arg(row.modelData.name)
                    onClicked: root.confirming = row.modelData.deviceId
                }
                RowLayout {
                    visible: root.confirming === row.modelData.deviceId
                    spacing: Theme.spacing

                    AppButton {
                        text: qsTr("Yes, revoke %1", "@action:button device").arg(row.modelData.name)
                        description: qsTr("It can no longer sync until it enrols again", "@info:accessible")
                        enabled: !Team.busy
                        onClicked: {
                            root.confirming = "";
                            Team.revokeDevice(row.modelData.deviceId);
                        }
                    }
                    AppButton {
                        text: qsTr("Keep %1", "@action:button device").arg(row.modelData.name)
                        onClicked: root.confirming = ""
                    }
                }
            }
        }
    }
}
