import QtQuick
import Chorus.Controls

// A simple drawn face, from 1 (very sad) to 5 (very happy). Always shown with its word.
Canvas {
    id: root

    property int level: 3

    implicitWidth: Theme.faceSize
    implicitHeight: Theme.faceSize
    Accessible.ignored: true

    onLevelChanged: requestPaint()
    onWidthChanged: requestPaint()

    Connections {
        target: Theme
        function onHighContrastChanged(): void {
            root.requestPaint();
        }
    }

    onPaint: {
        const ctx = getContext("2d");
        const s = Math.min(width, height);
        const line = Math.max(2, s / 24);
        ctx.reset();
        ctx.lineWidth = line;
        ctx.strokeStyle = Theme.faceLine;
        ctx.fillStyle = Theme.faceFill;
        ctx.beginPath();
        ctx.arc(s / 2, s / 2, s / 2 - line, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = Theme.faceLine;
        for (const x of [s * 0.35, s * 0.65]) {
            ctx.beginPath();
            ctx.arc(x, s * 0.4, s * 0.05, 0, 2 * Math.PI);
            ctx.fill();
        }
        // The mouth bends from a frown (1) through a line (3) to a smile (5).
        const bend = (root.level - 3) * s * 0.09;
        ctx.beginPath();
        ctx.moveTo(s * 0.3, s * 0.66 - bend / 2);
        ctx.quadraticCurveTo(s * 0.5, s * 0.66 + bend, s * 0.7, s * 0.66 - bend / 2);
        ctx.stroke();
    }
}
