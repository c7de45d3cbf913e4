pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import Chorus
import Chorus.Controls

// Own time: the young person chooses the PIN that brings them back to their answers.
QQC2.Page {
    id: root

    title: qsTr("Choose your PIN", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: pin.forceActiveFocus()

    header: QQC2.ToolBar {
        background: TopBarBackground {}

        Row {
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall
            anchors.verticalCenter: parent.verticalCenter

            QuickExitButton {}
        }
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Choose your PIN", "@title:page")
        }
        BodyText {
            font.pixelSize: Math.round(Theme.fontChild)
            text: qsTr("You can answer a bit at a time, over a few days. Your answers are kept locked on this device. Nobody sees them until you send them.", "@info own-time")
        }
        BodyText {
            text: qsTr("Choose a PIN of at least 6 numbers, or a sentence only you know, to come back to them. Keep it to yourself.", "@info own-time")
        }
        FieldLabel {
            text: qsTr("Your PIN", "@label:textbox")
        }
        PassphraseField {
            id: pin

            label: qsTr("Your PIN", "@label:textbox")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhPreferNumbers
            onAccepted: again.forceActiveFocus()
        }
        FieldLabel {
            text: qsTr("Your PIN again", "@label:textbox")
        }
        PassphraseField {
            id: again

            label: qsTr("Your PIN again", "@label:textbox")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhPreferNumbers
            onAccepted: save.clicked()
        }
        MessageBanner {
            message: CurrentSession.errorMessage
        }
        AppButton {
            id: save

            text: qsTr("Save my PIN", "@action:button")
            prominent: true
            onClicked: {
                CurrentSession.choosePin(pin.text, again.text);
                pin.text = "";
                again.text = "";
            }
        }
    }
}
