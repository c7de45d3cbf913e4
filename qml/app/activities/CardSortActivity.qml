pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus
import Chorus.Controls

// Picture-and-word cards sorted into the pack's piles, or put in order. Every move works by
// drag and drop and by keys or a switch: pick a card up, choose where it goes, put it down.
// Each step is said aloud and announced to screen readers; each finished move is saved.
Item {
    id: root

    required property var activity
    readonly property string activityId: root.activity.activityId ?? ""
    readonly property bool ranking: (root.activity.sortMode ?? "") === "rank"
    readonly property var cards: root.activity.options ?? []
    readonly property var piles: root.activity.piles ?? []
    // Piles: pile id -> [card ids]. Ranking: [card ids], the one that matters most first.
    property var placed: ({})
    property var order: []
    property string heldCard: ""
    property string announcement: ""
    property string shownActivity: ""
    property string dragTarget: ""
    property point dragPoint: Qt.point(0, 0)
    property bool dragging: false
    // Moves re-create the cards' delegates: this says which control takes the focus back.
    property string refocus: ""
    property Item firstPileButton: null
    readonly property var unsorted: root.cards.filter(c => root.pileOf(c.optionId) === "")

    function cardLabel(cardId: string): string {
        const card = root.cards.find(c => c.optionId === cardId);
        return card ? card.label : "";
    }
    function pileLabel(pileId: string): string {
        const pile = root.piles.find(p => p.pileId === pileId);
        return pile ? pile.label : "";
    }
    function pileOf(cardId: string): string {
        for (const pileId in root.placed) {
            if (root.placed[pileId].indexOf(cardId) >= 0)
                return pileId;
        }
        return "";
    }
    function cardsIn(pileId: string): var {
        return (root.placed[pileId] ?? []).map(id => root.cards.find(c => c.optionId === id)).filter(c => c !== undefined);
    }
    function announce(words: string): void {
        root.announcement = words;
        ReadAloud.speak(words);
    }
    // Takes up what was saved, so that going back shows the child's own sort again. It reads
    // the activity itself, not cards/piles/ranking: when the activity changes, this handler
    // can run before those bindings do, and would rebuild the sort from the activity before.
    function restore(): void {
        const activity = root.activity ?? ({});
        const saved = (activity.answer ?? ({})).value ?? ({});
        const activityId = activity.activityId ?? "";
        if (activityId !== root.shownActivity) {
            root.shownActivity = activityId;
            root.heldCard = "";
            root.announcement = "";
        }
        const ids = (activity.options ?? []).map(c => c.optionId);
        if ((activity.sortMode ?? "") === "rank") {
            const kept = (saved.order ?? []).filter(id => ids.indexOf(id) >= 0);
            root.order = kept.concat(ids.filter(id => kept.indexOf(id) < 0));
            root.placed = {};
        } else {
            let piles = {};
            for (const pile of (activity.piles ?? []))
                piles[pile.pileId] = ((saved.piles ?? ({}))[pile.pileId] ?? []).filter(id => ids.indexOf(id) >= 0);
            root.placed = piles;
            root.order = [];
        }
    }
    function pickUp(cardId: string): void {
        if (root.heldCard === cardId) {
            root.putDown();
            return;
        }
        root.heldCard = cardId;
        if (!root.ranking && root.firstPileButton)
            root.firstPileButton.forceActiveFocus();
        root.announce(root.ranking
            ? qsTr("%1 picked up. Move it up or down, then put it down.", "@info:status card sort").arg(root.cardLabel(cardId))
            : qsTr("%1 picked up. Now choose a pile.", "@info:status card sort").arg(root.cardLabel(cardId)));
    }
    function cancel(): void {
        if (root.heldCard === "")
            return;
        const label = root.cardLabel(root.heldCard);
        root.heldCard = "";
        root.announce(qsTr("%1 put back.", "@info:status card sort").arg(label));
    }
    function putInPile(cardId: string, pileId: string): void {
        let piles = {};
        for (const pile of root.piles)
            piles[pile.pileId] = (root.placed[pile.pileId] ?? []).filter(c => c !== cardId);
        piles[pileId] = (piles[pileId] ?? []).concat([cardId]);
        root.placed = piles;
        root.heldCard = "";
        root.refocus = "next";
        root.announce(qsTr("%1 put in %2.", "@info:status card sort: card, pile").arg(root.cardLabel(cardId)).arg(root.pileLabel(pileId)));
        CurrentSession.saveStructured(root.activityId, { "piles": piles });
    }
    function choosePile(pileId: string): void {
        if (root.heldCard !== "") {
            root.putInPile(root.heldCard, pileId);
            return;
        }
        const inPile = root.cardsIn(pileId).map(c => c.label);
        root.announce(inPile.length === 0
            ? qsTr("%1 has no cards yet. Pick up a card first.", "@info:status card sort").arg(root.pileLabel(pileId))
            : qsTr("%1: %2", "@info:status pile: its cards").arg(root.pileLabel(pileId)).arg(inPile.join(", ")));
    }
    function moveTo(cardId: string, place: int): void {
        let next = root.order.filter(id => id !== cardId);
        place = Math.max(0, Math.min(next.length, place));
        next.splice(place, 0, cardId);
        root.order = next;
        root.announce(qsTr("%1 moved to place %2 of %3.", "@info:status card sort").arg(root.cardLabel(cardId)).arg(place + 1).arg(next.length));
    }
    function moveHeld(step: int, via: string): void {
        if (root.heldCard === "")
            return;
        root.refocus = via;
        root.moveTo(root.heldCard, root.order.indexOf(root.heldCard) + step);
    }
    function putDown(): void {
        if (root.heldCard === "")
            return;
        const cardId = root.heldCard;
        root.heldCard = "";
        root.announce(qsTr("%1 put down in place %2 of %3.", "@info:status card sort").arg(root.cardLabel(cardId)).arg(root.order.indexOf(cardId) + 1).arg(root.order.length));
        root.saveOrder();
    }
    function saveOrder(): void {
        CurrentSession.saveOrdering(root.activityId, root.order);
    }
    function targetAt(scenePoint: point): string {
        const repeater = root.ranking ? rankRepeater : pileRepeater;
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i);
            const p = item.mapFromItem(null, scenePoint.x, scenePoint.y);
            if (item.contains(p))
                return root.ranking ? String(i) : root.piles[i].pileId;
        }
        return "";
    }
    function dragStart(cardId: string): void {
        root.heldCard = cardId;
        root.dragging = true;
    }
    function dragMove(scenePoint: point): void {
        root.dragPoint = root.mapFromItem(null, scenePoint.x, scenePoint.y);
        root.dragTarget = root.targetAt(scenePoint);
    }
    function dragEnd(): void {
        const cardId = root.heldCard;
        const target = root.dragTarget;
        root.dragging = false;
        root.dragTarget = "";
        if (target === "") {
            root.cancel();
        } else if (root.ranking) {
            root.moveTo(cardId, Number(target));
            root.putDown();
        } else {
            root.putInPile(cardId, target);
        }
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
        text: root.ranking
            ? qsTr("Put the cards in order: what matters most goes first. Tap a card to pick it up, move it, then put it down. You can also drag the cards.", "@info card sort")
            : qsTr("Tap a card to pick it up, then tap a pile to put it there. You can also drag the cards.", "@info card sort")
        color: Theme.mutedText
    }
    SpeakButton {
        textToRead: [root.activity.prompt ?? ""].concat(root.cards.map(c => c.label)).concat(root.piles.map(p => p.label)).join(". ")
    }

    // Piles: the cards still to sort, then the piles with what is in them.
    BodyText {
        visible: !root.ranking && root.unsorted.length > 0
        text: qsTr("Cards to sort", "@title:group card sort")
        font.bold: true
    }
    Flow {
        visible: !root.ranking
        spacing: Theme.spacing
        Layout.fillWidth: true

        Repeater {
            model: root.ranking ? [] : root.unsorted

            delegate: SortCard {
                required property var modelData
                required property int index

                cardId: modelData.optionId
                text: modelData.label
                symbol: Theme.pictureSymbol(modelData.picture ?? "")
                held: root.heldCard === cardId
                description: held ? qsTr("Picked up", "@info:accessible card sort") : qsTr("Not sorted yet", "@info:accessible card sort")
                onClicked: root.pickUp(cardId)
                onDragStarted: root.dragStart(cardId)
                onDragMoved: scenePosition => root.dragMove(scenePosition)
                onDragEnded: root.dragEnd()
                Keys.onEscapePressed: root.cancel()
                Component.onCompleted: {
                    if (index === 0 && root.refocus === "next") {
                        root.refocus = "";
                        forceActiveFocus();
                    }
                }
            }
        }
    }
    Flow {
        visible: !root.ranking
        spacing: Theme.spacing
        Layout.fillWidth: true

        Repeater {
            id: pileRepeater

            model: root.ranking ? [] : root.piles

            delegate: Rectangle {
                id: pile

                required property var modelData
                required property int index
                readonly property string pileId: modelData.pileId
                readonly property var inside: root.placed[pile.pileId] !== undefined ? root.cardsIn(pile.pileId) : []

                width: Math.max(Theme.tileMaxWidth * 0.8, pileColumn.implicitWidth + 2 * Theme.spacing)
                height: pileColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: root.dragTarget === pile.pileId ? Theme.selectedFill : Theme.surfaceWarm
                border.color: root.dragTarget === pile.pileId || root.heldCard !== "" ? Theme.selected : Theme.border
                border.width: root.dragTarget === pile.pileId ? Theme.focusWidth : Theme.borderWidth

                ColumnLayout {
                    id: pileColumn

                    x: Theme.spacing
                    y: Theme.spacing
                    width: pile.width - 2 * Theme.spacing
                    spacing: Theme.spacingSmall

                    AppButton {
                        id: pileButton

                        text: pile.modelData.label
                        prominent: root.heldCard !== ""
                        description: root.heldCard !== ""
                            ? qsTr("Put %1 here", "@info:accessible card sort").arg(root.cardLabel(root.heldCard))
                            : qsTr("%n card(s)", "@info:accessible card sort", pile.inside.length)
                        Layout.fillWidth: true
                        onClicked: root.choosePile(pile.pileId)
                        Keys.onEscapePressed: root.cancel()
                        Component.onCompleted: {
                            if (pile.index === 0)
                                root.firstPileButton = pileButton;
                        }
                    }
                    Repeater {
                        model: pile.inside

                        delegate: SortCard {
                            required property var modelData

                            cardId: modelData.optionId
                            text: modelData.label
                            symbol: Theme.pictureSymbol(modelData.picture ?? "")
                            held: root.heldCard === cardId
                            description: held ? qsTr("Picked up", "@info:accessible card sort")
                                              : qsTr("In %1", "@info:accessible card sort: the pile").arg(pile.modelData.label)
                            Layout.fillWidth: true
                            onClicked: root.pickUp(cardId)
                            onDragStarted: root.dragStart(cardId)
                            onDragMoved: scenePosition => root.dragMove(scenePosition)
                            onDragEnded: root.dragEnd()
                            Keys.onEscapePressed: root.cancel()
                        }
                    }
                }
            }
        }
    }

    // Ranking: one line of cards with their places; the picked-up card has its own moves.
    Repeater {
        id: rankRepeater

        model: root.ranking ? root.order : []

        delegate: RowLayout {
            id: rankRow

            required property string modelData
            required property int index
            readonly property bool held: root.heldCard === rankRow.modelData

            spacing: Theme.spacing
            Component.onCompleted: {
                if (!rankRow.held || root.refocus === "")
                    return;
                const wanted = root.refocus === "up" ? upButton : (root.refocus === "down" ? downButton : rankCard);
                root.refocus = "";
                (wanted.enabled ? wanted : rankCard).forceActiveFocus();
            }
            Layout.fillWidth: true

            Text {
                text: (rankRow.index + 1).toLocaleString(Qt.locale(), "f", 0)
                color: root.dragTarget === String(rankRow.index) ? Theme.selected : Theme.mutedText
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.fontHeading)
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.preferredWidth: Theme.touchTarget
                Accessible.ignored: true
            }
            SortCard {
                id: rankCard

                cardId: rankRow.modelData
                text: root.cardLabel(rankRow.modelData)
                symbol: Theme.pictureSymbol((root.cards.find(c => c.optionId === rankRow.modelData) ?? ({})).picture ?? "")
                held: rankRow.held
                description: qsTr("Place %1 of %2", "@info:accessible card sort").arg(rankRow.index + 1).arg(root.order.length)
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.tileMaxWidth * 1.5
                onClicked: root.pickUp(rankRow.modelData)
                onDragStarted: root.dragStart(rankRow.modelData)
                onDragMoved: scenePosition => root.dragMove(scenePosition)
                onDragEnded: root.dragEnd()
                Keys.onUpPressed: root.moveHeld(-1, "card")
                Keys.onDownPressed: root.moveHeld(1, "card")
                Keys.onEscapePressed: root.cancel()
            }
            AppButton {
                id: upButton

                visible: rankRow.held
                text: qsTr("Move up", "@action:button card sort")
                enabled: rankRow.index > 0
                onClicked: root.moveHeld(-1, "up")
            }
            AppButton {
                id: downButton

                visible: rankRow.held
                text: qsTr("Move down", "@action:button card sort")
                enabled: rankRow.index < root.order.length - 1
                onClicked: root.moveHeld(1, "down")
            }
            AppButton {
                visible: rankRow.held
                text: qsTr("Put down", "@action:button card sort")
                prominent: true
                onClicked: root.putDown()
            }
        }
    }
    AppButton {
        visible: root.ranking
        text: qsTr("This is my order", "@action:button card sort")
        onClicked: {
            root.heldCard = "";
            root.saveOrder();
            root.announce(qsTr("Your order is saved.", "@info:status card sort"));
        }
    }

    // Said aloud, and spoken by a screen reader each time it changes.
    StatusText {
        message: root.announcement
    }

    }

    // The copy of the card that follows the finger while dragging.
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
            text: root.cardLabel(root.heldCard)
            color: Theme.text
            font: Theme.bodyFont
        }
    }
}
