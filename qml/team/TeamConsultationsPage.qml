pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// The consultations the hub holds, and for the chosen one how many voices were heard by
// role, age band and week, and its activities. Hidden counts read as the hub gives them
// ("hidden to protect small groups", small, zero or large alike), never as a guess.
QQC2.Page {
    id: root

    title: qsTr("Consultations", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    component Breakdown: ColumnLayout {
        id: breakdown

        property string heading: ""
        property var counts: ({})

        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        visible: (breakdown.counts.rows ?? []).length > 0

        PageHeading {
            large: false
            text: breakdown.heading
        }
        Repeater {
            model: breakdown.counts.rows ?? []

            BodyText {
                required property var modelData

                text: qsTr("%1: %2", "@info label: count").arg(modelData.label).arg(modelData.text)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        BodyText {
            font.bold: true
            text: qsTr("Total: %1", "@info").arg(breakdown.counts.total ?? "")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Consultations", "@title:page")
        }
        BodyText {
            visible: Team.consultations.count === 0 && !Team.busy
            text: qsTr("The hub has no consultations yet.", "@info")
        }
        MessageBanner {
            message: Team.errorMessage
        }
        AppButton {
            text: qsTr("Load the consultations again", "@action:button")
            enabled: !Team.busy
            onClicked: Team.refreshConsultations()
        }
        Repeater {
            model: Team.consultations

            TeamFilterButton {
                required property string consultationId
                required property string consultationName
                required property string recordsText
                required property bool active

                Layout.fillWidth: true
                text: active ? qsTr("%1 — voices heard: %2, active", "@action:button consultation: its id, a count or \"hidden to protect small groups\"").arg(consultationName).arg(recordsText)
                             : qsTr("%1 — voices heard: %2", "@action:button consultation: its id, a count or \"hidden to protect small groups\"").arg(consultationName).arg(recordsText)
                selected: Team.currentConsultation === consultationId
                onClicked: Team.currentConsultation = consultationId
            }
        }

        Breakdown {
            heading: qsTr("Voices heard by role", "@title:group")
            counts: Team.overview.byRole ?? ({})
        }
        Breakdown {
            heading: qsTr("Voices heard by age band", "@title:group")
            counts: Team.overview.byAgeBand ?? ({})
        }
        Breakdown {
            heading: qsTr("Voices heard by week", "@title:group")
            counts: Team.overview.byWeek ?? ({})
        }
        BodyText {
            visible: Team.currentConsultation.length > 0
            text: qsTr("Each shared answer counts as one voice: the hub cannot tell people apart. Groups smaller than %1 are not shown.", "@info").arg(Team.smallNumberThreshold)
        }

        PageHeading {
            visible: (Team.overview.activities ?? []).length > 0
            large: false
            text: qsTr("Activities", "@title:group")
        }
        Repeater {
            model: Team.overview.activities ?? []

            BodyText {
                required property var modelData

                text: modelData.promptId.length > 0
                      ? qsTr("%1 (%2) — answers: %3", "@info activity (prompt): a count or \"hidden to protect small groups\"").arg(modelData.title).arg(Team.partName(modelData.promptId)).arg(modelData.recordsText)
                      : qsTr("%1 — answers: %2", "@info activity: a count or \"hidden to protect small groups\"").arg(modelData.title).arg(modelData.recordsText)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
