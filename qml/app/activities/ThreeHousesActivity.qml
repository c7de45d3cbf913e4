pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// The three houses: worries, good things and dreams. The child moves between them freely;
// each can hold words (saved together as one answer the team can read, anonymised), a
// drawing and, where the pack and the consent allow, voice notes. Each is read aloud.
ColumnLayout {
    id: root

    required property var activity
    readonly property string activityId: root.activity.activityId ?? ""
    readonly property list<string> houseIds: ["worries", "good-things", "dreams"]
    readonly property list<string> houseNames: [
        qsTr("House of worries", "@title three houses"), qsTr("House of good things", "@title three houses"),
        qsTr("House of dreams", "@title three houses")
    ]
    readonly property list<string> houseQuestions: [
        qsTr("What worries you? What is hard?", "@info three houses"),
        qsTr("What is good in your life? What goes well?", "@info three houses"),
        qsTr("What do you wish for? What would make things better?", "@info three houses")
    ]
    readonly property string houseId: root.houseIds[root.house]
    property int house: 0
    // house id -> the words in it; replaced as a whole so that bindings see each change.
    property var words: ({ "worries": [], "good-things": [], "dreams": [] })
    property string openId: ""
    property int savedRevision: 0
    property bool drawingSaved: false
    property bool ready: false

    function wordsIn(id: string): list<string> {
        return root.words[id] ?? [];
    }
    function voiceNotesIn(id: string): int {
        return (root.activity.parts ?? []).filter(p => p.partId === id && p.kind === "audio").length;
    }
    function setWords(id: string, list: list<string>): void {
        const all = Object.assign({}, root.words);
        all[id] = list;
        root.words = all;
        CurrentSession.saveHouses(root.activityId, root.words);
    }
    function addWords(): void {
        const text = entry.text.trim();
        if (text.length === 0)
            return;
        root.setWords(root.houseId, root.wordsIn(root.houseId).concat([text]));
        entry.text = "";
        // "Put in the house" is disabled now the field is empty: focus stays where the next
        // words go, not lost to the page (issue 20.7).
        entry.forceActiveFocus();
    }
    function keepDrawing(): void {
        saveTimer.stop();
        const changed = board.canvas.revision !== root.savedRevision;
        if (!changed || root.openId.length === 0 || (board.canvas.empty && !root.drawingSaved))
            return;
        if (CurrentSession.saveDrawing(root.openId, root.houseIds[openedHouse.value], board.canvas, "")) {
            root.savedRevision = board.canvas.revision;
            root.drawingSaved = true;
        }
    }
    // Keeps the drawing of the house that was open, then shows the chosen house's.
    function openHouse(index: int): void {
        root.keepDrawing();
        root.house = index;
        openedHouse.value = index;
        root.openId = root.activityId;
        board.canvas.reset();
        root.drawingSaved = CurrentSession.restoreDrawing(root.activityId, root.houseId, board.canvas);
        root.savedRevision = board.canvas.revision;
    }
    function load(): void {
        const saved = ((root.activity.answer ?? ({})).value ?? ({})).parts ?? ({});
        root.words = { "worries": saved["worries"] ?? [], "good-things": saved["good-things"] ?? [],
                       "dreams": saved["dreams"] ?? [] };
        root.openId = "";
        root.openHouse(0);
    }

    spacing: Theme.spacingLarge
    onActivityIdChanged: {
        if (root.ready) {
            root.keepDrawing();
            root.load();
        }
    }
    Component.onCompleted: {
        root.load();
        root.ready = true;
    }
    Component.onDestruction: root.keepDrawing()

    // Which house the open drawing belongs to (the house may already have changed).
    QtObject {
        id: openedHouse

        property int value: 0
    }
    Timer {
        id: saveTimer

        interval: 1500
        onTriggered: root.keepDrawing()
    }
    Connections {
        target: board.canvas
        function onRevisionChanged(): void {
            saveTimer.restart();
        }
    }
    Connections {
        target: CurrentSession
        function onLeavingActivity(): void {
            root.keepDrawing();
        }
    }
    QQC2.ButtonGroup {
        id: houseGroup
    }

    QuestionText {
        text: root.activity.prompt ?? ""
    }
    SpeakButton {
        textToRead: [root.activity.prompt ?? ""].concat(root.houseNames).join(". ")
    }
    ChoiceGroup {
        label: root.activity.prompt ?? ""
        spacing: Theme.spacing

        Repeater {
            model: root.houseIds.length

            delegate: ChoiceTile {
                required property int index

                text: root.houseNames[index]
                description: root.houseQuestions[index]
                symbol: Theme.pictureSymbol("home")
                checked: root.house === index
                QQC2.ButtonGroup.group: houseGroup
                onClicked: root.openHouse(index)
            }
        }
    }

    // The open house.
    Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        implicitHeight: inside.implicitHeight + 2 * Theme.spacing
        Layout.fillWidth: true

        ColumnLayout {
            id: inside

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing

            BodyText {
                text: root.houseNames[root.house]
                font.pixelSize: Math.round(Theme.fontHeading)
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                text: root.houseQuestions[root.house]
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            SpeakButton {
                what: root.houseNames[root.house]
                textToRead: [root.houseNames[root.house], root.houseQuestions[root.house]]
                    .concat(root.wordsIn(root.houseId)).join(". ")
            }
            Repeater {
                model: root.wordsIn(root.houseId)

                delegate: RowLayout {
                    id: wordRow

                    required property int index
                    required property string modelData

                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    BodyText {
                        text: "• " + wordRow.modelData
                        Accessible.role: Accessible.StaticText
                        Accessible.name: wordRow.modelData
                    }
                    AppButton {
                        text: qsTr("Take out", "@action:button three houses")
                        Accessible.name: qsTr("Take out: %1", "@action:button three houses").arg(wordRow.modelData)
                        onClicked: {
                            const list = root.wordsIn(root.houseId).slice();
                            list.splice(wordRow.index, 1);
                            root.setWords(root.houseId, list);
                        }
                    }
                }
            }
            TextEntry {
                id: entry

                childWords: true
                label: qsTr("Words for this house", "@label:textbox three houses")
                placeholderText: label
                onAccepted: root.addWords()
            }
            AppButton {
                text: qsTr("Put in the house", "@action:button three houses")
                prominent: true
                enabled: entry.text.trim().length > 0
                onClicked: root.addWords()
            }
            DrawingBoard {
                id: board

                Layout.fillWidth: true
            }
            VoiceNoteSlot {
                allowed: root.activity.allowVoice ?? false
                maxSeconds: root.activity.maxVoiceSeconds ?? 120
                Layout.fillWidth: true
                onKeepRequested: recorder => CurrentSession.saveVoice(root.activityId, recorder, root.houseId)
                onTypeInsteadRequested: entry.forceActiveFocus()
            }
            BodyText {
                visible: root.voiceNotesIn(root.houseId) > 0
                text: qsTr("Voice notes in this house: %1", "@info three houses").arg(root.voiceNotesIn(root.houseId))
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
