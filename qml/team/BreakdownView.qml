pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// One of the hub's breakdowns (voices by role or by age band): the total and each cell,
// hidden counts as "hidden to protect small groups" exactly where the hub hid them.
ColumnLayout {
    id: root

    required property string heading
    required property var breakdown
    required property int threshold
    // Turns a cell's value (a role, an age band) into words.
    property var valueName: v => v

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    TeamWords {
        id: words
    }

    BodyText {
        font.bold: true
        text: root.breakdown ? qsTr("%1 (total: %2)", "@info a breakdown and its total").arg(root.heading).arg(words.count(root.breakdown.total, root.breakdown.totalSuppressed, root.threshold)) : ""
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        model: root.breakdown ? root.breakdown.cells : []

        delegate: BodyText {
            required property var modelData

            text: qsTr("%1: %2", "@info a value and its count").arg(root.valueName(modelData.value)).arg(words.cell(modelData, root.threshold))
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
