pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Chorus

// Chorus is locked: the practitioner's passphrase opens the store. The first screen most
// starts show: templates only, no Quick Controls style (see Main.qml).
T.Page {
    id: root

    title: qsTr("Unlock", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: passphrase.forceActiveFocus()

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Chorus is locked", "@title:page")
        }
        BodyText {
            text: qsTr("Type the passphrase for this device to carry on.", "@info")
        }
        FieldLabel {
            text: qsTr("Passphrase", "@label:textbox")
        }
        PassphraseField {
            id: passphrase

            label: qsTr("Passphrase", "@label:textbox")
            onAccepted: unlock.clicked()
        }
        MessageBanner {
            message: App.errorMessage
        }
        AppButton {
            id: unlock

            text: qsTr("Unlock", "@action:button")
            prominent: true
            enabled: !App.busy
            onClicked: {
                App.unlock(passphrase.text);
                passphrase.text = "";
            }
        }
        // Own time: a young person comes back to their answers with their own PIN.
        PageHeading {
            visible: App.ownTimeAvailable
            large: false
            text: qsTr("Carry on with my own answers", "@title:group")
        }
        FieldLabel {
            visible: App.ownTimeAvailable
            text: qsTr("Your PIN", "@label:textbox")
        }
        PassphraseField {
            id: ownPin

            visible: App.ownTimeAvailable
            label: qsTr("Your PIN", "@label:textbox")
            // Not digits only: a young person may have chosen a passphrase instead (issue 16).
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            onAccepted: openOwn.clicked()
        }
        AppButton {
            id: openOwn

            visible: App.ownTimeAvailable
            text: qsTr("Open my answers", "@action:button")
            enabled: !App.busy
            onClicked: {
                App.unlockOwnTime(ownPin.text);
                ownPin.text = "";
            }
        }
        FieldLabel {
            text: qsTr("Language", "@label")
        }
        LanguagePicker {}
        // Reviewers sign in to the team's hub without unlocking this device's store.
        AppButton {
            text: qsTr("Team sign-in", "@action:button")
            description: qsTr("Read the feedback your team's hub holds", "@info:accessible")
            onClicked: Navigation.teamOpen = true
        }
    }
}
