import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Read-aloud goes through the voice module's engine: the rate is adjustable, it follows the
// app's language, and where it cannot speak it says why in the app's language, never
// silently.
TestCase {
    id: testCase

    name: "ReadAloud"
    when: windowShown
    visible: true // hidden items take no clicks and are not found by name
    width: 800
    height: 600

    Component {
        id: speakButton

        SpeakButton {
            textToRead: "Hello"
        }
    }

    function cleanup() {
        Preferences.language = "en";
    }

    function test_rateIsAdjustableWithinRange() {
        ReadAloud.rate = 0.5;
        compare(ReadAloud.rate, 0.5);
        ReadAloud.rate = 3;
        compare(ReadAloud.rate, 1, "clamped to fast");
        ReadAloud.rate = 0;
    }

    function test_followsTheAppLanguage() {
        Preferences.language = "cy";
        compare(ReadAloud.language, "cy");
        Preferences.language = "ar";
        compare(ReadAloud.language, "ar");
    }

    function test_saysWhyItCannotSpeak() {
        // Here (offscreen, no audio device) speaking cannot work: a message must say so,
        // whichever reason applies on this machine (no engine, no voice, no speaker).
        ReadAloud.speak("Hello");
        tryVerify(() => ReadAloud.message.length > 0 || ReadAloud.speaking, 5000);
        if (ReadAloud.speaking)
            skip("this machine can really speak; the refusal paths are not reachable here");
        verify(!ReadAloud.speaking);
    }

    function test_theReasonIsInTheAppLanguage() {
        Preferences.language = "cy";
        ReadAloud.speak("Helo");
        tryVerify(() => ReadAloud.message.length > 0 || ReadAloud.speaking, 5000);
        if (ReadAloud.speaking)
            skip("this machine can really speak Welsh; no refusal to check");
        verify(!/Reading aloud|voice|speaker/.test(ReadAloud.message),
               "not in Welsh: " + ReadAloud.message);
    }

    // Issue 14: the reason read-aloud failed shows under the button that was pressed, and
    // not under every later activity's button.
    function test_theFailureStaysWithItsButton() {
        const first = createTemporaryObject(speakButton, testCase);
        mouseClick(Harness.findByName(first, "Read aloud"));
        tryVerify(() => ReadAloud.message.length > 0 || ReadAloud.speaking, 5000);
        if (ReadAloud.speaking)
            skip("this machine can really speak; no failure to carry");
        verify(Harness.findByName(first, ReadAloud.message), Harness.accessibleNames(first));
        const later = createTemporaryObject(speakButton, testCase);
        compare(Harness.findByName(later, ReadAloud.message), null);
    }
}
