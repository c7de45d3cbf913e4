pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// First run: language, the device passphrase, the recovery key (shown once, confirmed as
// written down), and an optional hub address for later.
// Or, on a young person's own device (issue 16), "I have an invite": the hub address and the
// code from the invite their practitioner made (steps 10 to 12), a PIN of their own (no
// recovery key: a new invite is the way back), then joining the hub with the invite.
QQC2.Page {
    id: root

    // Main.qml is a plain window: the Theme's font reaches the controls from here.
    font: Theme.bodyFont

    property int chosenStep: 0
    readonly property int step: App.onboarding ? (App.youngPersonDevice ? 12 : App.recoveryKey.length > 0 ? 2 : 3) : chosenStep
    // The invite as typed, kept for joining once the PIN has made the store.
    property string inviteHub: ""
    property string inviteCode: ""
    property string inviteProblem: ""

    function join() {
        joinWatch.enabled = true;
        Sync.enrolWithInvite(root.inviteHub, root.inviteCode);
    }

    onStepChanged: {
        if (root.step === 12 && !Sync.enrolled && !Sync.busy)
            root.join();
    }

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
                : root.step === 10 ? qsTr("Your invite", "@title:page")
                : root.step === 11 ? qsTr("Choose your PIN", "@title:page")
                : root.step === 12 ? qsTr("Joining your team", "@title:page")
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
        AppButton {
            visible: root.step === 0
            text: qsTr("I have an invite", "@action:button")
            description: qsTr("Set up Chorus on your own phone or tablet with the invite your practitioner gave you", "@info:accessible")
            onClicked: {
                App.clearError();
                root.chosenStep = 10;
            }
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

        // Step 10: the invite, as typed from the practitioner's screen (or the QR code's text).
        BodyText {
            visible: root.step === 10
            text: qsTr("Type the hub address and the code from the invite your practitioner gave you.", "@info")
        }
        // Or the camera reads the invite's QR code (when there is a camera), filling the same
        // two fields. Loaded by URL only here, so Qt Multimedia never delays the first frame.
        Loader {
            id: scanPanel

            objectName: "inviteScanPanel"
            active: root.step === 10
            visible: active
            source: "../components/InviteScanPanel.qml"
            Layout.fillWidth: true
        }
        Connections {
            target: scanPanel.item
            ignoreUnknownSignals: true

            function onFound(link: string): void {
                inviteHubField.text = Sync.inviteHubOf(link);
                inviteCodeField.text = link;
                root.inviteProblem = "";
            }
        }
        FieldLabel {
            visible: root.step === 10
            text: qsTr("Hub address", "@label:textbox")
        }
        TextEntry {
            id: inviteHubField

            visible: root.step === 10
            label: qsTr("Hub address", "@label:textbox")
            placeholderText: "hub.example.org"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
        }
        FieldLabel {
            visible: root.step === 10
            text: qsTr("Invite code", "@label:textbox")
        }
        TextEntry {
            id: inviteCodeField

            visible: root.step === 10
            label: qsTr("Invite code", "@label:textbox")
            placeholderText: "ABCD-EFGH-JKMN-…"
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            onAccepted: inviteNext.clicked()
        }
        MessageBanner {
            visible: root.step === 10 && message.length > 0
            message: root.inviteProblem
        }
        RowLayout {
            visible: root.step === 10
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Back", "@action:button")
                onClicked: {
                    root.inviteProblem = "";
                    root.chosenStep = 0;
                }
            }
            AppButton {
                id: inviteNext

                text: qsTr("Next", "@action:button")
                prominent: true
                Layout.fillWidth: true
                onClicked: {
                    root.inviteProblem = Sync.inviteProblem(inviteHubField.text, inviteCodeField.text);
                    if (root.inviteProblem.length === 0) {
                        root.inviteHub = inviteHubField.text;
                        root.inviteCode = inviteCodeField.text;
                        root.chosenStep = 11;
                    }
                }
            }
        }

        // Step 11: the young person's own PIN or passphrase. No recovery key for a child.
        BodyText {
            visible: root.step === 11
            text: qsTr("Your PIN keeps your answers private on this device. Use 6 or more numbers that are not all the same or in a row, or a sentence you will remember.", "@info")
        }
        BodyText {
            visible: root.step === 11
            text: qsTr("If you forget it, your practitioner can give you a new invite.", "@info")
        }
        FieldLabel {
            visible: root.step === 11
            text: qsTr("Your PIN", "@label:textbox")
        }
        PassphraseField {
            id: youngPin

            visible: root.step === 11
            label: qsTr("Your PIN", "@label:textbox")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhPreferNumbers
        }
        FieldLabel {
            visible: root.step === 11
            text: qsTr("Your PIN again", "@label:textbox")
        }
        PassphraseField {
            id: youngPinAgain

            visible: root.step === 11
            label: qsTr("Your PIN again", "@label:textbox")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhPreferNumbers
            onAccepted: makeYoungStore.clicked()
        }
        MessageBanner {
            visible: root.step === 11 && message.length > 0
            message: App.errorMessage
        }
        RowLayout {
            visible: root.step === 11
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Back", "@action:button")
                onClicked: {
                    App.clearError();
                    root.chosenStep = 10;
                }
            }
            AppButton {
                id: makeYoungStore

                text: qsTr("Set up my Chorus", "@action:button")
                prominent: true
                enabled: !App.busy
                Layout.fillWidth: true
                onClicked: {
                    App.createYoungPersonStore(youngPin.text, youngPinAgain.text);
                    youngPin.clear();
                    youngPinAgain.clear();
                }
            }
        }

        // Step 12: joining the hub with the invite (needs the network; can be tried again).
        BodyText {
            visible: root.step === 12
            text: Sync.busy ? qsTr("Connecting to your team's hub…", "@info:status")
                : qsTr("Your answers are locked on this device with your PIN. Now Chorus joins your team's hub, so that you can send your answers.", "@info")
        }
        MessageBanner {
            visible: root.step === 12 && message.length > 0
            message: Sync.errorMessage
        }
        AppButton {
            visible: root.step === 12 && !Sync.busy && Sync.errorMessage.length > 0
            text: qsTr("Try again", "@action:button")
            prominent: true
            onClicked: root.join()
        }
        AppButton {
            visible: root.step === 12 && !Sync.busy && Sync.errorMessage.length > 0
            text: qsTr("Carry on without joining", "@action:button")
            description: qsTr("You can join later on the sync page with the same invite", "@info:accessible")
            onClicked: App.finishOnboarding()
        }
        // Joining runs off the screen's thread: set-up ends when it worked, with a first sync
        // that brings the consultation and its activities.
        Connections {
            id: joinWatch

            enabled: false
            target: Sync

            function onJobFinished() {
                joinWatch.enabled = false;
                if (Sync.enrolled && Sync.errorMessage.length === 0) {
                    App.finishOnboarding();
                    Sync.syncNow();
                }
            }
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
