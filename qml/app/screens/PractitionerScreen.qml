// No "pragma ComponentBehavior: Bound": Qt 6.4 refuses to load bound components nested in
// Loaders ("Cannot instantiate bound component outside its creation context").
import QtQuick
import QtQuick.Templates as T
import Chorus
import Chorus.Controls

// The practitioner's screens after unlocking: home, set-up, settings, sync, consent and the
// review queue. A file of
// its own, loaded by URL from Main.qml once unlocked, so that none of these pages is
// compiled before the unlock screen's first frame.
T.Control {
    id: practitioner

    property string page: "home"

    // Main.qml is a plain window: the Theme's font reaches the pages' controls from here (a
    // Control passes its font down; an Item does not). A focus scope: it has the keys itself.
    font: Theme.bodyFont
    focus: true

    Loader {
        id: homeLoader

        anchors.fill: parent
        active: practitioner.page === "home"
        visible: active
        focus: active
        sourceComponent: HomePage {}
    }
    Loader {
        id: setupLoader

        anchors.fill: parent
        active: practitioner.page === "setup"
        visible: active
        focus: active
        sourceComponent: SetupPage {}
    }
    Loader {
        id: settingsLoader

        anchors.fill: parent
        active: practitioner.page === "settings"
        visible: active
        focus: active
        sourceComponent: SettingsPage {}
    }
    Loader {
        id: syncLoader

        anchors.fill: parent
        active: practitioner.page === "sync"
        visible: active
        focus: active
        sourceComponent: SyncPage {}
    }
    Loader {
        id: consentLoader

        anchors.fill: parent
        active: practitioner.page === "consent"
        visible: active
        focus: active
        sourceComponent: ConsentPage {}
    }
    Loader {
        id: reviewQueueLoader

        anchors.fill: parent
        active: practitioner.page === "reviewQueue"
        visible: active
        focus: active
        sourceComponent: ReviewQueuePage {}
    }
    Connections {
        target: reviewQueueLoader.item as ReviewQueuePage

        function onDone(): void {
            practitioner.page = "home";
        }
    }
    Connections {
        target: homeLoader.item as HomePage

        function onNewConsultationRequested(): void {
            practitioner.page = "setup";
        }
        function onSettingsRequested(): void {
            practitioner.page = "settings";
        }
        function onSessionRequested(): void {
            practitioner.page = "consent";
        }
        function onSessionResumed(): void {
            App.enterChildMode();
        }
        function onSyncRequested(): void {
            practitioner.page = "sync";
        }
        function onReviewQueueRequested(): void {
            practitioner.page = "reviewQueue";
        }
    }
    Connections {
        target: syncLoader.item as SyncPage

        function onDone(): void {
            practitioner.page = "home";
        }
    }
    Connections {
        target: setupLoader.item as SetupPage

        function onDone(): void {
            practitioner.page = "home";
        }
    }
    Connections {
        target: settingsLoader.item as SettingsPage

        function onDone(): void {
            practitioner.page = "home";
        }
    }
    Connections {
        target: consentLoader.item as ConsentPage

        function onCancelled(): void {
            practitioner.page = "home";
        }
        function onConsentGiven(): void {
            App.enterChildMode();
        }
    }
}
