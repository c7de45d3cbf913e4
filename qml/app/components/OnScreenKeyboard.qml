import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Chorus.Controls

// Qt's on-screen keyboard (issue 15), for a tablet with no hardware keyboard: it rises from
// the bottom of the window while a text field has focus. The window's screen ends where it
// begins (Main.qml), so the focused field is scrolled above it, never under it. Its layout
// follows the app's language where Qt has one (Arabic), otherwise English (UK): Qt 6.4 has no
// Welsh layout, and English (UK) types every Welsh letter through its long-press accents.
InputPanel {
    id: root

    // A var: Qt 6.4's qmllint knows no indexOf() on a QStringList.
    readonly property var locales: VirtualKeyboardSettings.availableLocales
    readonly property string wantedLocale: ({ "en": "en_GB", "cy": "cy_GB", "ar": "ar_AR" })[Preferences.language] ?? "en_GB"

    visible: active

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.locales.indexOf(root.wantedLocale) >= 0 ? root.wantedLocale : "en_GB"
    }
}
