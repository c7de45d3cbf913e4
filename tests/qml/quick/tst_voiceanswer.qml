import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Voice notes in the magic wand and free text (issue 5): offered only where the pack allows
// voice and the participant agreed to "record my voice". No microphone is needed: without
// one the recorder says so and offers typing, which these tests also check.
TestCase {
    id: testCase

    name: "VoiceAnswer"
    when: windowShown
    visible: true // a TestCase is hidden by default, and hidden items take no clicks
    width: 1024
    height: 768

    Component {
        id: wand

        MagicWandActivity {
            width: testCase.width
        }
    }
    Component {
        id: freeText

        FreeTextActivity {
            width: testCase.width
        }
    }

    function init() {
        Harness.reset();
    }

    function voiceOffered(page) {
        return Harness.findByName(page, "Or say it") !== null
            && (Harness.findByName(page, "Record my voice") !== null
                || Harness.findByName(page, "Type instead") !== null);
    }

    function test_notOfferedWithoutTheVoiceScope() {
        verify(Harness.prepare("session", {}));
        const page = createTemporaryObject(wand, testCase, {activity: Harness.activityFromPack("magic-wand")});
        verify(page);
        verify(Harness.findByName(page, "My wish"), Harness.accessibleNames(page));
        verify(Harness.findByName(page, "Or say it") === null, Harness.accessibleNames(page));
        verify(Harness.findByName(page, "Record my voice") === null);
        verify(Harness.findByName(page, "Type instead") === null);
    }

    function test_offeredWithTheVoiceScope() {
        verify(Harness.prepare("session", {voice: true}));
        const activity = Harness.activityFromPack("magic-wand");
        verify(activity.allowVoice);
        const page = createTemporaryObject(wand, testCase, {activity: activity});
        verify(voiceOffered(page), Harness.accessibleNames(page));
    }

    function test_notOfferedWhereThePackSaysNo() {
        verify(Harness.prepare("session", {voice: true}));
        const activity = Harness.activityFromPack("tell-us");
        verify(activity.allowVoice);
        const page = createTemporaryObject(freeText, testCase, {activity: activity});
        verify(voiceOffered(page), Harness.accessibleNames(page));
        activity.allowVoice = false;
        const without = createTemporaryObject(freeText, testCase, {activity: activity});
        verify(!voiceOffered(without), Harness.accessibleNames(without));
    }

    function test_noMicrophoneOffersTyping() {
        verify(Harness.prepare("session", {voice: true}));
        const page = createTemporaryObject(wand, testCase, {activity: Harness.activityFromPack("magic-wand")});
        const typeInstead = Harness.findByName(page, "Type instead");
        if (!typeInstead)
            skip("this machine has a microphone; the no-microphone path is covered by tests/voice");
        const note = Harness.findByName(page, "There is no microphone on this device. You can type your answer instead.");
        verify(note, Harness.accessibleNames(page));
        // Issue 14: neutral information, not a red error.
        verify(!note.isError, "the no-microphone note is shown as an error");
        mouseClick(typeInstead);
        verify(Harness.findByName(page, "My wish").activeFocus);
    }
}
