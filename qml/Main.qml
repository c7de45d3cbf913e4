// No "pragma ComponentBehavior: Bound" here: Qt 6.4 refuses to load bound components
// nested in Loaders ("Cannot instantiate bound component outside its creation context").
import QtQuick
import QtQuick.Controls as QQC2
import Chorus

// The window: picks the screen from the store's state. Child mode shows only the child's
// session; quick exit replaces everything with a neutral page at once.
QQC2.ApplicationWindow {
    id: root

    width: Theme.windowWidth
    height: Theme.windowHeight
    visible: true
    title: qsTr("Chorus", "@title:window")
    color: Theme.background
    font: Theme.bodyFont
    LayoutMirroring.enabled: Preferences.rightToLeft
    LayoutMirroring.childrenInherit: true

    // Hidden or minimised: lock (UI-1).
    onVisibilityChanged: (visibility) => {
        if (visibility === Window.Minimized || visibility === Window.Hidden)
            App.lock();
    }

    Loader {
        id: screen

        anchors.fill: parent
        focus: true
        sourceComponent: {
            if (App.quickExitActive)
                return neutralScreen;
            if (App.stage === App.FirstRun || App.onboarding)
                return firstRunScreen;
            if (App.stage === App.Locked)
                return unlockScreen;
            if (App.childMode)
                return childScreen;
            return practitionerScreen;
        }
    }

    BusyOverlay {
        anchors.fill: parent
        visible: App.busy
    }

    Component {
        id: neutralScreen

        NeutralPage {}
    }
    Component {
        id: firstRunScreen

        FirstRunPage {}
    }
    Component {
        id: unlockScreen

        UnlockPage {}
    }
    // Each screen loads its pages with one Loader per page (only the current one active)
    // and handles their signals with Connections here, so that no inner component reaches
    // out to an id of an outer one (qmllint's unqualified access).
    Component {
        id: practitionerScreen

        Item {
            id: practitioner

            property string page: "home"

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
                function onReviewQueueRequested(): void {
                    practitioner.page = "reviewQueue";
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
    }
    Component {
        id: childScreen

        Item {
            id: child

            Shortcut {
                sequence: "Esc"
                onActivated: App.quickExit()
            }
            Loader {
                id: sessionLoader

                anchors.fill: parent
                active: CurrentSession.stage !== CurrentSession.Review
                visible: active
                focus: active
                sourceComponent: SessionPage {}
            }
            Loader {
                id: reviewLoader

                anchors.fill: parent
                active: CurrentSession.stage === CurrentSession.Review
                visible: active
                focus: active
                sourceComponent: ReviewPage {}
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
    }
}
