pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Who is important to me: the child puts people (by role, or a made-up word they type; never
// a real name asked for) in circles around "Me", closest in the middle. By drag and drop, or
// with keys or a switch: pick someone, then choose a circle. Every change is saved.
Item {
    id: root

    required property var activity
    readonly property string activityId: root.activity.activityId ?? ""
    readonly property int maxPeople: 20
    // Who can go in the circles, in the one wording of the roles (AnswerWords, through the
    // session): [{role, word}].
    readonly property var roles: root.activity.roles ?? []
    readonly property var places: [
        { "place": "ring-1", "word": qsTr("Closest to me", "@action:button circles") },
        { "place": "ring-2", "word": qsTr("Close to me", "@action:button circles") },
        { "place": "ring-3", "word": qsTr("A bit further away", "@action:button circles") },
        { "place": "outside", "word": qsTr("Outside the circles", "@action:button circles") }
    ]
    // Everyone on the map: {key, role or label, place}. `held` is the key of the person
    // picked up (a new one has no place yet), -1 when nobody is.
    property var people: []
    property var newPerson: null
    property int held: -1
    property int nextKey: 0
    property string announcement: ""
    property string shownActivity: ""
    property bool dragging: false
    property point dragPoint: Qt.point(0, 0)
    property string dragTarget: ""

    function wordFor(person: var): string {
        if (!person)
            return "";
        if (person.role !== undefined) {
            const r = root.roles.find(x => x.role === person.role);
            return r ? r.word : person.role;
        }
        return person.label ?? "";
    }
    function placeWord(place: string): string {
        const p = root.places.find(x => x.place === place);
        return p ? p.word : "";
    }
    function heldPerson(): var {
        if (root.newPerson && root.newPerson.key === root.held)
            return root.newPerson;
        return root.people.find(p => p.key === root.held) ?? null;
    }
    function announce(words: string): void {
        root.announcement = words;
        ReadAloud.speak(words);
    }
    function restore(): void {
        if (root.activityId === root.shownActivity)
            return; // the saved answer is what is on the map already
        root.shownActivity = root.activityId;
        const saved = ((root.activity.answer ?? ({})).value ?? ({})).circles ?? [];
        root.people = saved.map((p, i) => Object.assign({ "key": i }, p));
        root.nextKey = saved.length;
        root.held = -1;
        root.newPerson = null;
        root.announcement = "";
    }
    function add(person: var): void {
        if (root.people.length >= root.maxPeople) {
            root.announce(qsTr("The circles are full: take someone out first.", "@info:status circles"));
            return;
        }
        person.key = root.nextKey++;
        root.newPerson = person;
        root.held = person.key;
        placeButtons.itemAt(0)?.forceActiveFocus();
        root.announce(qsTr("%1 picked up. Now choose a circle.", "@info:status circles").arg(root.wordFor(person)));
    }
    function addLabel(): void {
        const label = labelField.text.trim();
        if (label.length === 0) {
            root.announce(qsTr("Type a word first.", "@info:status circles"));
            return;
        }
        labelField.text = "";
        root.add({ "label": label });
    }
    function pickUp(key: int): void {
        root.newPerson = null;
        root.held = key;
        root.announce(qsTr("%1 picked up. Now choose a circle.", "@info:status circles").arg(root.wordFor(root.heldPerson())));
    }
    function putIn(place: string): void {
        const person = root.heldPerson();
        if (!person) {
            root.announce(qsTr("Pick someone first.", "@info:status circles"));
            return;
        }
        let next = root.people.filter(p => p.key !== person.key);
        next.push(Object.assign({}, person, { "place": place }));
        root.newPerson = null;
        root.held = -1;
        root.people = next;
        root.announce(qsTr("%1 put in %2.", "@info:status circles: person, circle").arg(root.wordFor(person)).arg(root.placeWord(place)));
        root.save();
    }
    function takeOut(): void {
        const person = root.heldPerson();
        const key = root.held;
        root.newPerson = null;
        root.held = -1;
        root.people = root.people.filter(p => p.key !== key);
        if (person)
            root.announce(qsTr("%1 taken out.", "@info:status circles").arg(root.wordFor(person)));
        root.save();
    }
    function cancel(): void {
        root.newPerson = null;
        root.held = -1;
    }
    function save(): void {
        // Only the role or the made-up label and the circle: nothing else is kept.
        const circles = root.people.map(p => p.role !== undefined ? { "role": p.role, "place": p.place } : { "label": p.label, "place": p.place });
        if (circles.length > 0)
            CurrentSession.saveStructured(root.activityId, { "circles": circles });
    }
    // Where a point of the scene falls: a circle by its distance from "Me", or the outside box.
    function placeAt(scenePoint: point): string {
        const inOutside = outsideBox.mapFromItem(null, scenePoint.x, scenePoint.y);
        if (outsideBox.contains(inOutside))
            return "outside";
        const p = map.mapFromItem(null, scenePoint.x, scenePoint.y);
        if (!map.contains(p))
            return "";
        const d = Math.hypot(p.x - map.width / 2, p.y - map.height / 2) / (map.width / 2);
        return d <= map.ring1 ? "ring-1" : d <= map.ring2 ? "ring-2" : d <= 1 ? "ring-3" : "outside";
    }
    // How far from the middle a chip of this size at this angle must sit, at least `from`,
    // so that no part of it covers "Me" (at 200% text a chip in the closest circle did).
    function clearOfMe(angle: real, halfWidth: real, halfHeight: real, from: real): real {
        const clearance = map.centreSize / 2 + Theme.spacingSmall;
        let d = from;
        for (let i = 0; i < 400; ++i, d += 2) {
            const gapX = Math.max(0, Math.abs(d * Math.cos(angle)) - halfWidth);
            const gapY = Math.max(0, Math.abs(d * Math.sin(angle)) - halfHeight);
            if (Math.hypot(gapX, gapY) >= clearance)
                break;
        }
        return d;
    }
    function dragStart(person: var): void {
        if (person.key === undefined)
            root.add(person);
        else
            root.pickUp(person.key);
        root.dragging = true;
    }
    function dragMove(scenePoint: point): void {
        root.dragPoint = root.mapFromItem(null, scenePoint.x, scenePoint.y);
        root.dragTarget = root.placeAt(scenePoint);
    }
    function dragEnd(): void {
        const target = root.dragTarget;
        root.dragging = false;
        root.dragTarget = "";
        if (target !== "")
            root.putIn(target);
        else
            root.cancel();
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    onActivityChanged: root.restore()
    Component.onCompleted: root.restore()

    ColumnLayout {
        id: column

        width: root.width
        spacing: Theme.spacing

        QuestionText {
            text: root.activity.prompt ?? ""
        }
        BodyText {
            text: qsTr("Tap someone, then tap a circle. You can also drag them onto the circles. You do not need to use anyone's real name.", "@info circles")
            color: Theme.mutedText
        }
        SpeakButton {
            textToRead: [root.activity.prompt ?? ""].concat(root.roles.map(r => r.word)).concat(root.places.map(p => p.word)).join(". ")
        }

        // Who can go in the circles: roles, and a made-up word the child types.
        Flow {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Repeater {
                model: root.roles

                delegate: SortCard {
                    required property var modelData

                    text: modelData.word
                    description: qsTr("Add to the circles", "@info:accessible circles")
                    Accessible.name: qsTr("Add %1", "@action:button circles: person").arg(modelData.word)
                    onClicked: root.add({ "role": modelData.role })
                    onDragStarted: root.dragStart({ "role": modelData.role })
                    onDragMoved: scenePosition => root.dragMove(scenePosition)
                    onDragEnded: root.dragEnd()
                }
            }
        }
        RowLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            TextEntry {
                id: labelField

                childWords: true
                label: qsTr("Someone else: a word for them", "@label circles")
                placeholderText: qsTr("Someone else: a word for them", "@label circles")
                maximumLength: 40
                onAccepted: root.addLabel()
            }
            AppButton {
                text: qsTr("Add", "@action:button circles")
                description: qsTr("Adds the person you typed", "@info:accessible circles")
                onClicked: root.addLabel()
            }
        }

        // The person picked up, and the four places they can go.
        // Always one line tall, so that the circles do not jump under a finger starting a drag.
        BodyText {
            text: root.held >= 0 ? qsTr("Where does %1 go?", "@info circles").arg(root.wordFor(root.heldPerson())) : " "
            font.bold: true
            Accessible.ignored: root.held < 0
        }
        Flow {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Repeater {
                id: placeButtons

                model: root.places

                delegate: AppButton {
                    required property var modelData

                    text: modelData.word
                    prominent: root.held >= 0
                    onClicked: root.putIn(modelData.place)
                    Keys.onEscapePressed: root.cancel()
                }
            }
            AppButton {
                visible: root.held >= 0 && root.newPerson === null
                text: qsTr("Take off the map", "@action:button circles")
                destructive: true
                onClicked: root.takeOut()
            }
        }

        // The map: "Me" in the middle, three circles around, people placed round each one.
        Item {
            id: map

            readonly property real ring1: 0.42
            readonly property real ring2: 0.71
            readonly property real centreSize: width * 0.2

            objectName: "circlesMap"
            Layout.alignment: Qt.AlignHCenter
            // Larger text, larger circles: the chips keep room round "Me".
            Layout.preferredWidth: Math.min(column.width, Theme.pageMaxWidth * Math.min(1, 0.65 * Theme.textScale))
            Layout.preferredHeight: Layout.preferredWidth

            Repeater {
                model: [1, map.ring2, map.ring1]

                delegate: Rectangle {
                    required property real modelData
                    required property int index

                    width: map.width * modelData
                    height: width
                    x: (map.width - width) / 2
                    y: (map.height - height) / 2
                    radius: width / 2
                    color: root.dragTarget === root.places[2 - index].place ? Theme.selectedFill
                         : (index % 2 === 0 ? Theme.surfaceWarm : Theme.surface)
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    Accessible.ignored: true
                }
            }
            Rectangle {
                objectName: "circlesMe"
                width: map.centreSize
                height: width
                anchors.centerIn: parent
                radius: width / 2
                color: Theme.primary
                Accessible.ignored: true

                Text {
                    anchors.centerIn: parent
                    text: qsTr("Me", "@label centre of the circles")
                    color: Theme.textOnPrimary
                    font: Theme.bodyFont
                    Accessible.ignored: true
                }
            }
            Repeater {
                model: root.people.filter(p => p.place !== "outside")

                delegate: SortCard {
                    id: chip

                    required property var modelData
                    readonly property var ring: root.people.filter(p => p.place === chip.modelData.place)
                    readonly property int slot: chip.ring.findIndex(p => p.key === chip.modelData.key)
                    readonly property int ringNumber: ["ring-1", "ring-2", "ring-3"].indexOf(chip.modelData.place)
                    // Half-way through the circle's band, spread evenly round it, and never
                    // over "Me".
                    readonly property real angle: 2 * Math.PI * chip.slot / Math.max(1, chip.ring.length) - Math.PI / 2 + chip.ringNumber * 0.5
                    readonly property real distance: root.clearOfMe(chip.angle, chip.width / 2, chip.height / 2,
                                                                    map.width / 2 * [(0.1 + map.ring1) / 2, (map.ring1 + map.ring2) / 2, (map.ring2 + 1) / 2][chip.ringNumber])

                    objectName: "circlesChip"
                    text: root.wordFor(modelData)
                    held: root.held === modelData.key
                    description: root.placeWord(modelData.place)
                    // Whole words always (a chip broke "Grand-parent" at 200% text).
                    implicitWidth: Math.max(Theme.touchTarget * 2, chip.wholeWordsWidth,
                                            Math.min(map.width * 0.3, implicitContentWidth + leftPadding + rightPadding))
                    x: map.width / 2 + chip.distance * Math.cos(chip.angle) - width / 2
                    y: map.height / 2 + chip.distance * Math.sin(chip.angle) - height / 2
                    z: held ? 2 : 1
                    onClicked: root.held === modelData.key ? root.cancel() : root.pickUp(modelData.key)
                    onDragStarted: root.dragStart(modelData)
                    onDragMoved: scenePosition => root.dragMove(scenePosition)
                    onDragEnded: root.dragEnd()
                    Keys.onEscapePressed: root.cancel()
                }
            }
        }
        Rectangle {
            id: outsideBox

            Layout.fillWidth: true
            implicitHeight: outsideColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: root.dragTarget === "outside" ? Theme.selectedFill : Theme.background
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: outsideColumn

                x: Theme.spacing
                y: Theme.spacing
                width: outsideBox.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall

                BodyText {
                    text: qsTr("Outside the circles", "@title:group circles")
                    color: Theme.mutedText
                }
                Flow {
                    spacing: Theme.spacingSmall
                    Layout.fillWidth: true

                    Repeater {
                        model: root.people.filter(p => p.place === "outside")

                        delegate: SortCard {
                            required property var modelData

                            text: root.wordFor(modelData)
                            held: root.held === modelData.key
                            description: root.placeWord(modelData.place)
                            onClicked: root.held === modelData.key ? root.cancel() : root.pickUp(modelData.key)
                            onDragStarted: root.dragStart(modelData)
                            onDragMoved: scenePosition => root.dragMove(scenePosition)
                            onDragEnded: root.dragEnd()
                            Keys.onEscapePressed: root.cancel()
                        }
                    }
                }
            }
        }
        StatusText {
            message: root.announcement
        }
    }

    // The copy that follows the finger while dragging.
    Rectangle {
        visible: root.dragging
        x: root.dragPoint.x - width / 2
        y: root.dragPoint.y - height / 2
        z: 10
        width: ghostText.implicitWidth + 2 * Theme.spacing
        height: Math.max(Theme.touchTarget, ghostText.implicitHeight + 2 * Theme.spacingSmall)
        radius: Theme.radius
        color: Theme.selectedFill
        border.color: Theme.selected
        border.width: Theme.focusWidth
        opacity: 0.9
        Accessible.ignored: true

        Text {
            id: ghostText

            anchors.centerIn: parent
            text: root.held >= 0 && root.heldPerson() ? root.wordFor(root.heldPerson()) : ""
            color: Theme.text
            font: Theme.bodyFont
        }
    }
}
