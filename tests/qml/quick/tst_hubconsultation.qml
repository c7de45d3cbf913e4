import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Testing

// Consultations published on the hub (sync): the practitioner's home says so, and says
// when one is closed, offering no way to start a new session on it.
TestCase {
    id: testCase

    name: "HubConsultation"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: homePage

        HomePage {}
    }

    function init() {
        Harness.reset();
    }

    function showHome() {
        return createTemporaryObject(homePage, testCase, {width: testCase.width, height: testCase.height});
    }

    function startButtons(home) {
        return Harness.accessibleNames(home).filter(n => n === "Start a session").length;
    }

    function test_hubConsultationsAreLabelledAndClosedOnesCannotStart() {
        verify(Harness.prepare("home", {}));
        const own = App.consultations.count;
        verify(own > 0);
        let home = showHome();
        compare(startButtons(home), own, "one start per consultation: " + Harness.accessibleNames(home));
        verify(!Harness.findByName(home, "From the hub"));

        // Open on the hub: labelled, and it can be started like the device's own.
        verify(Harness.addHubConsultation("Our house rules", false).length > 0);
        home = showHome();
        let names = Harness.accessibleNames(home);
        compare(names.filter(n => n === "From the hub").length, 1, "names: " + names);
        verify(!Harness.findByName(home, "Closed: no new sessions"), "names: " + names);
        compare(startButtons(home), own + 1, "names: " + names);

        // Closed on the hub: both labels, and no start for it.
        const closedId = Harness.addHubConsultation("Moving school", true);
        verify(closedId.length > 0);
        compare(App.consultations.count, own + 2);
        home = showHome();
        names = Harness.accessibleNames(home);
        compare(names.filter(n => n === "From the hub").length, 2, "names: " + names);
        compare(names.filter(n => n === "Closed: no new sessions").length, 1, "names: " + names);
        compare(startButtons(home), own + 1, "a closed consultation offers a start: " + names);
        compare(names.filter(n => n === "Start in their own time").length, own + 1, "names: " + names);

        // The store refuses it too, in words, and no session begins.
        verify(!CurrentSession.begin(closedId, "facilitated"));
        compare(CurrentSession.participantId, "");
        verify(CurrentSession.errorMessage.length > 0);
    }
}
