pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// The framework view: the five clusters and eighteen parameters of the conditions for
// innovation in children's social care, with what Chorus measures for coproduction and for
// learning and evaluation, for this consultation or for all of them.
QQC2.Page {
    id: root

    property string consultation: Team.currentConsultation
    readonly property FrameworkModel model: framework

    title: qsTr("Framework", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    FrameworkModel {
        id: framework

        team: Team
        consultation: root.consultation
    }
    TeamWords {
        id: words
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Framework", "@title:page")
        }
        WorkingIndicator {
            running: framework.busy
        }
        MessageBanner {
            message: words.error(framework.errorCode, framework.errorField)
        }
        BodyText {
            visible: framework.loaded
            text: qsTr("Conditions for innovation in children's social care: %1 clusters, %2 parameters. Numbers come from the feedback on the hub; parameters that Chorus does not measure say so.", "@info").arg(framework.clusters.length).arg(framework.parameterCount)
        }
        ToggleRow {
            text: qsTr("Show figures for every consultation", "@option:check")
            checked: framework.allConsultations
            onToggled: framework.allConsultations = checked
        }
        BodyText {
            visible: framework.loaded
            color: Theme.mutedText
            text: framework.allConsultations ? qsTr("Figures for every consultation on the hub.", "@info")
                                             : qsTr("Figures for this consultation.", "@info")
        }

        Repeater {
            model: framework.clusters

            delegate: ColumnLayout {
                id: cluster

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacing

                PageHeading {
                    large: false
                    text: words.frameworkTitle(cluster.modelData.id, cluster.modelData.title)
                    Accessible.name: qsTr("Cluster: %1", "@title framework cluster").arg(text)
                }
                Repeater {
                    model: cluster.modelData.parameters

                    delegate: FrameworkParameterCard {
                        required property var modelData

                        parameter: modelData
                        threshold: framework.smallNumberThreshold
                    }
                }
            }
        }
    }
}
