pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// One element of Lundy's model (or Reach, or Resourcing) as a card: each figure with its
// value in words, a simple bar where there is a share, and one plain sentence of what it
// means. A figure the hub hides reads "fewer than k" and draws no bar.
Rectangle {
    id: root

    // {element, title, purpose, rows: [{label, value, bar, hidden, sentence}]}
    required property var card

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        PageHeading {
            large: false
            text: root.card.title
            Accessible.name: qsTr("Element: %1", "@title participation card").arg(text)
        }
        BodyText {
            text: root.card.purpose
            color: Theme.mutedText
        }
        Repeater {
            model: root.card.rows

            delegate: ColumnLayout {
                id: figure

                required property var modelData

                Layout.fillWidth: true
                spacing: 0
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: %2. %3", "@info participation figure: label, value, sentence").arg(figure.modelData.label).arg(figure.modelData.value).arg(figure.modelData.sentence)

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    BodyText {
                        text: figure.modelData.label
                        font.bold: true
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                    BodyText {
                        text: figure.modelData.value
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                        color: figure.modelData.hidden ? Theme.mutedText : Theme.text
                        Accessible.ignored: true
                    }
                }
                Item {
                    visible: figure.modelData.bar >= 0
                    Layout.fillWidth: true
                    implicitHeight: Theme.spacingSmall * 2
                    Accessible.ignored: true

                    Rectangle {
                        // Anchored, so that the bar grows from the start side in RTL too.
                        anchors.left: parent.left
                        width: parent.width * Math.max(0, Math.min(1, figure.modelData.bar))
                        height: parent.height
                        radius: Theme.spacingSmall / 2
                        color: Theme.primary
                        border.color: Theme.border
                        border.width: 1
                    }
                }
                BodyText {
                    text: figure.modelData.sentence
                    color: Theme.mutedText
                    font.pixelSize: Math.round(Theme.fontSmall)
                    Accessible.ignored: true
                }
            }
        }
    }
}
