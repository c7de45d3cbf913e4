import QtQuick
import QtTest
import Chorus
import Chorus.Testing

// Sync before enrolment: the page says so in plain words and offers the enrol form; an
// enrolment that cannot reach the hub, or has a wrong address, ends in a plain message on
// the page and nothing enrolled.
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

    // "Enrol with hub" names both the form's heading and its button: the button is the one
    // that can be clicked.
    function findButton(item, name) {
        if (!item || !item.visible)
            return null;
        if (item.text === name && typeof item.clicked === "function")
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findButton(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function enrolButton(page) {
        const button = findButton(page, "Enrol with hub");
        verify(button, "no 'Enrol with hub' button in " + Harness.accessibleNames(page));
        compare(button.Accessible.role, Accessible.Button);
        return button;
    }

    function openSync() {
        verify(Harness.prepare("home", {}));
        verify(!Sync.enrolled, "a fresh store is not enrolled");
        return createTemporaryObject(syncPage, testCase, {width: testCase.width, height: testCase.height});
    }

    function enrol(page, hub, code) {
        find(page, "Hub address").text = hub;
        find(page, "Enrolment code").text = code;
        const button = enrolButton(page);
        verify(button.enabled);
        activate(button);
        tryVerify(() => !Sync.busy, 30000);
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
}
