pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// A horizontal bar chart: each bar has its label and its number written beside it, so
// nothing is told by length or colour alone. A hidden count draws no bar and reads
// "hidden to protect small groups", whether it is small, zero or large.
ColumnLayout {
    id: root

    property string heading: ""
    // [{label, count, suppressed, text}]
    property var bars: []
    readonly property int largest: root.bars.reduce((most, bar) => Math.max(most, bar.count), 1)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    visible: root.bars.length > 0
    Accessible.role: Accessible.Chart
    Accessible.name: root.heading

    PageHeading {
        large: false
        text: root.heading
    }
    Repeater {
        model: root.bars

        RowLayout {
            id: row

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: %2", "@info chart bar: label, count").arg(row.modelData.label).arg(row.modelData.text)

            Text {
                Layout.preferredWidth: Theme.pictureSize * 2 * Theme.textScale
                text: row.modelData.label
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.fontSmall)
                Accessible.ignored: true
            }
            Item {
                Layout.fillWidth: true
                implicitHeight: Theme.spacingLarge

                Rectangle {
                    // Anchored, so that the bar grows from the label's side in RTL too.
                    anchors.left: parent.left
                    width: parent.width * row.modelData.count / root.largest
                    height: parent.height
                    radius: Theme.spacingSmall / 2
                    color: Theme.primary
                    border.color: Theme.border
                    border.width: row.modelData.count > 0 ? 1 : 0
                }
            }
            Text {
                text: row.modelData.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.fontSmall)
                font.bold: true
                Accessible.ignored: true
            }
        }
    }
}
