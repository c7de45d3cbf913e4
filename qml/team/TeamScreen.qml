pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus.Controls
import Chorus.Team

// The Team screens (issue 8): a reviewer signs in to the team's hub, then picks a section
// from the side list. Nothing here touches this device's store; the session lives in
// memory only and ends when the screen closes or the window is hidden.
QQC2.Page {
    id: root

    // Main.qml is a plain window: the Theme's font reaches the controls from here.
    font: Theme.bodyFont

    // The sections of the signed-in screen, in the order of the side list. Each is a page
    // of this module, loaded by URL when chosen; an admin also sees the team's devices.
    readonly property var sections: root.sectionsFor(Team.role === "admin")

    function sectionsFor(admin: bool): var {
        const devices = admin
            ? [{ title: qsTr("Devices", "@title:tab"), source: "TeamDevicesPage.qml" }] : [];
        return [
            { title: qsTr("Consultations", "@title:tab"), source: "TeamConsultationsPage.qml" },
            { title: qsTr("Feedback", "@title:tab"), source: "TeamFeedbackPage.qml" },
            { title: qsTr("Themes", "@title:tab"), source: "TeamThemesPage.qml" },
            { title: qsTr("You said, we did", "@title:tab"), source: "TeamActionsPage.qml" },
            { title: qsTr("Framework", "@title:tab"), source: "TeamFrameworkPage.qml" },
            { title: qsTr("Participation", "@title:tab"), source: "TeamParticipationPage.qml" },
            { title: qsTr("Export", "@title:tab"), source: "TeamExportPage.qml" },
            ...devices
        ];
    }
    property int currentSection: 0

    function close() {
        Team.signOut();
        Navigation.teamOpen = false;
    }

    title: qsTr("Team", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    // Leaving the window signs out, as leaving it locks the device's store (UI-1).
    Connections {
        target: root.Window.window
        function onVisibilityChanged(visibility: int) {
            if (visibility === Window.Minimized || visibility === Window.Hidden)
                Team.signOut();
        }
    }
    Connections {
        target: Team
        function onSignedInChanged() {
            if (!Team.signedIn)
                root.currentSection = 0;
        }
    }

    header: Rectangle {
        implicitHeight: bar.implicitHeight + 2 * Theme.spacingSmall
        color: Theme.surfaceWarm
        border.color: Theme.border
        border.width: Theme.borderWidth

        RowLayout {
            id: bar

            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            PageHeading {
                large: false
                text: Team.signedIn ? qsTr("Team review", "@title:page")
                                    : qsTr("Team sign-in", "@title:page")
            }
            AppButton {
                visible: Team.signedIn
                text: qsTr("Sign out", "@action:button")
                onClicked: Team.signOut()
            }
            AppButton {
                text: qsTr("Back to Chorus", "@action:button")
                description: qsTr("Signs out of the team's hub and goes back", "@info:accessible")
                onClicked: root.close()
            }
        }
    }

    Loader {
        anchors.fill: parent
        active: !Team.signedIn
        source: "TeamSignInPage.qml"
    }

    RowLayout {
        anchors.fill: parent
        visible: Team.signedIn
        spacing: 0

        // The side list of sections.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(Theme.tileMaxWidth * Theme.textScale, root.width / 3)
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Team sections", "@info:accessible")

            Flickable {
                id: sectionList

                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                clip: true
                contentHeight: sectionColumn.implicitHeight
                boundsBehavior: Flickable.StopAtBounds

                ColumnLayout {
                    id: sectionColumn

                    width: parent.width
                    spacing: Theme.spacingSmall

                    Repeater {
                        model: root.sections

                        TeamFilterButton {
                            id: tab

                            required property var modelData
                            required property int index

                            Layout.fillWidth: true
                            text: tab.modelData.title
                            selected: root.currentSection === tab.index
                            // A push button, not a page tab: Qt 6.4 offers no Press action for
                            // a page tab, so switch access and voice control could not use it.
                            onClicked: root.currentSection = tab.index
                        }
                    }
                }
            }
            // At 200% text the sections outgrow the side: Tab scrolls to the one it reaches.
            FocusInView {
                flickable: sectionList
            }
        }

        Loader {
            id: section

            Layout.fillWidth: true
            Layout.fillHeight: true
            active: Team.signedIn
            source: root.sections[root.currentSection].source
        }
    }
}
