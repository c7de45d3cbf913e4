import QtQuick
import Chorus.Controls

// A page's scroll bar (PageColumn), along the flickable's trailing edge: its handle shows how
// much of the page is in view and where, while the page moves or the handle is held, then
// fades, as the styles do. A press on the bar moves the page there and a drag moves it along;
// a screen reader reads how far down the page is and moves it with Increase and Decrease.
// Plain Qt Quick, not a Quick Controls template: every page scrolls in this, the unlock
// screen too, whose first frame loads no QtQuick.Templates (see ButtonBase).
Item {
    id: root

    required property Flickable flickable
    /** How much of the page is in view, and where its top is: both 0 to 1 of the page. */
    readonly property real size: Math.min(1, root.flickable.visibleArea.heightRatio)
    readonly property real position: Math.max(0, Math.min(1 - root.size, root.flickable.visibleArea.yPosition))
    readonly property real stepSize: 0.1
    // Qt 6.4's accessibility reads a value and a range from these names: how far down the
    // page is, from the top (0) to the end (1 - size).
    readonly property real value: root.position
    readonly property real minimumValue: 0
    readonly property real maximumValue: Math.max(0, 1 - root.size)

    /** Moves the page so that its top is `position` of the way down (clamped to the page). */
    function scrollTo(position: real): void {
        const view = root.flickable;
        const top = Math.max(0, Math.min(1 - root.size, position));
        view.contentY = view.originY + top * view.contentHeight;
    }
    function increase(): void {
        root.scrollTo(root.position + root.stepSize);
    }
    function decrease(): void {
        root.scrollTo(root.position - root.stepSize);
    }

    // Not in the page's content: the bar stays where it is while the page moves under it.
    parent: root.flickable
    anchors.top: parent.top
    anchors.bottom: parent.bottom
    anchors.right: parent.right // the left edge in a right-to-left language (mirrored)
    width: Theme.scrollBarWidth + 2 * Theme.scrollBarPadding

    Accessible.role: Accessible.ScrollBar
    Accessible.name: qsTr("Scroll the page", "@info:accessible")
    Accessible.onIncreaseAction: root.increase()
    Accessible.onDecreaseAction: root.decrease()

    Rectangle {
        id: handle

        readonly property real track: root.height - 2 * Theme.scrollBarPadding

        x: Theme.scrollBarPadding
        y: Theme.scrollBarPadding + root.position * handle.track
        width: Theme.scrollBarWidth
        // Never shorter than it is wide.
        height: Math.max(handle.width, root.size * handle.track)
        radius: width / 2
        color: pointer.pressed ? Theme.text : Theme.mutedText
        opacity: (root.flickable.moving || pointer.pressed) && root.size < 1.0 ? 0.75 : 0.0
        Accessible.ignored: true

        Behavior on opacity {
            NumberAnimation {
                duration: 200
            }
        }
    }
    MouseArea {
        id: pointer

        // Where in the handle it was taken (0 to 1 of the handle): the page follows the
        // pointer from there.
        property real grip: 0.5

        anchors.fill: parent
        enabled: root.size < 1.0
        preventStealing: true
        onPressed: mouse => {
            const inHandle = mouse.y >= handle.y && mouse.y <= handle.y + handle.height;
            pointer.grip = inHandle ? (mouse.y - handle.y) / handle.height : 0.5;
            pointer.follow(mouse.y);
        }
        onPositionChanged: mouse => pointer.follow(mouse.y)

        function follow(y: real): void {
            const top = y - Theme.scrollBarPadding - pointer.grip * handle.height;
            root.scrollTo(top / Math.max(1, handle.track));
        }
    }
}
