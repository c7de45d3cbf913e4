import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// "Forgotten passphrase?" on the unlock page (issue 14): the recovery key written down at
// set-up opens the store and the practitioner chooses a new passphrase. Its own file, loaded
// only when asked for, so that the unlock screen's first frame does not build it.
ColumnLayout {
    spacing: Theme.spacing

    PageHeading {
        large: false
        text: qsTr("Use the recovery key", "@title:group")
    }
    BodyText {
        text: qsTr("Type the recovery key you wrote down when Chorus was set up on this device, then choose a new passphrase. The old passphrase stops working.", "@info")
    }
    FieldLabel {
        text: qsTr("Recovery key", "@label:textbox")
    }
    PassphraseField {
        id: recoveryKey

        label: qsTr("Recovery key", "@label:textbox")
        echoMode: TextInput.Normal
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        Component.onCompleted: forceActiveFocus()
    }
    FieldLabel {
        text: qsTr("New passphrase", "@label:textbox")
    }
    PassphraseField {
        id: newPassphrase

        label: qsTr("New passphrase", "@label:textbox")
    }
    FieldLabel {
        text: qsTr("New passphrase again", "@label:textbox")
    }
    PassphraseField {
        id: newPassphraseAgain

        label: qsTr("New passphrase again", "@label:textbox")
        onAccepted: recover.clicked()
    }
    AppButton {
        id: recover

        text: qsTr("Unlock and keep the new passphrase", "@action:button")
        Layout.fillWidth: true // long words wrap at 200% text
        prominent: true
        enabled: !App.busy
        onClicked: {
            App.recoverWithKey(recoveryKey.text, newPassphrase.text, newPassphraseAgain.text);
            newPassphrase.clear();
            newPassphraseAgain.clear();
        }
    }
}
