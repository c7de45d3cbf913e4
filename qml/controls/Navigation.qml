pragma Singleton

import QtQuick

// Which screen the window shows besides the store's own (Main.qml): the Team screens open
// from the unlock and first-run pages and need no device store. And whether a child holds
// the device, for the controls that behave differently then (TextEntry refuses copying):
// Main.qml keeps it equal to App.childMode, which this module cannot import.
QtObject {
    property bool teamOpen: false
    property bool childMode: false
}
