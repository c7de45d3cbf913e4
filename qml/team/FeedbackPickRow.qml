pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// One anonymised feedback record in a list: pick it (to tag it or link it to an action),
// see its themes, and, where asked, mark it quotable. The hub decides whether quoting is
// allowed; a record without consent says so before anyone tries.
Rectangle {
    id: root

    required property var record
    required property bool picked
    property bool showQuotable: false
    readonly property string summary: words.recordSummary(root.record)

    signal pickToggled(bool on)
    signal quotableToggled()

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.picked ? Theme.selectedFill : Theme.surface
    border.color: root.picked ? Theme.selected : Theme.border
    border.width: Theme.borderWidth

    TeamWords {
        id: words
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        ToggleRow {
            text: root.summary
            checked: root.picked
            Accessible.name: qsTr("Pick: %1", "@option:check a feedback record").arg(root.summary)
            onToggled: root.pickToggled(checked)
        }
        BodyText {
            visible: root.record.themeNames.length > 0
            color: Theme.mutedText
            font.pixelSize: Math.round(Theme.fontSmall)
            text: qsTr("Themes: %1", "@info the themes a record is tagged with").arg(root.record.themeNames.join(", "))
        }
        RowLayout {
            visible: root.showQuotable
            Layout.fillWidth: true
            spacing: Theme.spacing

            AppButton {
                text: root.record.quotable ? qsTr("Quotable: yes", "@action:button") : qsTr("Quotable: no", "@action:button")
                checked: root.record.quotable
                description: root.record.quotesAllowed ? qsTr("This person agreed to be quoted.", "@info:accessible")
                                                       : qsTr("This person did not agree to be quoted.", "@info:accessible")
                Accessible.role: Accessible.CheckBox
                Accessible.name: qsTr("Quotable: %1", "@option:check a feedback record").arg(root.summary)
                Accessible.checkable: true
                Accessible.checked: root.record.quotable
                onClicked: root.quotableToggled()
            }
            BodyText {
                visible: !root.record.quotesAllowed
                color: Theme.mutedText
                font.pixelSize: Math.round(Theme.fontSmall)
                text: qsTr("No consent to quote", "@info")
            }
        }
    }
}
