import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Own time on the unlock page (issue 16): a young person comes back to their answers with
// their own PIN. Loaded only while an own-time session waits on this device.
ColumnLayout {
    spacing: Theme.spacing

    PageHeading {
        large: false
        text: qsTr("Carry on with my own answers", "@title:group")
    }
    FieldLabel {
        text: qsTr("Your PIN", "@label:textbox")
    }
    PassphraseField {
        id: ownPin

        label: qsTr("Your PIN", "@label:textbox")
        // Not digits only: a young person may have chosen a passphrase instead (issue 16).
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhPreferNumbers
        onAccepted: openOwn.clicked()
    }
    AppButton {
        id: openOwn

        text: qsTr("Open my answers", "@action:button")
        enabled: !App.busy
        onClicked: {
            App.unlockOwnTime(ownPin.text);
            ownPin.clear();
        }
    }
}
