import QtQuick
import QtTest
import Chorus
import Chorus.Controls
import Chorus.Team
import Chorus.Testing

// The Team sign-in (issue 8) against a hub in the test process: the first sign-in with the
// one-time code, a refused sign-in told in plain words (never the hub's English), and an
// expired session that returns to the sign-in page with a message.
TestCase {
    id: testCase

    name: "TeamSignIn"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    property string hub: ""

    Component {
        id: screen

        TeamScreen {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        hub = Harness.startHub();
        verify(hub.length > 0, "the test hub did not start");
    }

    function init() {
        Harness.reset();
        Team.signOut();
    }

    // As a keyboard or switch user would: focus the control by its name and press Return
    // (the page scrolls, so a control may be out of the mouse's reach).
    function activate(item) {
        item.forceActiveFocus();
        keyClick(Qt.Key_Return);
    }

    function find(page, name) {
        const item = Harness.findByName(page, name);
        verify(item, "no '" + name + "' in " + Harness.accessibleNames(page));
        return item;
    }

    function typeInto(page, name, text) {
        const field = find(page, name);
        field.forceActiveFocus();
        field.text = text;
    }

    function test_firstSignInWithTheOneTimeCode() {
        const secret = Harness.addReviewer("Sam Reviewer", "reviewer");
        verify(secret.length > 0);
        const page = createTemporaryObject(screen, testCase);
        typeInto(page, "Hub address", hub);
        typeInto(page, "Your name", "Sam Reviewer");
        activate(find(page, "This is my first sign-in: I have a one-time code"));
        typeInto(page, "One-time code", secret);
        typeInto(page, "New passphrase", "a long passphrase 1");
        typeInto(page, "New passphrase again", "a long passphrase 2");
        activate(find(page, "Sign in"));
        // Checked here before anything is sent: the code stays unspent.
        const mismatch = "The two passphrases are not the same. Type them again.";
        compare(Team.errorMessage, mismatch);
        find(page, mismatch);
        verify(!Team.signedIn);

        typeInto(page, "One-time code", secret);
        typeInto(page, "New passphrase", "a long passphrase 1");
        typeInto(page, "New passphrase again", "a long passphrase 1");
        activate(find(page, "Sign in"));
        tryVerify(() => Team.signedIn, 10000, "not signed in: " + Team.errorMessage);
        compare(Team.role, "reviewer");
        compare(Team.errorMessage, "");
        // Signed in: the sections and the way out are there.
        find(page, "Consultations");
        find(page, "Feedback");
        activate(find(page, "Sign out"));
        verify(!Team.signedIn);
        find(page, "Sign in");

        // The passphrase signs in from now on; the code was spent.
        typeInto(page, "Your name", "Sam Reviewer");
        typeInto(page, "Passphrase", "a long passphrase 1");
        activate(find(page, "Sign in"));
        tryVerify(() => Team.signedIn, 10000, "not signed in: " + Team.errorMessage);
    }

    function test_refusedSignInIsSaidPlainly() {
        Harness.addReviewer("Ali Reviewer", "reviewer");
        const page = createTemporaryObject(screen, testCase);
        typeInto(page, "Hub address", hub);
        typeInto(page, "Your name", "Ali Reviewer");
        typeInto(page, "Passphrase", "not the passphrase at all");
        activate(find(page, "Sign in"));
        const refused = "Those sign-in details were not right. Check your name, passphrase or one-time code and try again.";
        tryCompare(Team, "errorMessage", refused, 10000);
        find(page, refused);
        verify(!Team.signedIn);
        // The box is emptied as soon as the passphrase is sent.
        compare(find(page, "Passphrase").text, "");
    }

    function test_noHubIsSaidPlainly() {
        const page = createTemporaryObject(screen, testCase);
        typeInto(page, "Hub address", "http://hub.example.org");
        typeInto(page, "Your name", "Sam Reviewer");
        typeInto(page, "Passphrase", "a long passphrase 1");
        activate(find(page, "Sign in"));
        tryCompare(Team, "errorMessage", "The hub's address must start with https://.", 10000);
    }

    function test_expiredSessionReturnsToSignIn() {
        const secret = Harness.addReviewer("Kim Reviewer", "admin");
        const page = createTemporaryObject(screen, testCase);
        Team.hubUrl = hub;
        Team.firstSignIn("Kim Reviewer", secret, "a long passphrase 1", "a long passphrase 1");
        tryVerify(() => Team.signedIn, 10000, "not signed in: " + Team.errorMessage);
        compare(Team.role, "admin");
        // 31 idle minutes on the hub's clock: the next request is refused and the app
        // forgets the session and says why.
        verify(Harness.ageHubSessions(31));
        activate(find(page, "Feedback"));
        Team.refreshConsultations();
        tryVerify(() => !Team.signedIn, 10000);
        const ended = "Your session has ended. Sign in again to carry on.";
        compare(Team.noticeMessage, ended);
        find(page, ended);
        find(page, "Sign in");
    }
}
