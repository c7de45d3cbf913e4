pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Consent, done together before the tablet is handed over: what happens with the answers
// (read aloud on request), who is agreeing, the practitioner's assessment, and each scope
// one by one with "no" as easy as "yes". Saved before any answer (CP-1, CP-5).
// On a young person's own device (issue 16) the young person decides alone, in words for
// them; the practitioner's judgement that they can was made when the invite was made, so it
// is not asked of them.
QQC2.Page {
    id: root

    signal cancelled()
    signal consentGiven()

    property string ageBand: ""
    property string givenBy: ""
    readonly property bool ownDevice: App.youngPersonDevice
    // "Start in their own time" on a practitioner's tablet (issues 14.13 and 16): first the
    // practitioner records their judgement, then the young person makes their own choices in
    // words for them (and next chooses their PIN).
    readonly property bool ownTimeOnTablet: CurrentSession.ownTime && !root.ownDevice
    property bool judgementDone: false
    readonly property bool showYoung: !root.ownTimeOnTablet || root.judgementDone
    readonly property bool showPractitioner: !root.ownDevice && (!root.ownTimeOnTablet || !root.judgementDone)
    readonly property bool youngDecides: root.ownDevice || root.ownTimeOnTablet
    readonly property string explanation: root.ownTimeOnTablet
        ? qsTr("We want to hear what you think, in your own time. Your answers are locked on this device with a PIN you choose. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.", "@info consent explanation for answering in their own time")
        : root.ownDevice
        ? qsTr("We want to hear what you think. Your answers are locked on your phone or tablet with your PIN. You choose what the team can see, and they never see your name. You can stop at any time, and delete any answer before you send it. Saying no is fine.", "@info consent explanation on the young person's own device")
        : qsTr("We want to hear what you think. Your answers are kept locked on this tablet. The team only sees your words without your name, and only if you say yes. You can stop at any time. You can delete any answer. Saying no is fine.", "@info consent explanation for children")
    // On their own device: where their answers go when they press Send, as the invite chose
    // (issue 16): straight to the team, or first a check with their practitioner.
    readonly property string sendingPath: !root.ownDevice ? ""
        : Sync.reviewOnDevice
        ? qsTr("When you have finished, your answers wait on your phone or tablet. You and your practitioner check them together, and only then do they go to the team.", "@info consent on the young person's own device, answers checked with the practitioner")
        : qsTr("When you press Send, your answers go straight to the team. Nobody checks them first, so look at the preview before you send.", "@info consent on the young person's own device, answers sent by them")
    // The practitioner's judgement is needed unless a parent or carer alone decides.
    // On the young person's own device it was made with the invite.
    readonly property bool needsAssessment: root.givenBy !== "parent-carer" && !root.ownDevice
    readonly property bool codeNameTaken: codeName.text.trim().length > 0 && CurrentSession.codeNameTaken(codeName.text)
    // What is still missing, in words, so the page never saves something it can see is wrong
    // (a refused save used to leave a hidden participant behind).
    readonly property var missing: {
        const out = [];
        if (codeName.text.trim().length === 0)
            out.push(qsTr("a made-up name", "@info consent still missing"));
        else if (root.codeNameTaken)
            out.push(qsTr("a made-up name nobody else in this consultation has", "@info consent still missing"));
        if (root.ageBand === "")
            out.push(qsTr("an age", "@info consent still missing"));
        if (root.givenBy === "" && !root.youngDecides)
            out.push(qsTr("who is saying yes or no", "@info consent still missing"));
        if (!(store.answered && share.answered && quotes.answered && voice.answered && drawings.answered))
            out.push(qsTr("an answer to each choice", "@info consent still missing"));
        if (root.needsAssessment && assessor.text.trim().length === 0)
            out.push(qsTr("your role or staff code", "@info consent still missing"));
        if (root.needsAssessment && basis.text.trim().length === 0)
            out.push(qsTr("why you judge that the child understands", "@info consent still missing"));
        return out;
    }
    readonly property bool complete: root.missing.length === 0

    title: qsTr("Before we start", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    function save(): void {
        const young = root.ageBand === "under-5" || root.ageBand === "5-7" || root.ageBand === "8-11";
        const ok = CurrentSession.giveConsent({
            "codeName": codeName.text,
            "ageBand": root.ageBand,
            "role": root.ageBand === "adult" ? "parent" : (young ? "child" : "young-person"),
            // On their own device: kept with the consent as records, not shown; the judgement's
            // own words stay on the practitioner's device, with the invite.
            "givenBy": root.youngDecides ? "child" : root.givenBy,
            "assessor": root.ownDevice ? "practitioner who made the invite" : assessor.text,
            "assessmentBasis": root.ownDevice ? "judged by the practitioner when the invite was made" : basis.text,
            "method": root.ownDevice ? "tapped on own device" : "tapped on tablet",
            "store": store.agreed,
            "share": share.agreed,
            "quotes": quotes.agreed,
            "voice": voice.agreed,
            "drawings": drawings.agreed
        });
        if (ok)
            root.consentGiven();
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Before we start", "@title:page")
        }
        Rectangle {
            visible: root.showYoung
            Layout.fillWidth: true
            implicitHeight: explanationColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surfaceWarm

            ColumnLayout {
                id: explanationColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                BodyText {
                    text: root.explanation
                    font.pixelSize: Math.round(Theme.fontHeading)
                }
                BodyText {
                    visible: root.sendingPath.length > 0
                    text: root.sendingPath
                    font.pixelSize: Math.round(Theme.fontHeading)
                }
                SpeakButton {
                    textToRead: root.sendingPath.length > 0 ? root.explanation + " " + root.sendingPath : root.explanation
                }
            }
        }

        FieldLabel {
            visible: root.showYoung
            text: qsTr("A made-up name for you", "@label:textbox")
        }
        TextEntry {
            id: codeName

            visible: root.showYoung
            label: qsTr("A made-up name for you", "@label:textbox")
            maximumLength: 40
        }
        FieldLabel {
            visible: root.showYoung
            text: qsTr("Age", "@label")
        }
        ChoiceGroup {
            visible: root.showYoung
            label: qsTr("Age", "@label")

            Repeater {
                model: [
                    { "band": "5-7", "label": qsTr("5 to 7", "@option:radio age") },
                    { "band": "8-11", "label": qsTr("8 to 11", "@option:radio age") },
                    { "band": "12-15", "label": qsTr("12 to 15", "@option:radio age") },
                    { "band": "16-17", "label": qsTr("16 or 17", "@option:radio age") },
                    { "band": "adult", "label": qsTr("Grown-up", "@option:radio age") }
                ]

                delegate: ChoiceTile {
                    required property var modelData

                    text: modelData.label
                    checked: root.ageBand === modelData.band
                    onClicked: root.ageBand = modelData.band
                }
            }
        }
        FieldLabel {
            visible: !root.youngDecides
            text: qsTr("Who is saying yes or no?", "@label")
        }
        ChoiceGroup {
            visible: !root.youngDecides
            label: qsTr("Who is saying yes or no?", "@label")

            Repeater {
                model: [
                    { "giver": "child", "label": qsTr("The child or young person", "@option:radio consent giver") },
                    { "giver": "parent-carer", "label": qsTr("A parent or carer", "@option:radio consent giver") },
                    { "giver": "both", "label": qsTr("Both together", "@option:radio consent giver") }
                ]

                delegate: ChoiceTile {
                    required property var modelData

                    text: modelData.label
                    checked: root.givenBy === modelData.giver
                    onClicked: root.givenBy = modelData.giver
                }
            }
        }

        PageHeading {
            visible: root.showYoung
            large: false
            text: qsTr("Your choices", "@title:group")
        }
        ScopeQuestion {
            id: store

            visible: root.showYoung
            topic: qsTr("keep my answers on this tablet", "@info consent scope")
            question: root.ownDevice ? qsTr("Can Chorus keep your answers locked on your phone or tablet?", "@info consent scope")
                : qsTr("Can we keep your answers locked on this tablet?", "@info consent scope")
            // Issue 19: a "no", and a later change of mind, are counted by the team: said here.
            explanation: qsTr("If you say no, we stop here. That is fine. The team only finds out that someone said no or changed their mind, never who or why.", "@info")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: share

            visible: root.showYoung
            topic: qsTr("share my words without my name", "@info consent scope")
            question: qsTr("Can the team see your words, without your name?", "@info consent scope")
            // Issue 19: the participation record goes with this scope, so it is said here.
            explanation: qsTr("If you say yes, the team also sees how long we took, which activities you did or skipped, the faces you picked, and if you used help like reading aloud or big writing. Never your name. If you change your mind, we delete all of it.", "@info consent scope")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: quotes

            visible: root.showYoung
            topic: qsTr("use my words as a quote", "@info consent scope")
            question: qsTr("Can the team use your words as a quote, without your name?", "@info consent scope")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: voice

            visible: root.showYoung
            topic: qsTr("record my voice", "@info consent scope")
            question: root.ownDevice ? qsTr("Can Chorus record your voice? It never leaves your phone or tablet.", "@info consent scope")
                : qsTr("Can we record your voice? It never leaves this tablet.", "@info consent scope")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: drawings

            visible: root.showYoung
            topic: qsTr("share my drawings", "@info consent scope")
            question: qsTr("Can the team see your drawings, without your name?", "@info consent scope")
            Layout.fillWidth: true
        }

        PageHeading {
            visible: root.showPractitioner
            large: false
            text: qsTr("For the practitioner", "@title:group")
        }
        FieldLabel {
            visible: root.showPractitioner
            text: qsTr("Your role or staff code", "@label:textbox")
        }
        TextEntry {
            id: assessor

            visible: root.showPractitioner
            label: qsTr("Your role or staff code", "@label:textbox")
        }
        FieldLabel {
            visible: root.showPractitioner
            text: qsTr("Why you judge that the child understands", "@label:textbox")
        }
        TextEntry {
            id: basis

            visible: root.showPractitioner
            label: qsTr("Why you judge that the child understands", "@label:textbox")
        }
        // Own time on a tablet: the practitioner's part ends by handing over to the young person.
        AppButton {
            visible: root.ownTimeOnTablet && !root.judgementDone
            text: qsTr("Hand over to the young person", "@action:button")
            description: qsTr("The young person makes their own choices next, then chooses their PIN", "@info:accessible")
            prominent: true
            enabled: assessor.text.trim().length > 0 && basis.text.trim().length > 0
            onClicked: {
                root.judgementDone = true;
                codeName.forceActiveFocus();
            }
        }
        BodyText {
            visible: !root.complete && root.showYoung
            color: Theme.mutedText
            text: qsTr("Still needed: %1", "@info %1 lists what the consent form is missing").arg(root.missing.join(qsTr(", ", "@info list separator")))
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        MessageBanner {
            message: CurrentSession.errorMessage
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            AppButton {
                text: qsTr("Cancel", "@action:button")
                onClicked: {
                    CurrentSession.clear();
                    root.cancelled();
                }
            }
            AppButton {
                visible: root.showYoung
                text: root.youngDecides ? qsTr("Save my choices and start", "@action:button") : qsTr("Save and hand over", "@action:button")
                description: root.youngDecides ? qsTr("Saves your choices, then the questions begin", "@info:accessible")
                    : qsTr("Saves the consent and gives the tablet to the child", "@info:accessible")
                prominent: true
                enabled: root.complete
                Layout.fillWidth: true
                onClicked: root.save()
            }
        }
    }
}
