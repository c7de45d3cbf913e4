// No "pragma ComponentBehavior: Bound": Qt 6.4 refuses to load bound components nested in
// Loaders ("Cannot instantiate bound component outside its creation context").
import QtQuick
import QtQuick.Templates as T
import Chorus
import Chorus.Controls

// Child mode: only the child's (or young person's) own session is reachable; leaving it
// needs the practitioner. Loaded by URL from Main.qml, like PractitionerScreen.
T.Control {
    id: child

    // "What the team did" for this participant, shown over their answers when they ask.
    property bool showingWeDid: false

    // Main.qml is a plain window: the Theme's font reaches the pages' controls from here (a
    // Control passes its font down; an Item does not). A focus scope: it has the keys itself.
    font: Theme.bodyFont
    focus: true

    // Leaving needs the practitioner, except on a young person's own device: it is theirs.
    // While some of their answers wait for space finishing is refused, and their page says
    // why: the practitioner's dialog is never the answer on their own device.
    function leave(): void {
        if (App.youngPersonDevice)
            App.finishOnOwnDevice();
        else
            leaveDialog.open();
    }

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
                && !CurrentSession.weDidOnly
        visible: active
        focus: active
        sourceComponent: SessionPage {}
    }
    Loader {
        id: reviewLoader

        anchors.fill: parent
        active: CurrentSession.stage === CurrentSession.Review && !CurrentSession.ownTime
        visible: active && !child.showingWeDid
        focus: active
        sourceComponent: ReviewPage {}
    }
    Loader {
        id: ownTimeLoader

        anchors.fill: parent
        active: CurrentSession.stage === CurrentSession.Review && CurrentSession.ownTime
                && !pinLoader.active
        visible: active && !child.showingWeDid
        focus: active
        sourceComponent: OwnTimePage {}
    }
    // Loaded by URL, only once asked for: nothing of it is compiled before then.
    Loader {
        id: weDidLoader

        anchors.fill: parent
        active: child.showingWeDid || CurrentSession.weDidOnly
        visible: active
        focus: active
        source: active ? "../pages/WeDidPage.qml" : ""
    }
    Connections {
        target: weDidLoader.item as WeDidPage

        function onDone(): void {
            child.showingWeDid = false;
        }
        function onPractitionerRequested(): void {
            child.leave();
        }
    }
    Connections {
        target: ownTimeLoader.item as OwnTimePage

        function onWeDidRequested(): void {
            child.showingWeDid = true;
        }
    }
    Connections {
        target: sessionLoader.item as SessionPage

        function onPractitionerRequested(): void {
            child.leave();
        }
    }
    Connections {
        target: reviewLoader.item as ReviewPage

        function onPractitionerRequested(): void {
            child.leave();
        }
        function onWeDidRequested(): void {
            child.showingWeDid = true;
        }
    }
    // Leaving ends the session (SessionController, on child mode's end).
    LeaveChildModeDialog {
        id: leaveDialog
    }
}
