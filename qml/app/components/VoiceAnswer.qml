pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls
import Chorus.Voice

// "Or say it": a voice note as an activity's answer. Offered only where the pack allows
// voice AND the participant agreed to "record my voice" (CP-5); until then no recorder is
// even made. With no microphone, VoiceNoteRecorder says so and offers typing instead.
ColumnLayout {
    id: root

    required property var activity
    readonly property bool offered: (root.activity.allowVoice ?? false) && CurrentSession.voiceAgreed
    readonly property var answer: root.activity.answer ?? ({})
    readonly property bool voiceKept: root.answer.kind === "audio"

    signal typeInsteadRequested

    function clock(ms: int): string {
        const seconds = Math.round(ms / 1000);
        return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    }

    visible: root.offered
    spacing: Theme.spacingSmall
    Layout.fillWidth: true
    Layout.fillHeight: false // a layout would otherwise take the page's spare height

    PageHeading {
        large: false
        text: qsTr("Or say it", "@title:group voice note")
    }
    BodyText {
        visible: root.voiceKept
        text: qsTr("Your voice note is kept (%1). Keeping typed words instead will replace it.", "@info:status").arg(root.clock(root.answer.voiceMs ?? 0))
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    // A Repeater of one rather than a Loader: Qt 6.4 cannot load bound inline components.
    Repeater {
        model: root.offered ? 1 : 0

        delegate: VoiceNoteRecorder {
            id: noteRecorder

            allowed: true
            maxSeconds: root.activity.maxVoiceSeconds ?? 120
            Layout.fillWidth: true
            Layout.fillHeight: false
            onKeepRequested: CurrentSession.saveVoice(root.activity.activityId, noteRecorder.voiceRecorder)
            onTypeInsteadRequested: root.typeInsteadRequested()
        }
    }
}
