import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// A status line that a screen reader speaks each time it changes ("Mum picked up. Now choose
// a circle.", "… put in …"). Qt 6.4 has no announcement event (Accessible.announce and
// QAccessibleAnnouncementEvent come with Qt 6.8), and Orca 43 says nothing when an alert's
// name changes; it speaks an object of the notification role when it starts showing
// (default.py, onShowingChanged). So the words are shown afresh for every new message, as
// MessageBanner does; the line keeps its room meanwhile, so nothing below it moves (issue 20.4).
Item {
    id: root

    property string message: ""
    property color color: Theme.mutedText
    property string previous: ""

    Layout.fillWidth: true
    visible: root.message.length > 0
    implicitHeight: words.implicitHeight
    onMessageChanged: {
        if (root.previous.length > 0 && root.message.length > 0) {
            words.fresh = false;
            refresh.restart();
        }
        root.previous = root.message;
    }

    BodyText {
        id: words

        property bool fresh: true

        anchors.left: parent.left
        anchors.right: parent.right
        visible: words.fresh
        text: root.message
        color: root.color
        Accessible.role: Accessible.Notification
        Accessible.name: root.message
    }
    Timer {
        id: refresh

        interval: 0
        onTriggered: words.fresh = true
    }
}
