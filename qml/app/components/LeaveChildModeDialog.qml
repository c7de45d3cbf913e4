pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Leaving child mode needs the practitioner's passphrase or PIN (UI-2).
QQC2.Dialog {
    id: root

    signal left()

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : Theme.pageMaxWidth, Theme.pageMaxWidth)
    title: qsTr("For the practitioner", "@title:dialog")
    font: Theme.bodyFont

    onOpened: {
        passphrase.clear();
        passphrase.forceActiveFocus();
    }

    function tryLeave(): void {
        const ok = App.leaveChildMode(passphrase.text);
        passphrase.clear();
        if (ok) {
            root.close();
            root.left();
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    // Content as a child rather than a contentItem: contentItem is deferred, and ids inside
    // a deferred property break deferral. A Popup is not an Item, so the dialog's accessible
    // role sits on this column.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: root.title

        BodyText {
            text: App.practitionerPinSet ? qsTr("Type your passphrase or PIN to leave the child's session.", "@info")
                                         : qsTr("Type your passphrase to leave the child's session.", "@info")
        }
        PassphraseField {
            id: passphrase

            label: App.practitionerPinSet ? qsTr("Practitioner passphrase or PIN", "@label:textbox")
                                          : qsTr("Practitioner passphrase", "@label:textbox")
            onAccepted: root.tryLeave()
        }
        MessageBanner {
            message: App.errorMessage
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Back to the session", "@action:button")
                Layout.fillWidth: true
                onClicked: {
                    App.clearError();
                    root.close();
                }
            }
            AppButton {
                text: qsTr("Leave", "@action:button")
                prominent: true
                Layout.fillWidth: true
                onClicked: root.tryLeave()
            }
        }
    }
}
