import QtQuick
import Chorus.Controls

// A choice among several (a section, a filter): filled when chosen, and said to be chosen
// to screen readers, not shown by colour alone (the chosen one also reads "chosen").
AppButton {
    id: root

    property bool selected: false

    checked: root.selected
    Accessible.checkable: true
    Accessible.checked: root.selected
    Accessible.description: root.selected ? qsTr("chosen", "@info:accessible") : ""
}
