pragma Singleton

import QtQuick

// Which screen the window shows besides the store's own (Main.qml): the Team screens open
// from the unlock and first-run pages and need no device store.
QtObject {
    property bool teamOpen: false
}
