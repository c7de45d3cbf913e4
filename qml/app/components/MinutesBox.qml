import QtQuick
import QtQuick.Controls as QQC2
import Chorus.Controls

// A number of minutes (Settings' lock times), named by the label shown above it so that a
// screen reader says what the eye reads, a full touch target high, with its range and its
// increase and decrease actions on the accessibility bus.
QQC2.SpinBox {
    id: root

    required property string label

    editable: true
    font: Theme.bodyFont
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.StrongFocus
    // Qt 6.4's accessibility reads the range from these names (not from/to).
    readonly property real minimumValue: from
    readonly property real maximumValue: to
    Accessible.role: Accessible.SpinBox
    Accessible.name: label
    Accessible.onIncreaseAction: {
        increase();
        valueModified();
    }
    Accessible.onDecreaseAction: {
        decrease();
        valueModified();
    }
    topPadding: 0
    bottomPadding: 0

    // The number box itself: named like the spin box.
    contentItem: TextInput {
        text: root.displayText
        font: root.font
        color: Theme.text
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !root.editable
        validator: root.validator
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
    }
}
