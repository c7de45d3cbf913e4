pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Drawing, with an optional caption typed or (where the pack and the consent allow) spoken.
// The drawing is kept as the child goes (a moment after each change, and on leaving), with
// its marks, so that coming back carries on where they left off.
ColumnLayout {
    id: root

    required property var activity
    readonly property string activityId: root.activity.activityId ?? ""
    property string openId: ""
    property int savedRevision: 0
    property string savedCaption: ""
    property bool hasSaved: false
    property bool ready: false

    function keep(): bool {
        saveTimer.stop();
        const ok = CurrentSession.saveDrawing(root.openId, "", board.canvas, caption.text);
        if (ok) {
            root.hasSaved = true;
            root.savedRevision = board.canvas.revision;
            root.savedCaption = caption.text;
        }
        return ok;
    }
    function keepIfChanged(): void {
        const changed = board.canvas.revision !== root.savedRevision || caption.text !== root.savedCaption;
        // Clean paper is saved only over an earlier drawing (the child cleared it).
        if (changed && root.openId.length > 0 && (!board.canvas.empty || root.hasSaved))
            root.keep();
    }
    // Shows this activity's saved drawing, or clean paper; the page may reuse this item
    // for the next drawing activity, so whatever was open is kept first.
    function open(): void {
        root.keepIfChanged();
        board.canvas.reset();
        caption.text = "";
        root.openId = root.activityId;
        const answer = root.activity.answer ?? ({});
        root.hasSaved = answer.responseId !== undefined;
        if (root.hasSaved && CurrentSession.restoreDrawing(root.activityId, "", board.canvas))
            caption.text = answer.text ?? "";
        root.savedRevision = board.canvas.revision;
        root.savedCaption = caption.text;
    }

    spacing: Theme.spacingLarge
    onActivityIdChanged: {
        if (root.ready)
            root.open();
    }
    Component.onCompleted: {
        root.open();
        root.ready = true;
    }
    Component.onDestruction: root.keepIfChanged()

    Timer {
        id: saveTimer

        interval: 1500
        onTriggered: root.keepIfChanged()
    }
    Connections {
        target: CurrentSession
        function onLeavingActivity(): void {
            root.keepIfChanged();
        }
    }
    Connections {
        target: board.canvas
        function onRevisionChanged(): void {
            saveTimer.restart();
        }
    }

    QuestionText {
        text: root.activity.prompt ?? ""
    }
    SpeakButton {
        textToRead: root.activity.prompt ?? ""
    }
    DrawingBoard {
        id: board

        Layout.fillWidth: true
    }
    TextEntry {
        id: caption

        childWords: true
        label: qsTr("Words for my drawing (if you like)", "@label:textbox")
        placeholderText: label
        onTextEdited: saveTimer.restart()
    }
    VoiceNoteSlot {
        allowed: root.activity.allowVoice ?? false
        maxSeconds: root.activity.maxVoiceSeconds ?? 120
        Layout.fillWidth: true
        onKeepRequested: recorder => CurrentSession.saveVoice(root.activityId, recorder, "caption")
        onTypeInsteadRequested: caption.forceActiveFocus()
    }
    AppButton {
        text: qsTr("Keep my drawing", "@action:button")
        prominent: true
        enabled: !board.canvas.empty
        onClicked: root.keep()
    }
}
