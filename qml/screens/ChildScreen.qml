// No "pragma ComponentBehavior: Bound": Qt 6.4 refuses to load bound components nested in
// Loaders ("Cannot instantiate bound component outside its creation context").
import QtQuick
import Chorus

// Child mode: only the child's (or young person's) own session is reachable; leaving it
// needs the practitioner. Loaded by URL from Main.qml, like PractitionerScreen.
Item {
    id: child

    Shortcut {
        sequence: "Esc"
        onActivated: App.quickExit()
    }
    // Own time: the young person first chooses the PIN they come back with.
    Loader {
        id: pinLoader

        anchors.fill: parent
        active: CurrentSession.ownTime && !CurrentSession.pinChosen
        visible: active
        focus: active
        sourceComponent: OwnTimePinPage {}
    }
    Loader {
        id: sessionLoader

        anchors.fill: parent
        active: CurrentSession.stage !== CurrentSession.Review && !pinLoader.active
        visible: active
        focus: active
        sourceComponent: SessionPage {}
    }
    Loader {
        id: reviewLoader

        anchors.fill: parent
        active: CurrentSession.stage === CurrentSession.Review && !CurrentSession.ownTime
        visible: active
        focus: active
        sourceComponent: ReviewPage {}
    }
    Loader {
        id: ownTimeLoader

        anchors.fill: parent
        active: CurrentSession.stage === CurrentSession.Review && CurrentSession.ownTime
                && !pinLoader.active
        visible: active
        focus: active
        sourceComponent: OwnTimePage {}
    }
    Connections {
        target: sessionLoader.item as SessionPage

        function onPractitionerRequested(): void {
            leaveDialog.open();
        }
    }
    Connections {
        target: reviewLoader.item as ReviewPage

        function onPractitionerRequested(): void {
            leaveDialog.open();
        }
    }
    LeaveChildModeDialog {
        id: leaveDialog

        onLeft: CurrentSession.finish()
    }
}
