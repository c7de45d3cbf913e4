import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// A row of choices that wraps, announced as one labelled group: a screen reader says the
// group's label ("Age", "Who is saying yes or no?") before the radio buttons in it (issue 20.6).
Flow {
    id: root

    property string label: ""

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: root.label
}
