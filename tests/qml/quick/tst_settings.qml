import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Settings through accessible names: language, text size, high contrast, the easy-to-read
// font and less movement each change Preferences; every test puts them back.
TestCase {
    id: testCase

    name: "Settings"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    property var saved: ({})

    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    Component {
        id: settingsPage

        SettingsPage {}
    }

    function openSettings() {
        verify(Harness.prepare("home", {}));
        return createTemporaryObject(settingsPage, testCase, {width: testCase.width, height: testCase.height});
    }

    function init() {
        Harness.reset();
        saved = {
            language: Preferences.language,
            textScale: Preferences.textScale,
            highContrast: Preferences.highContrast,
            dyslexicFont: Preferences.dyslexicFont,
            reducedMotion: Preferences.reducedMotion
        };
    }

    function cleanup() {
        Preferences.language = saved.language;
        Preferences.textScale = saved.textScale;
        Preferences.highContrast = saved.highContrast;
        Preferences.dyslexicFont = saved.dyslexicFont;
        Preferences.reducedMotion = saved.reducedMotion;
    }

    function test_switchingToWelshChangesTheWords() {
        Preferences.language = "en";
        const page = openSettings();
        find(page, "High contrast");
        activate(find(page, "Cymraeg"));
        compare(Preferences.language, "cy");
        tryVerify(() => Harness.findByName(page, "Cyferbyniad uchel") !== null, 5000,
                  "no Welsh label: " + Harness.accessibleNames(page));
        verify(!Harness.findByName(page, "High contrast"), "the English label is gone");
        activate(find(page, "English"));
        compare(Preferences.language, "en");
        tryVerify(() => Harness.findByName(page, "High contrast") !== null, 5000);
    }

    function test_textSize() {
        Preferences.textScale = 1;
        const page = openSettings();
        const slider = find(page, "Text size");
        compare(slider.value, 1);
        slider.forceActiveFocus();
        keyClick(Qt.Key_Right);
        compare(Preferences.textScale, 1.25);
        compare(slider.value, 1.25);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        compare(Preferences.textScale, 2, "up to 200%");
        keyClick(Qt.Key_Left);
        compare(Preferences.textScale, 1.75);
    }

    function toggles(page, name, property) {
        const before = Preferences[property];
        const toggle = find(page, name);
        compare(toggle.checked, before);
        activate(toggle);
        compare(Preferences[property], !before, name);
        compare(toggle.checked, !before);
        activate(toggle);
        compare(Preferences[property], before, name + " back");
    }

    function test_highContrast() {
        Preferences.highContrast = false;
        toggles(openSettings(), "High contrast", "highContrast");
    }

    function test_easyToReadFont() {
        Preferences.dyslexicFont = false;
        toggles(openSettings(), "Easy-to-read font (OpenDyslexic)", "dyslexicFont");
    }

    function test_lessMovement() {
        Preferences.reducedMotion = false;
        toggles(openSettings(), "Less movement", "reducedMotion");
    }
}
