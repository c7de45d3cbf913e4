pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Voice

// Plays a voice note: play/pause, a progress bar that seeks, and the time. Space plays and
// pauses, the arrow keys move by five seconds, Home goes back to the start.
RowLayout {
    id: root

    required property VoicePlayer player

    function clock(ms: int): string {
        const seconds = Math.floor(ms / 1000);
        return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    }

    spacing: Theme.spacing
    Keys.onSpacePressed: root.player.toggle()

    AppButton {
        id: playButton

        objectName: "voicePlayButton"
        text: root.player.playing ? qsTr("Pause", "@action:button voice note") : qsTr("Listen", "@action:button voice note")
        description: qsTr("Plays your voice note", "@info:accessible")
        enabled: root.player.loaded
        onClicked: root.player.toggle()
    }
    QQC2.Slider {
        id: progress

        objectName: "voiceProgress"
        from: 0
        to: Math.max(1, root.player.durationMs)
        value: root.player.positionMs
        stepSize: 5000
        enabled: root.player.loaded
        focusPolicy: Qt.StrongFocus
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.role: Accessible.Slider
        Accessible.name: qsTr("Place in the voice note", "@label:slider")
        Accessible.description: qsTr("%1 of %2", "@info:accessible time played of total").arg(root.clock(root.player.positionMs)).arg(root.clock(root.player.durationMs))
        Keys.onSpacePressed: root.player.toggle()
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Home) {
                root.player.seek(0);
                event.accepted = true;
            }
        }
        onMoved: root.player.seek(value)
    }
    BodyText {
        text: qsTr("%1 of %2", "@info time played of total").arg(root.clock(root.player.positionMs)).arg(root.clock(root.player.durationMs))
        Accessible.ignored: true
    }
}
