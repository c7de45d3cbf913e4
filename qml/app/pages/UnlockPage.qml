pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Chorus is locked: the practitioner's passphrase opens the store. The first screen most
// starts show: plain Qt Quick, no Quick Controls (see Main.qml). On a young person's
// own device (issue 16) their PIN opens it, and there is no recovery key: a new invite from
// their practitioner is the way back.
FocusScope {
    id: root

    // "Forgotten passphrase?": the recovery key written down at set-up opens the store and
    // the practitioner chooses a new passphrase (issue 14).
    property bool recovering: false
    readonly property string title: qsTr("Unlock", "@title:page")

    Component.onCompleted: passphrase.forceActiveFocus()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: App.youngPersonDevice ? qsTr("Welcome back", "@title:page") : qsTr("Chorus is locked", "@title:page")
        }
        BodyText {
            text: App.youngPersonDevice ? qsTr("Type your PIN to open your answers.", "@info")
                : qsTr("Type the passphrase for this device to carry on.", "@info")
        }
        FieldLabel {
            text: App.youngPersonDevice ? qsTr("Your PIN", "@label:textbox") : qsTr("Passphrase", "@label:textbox")
        }
        PassphraseField {
            id: passphrase

            label: App.youngPersonDevice ? qsTr("Your PIN", "@label:textbox") : qsTr("Passphrase", "@label:textbox")
            onAccepted: unlock.clicked()
        }
        MessageBanner {
            message: App.errorMessage
        }
        AppButton {
            id: unlock

            text: App.youngPersonDevice ? qsTr("Open my answers", "@action:button") : qsTr("Unlock", "@action:button")
            prominent: true
            enabled: !App.busy
            onClicked: {
                App.unlock(passphrase.text);
                passphrase.clear();
            }
        }
        BodyText {
            visible: App.youngPersonDevice
            text: qsTr("Forgotten your PIN? Your practitioner can give you a new invite.", "@info")
        }
        AppButton {
            visible: !root.recovering && !App.youngPersonDevice
            text: qsTr("Forgotten the passphrase? Use the recovery key", "@action:button")
            Layout.fillWidth: true // long words wrap at 200% text
            description: qsTr("Open Chorus with the recovery key written down when it was set up, then choose a new passphrase", "@info:accessible")
            onClicked: {
                App.clearError();
                root.recovering = true; // the recovery key's field takes the focus as it is built
            }
        }
        // The sections a start rarely needs are files of their own, loaded only when needed,
        // so that the unlock screen's first frame does not build them (bench/startup_bench).
        Loader {
            active: root.recovering
            visible: active
            Layout.fillWidth: true
            source: "../components/RecoveryKeyForm.qml"
        }
        AppButton {
            visible: root.recovering
            text: qsTr("Back to the passphrase", "@action:button")
            Layout.fillWidth: true // long words wrap at 200% text
            onClicked: {
                App.clearError();
                root.recovering = false;
                passphrase.forceActiveFocus();
            }
        }
        Loader {
            active: App.ownTimeAvailable
            visible: active
            Layout.fillWidth: true
            source: "../components/OwnTimeUnlock.qml"
        }
        FieldLabel {
            text: qsTr("Language", "@label")
        }
        LanguagePicker {}
        // Reviewers sign in to the team's hub without unlocking this device's store.
        AppButton {
            visible: !App.youngPersonDevice
            text: qsTr("Team sign-in", "@action:button")
            description: qsTr("Read the feedback your team's hub holds", "@info:accessible")
            onClicked: Navigation.teamOpen = true
        }
    }
}
