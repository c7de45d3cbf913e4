pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Voice

// A voice note as easy as a walkie-talkie: record, see that it is listening (the level
// meter and the time), pause, stop, listen back, record again or delete. It is shown only
// when `allowed` (the "record voice" consent and the activity pack both say yes); with no
// microphone it says so and offers typing. The owner saves the note on keepRequested, from
// C++ (VoiceRecorder::saveTo), so the audio goes straight into the encrypted store.
ColumnLayout {
    id: root

    property alias allowed: noteRecorder.allowed
    property alias maxSeconds: noteRecorder.maxSeconds
    readonly property VoiceRecorder voiceRecorder: noteRecorder

    signal keepRequested
    signal typeInsteadRequested

    function clock(ms: int): string {
        const seconds = Math.floor(ms / 1000);
        return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    }

    visible: noteRecorder.allowed
    spacing: Theme.spacing

    VoiceRecorder {
        id: noteRecorder

        onStateChanged: {
            if (noteRecorder.hasRecording)
                notePlayer.loadFromRecorder(noteRecorder);
            else
                notePlayer.unload();
        }
    }
    VoicePlayer {
        id: notePlayer
    }

    // No microphone is how this device is, not something that went wrong: said calmly.
    MessageBanner {
        isError: noteRecorder.microphoneAvailable
        message: !noteRecorder.microphoneAvailable ? qsTr("There is no microphone on this device. You can type your answer instead.", "@info:status") : noteRecorder.errorString
    }
    AppButton {
        objectName: "voiceTypeInstead"
        visible: !noteRecorder.microphoneAvailable
        text: qsTr("Type instead", "@action:button")
        onClicked: root.typeInsteadRequested()
    }

    RowLayout {
        visible: noteRecorder.microphoneAvailable
        spacing: Theme.spacing

        AppButton {
            objectName: "voiceRecordButton"
            prominent: true
            text: noteRecorder.active ? qsTr("Stop", "@action:button voice note") : (noteRecorder.hasRecording ? qsTr("Record again", "@action:button") : qsTr("Record my voice", "@action:button"))
            description: noteRecorder.active ? qsTr("Stops recording and keeps what you said so far", "@info:accessible") : qsTr("Records what you say. Nothing leaves this device.", "@info:accessible")
            onClicked: noteRecorder.active ? noteRecorder.stop() : noteRecorder.start()
        }
        AppButton {
            objectName: "voicePauseButton"
            visible: noteRecorder.active
            text: noteRecorder.paused ? qsTr("Carry on", "@action:button voice note") : qsTr("Pause", "@action:button voice note")
            onClicked: noteRecorder.paused ? noteRecorder.resume() : noteRecorder.pause()
        }
    }

    // The level meter: it moves when the child speaks, so they can see it is listening.
    Rectangle {
        objectName: "voiceLevel"
        visible: noteRecorder.active
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.progressDot
        radius: height / 2
        color: Theme.progressToDo
        Accessible.role: Accessible.ProgressBar
        Accessible.name: noteRecorder.paused ? qsTr("Paused", "@info:accessible voice level") : qsTr("Listening", "@info:accessible voice level")

        Rectangle {
            width: parent.width * noteRecorder.level
            height: parent.height
            radius: parent.radius
            color: Theme.progressDone
            Accessible.ignored: true

            Behavior on width {
                NumberAnimation { duration: Theme.durationShort }
            }
        }
    }
    BodyText {
        visible: noteRecorder.active
        text: qsTr("%1 of %2", "@info time recorded of the most allowed").arg(root.clock(noteRecorder.elapsedMs)).arg(root.clock(noteRecorder.maxSeconds * 1000))
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    VoiceNotePlayer {
        visible: noteRecorder.hasRecording
        player: notePlayer
        Layout.fillWidth: true
    }
    RowLayout {
        visible: noteRecorder.hasRecording
        spacing: Theme.spacing

        AppButton {
            objectName: "voiceKeepButton"
            prominent: true
            text: qsTr("Keep my voice note", "@action:button")
            onClicked: root.keepRequested()
        }
        AppButton {
            objectName: "voiceDeleteButton"
            destructive: true
            text: qsTr("Delete", "@action:button voice note")
            description: qsTr("Throws this voice note away", "@info:accessible")
            onClicked: noteRecorder.discard()
        }
    }
}
