// No "pragma ComponentBehavior: Bound" here: Qt 6.4 refuses to load bound components
// nested in Loaders ("Cannot instantiate bound component outside its creation context").
import QtQuick
import Chorus
import Chorus.Controls

// The window: picks the screen from the store's state. Child mode shows only the child's
// session; quick exit replaces everything with a neutral page at once.
// Plain Qt Quick, not Quick Controls: the unlock screen (this window, UnlockPage and the
// components it uses) draws everything itself from the Theme. Registering QtQuick.Templates'
// types alone would cost its first frame about a sixth of a bare window's start, and a style
// (Fusion with Basic as its fallback) about a quarter more (bench/startup_bench). The screens
// after it use Quick Controls as they like, and give them the Theme's font themselves: only an
// ApplicationWindow would pass it down.
Window {
    id: root

    width: Theme.windowWidth
    height: Theme.windowHeight
    visible: true
    title: qsTr("Chorus", "@title:window")
    color: Theme.background
    LayoutMirroring.enabled: Preferences.rightToLeft
    LayoutMirroring.childrenInherit: true

    // The input method (the on-screen keyboard's state); a var: Qt 6.4's qmllint types
    // Qt.inputMethod as a plain QObject.
    readonly property var inputMethod: Qt.inputMethod

    // Hidden or minimised: lock (UI-1).
    onVisibilityChanged: (visibility) => {
        if (visibility === Window.Minimized || visibility === Window.Hidden)
            App.lock();
    }

    // The controls (Chorus.Controls) learn of child mode from here: text boxes refuse
    // copying anywhere while a child holds the device (UI-4).
    Binding {
        target: Navigation
        property: "childMode"
        value: App.childMode
    }

    // Screens load by URL, not as typed components: a type named in this file would be
    // compiled (with every page it names) before the first frame. Only the screen shown is
    // ever compiled; the unlock screen comes up without the practitioner's or child's pages.
    Loader {
        id: screen

        anchors.fill: parent
        // Above the on-screen keyboard while it shows (issue 15): a page scrolls its focused
        // field into what is left (PageColumn).
        anchors.bottomMargin: root.inputMethod.visible ? root.inputMethod.keyboardRectangle.height : 0
        focus: true
        source: {
            if (App.quickExitActive)
                return "pages/NeutralPage.qml";
            // The Team screens (Chorus.Team) talk to the hub, never to this device's store.
            if (Navigation.teamOpen)
                return "../Team/TeamScreen.qml";
            if (App.stage === App.FirstRun || App.onboarding)
                return "pages/FirstRunPage.qml";
            if (App.stage === App.Locked)
                return "pages/UnlockPage.qml";
            if (App.childMode)
                return "screens/ChildScreen.qml";
            return "screens/PractitionerScreen.qml";
        }
    }

    // The idle lock warns first (issue 14): over whatever is on screen, at the top.
    Loader {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        active: App.idleWarning && !App.quickExitActive
        source: "components/IdleWarning.qml"
    }

    // Qt's on-screen keyboard, when the app types through it (app/backend/onscreenkeyboard.h):
    // as tall as the keyboard, below the window's bottom edge until it is wanted.
    Loader {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.inputMethod.visible ? 0 : -height
        active: Preferences.onScreenKeyboard
        source: "components/OnScreenKeyboard.qml"
    }

    Loader {
        anchors.fill: parent
        active: App.busy
        source: "components/BusyOverlay.qml"
    }
}
