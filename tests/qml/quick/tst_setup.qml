import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Consultation set-up: the example pack, a title and a child-friendly purpose, saved into
// the store and listed on the home page.
TestCase {
    id: testCase

    name: "Setup"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    // As a keyboard or switch user would: focus, then Space. (A click needs the item on
    // screen; a page taller than the window has some of its buttons below the fold.)
    function activate(item) {
        verify(item, "nothing to activate");
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    Component {
        id: setupPage

        SetupPage {}
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, name + " not in " + Harness.accessibleNames(page));
        return item;
    }

    function test_createAConsultationFromTheExamplePack() {
        verify(Harness.prepare("home", {}));
        const before = App.consultations.count;
        const page = createTemporaryObject(setupPage, testCase, {width: testCase.width, height: testCase.height});
        const done = signalSpy.createObject(testCase, {target: page, signalName: "done"});
        activate(find(page, "Use the example pack"));
        verify(ConsultationSetup.packLoaded);
        find(page, "Title").text = "Our summer";
        find(page, "What it is for, in words a child understands").text = "Tell us about your summer.";
        activate(find(page, "Save the consultation"));
        tryCompare(done, "count", 1);
        compare(App.consultations.count, before + 1);
    }

    Component {
        id: signalSpy

        SignalSpy {}
    }
}
