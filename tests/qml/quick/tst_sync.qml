import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Sync before enrolment: the page says so in plain words and offers the enrol form; an
// enrolment that cannot reach the hub, or has a wrong address, ends in a plain message on
// the page and nothing enrolled, in the user's language. Every name on the page is unique.
TestCase {
    id: testCase

    name: "Sync"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: syncPage

        SyncPage {}
    }

    function init() {
        Harness.reset();
        Preferences.language = "en";
    }

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

    // Plain text is not in the harness's name search offscreen: look for the visible Text.
    function findText(item, words) {
        if (!item || !item.visible)
            return null;
        if (item.text === words && item.hasOwnProperty("lineCount"))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], words);
            if (found)
                return found;
        }
        return null;
    }

    function enrolButton(page) {
        const button = find(page, "Enrol with this code");
        compare(button.Accessible.role, Accessible.Button);
        return button;
    }

    function openSync() {
        verify(Harness.prepare("home", {}));
        verify(!Sync.enrolled, "a fresh store is not enrolled");
        return createTemporaryObject(syncPage, testCase, {width: testCase.width, height: testCase.height});
    }

    SignalSpy {
        id: busySpy
        target: Sync
        signalName: "busyChanged"
    }

    function enrol(page, hub, code) {
        find(page, "Hub address").text = hub;
        find(page, "Enrolment code").text = code;
        const button = enrolButton(page);
        verify(button.enabled);
        busySpy.clear();
        activate(button);
        // Whether the job is still running when activate() returns is a race (a wrong address
        // fails at once); that it ran as a job, busy and then done, is not. tst_syncthread
        // tests that the screen's thread stays free meanwhile.
        tryVerify(() => !Sync.busy, 30000);
        verify(busySpy.count >= 2, "enrolment ran as a job: busy, then done");
    }

    function test_notEnrolledSaysSoAndOffersTheForm() {
        const page = openSync();
        verify(findText(page, "This device is not enrolled with a hub yet. Ask the hub's administrator for an enrolment code."),
               "no plain 'not enrolled' words");
        find(page, "Hub address");
        find(page, "Enrolment code");
        const button = enrolButton(page);
        verify(!button.enabled, "nothing to enrol with yet");
        verify(!Harness.findByName(page, "Sync now"), "nothing to sync with before enrolment");
        compare(Sync.hubUrl, "");
        compare(Sync.role, "");
    }

    function test_unreachableHubGivesAPlainError() {
        const page = openSync();
        enrol(page, "http://127.0.0.1:9", "ABCD-EFGH-JKMN");
        verify(!Sync.enrolled, "nothing enrolled");
        compare(Sync.hubUrl, "");
        verify(Sync.errorMessage.length > 0, "no error");
        verify(Sync.errorMessage.indexOf("Could not reach the hub") >= 0, "not plain: " + Sync.errorMessage);
        verify(Harness.findByName(page, Sync.errorMessage), "the error is not on the page: " + Harness.accessibleNames(page));
        verify(enrolButton(page).enabled, "the form stays open to try again");
        compare(find(page, "Enrolment code").text, "ABCD-EFGH-JKMN", "the code typed is not lost");
    }

    function test_wrongAddressGivesAPlainError() {
        const page = openSync();
        enrol(page, "hub.example.org", "ABCD-EFGH-JKMN");
        verify(!Sync.enrolled);
        verify(Sync.errorMessage.indexOf("https://hub.example.org") >= 0, "no example of a right address: " + Sync.errorMessage);
        verify(Harness.findByName(page, Sync.errorMessage), Harness.accessibleNames(page));
    }

    function test_everyNameIsUniqueAndMeaningful() {
        const page = openSync();
        const names = Harness.accessibleNames(page);
        verify(names.length > 5, String(names));
        const seen = {};
        for (const name of names) {
            verify(name.length > 0, "an unnamed item in " + names);
            verify(!seen[name], "'" + name + "' names two items: " + names);
            seen[name] = true;
        }
        verify(seen["Enrol this device with a hub"], names);
        verify(seen["Enrol with this code"], names);
    }

    function test_errorInWelsh() {
        const page = openSync();
        enrol(page, "hub.example.org", "ABCD-EFGH-JKMN");
        const english = Sync.errorMessage;
        verify(english.indexOf("Give the hub's address") >= 0, english);
        Preferences.language = "cy";
        // The words are made from the engine's code when read, in the language of the moment.
        tryVerify(() => Sync.errorMessage !== english, 5000, "still English: " + Sync.errorMessage);
        verify(Sync.errorMessage.indexOf("https://hub.example.org") >= 0, Sync.errorMessage);
        verify(Sync.errorMessage.indexOf("Rhowch") >= 0, "not Welsh: " + Sync.errorMessage);
        tryVerify(() => Harness.findByName(page, Sync.errorMessage) !== null, 5000, String(Harness.accessibleNames(page)));
        Preferences.language = "en";
        tryCompare(Sync, "errorMessage", english, 5000);
    }
}
