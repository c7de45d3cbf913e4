pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Display, language and locking settings for this device.
QQC2.Page {
    id: root

    signal done()

    title: qsTr("Settings", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Settings", "@title:page")
        }
        FieldLabel {
            text: qsTr("Language", "@label")
        }
        LanguagePicker {}
        FieldLabel {
            text: qsTr("Text size: %1%", "@label:slider").arg(Math.round(Preferences.textScale * 100))
        }
        QQC2.Slider {
            from: 1
            to: 2
            stepSize: 0.25
            snapMode: QQC2.Slider.SnapAlways
            value: Preferences.textScale
            focusPolicy: Qt.StrongFocus
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            // Qt 6.4's accessibility reads its range from these names (not from/to).
            readonly property real minimumValue: from
            readonly property real maximumValue: to
            Accessible.role: Accessible.Slider
            Accessible.name: qsTr("Text size", "@label:slider")
            Accessible.onIncreaseAction: {
                increase();
                moved();
            }
            Accessible.onDecreaseAction: {
                decrease();
                moved();
            }
            onMoved: Preferences.textScale = value
        }
        ToggleRow {
            text: qsTr("High contrast", "@option:check")
            checked: Preferences.highContrast
            onToggled: Preferences.highContrast = checked
        }
        ToggleRow {
            text: qsTr("Easy-to-read font (OpenDyslexic)", "@option:check")
            checked: Preferences.dyslexicFont
            onToggled: Preferences.dyslexicFont = checked
        }
        ToggleRow {
            text: qsTr("Less movement", "@option:check")
            checked: Preferences.reducedMotion
            onToggled: Preferences.reducedMotion = checked
        }
        FieldLabel {
            text: keyboardChoices.label
        }
        // Issue 15: Qt's on-screen keyboard is chosen as Chorus starts (an input method is
        // fixed before the window exists), so the choice shows at the next start.
        ChoiceGroup {
            id: keyboardChoices

            objectName: "keyboardChoices"
            label: qsTr("On-screen keyboard", "@label")

            Repeater {
                model: [
                    { "choice": "automatic", "label": qsTr("Automatic", "@option:radio on-screen keyboard when no keyboard is attached") },
                    { "choice": "onscreen", "label": qsTr("Always", "@option:radio on-screen keyboard") },
                    { "choice": "hardware", "label": qsTr("Never", "@option:radio on-screen keyboard") }
                ]

                delegate: ChoiceTile {
                    required property var modelData

                    objectName: "keyboard-" + modelData.choice
                    text: modelData.label
                    checked: Preferences.keyboard === modelData.choice
                    onClicked: Preferences.keyboard = modelData.choice
                }
            }
        }
        BodyText {
            text: qsTr("Automatic shows the on-screen keyboard on a touch screen with no keyboard attached. A change takes effect the next time Chorus starts.", "@info")
        }
        FieldLabel {
            text: minutes.label
        }
        MinutesBox {
            id: minutes

            label: qsTr("Lock after this many minutes without use", "@label:spinbox")
            from: 1
            to: 30
            value: Math.round(Preferences.idleLockSeconds / 60)
            onValueModified: Preferences.idleLockSeconds = value * 60
        }
        FieldLabel {
            text: activityMinutes.label
        }
        MinutesBox {
            id: activityMinutes

            label: qsTr("While a child is in an activity, lock after this many minutes", "@label:spinbox")
            from: Math.ceil(Preferences.idleLockSeconds / 60)
            to: 30
            value: Math.round(Preferences.activityIdleLockSeconds / 60)
            onValueModified: Preferences.activityIdleLockSeconds = value * 60
        }
        BodyText {
            color: Theme.mutedText
            text: qsTr("Before locking, Chorus shows a countdown for 30 seconds; a touch keeps it open.", "@info")
        }
        FieldLabel {
            text: qsTr("Hub address (optional)", "@label:textbox")
        }
        TextEntry {
            label: qsTr("Hub address (optional)", "@label:textbox")
            text: Preferences.hubAddress
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            onEditingFinished: Preferences.hubAddress = text
        }
        // A short PIN to leave child mode quicker; the passphrase still unlocks Chorus.
        FieldLabel {
            text: App.practitionerPinSet ? qsTr("Practitioner PIN: set", "@label")
                                         : qsTr("Practitioner PIN (optional)", "@label")
        }
        BodyText {
            color: Theme.mutedText
            text: qsTr("Lets you leave a child's session with a short PIN instead of the passphrase. It never unlocks Chorus. After 3 wrong PINs the passphrase is needed.", "@info")
        }
        PassphraseField {
            id: pin

            label: qsTr("New practitioner PIN", "@label:textbox")
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            placeholderText: qsTr("New PIN (4 to 12 numbers)", "@info:placeholder")
        }
        PassphraseField {
            id: pinAgain

            label: qsTr("New practitioner PIN again", "@label:textbox")
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            placeholderText: qsTr("The same PIN again", "@info:placeholder")
        }
        MessageBanner {
            message: App.errorMessage
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Save PIN", "@action:button")
                onClicked: {
                    App.setPractitionerPin(pin.text, pinAgain.text);
                    pin.text = "";
                    pinAgain.text = "";
                }
            }
            AppButton {
                visible: App.practitionerPinSet
                text: qsTr("Remove PIN", "@action:button")
                destructive: true
                onClicked: App.removePractitionerPin()
            }
        }
        AppButton {
            text: qsTr("Done", "@action:button")
            prominent: true
            onClicked: root.done()
        }
    }
}
