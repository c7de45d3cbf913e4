pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Sync with the hub in plain words: what waits, what was sent, what failed and why, when
// sync last succeeded; enrolment with a code from the hub, and "Sync now".
QQC2.Page {
    id: root

    signal done()

    property bool enrolFormOpen: !Sync.enrolled
    // Invite choices: how many young people's devices, and for how long (hours).
    property int inviteUses: 1
    property int inviteHours: 24
    property bool inviteReviewOnDevice: false

    // The code in groups of four, as the hub's administrator and chorusctl show it. The hub
    // may send it grouped already: its own dashes go first, or each would count as a letter.
    function readableCode(code: string): string {
        return root.plainCode(code).replace(/(.{4})(?=.)/g, "$1-");
    }
    // Only the letters and digits, for reading aloud one by one.
    function plainCode(code: string): string {
        return code.replace(/[^0-9A-Za-z]/g, "");
    }

    title: qsTr("Sync with the hub", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: Sync.refresh()

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Sync with the hub", "@title:page")
        }
        BodyText {
            text: !Sync.enrolled ? qsTr("This device is not enrolled with a hub yet. Ask the hub's administrator for an enrolment code.", "@info:status")
                : Sync.role === "participant" ? qsTr("This device is enrolled with %1 as a young person's own device.", "@info:status").arg(Sync.hubUrl)
                : qsTr("This device is enrolled with %1 as a practitioner's device.", "@info:status").arg(Sync.hubUrl)
        }
        BodyText {
            visible: Sync.enrolled
            text: Sync.lastSync.getTime() > 0 ? qsTr("Last successful sync: %1", "@info:status").arg(Sync.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
                : qsTr("Not synced successfully yet.", "@info:status")
        }
        BodyText {
            text: Sync.waiting === 0 ? qsTr("Nothing is waiting to be sent.", "@info:status")
                : qsTr("Waiting to be sent: %1", "@info:status").arg(Sync.waiting)
        }
        BodyText {
            visible: Sync.inReview > 0
            text: qsTr("Waiting for a practitioner's review before they can be sent: %1", "@info:status").arg(Sync.inReview)
        }
        BodyText {
            visible: Sync.withdrawalsConfirmed > 0
            text: qsTr("Withdrawals confirmed by the hub: %1", "@info:status").arg(Sync.withdrawalsConfirmed)
        }
        BodyText {
            visible: Sync.updatesReceived > 0
            text: qsTr("\"You said, we did\" updates received: %1", "@info:status").arg(Sync.updatesReceived)
        }
        MessageBanner {
            message: Sync.problem.length > 0 ? qsTr("The last sync did not finish: %1", "@info:status").arg(Sync.problem) : ""
        }
        MessageBanner {
            message: Sync.errorMessage
        }
        BodyText {
            visible: Sync.busy
            text: qsTr("Talking to the hub… You can carry on using Chorus meanwhile.", "@info:status")
        }
        BodyText {
            visible: Sync.lastReport.length > 0
            color: Theme.mutedText
            text: Sync.lastReport
        }
        PageHeading {
            visible: Sync.failedCount > 0
            large: false
            text: qsTr("Not accepted by the hub: %1", "@title:group").arg(Sync.failedCount)
        }
        Repeater {
            model: Sync.failures

            delegate: BodyText {
                required property var modelData

                text: qsTr("Answer %1: %2", "@info why the hub refused one item").arg(modelData.itemId).arg(modelData.reason)
            }
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                visible: Sync.enrolled
                enabled: !Sync.busy
                prominent: true
                text: Sync.busy ? qsTr("Syncing…", "@action:button") : qsTr("Sync now", "@action:button")
                onClicked: Sync.syncNow()
            }
            AppButton {
                visible: Sync.failedCount > 0
                enabled: !Sync.busy
                text: qsTr("Try the refused items again", "@action:button")
                onClicked: Sync.retryFailed()
            }
            AppButton {
                visible: Sync.enrolled && !root.enrolFormOpen
                text: qsTr("Enrol again", "@action:button")
                onClicked: root.enrolFormOpen = true
            }
        }
        ColumnLayout {
            visible: root.enrolFormOpen
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            PageHeading {
                large: false
                text: qsTr("Enrol this device with a hub", "@title:group")
            }
            FieldLabel {
                text: qsTr("Hub address", "@label:textbox")
            }
            TextEntry {
                id: hubField

                label: qsTr("Hub address", "@label:textbox")
                text: Sync.hubUrl.length > 0 ? Sync.hubUrl : Preferences.hubAddress
                placeholderText: "https://hub.example.org"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            }
            FieldLabel {
                text: App.youngPersonDevice ? qsTr("Invite code", "@label:textbox") : qsTr("Enrolment code", "@label:textbox")
            }
            TextEntry {
                id: codeField

                label: App.youngPersonDevice ? qsTr("Invite code", "@label:textbox") : qsTr("Enrolment code", "@label:textbox")
                placeholderText: "ABCD-EFGH-JKMN"
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            }
            // An invite carries the hub's certificate fingerprint: no CA file on a young
            // person's own device.
            FieldLabel {
                visible: !App.youngPersonDevice
                text: qsTr("Certificate authority file (only if your organisation uses its own)", "@label:textbox")
            }
            TextEntry {
                id: caField

                visible: !App.youngPersonDevice
                label: qsTr("Certificate authority file", "@label:textbox")
            }
            AppButton {
                enabled: !Sync.busy && hubField.text.length > 0 && codeField.text.length > 0
                prominent: true
                text: qsTr("Enrol with this code", "@action:button")
                onClicked: {
                    enrolWatch.enabled = true;
                    if (App.youngPersonDevice)
                        Sync.enrolWithInvite(hubField.text, codeField.text);
                    else
                        Sync.enrol(hubField.text, codeField.text, caField.text);
                }
            }
            // Enrolment runs off the screen's thread: the form closes when it succeeded.
            Connections {
                id: enrolWatch

                enabled: false
                target: Sync

                function onJobFinished() {
                    enrolWatch.enabled = false;
                    if (Sync.enrolled && Sync.errorMessage.length === 0) {
                        codeField.text = "";
                        root.enrolFormOpen = false;
                    }
                }
            }
        }
        // Invites: a code young people's own devices enrol with to join this consultation.
        ColumnLayout {
            visible: Sync.role !== "participant"
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            PageHeading {
                large: false
                text: qsTr("Invite young people's own devices", "@title:group")
            }
            BodyText {
                text: qsTr("Make a code that young people type on their own phone or tablet to join this consultation.", "@info")
            }
            FieldLabel {
                text: qsTr("How many devices can use the code", "@label")
            }
            ChoiceGroup {
                label: qsTr("How many devices can use the code", "@label")
                spacing: Theme.spacing

                QQC2.ButtonGroup {
                    id: usesGroup
                }
                ChoiceTile {
                    text: qsTr("One device", "@option:radio invite uses")
                    checked: root.inviteUses === 1
                    QQC2.ButtonGroup.group: usesGroup
                    onClicked: root.inviteUses = 1
                }
                ChoiceTile {
                    text: qsTr("Several devices", "@option:radio invite uses")
                    checked: root.inviteUses > 1
                    QQC2.ButtonGroup.group: usesGroup
                    onClicked: root.inviteUses = Math.max(2, usesBox.value)
                }
            }
            QQC2.SpinBox {
                id: usesBox

                visible: root.inviteUses > 1
                from: 2
                to: 100
                value: 10
                editable: true
                font: Theme.bodyFont
                implicitHeight: Theme.touchTarget
                focusPolicy: Qt.StrongFocus
                topPadding: 0
                bottomPadding: 0
                // Qt 6.4's accessibility reads its range from these names (not from/to).
                readonly property real minimumValue: from
                readonly property real maximumValue: to
                Accessible.role: Accessible.SpinBox
                Accessible.name: qsTr("Number of devices", "@label:spinbox")
                Accessible.onIncreaseAction: {
                    increase();
                    valueModified();
                }
                Accessible.onDecreaseAction: {
                    decrease();
                    valueModified();
                }
                onValueModified: root.inviteUses = value

                contentItem: TextInput {
                    text: usesBox.displayText
                    font: usesBox.font
                    color: Theme.text
                    horizontalAlignment: Qt.AlignHCenter
                    verticalAlignment: Qt.AlignVCenter
                    readOnly: !usesBox.editable
                    validator: usesBox.validator
                    inputMethodHints: Qt.ImhDigitsOnly
                    Accessible.role: Accessible.EditableText
                    Accessible.name: usesBox.Accessible.name
                }
            }
            FieldLabel {
                text: qsTr("How long the code works", "@label")
            }
            ChoiceGroup {
                label: qsTr("How long the code works", "@label")
                spacing: Theme.spacing

                QQC2.ButtonGroup {
                    id: expiryGroup
                }
                Repeater {
                    model: [
                        {hours: 24, label: qsTr("1 day", "@option:radio invite expiry")},
                        {hours: 168, label: qsTr("7 days", "@option:radio invite expiry")},
                        {hours: 720, label: qsTr("30 days", "@option:radio invite expiry")}
                    ]

                    delegate: ChoiceTile {
                        required property var modelData

                        text: modelData.label
                        checked: root.inviteHours === modelData.hours
                        QQC2.ButtonGroup.group: expiryGroup
                        onClicked: root.inviteHours = modelData.hours
                    }
                }
            }
            // The Gillick-style judgement is the practitioner's, made now: the young person's
            // own device then asks them only for their own choices.
            FieldLabel {
                text: qsTr("Your role or staff code", "@label:textbox")
            }
            TextEntry {
                id: inviteAssessor

                label: qsTr("Your role or staff code", "@label:textbox")
            }
            FieldLabel {
                text: qsTr("Why you judge that the young person can decide for themselves", "@label:textbox")
            }
            TextEntry {
                id: inviteBasis

                label: qsTr("Why you judge that the young person can decide for themselves", "@label:textbox")
            }
            // Who checks the answers before the team sees them (issue 16): the young person
            // alone, after the preview on their device, or they and the practitioner together
            // on that device. The choice travels in the QR link and with the hub's invite.
            FieldLabel {
                text: qsTr("Before the answers are shared", "@label invite")
            }
            ChoiceGroup {
                label: qsTr("Before the answers are shared", "@label invite")
                spacing: Theme.spacing

                QQC2.ButtonGroup {
                    id: checkGroup
                }
                ChoiceTile {
                    text: qsTr("The young person sends them", "@option:radio invite check")
                    checked: !root.inviteReviewOnDevice
                    QQC2.ButtonGroup.group: checkGroup
                    onClicked: root.inviteReviewOnDevice = false
                }
                ChoiceTile {
                    text: qsTr("We check them together first", "@option:radio invite check")
                    checked: root.inviteReviewOnDevice
                    QQC2.ButtonGroup.group: checkGroup
                    onClicked: root.inviteReviewOnDevice = true
                }
            }
            AppButton {
                enabled: !Sync.busy && inviteAssessor.text.trim().length > 0 && inviteBasis.text.trim().length > 0
                prominent: true
                text: qsTr("Create invite code", "@action:button")
                onClicked: Sync.createInvite(root.inviteUses, root.inviteHours, inviteAssessor.text, inviteBasis.text, root.inviteReviewOnDevice)
            }
            MessageBanner {
                message: Sync.inviteError.length > 0 ? qsTr("No invite code was made: %1", "@info:status").arg(Sync.inviteError) : ""
            }
            ColumnLayout {
                visible: Sync.inviteCode.length > 0
                spacing: Theme.spacingSmall
                Layout.fillWidth: true

                // The hub's address and the code, to copy by hand on the young person's
                // device; the code carries the hub's certificate fingerprint, so nothing else
                // is needed (issue 16).
                BodyText {
                    text: qsTr("Hub address: %1", "@info").arg(Sync.inviteHub)
                }
                BodyText {
                    text: qsTr("Invite code:", "@label")
                }
                // Large, in groups of four, in a font that tells 0 from O: read out or copied
                // by hand from across a table.
                Text {
                    text: root.readableCode(Sync.inviteText)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(Theme.fontTitle)
                    font.bold: true
                    font.letterSpacing: Math.round(Theme.fontTitle / 8)
                    wrapMode: Text.Wrap // between groups where it can
                    LayoutMirroring.enabled: false
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Invite code %1", "@info:accessible").arg(root.plainCode(Sync.inviteText).split("").join(" "))
                }
                // The same invite for a camera: the hub, the code and the whole fingerprint.
                QrCode {
                    text: Sync.inviteLink
                    dark: "black"
                    light: "white"
                    implicitWidth: Math.max(Theme.touchTarget * 4, modules * 4)
                    implicitHeight: implicitWidth
                    Layout.alignment: Qt.AlignLeft
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code of the invite, for a device with a camera", "@info:accessible")
                }
                BodyText {
                    text: qsTr("Devices that can use it: %1. It works until %2.", "@info").arg(Sync.inviteUses).arg(Sync.inviteExpires.toLocaleString(Qt.locale(), Locale.ShortFormat))
                }
                BodyText {
                    text: Sync.inviteReviewOnDevice
                        ? qsTr("The answers wait on the young person's device until you check them together.", "@info invite")
                        : qsTr("The young person sends their own answers, after a preview of what the team will see.", "@info invite")
                }
                SpeakButton {
                    textToRead: qsTr("The invite code is: %1", "@info read aloud").arg(root.plainCode(Sync.inviteText).split("").join(", "))
                }
                AppButton {
                    text: qsTr("Hide the invite code", "@action:button")
                    onClicked: Sync.clearInvite()
                }
            }
        }
        AppButton {
            text: qsTr("Done", "@action:button")
            onClicked: root.done()
        }
    }
}
