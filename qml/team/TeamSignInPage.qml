pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import Chorus.Controls
import Chorus.Team

// A reviewer signs in to the team's hub: the hub's address, their name and passphrase; the
// first time, the one-time code from `chorus-hub add-reviewer` and a new passphrase typed
// twice. Passphrases leave the boxes as soon as they are sent.
QQC2.Page {
    id: root

    property bool firstTime: false

    function send() {
        Team.hubUrl = hub.text;
        if (root.firstTime)
            Team.firstSignIn(name.text, secret.text, newPassphrase.text, confirmation.text);
        else
            Team.signIn(name.text, passphrase.text);
        passphrase.clear();
        newPassphrase.clear();
        confirmation.clear();
        secret.clear();
    }

    title: qsTr("Team sign-in", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: {
        hub.text = Team.hubUrl.length > 0 ? Team.hubUrl : Preferences.hubAddress;
        name.forceActiveFocus();
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Sign in to your team's hub", "@title:page")
        }
        BodyText {
            text: qsTr("Read what children and families said, without names. You need the account your hub's administrator made for you.", "@info")
        }
        MessageBanner {
            message: Team.noticeMessage
            isError: false
        }
        FieldLabel {
            text: qsTr("Hub address", "@label:textbox")
        }
        TextEntry {
            id: hub

            label: qsTr("Hub address", "@label:textbox")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            placeholderText: "https://hub.example.org"
        }
        FieldLabel {
            text: qsTr("Your name", "@label:textbox")
        }
        TextEntry {
            id: name

            label: qsTr("Your name", "@label:textbox")
            onAccepted: root.firstTime ? secret.forceActiveFocus() : passphrase.forceActiveFocus()
        }
        ToggleRow {
            id: first

            text: qsTr("This is my first sign-in: I have a one-time code", "@option:check")
            onCheckedChanged: {
                root.firstTime = checked;
                Team.clearMessages();
            }
        }

        // Later sign-ins.
        FieldLabel {
            visible: !root.firstTime
            text: qsTr("Passphrase", "@label:textbox")
        }
        PassphraseField {
            id: passphrase

            visible: !root.firstTime
            label: qsTr("Passphrase", "@label:textbox")
            onAccepted: root.send()
        }

        // The first sign-in.
        FieldLabel {
            visible: root.firstTime
            text: qsTr("One-time code", "@label:textbox")
        }
        PassphraseField {
            id: secret

            visible: root.firstTime
            label: qsTr("One-time code", "@label:textbox")
            onAccepted: newPassphrase.forceActiveFocus()
        }
        FieldLabel {
            visible: root.firstTime
            text: qsTr("New passphrase (at least 12 characters)", "@label:textbox")
        }
        PassphraseField {
            id: newPassphrase

            visible: root.firstTime
            label: qsTr("New passphrase", "@label:textbox")
            onAccepted: confirmation.forceActiveFocus()
        }
        FieldLabel {
            visible: root.firstTime
            text: qsTr("New passphrase again", "@label:textbox")
        }
        PassphraseField {
            id: confirmation

            visible: root.firstTime
            label: qsTr("New passphrase again", "@label:textbox")
            onAccepted: root.send()
        }

        MessageBanner {
            message: Team.errorMessage
        }
        AppButton {
            text: qsTr("Sign in", "@action:button")
            prominent: true
            enabled: !Team.busy
            onClicked: root.send()
        }
        BodyText {
            visible: Team.busy
            text: qsTr("Signing in…", "@info")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
