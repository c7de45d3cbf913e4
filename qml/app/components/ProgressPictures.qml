pragma ComponentBehavior: Bound

import QtQuick
import Chorus.Controls

// Where the child is, as pictures: a filled dot for each activity done, a ring for the
// current one. Read out as "Activity 2 of 5".
Row {
    id: root

    property int current: 0
    property alias model: dots.model

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("Activity %1 of %2", "@info:progress").arg(root.current + 1).arg(dots.count)

    Repeater {
        id: dots

        delegate: Rectangle {
            required property int index
            required property int status

            width: Theme.progressDot
            height: Theme.progressDot
            radius: width / 2
            color: status === 1 ? Theme.progressDone : (index === root.current ? Theme.surface : Theme.progressToDo)
            border.color: index === root.current ? Theme.primary : Theme.progressToDo
            border.width: index === root.current ? Theme.focusWidth : 0
            Accessible.ignored: true
        }
    }
}
