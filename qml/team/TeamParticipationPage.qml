pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import Chorus.Controls
import Chorus.Team

// Evidence of coproduction (issue 19): Lundy's four elements of children's participation
// (Space, Voice, Audience, Influence) as cards, with who is not yet heard (Reach) and the
// time it takes (Resourcing), for this consultation or for all of them.
QQC2.Page {
    id: root

    property string consultation: Team.currentConsultation
    readonly property ParticipationModel model: participation

    title: qsTr("Participation", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    ParticipationModel {
        id: participation

        team: Team
        consultation: root.consultation
    }
    TeamWords {
        id: words
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Participation", "@title:page")
        }
        WorkingIndicator {
            running: participation.busy
        }
        MessageBanner {
            message: words.error(participation.errorCode, participation.errorField)
        }
        BodyText {
            text: qsTr("Who we have heard and who not yet, which ways of asking worked, whether the team listened and acted, and how long it took. Small numbers are hidden to protect children.", "@info")
        }
        ToggleRow {
            text: qsTr("Show figures for every consultation", "@option:check")
            checked: participation.allConsultations
            onToggled: participation.allConsultations = checked
        }
        Repeater {
            model: participation.cards

            delegate: ParticipationCard {
                required property var modelData

                card: modelData
            }
        }
    }
}
