pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Voice

// The voice note controls, made only once voice is allowed (the pack and the consent): the
// recorder opens the audio system, which must not happen for a child who did not agree to
// voice. Made with createObject, because Qt 6.4's Loader refuses a bound inline component.
ColumnLayout {
    id: root

    property bool allowed: false
    property int maxSeconds: 120
    property VoiceNoteRecorder recorder: null

    signal keepRequested(recorder: QtObject)
    signal typeInsteadRequested

    function make(): void {
        if (root.allowed && root.recorder === null)
            root.recorder = recorderComponent.createObject(root) as VoiceNoteRecorder;
    }

    visible: root.allowed
    spacing: 0
    onAllowedChanged: root.make()
    Component.onCompleted: root.make()

    Component {
        id: recorderComponent

        VoiceNoteRecorder {
            allowed: root.allowed
            maxSeconds: root.maxSeconds
            Layout.fillWidth: true
            onKeepRequested: root.keepRequested(voiceRecorder)
            onTypeInsteadRequested: root.typeInsteadRequested()
        }
    }
}
