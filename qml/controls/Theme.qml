pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick
import Chorus.Controls

// The one place that names colours, sizes, fonts and durations. Warm and calm by default;
// high contrast, text scale (up to 200%), a dyslexia-friendly font and reduced motion
// come from Preferences.
QtObject {
    id: root

    readonly property bool highContrast: Preferences.highContrast
    readonly property real textScale: Preferences.textScale
    readonly property bool reducedMotion: Preferences.reducedMotion

    // Colours: text on every background below reaches WCAG AA (AAA in high contrast).
    // Never name a property "on" + the name of another property (onPrimary beside primary):
    // QML then reads its initialiser as a change handler of that property and the value
    // stays undefined, which left every button label default black.
    readonly property color background: highContrast ? "#000000" : "#FFF8EE"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color surfaceWarm: highContrast ? "#000000" : "#FDEBD8"
    readonly property color text: highContrast ? "#FFFFFF" : "#2B2622"
    readonly property color mutedText: highContrast ? "#FFFFFF" : "#5A4E45"
    readonly property color primary: highContrast ? "#FFE600" : "#2C6B6F"
    readonly property color textOnPrimary: highContrast ? "#000000" : "#FFFFFF"
    readonly property color secondary: highContrast ? "#000000" : "#F3DCC4"
    readonly property color textOnSecondary: highContrast ? "#FFFFFF" : "#2B2622"
    readonly property color border: highContrast ? "#FFFFFF" : "#D9C3AE"
    readonly property color focus: highContrast ? "#00FFFF" : "#1F4E79"
    // The thin line inside the focus ring, so that the ring shows on any fill.
    readonly property color focusInner: highContrast ? "#000000" : "#FFFFFF"
    readonly property color selected: highContrast ? "#FFE600" : "#2C6B6F"
    readonly property color selectedFill: highContrast ? "#333300" : "#DDEFEF"
    readonly property color danger: highContrast ? "#FF8A80" : "#A3261E"
    readonly property color dangerFill: highContrast ? "#000000" : "#FBE3E0"
    readonly property color success: highContrast ? "#B9F6CA" : "#2E6B31"
    readonly property color quickExit: highContrast ? "#FFFFFF" : "#4A5A6A"
    readonly property color textOnQuickExit: highContrast ? "#000000" : "#FFFFFF"
    readonly property color faceFill: highContrast ? "#000000" : "#FFE7A8"
    readonly property color faceLine: highContrast ? "#FFFFFF" : "#4A3B2F"
    readonly property color progressDone: highContrast ? "#FFE600" : "#E08A5F"
    readonly property color progressToDo: highContrast ? "#777777" : "#E8D6C4"
    readonly property color overlay: highContrast ? "#E6000000" : "#B3FFF8EE"
    // The drawing palette (Okabe–Ito): told apart with every common kind of colour
    // blindness, and each has its name on its button. The paper itself is always white.
    readonly property list<color> drawingColours: ["#000000", "#E69F00", "#56B4E9", "#009E73",
                                                   "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    readonly property color paperEdge: highContrast ? "#FFFFFF" : "#8C7B6B"

    // Sizes, at text scale 1. Touch targets never go below 48 px.
    readonly property int touchTarget: 48
    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int spacingHuge: 40
    readonly property int radius: 16
    readonly property int borderWidth: highContrast ? 3 : 2
    readonly property int focusWidth: 4
    readonly property int focusGap: 2
    readonly property int pageMaxWidth: 860
    readonly property int faceSize: 96
    readonly property int pictureSize: 72
    readonly property int tileMaxWidth: 320
    readonly property int progressDot: 20
    readonly property int windowWidth: 1024
    readonly property int windowHeight: 768
    readonly property int textAreaHeight: 220
    readonly property int busySize: 72
    readonly property int toolPicture: 36
    readonly property int canvasMaxHeight: 480
    readonly property list<int> brushSizes: [6, 16, 36]
    // Switches: the whole row is the target; the track alone is a full touch target too.
    readonly property int switchTrackWidth: 88
    readonly property int switchTrackHeight: 48
    readonly property int switchKnob: 36
    // The page's scroll handle (PageColumn): thin, it shows only while the page moves.
    readonly property int scrollBarWidth: 8
    readonly property int scrollBarPadding: 2

    // Type: sizes follow the text scale; the dyslexia-friendly font is OpenDyslexic.
    readonly property string fontFamily: Preferences.fontFamily
    readonly property real fontBody: Preferences.bodyTextPixels * textScale
    readonly property real fontSmall: 17 * textScale
    readonly property real fontHeading: 30 * textScale
    readonly property real fontTitle: 38 * textScale
    readonly property real fontChild: 30 * textScale
    readonly property real fontPicture: 44 * textScale
    readonly property real fontEntry: 28 * textScale
    readonly property font bodyFont: Qt.font({ family: root.fontFamily, pixelSize: Math.round(root.fontBody) })

    // Motion.
    readonly property int durationShort: reducedMotion ? 0 : 150
    readonly property int durationMedium: reducedMotion ? 0 : 250

    // Symbols standing in for the pack's pictures until the picture set arrives; always
    // shown beside words, never alone.
    function pictureSymbol(name: string): string {
        const symbols = {
            "friends": "☺", "family": "♥", "pets": "✿", "games": "★", "outside": "☀",
            "school": "✎", "food": "☕", "music": "♫", "talking": "☺", "phone": "☎",
            "message": "✉", "home": "⌂",
            "sleep": "☾", "sun": "☀", "sun-cloud": "⛅", "cloud": "☁",
            // Only glyphs the shipped fonts have (Noto Sans, DejaVu Sans as fallback):
            // "✨" and "🤝" showed as empty boxes.
            "holding-hands": "♡", "magic-wand": "✦"
        };
        return symbols[name] ?? "●";
    }
}
