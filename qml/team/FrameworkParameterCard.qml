pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// One parameter of the framework: its facilitator and barrier, then what the hub measured
// for it, or the hub's reason why nothing is shown. Nothing here is estimated.
Rectangle {
    id: root

    required property var parameter
    required property int threshold
    readonly property var indicators: root.parameter.indicators ?? null
    readonly property var loop: root.indicators ? (root.indicators.loopClosure ?? null) : null
    // The coproduction indicators (voices, methods, consultations active), else null.
    readonly property var copro: root.indicators && root.indicators.voicesHeard ? root.indicators : null
    readonly property bool loopSmall: !!root.loop && (words.hidden(root.loop.withPublishedAction, false, root.threshold)
                                                      || words.hidden(root.loop.records - root.loop.withPublishedAction, false, root.threshold))

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: root.indicators ? Theme.selected : Theme.border
    border.width: Theme.borderWidth

    TeamWords {
        id: words
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        PageHeading {
            large: false
            font.pixelSize: Math.round(Theme.fontBody * 1.2)
            text: words.frameworkTitle(root.parameter.id, root.parameter.title)
            Accessible.name: qsTr("Parameter: %1", "@title framework parameter").arg(text)
        }
        BodyText {
            text: qsTr("Facilitator: %1", "@info framework").arg(root.parameter.facilitator)
        }
        BodyText {
            text: qsTr("Barrier: %1", "@info framework").arg(root.parameter.barrier)
        }
        BodyText {
            visible: !root.indicators
            color: Theme.mutedText
            text: qsTr("No data: %1", "@info framework parameter without indicators").arg(words.noDataReason(root.parameter.noData ?? ""))
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("No data for %1: %2", "@info:accessible").arg(words.frameworkTitle(root.parameter.id, root.parameter.title)).arg(words.noDataReason(root.parameter.noData ?? ""))
        }

        // Coproduction: voices heard, methods used, consultations active.
        ColumnLayout {
            visible: !!root.copro
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            BreakdownView {
                heading: qsTr("Voices heard by role", "@title:group")
                breakdown: root.copro ? root.copro.voicesHeard.byRole : null
                threshold: root.threshold
                valueName: v => words.roleName(v)
            }
            BreakdownView {
                heading: qsTr("Voices heard by age band", "@title:group")
                breakdown: root.copro ? root.copro.voicesHeard.byAgeBand : null
                threshold: root.threshold
                valueName: v => words.ageBandName(v)
            }
            BodyText {
                text: root.copro ? qsTr("Methods used — creative activities: %1; words (text): %2", "@info each a count or \"hidden to protect small groups\"").arg(words.count(root.copro.methods.creative, false, root.threshold)).arg(words.count(root.copro.methods.text, false, root.threshold)) : ""
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                model: root.copro ? root.copro.methods.byKind : []

                delegate: BodyText {
                    required property var modelData

                    text: qsTr("%1: %2", "@info a value and its count").arg(words.kindName(modelData.value)).arg(words.cell(modelData, root.threshold))
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            BodyText {
                text: root.copro ? qsTr("Consultations active (feedback in the last 28 days): %1", "@info").arg(root.copro.consultationsActive) : ""
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        // Closing the loop: coproduction and learning and evaluation show the same figures.
        ColumnLayout {
            visible: !!root.loop
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            BodyText {
                // "hidden to protect small groups of 130" would not read: a hidden count gets
                // its own sentence.
                text: !root.loop ? ""
                    : !words.hidden(root.loop.withPublishedAction, false, root.threshold)
                      && !words.hidden(root.loop.records, false, root.threshold)
                    ? qsTr("Feedback with a published action: %1 of %2", "@info").arg(words.count(root.loop.withPublishedAction, false, root.threshold)).arg(words.count(root.loop.records, false, root.threshold))
                    : qsTr("Feedback with a published action: %1; all feedback: %2", "@info each a count or \"hidden to protect small groups\"").arg(words.count(root.loop.withPublishedAction, false, root.threshold)).arg(words.count(root.loop.records, false, root.threshold))
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BodyText {
                // A share of a small group would give the group away: it is left out.
                text: !root.loop ? ""
                    : root.loop.share === null ? qsTr("Share with a published action: no feedback yet", "@info")
                    : root.loopSmall ? qsTr("Share with a published action: hidden to protect small groups", "@info")
                    : qsTr("Share with a published action: %1%", "@info").arg(Math.round(root.loop.share * 100))
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BodyText {
                text: !root.loop ? ""
                    : root.loop.medianDaysToAction === null ? qsTr("Median days from feedback to action: no published action yet", "@info")
                    : qsTr("Median days from feedback to action: %1", "@info").arg(root.loop.medianDaysToAction)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
