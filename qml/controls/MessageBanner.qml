import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// A short message in a box: errors in the danger colour, with a word, never colour alone.
// `keepsItsPlace` holds a line's room while there is no message, so that a status such as
// "Saved" appearing never moves the controls below it under a finger (issue 14, point 12).
Rectangle {
    id: root

    property string message: ""
    property bool isError: true
    property bool keepsItsPlace: false
    readonly property bool showing: root.message.length > 0

    Layout.fillWidth: true
    visible: root.showing || root.keepsItsPlace
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: !root.showing ? "transparent" : (root.isError ? Theme.dangerFill : Theme.selectedFill)
    border.color: !root.showing ? "transparent" : (root.isError ? Theme.danger : Theme.selected)
    border.width: Theme.borderWidth
    Accessible.ignored: true

    // What a screen reader hears: a notification that appears. Orca speaks an object with the
    // notification role when it starts showing (Qt 6.4 has no announcement event), so the
    // words are shown afresh for each new message (issue 20.4).
    Text {
        id: label

        property bool fresh: false

        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: root.showing && label.fresh
        text: root.message
        wrapMode: Text.WordWrap
        color: root.isError ? Theme.danger : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.fontBody)
        Accessible.role: Accessible.Notification
        Accessible.name: root.message
    }
    // A message replacing another hides the words for one turn of the event loop and shows
    // them again, so that it is announced too.
    // (From no message to one the words appear anyway; only one message replacing another
    // needs the blink.)
    property string previous: ""
    onMessageChanged: {
        if (root.previous.length > 0 && root.message.length > 0) {
            label.fresh = false;
            refresh.restart();
        }
        root.previous = root.message;
    }

    Timer {
        id: refresh

        interval: 0
        onTriggered: label.fresh = true
    }
    Component.onCompleted: label.fresh = true
}
