pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// First run: language, the device passphrase, the recovery key (shown once, confirmed as
// written down), and an optional hub address for later.
QQC2.Page {
    id: root

    property int chosenStep: 0
    readonly property int step: App.onboarding ? (App.recoveryKey.length > 0 ? 2 : 3) : chosenStep

    title: qsTr("Set up Chorus", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: root.step === 0 ? qsTr("Welcome to Chorus", "@title:page")
                : root.step === 1 ? qsTr("Choose a passphrase", "@title:page")
                : root.step === 2 ? qsTr("Your recovery key", "@title:page")
                : qsTr("Connect to your team's hub", "@title:page")
        }

        // Step 0: welcome and language.
        BodyText {
            visible: root.step === 0
            text: qsTr("Chorus helps children and families tell you what matters to them. Everything is kept locked on this device.", "@info")
        }
        FieldLabel {
            visible: root.step === 0
            text: qsTr("Language", "@label")
        }
        LanguagePicker {
            visible: root.step === 0
        }
        AppButton {
            visible: root.step === 0
            text: qsTr("Start setting up", "@action:button")
            prominent: true
            onClicked: root.chosenStep = 1
        }
        // Reviewers sign in to the team's hub here; Chorus needs no device store for that.
        AppButton {
            visible: root.step === 0
            text: qsTr("Team sign-in", "@action:button")
            description: qsTr("Read the feedback your team's hub holds", "@info:accessible")
            onClicked: Navigation.teamOpen = true
        }

        // Step 1: the passphrase that unlocks this device.
        BodyText {
            visible: root.step === 1
            text: qsTr("The passphrase unlocks Chorus on this device. Use a few words that you will remember and others will not guess.", "@info")
        }
        FieldLabel {
            visible: root.step === 1
            text: qsTr("Passphrase", "@label:textbox")
        }
        PassphraseField {
            id: passphrase

            visible: root.step === 1
            label: qsTr("Passphrase", "@label:textbox")
        }
        FieldLabel {
            visible: root.step === 1
            text: qsTr("Type it again", "@label:textbox")
        }
        PassphraseField {
            id: confirmation

            visible: root.step === 1
            label: qsTr("Type the passphrase again", "@label:textbox")
            onAccepted: create.clicked()
        }
        BodyText {
            visible: root.step === 1
            color: Theme.mutedText
            text: qsTr("At least %1 characters.", "@info").arg(App.minimumPassphraseLength)
        }
        MessageBanner {
            visible: root.step === 1 && message.length > 0
            message: App.errorMessage
        }
        RowLayout {
            visible: root.step === 1
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Back", "@action:button")
                onClicked: {
                    App.clearError();
                    root.chosenStep = 0;
                }
            }
            AppButton {
                id: create

                text: qsTr("Create the locked store", "@action:button")
                prominent: true
                enabled: !App.busy
                Layout.fillWidth: true
                onClicked: {
                    App.createStore(passphrase.text, confirmation.text);
                    passphrase.clear();
                    confirmation.clear();
                }
            }
        }

        // Step 2: the recovery key, once.
        BodyText {
            visible: root.step === 2
            text: qsTr("If the passphrase is ever forgotten, this key is the only way back in. Write it down and keep it somewhere safe. It will not be shown again.", "@info")
        }
        Rectangle {
            visible: root.step === 2
            Layout.fillWidth: true
            implicitHeight: keyText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surfaceWarm
            border.color: Theme.border
            border.width: Theme.borderWidth

            Text {
                id: keyText

                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: App.recoveryKey
                wrapMode: Text.WrapAnywhere
                color: Theme.text
                font.family: "monospace"
                font.pixelSize: Math.round(Theme.fontHeading)
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Recovery key: %1", "@info:accessible").arg(App.recoveryKey)
            }
        }
        ToggleRow {
            id: writtenDown

            visible: root.step === 2
            text: qsTr("I've written it down", "@option:check")
        }
        AppButton {
            visible: root.step === 2
            text: qsTr("Continue", "@action:button")
            prominent: true
            enabled: writtenDown.checked
            onClicked: App.acknowledgeRecoveryKey()
        }

        // Step 3: optional hub address.
        BodyText {
            visible: root.step === 3
            text: qsTr("If your team has a Chorus hub, type its address. You can leave this empty and add it later.", "@info")
        }
        FieldLabel {
            visible: root.step === 3
            text: qsTr("Hub address (optional)", "@label:textbox")
        }
        TextEntry {
            id: hub

            visible: root.step === 3
            label: qsTr("Hub address (optional)", "@label:textbox")
            text: Preferences.hubAddress
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            placeholderText: "https://hub.example.org"
        }
        AppButton {
            visible: root.step === 3
            text: qsTr("Finish", "@action:button")
            prominent: true
            onClicked: {
                Preferences.hubAddress = hub.text;
                App.finishOnboarding();
            }
        }
    }
}
