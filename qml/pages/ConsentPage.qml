pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus

// Consent, done together before the tablet is handed over: what happens with the answers
// (read aloud on request), who is agreeing, the practitioner's assessment, and each scope
// one by one with "no" as easy as "yes". Saved before any answer (CP-1, CP-5).
QQC2.Page {
    id: root

    signal cancelled()
    signal consentGiven()

    property string ageBand: ""
    property string givenBy: ""
    readonly property string explanation: qsTr("We want to hear what you think. Your answers are kept locked on this tablet. The team only sees your words without your name, and only if you say yes. You can stop at any time. You can delete any answer. Saying no is fine.", "@info consent explanation for children")
    // The practitioner's judgement is needed unless a parent or carer alone decides.
    readonly property bool needsAssessment: root.givenBy !== "parent-carer"
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
        if (root.givenBy === "")
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
            "givenBy": root.givenBy,
            "assessor": assessor.text,
            "assessmentBasis": basis.text,
            "method": "tapped on tablet",
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
                SpeakButton {
                    textToRead: root.explanation
                }
            }
        }

        FieldLabel {
            text: qsTr("A made-up name for you", "@label:textbox")
        }
        TextEntry {
            id: codeName

            label: qsTr("A made-up name for you", "@label:textbox")
            maximumLength: 40
        }
        FieldLabel {
            text: qsTr("Age", "@label")
        }
        ChoiceGroup {
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
            text: qsTr("Who is saying yes or no?", "@label")
        }
        ChoiceGroup {
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
            large: false
            text: qsTr("Your choices", "@title:group")
        }
        ScopeQuestion {
            id: store

            topic: qsTr("keep my answers on this tablet", "@info consent scope")
            question: qsTr("Can we keep your answers locked on this tablet?", "@info consent scope")
            explanation: qsTr("If you say no, we stop here. That is fine.", "@info")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: share

            topic: qsTr("share my words without my name", "@info consent scope")
            question: qsTr("Can the team see your words, without your name?", "@info consent scope")
            // Issue 19: the participation record goes with this scope, so it is said here.
            explanation: qsTr("If you say yes, the team also sees how long we took, which activities you did or skipped, the faces you picked, and if you used help like reading aloud or big writing. Never your name. If you change your mind, we delete all of it.", "@info consent scope")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: quotes

            topic: qsTr("use my words as a quote", "@info consent scope")
            question: qsTr("Can the team use your words as a quote, without your name?", "@info consent scope")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: voice

            topic: qsTr("record my voice", "@info consent scope")
            question: qsTr("Can we record your voice? It never leaves this tablet.", "@info consent scope")
            Layout.fillWidth: true
        }
        ScopeQuestion {
            id: drawings

            topic: qsTr("share my drawings", "@info consent scope")
            question: qsTr("Can the team see your drawings, without your name?", "@info consent scope")
            Layout.fillWidth: true
        }

        PageHeading {
            large: false
            text: qsTr("For the practitioner", "@title:group")
        }
        FieldLabel {
            text: qsTr("Your role or staff code", "@label:textbox")
        }
        TextEntry {
            id: assessor

            label: qsTr("Your role or staff code", "@label:textbox")
        }
        FieldLabel {
            text: qsTr("Why you judge that the child understands", "@label:textbox")
        }
        TextEntry {
            id: basis

            label: qsTr("Why you judge that the child understands", "@label:textbox")
        }
        BodyText {
            visible: !root.complete
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
                text: qsTr("Save and hand over", "@action:button")
                description: qsTr("Saves the consent and gives the tablet to the child", "@info:accessible")
                prominent: true
                enabled: root.complete
                Layout.fillWidth: true
                onClicked: root.save()
            }
        }
    }
}
