// Own-time answering (issue 3): drafts stay on the device with no share record or outbox
// row until the young person sends them; sending turns every draft into a final answer in
// one transaction and then takes the normal sharing path; the young person's PIN wraps
// the key in a slot of its own with a limit on wrong tries; unfinished sessions are listed
// for resuming; PINs are kept only as Argon2id output.
#include "core/crypto/pin.h"
#include "support/storefixture.h"

#include <QTest>

using namespace chorus;

namespace {

constexpr auto kPassphrase = "correct horse battery";

/** A fixture whose session is an own-time one, with review off so that sent answers queue. */
bool ownTimeSetUp(test::StoreFixture& fx, ConsentScopes scopes = StoreOnDevice | ShareAnonymised)
{
    if (!fx.setUp(scopes)) {
        return false;
    }
    auto s = fx.store->consultations().startSession(fx.consultation.id, SessionMode::OwnTime,
                                                    {fx.participant.id});
    if (!s || !fx.store->sharing().setReviewRequired(fx.consultation.id, false)) {
        return false;
    }
    fx.session = s.value();
    return true;
}

Response draft(const test::StoreFixture& fx, const QString& text)
{
    Response r = fx.textAnswer(text);
    r.draft = true;
    return r;
}

qint64 count(Store& store, const char* sql)
{
    auto v = store.database().queryText(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestOwnTime : public QObject
{
    Q_OBJECT

private slots:
    void draftsAreKeptButNotShared()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        auto saved = fx.store->responses().save(draft(fx, "I like Tuesdays"));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(saved->draft);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM share_records"), 0);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM outbox"), 0);
        // Changing a draft keeps it a draft, still unshared.
        Response changed = saved.value();
        changed.text = "I like Tuesdays and Fridays";
        auto again = fx.store->responses().save(changed);
        QVERIFY(again.ok());
        QCOMPARE(fx.store->responses().get(saved->id)->text, changed.text);
        QVERIFY(fx.store->responses().get(saved->id)->draft);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM outbox"), 0);
    }

    void submittingSendsEveryDraftAtOnce()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(fx.store->responses().save(draft(fx, "one")).ok());
        Response scale = draft(fx, {});
        scale.kind = AnswerKind::Scale;
        scale.activityId = "feel";
        scale.value = QJsonObject{{"value", 2}};
        QVERIFY(fx.store->responses().save(scale).ok());

        auto sent = fx.store->responses().submitDrafts(fx.session.id, fx.participant.id);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QCOMPARE(sent.value(), 2);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM responses WHERE draft = 1"), 0);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM share_records"), 2);
        QCOMPARE(fx.store->outbox().due(10)->size(), 2);
        // Nothing left to send the second time, and nothing queued twice.
        QCOMPARE(fx.store->responses().submitDrafts(fx.session.id, fx.participant.id).value(), 0);
        QCOMPARE(fx.store->outbox().due(10)->size(), 2);
    }

    void aSentAnswerCannotBecomeADraftAgain()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        auto saved = fx.store->responses().save(draft(fx, "one"));
        QVERIFY(saved.ok());
        QVERIFY(fx.store->responses().submitDrafts(fx.session.id, fx.participant.id).ok());
        Response back = saved.value();
        back.draft = true;
        auto refused = fx.store->responses().save(back);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("draft"), qPrintable(refused.error().message));
        QVERIFY(!fx.store->responses().get(saved->id)->draft);
    }

    void withoutConsentNothingIsSentAndDraftsStay()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(fx.store->responses().save(draft(fx, "one")).ok());
        // Another participant has no draft here; and a participant without consent in force
        // gets a clear refusal that leaves every draft as it was.
        auto other = fx.addParticipant("Fox");
        QVERIFY(other);
        auto refused = fx.store->responses().submitDrafts(fx.session.id, other->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ConsentMissing);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM responses WHERE draft = 1"), 1);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM outbox"), 0);
    }

    void withoutTheShareScopeSentAnswersStayOnTheDevice()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx, StoreOnDevice));
        QVERIFY(fx.store->responses().save(draft(fx, "one")).ok());
        QCOMPARE(fx.store->responses().submitDrafts(fx.session.id, fx.participant.id).value(), 1);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM responses WHERE draft = 0"), 1);
        QCOMPARE(count(*fx.store, "SELECT count(*) FROM outbox"), 0);
    }

    void thePinOpensOnlyItsOwnSession()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(fx.store->responses().save(draft(fx, "CANARY-own-time")).ok());
        const QByteArray pin = "258046";
        auto st = fx.store->setOwnTimePin(fx.session.id, pin, test::fastKdf());
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        QVERIFY(!test::readAll(Store::keySlotsPath(fx.dataDir())).contains(pin));
        const QString sessionId = fx.session.id;
        fx.store.reset(); // locked

        auto opened = Store::unlockWithOwnTimePin(fx.dataDir(), pin, fx.options());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->sessionId, sessionId);
        auto drafts = opened->store->responses().forSession(sessionId);
        QCOMPARE(drafts->size(), 1);
        QVERIFY(drafts->first().draft);
        // The PIN is not a passphrase: it does not unlock the store the practitioner's way.
        opened->store.reset();
        QVERIFY(!Store::unlock(fx.dataDir(), pin, fx.options()).ok());
        QVERIFY(Store::unlock(fx.dataDir(), kPassphrase, fx.options()).ok());
    }

    void weakPinsAndFacilitatedSessionsAreRefused()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        for (const QByteArray weak : {"12345", "123456", "111111", "98765a", "9876543210987"}) {
            auto st = fx.store->setOwnTimePin(fx.session.id, weak, test::fastKdf());
            QVERIFY2(!st.ok(), weak.constData());
            QVERIFY2(st.error().message.startsWith("pin:"), qPrintable(st.error().message));
        }
        auto facilitated = fx.store->consultations().startSession(
            fx.consultation.id, SessionMode::Facilitated, {fx.participant.id});
        QVERIFY(!fx.store->setOwnTimePin(facilitated->id, "258046", test::fastKdf()).ok());
        QVERIFY(KeyVault(Store::keySlotsPath(fx.dataDir())).ownTimeSessions().isEmpty());
    }

    void wrongPinsRemoveThePinButNeverTheStore()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(fx.store->responses().save(draft(fx, "kept")).ok());
        QVERIFY(fx.store->setOwnTimePin(fx.session.id, "258046", test::fastKdf()).ok());
        fx.store.reset();
        KeyVault vault(Store::keySlotsPath(fx.dataDir()));
        for (int i = 1; i < KeyVault::kOwnTimeMaxFailures; ++i) {
            auto wrong = Store::unlockWithOwnTimePin(fx.dataDir(), "864213", fx.options());
            QCOMPARE(wrong.error().code, Error::Code::CannotUnlock);
            QCOMPARE(vault.ownTimeFailures(), i);
        }
        QCOMPARE(vault.failedUnlocks(), 0); // a child's guesses never count towards shredding
        auto last = Store::unlockWithOwnTimePin(fx.dataDir(), "864213", fx.options());
        QCOMPARE(last.error().code, Error::Code::SlotsDestroyed);
        QVERIFY(vault.ownTimeSessions().isEmpty());
        QVERIFY(!Store::unlockWithOwnTimePin(fx.dataDir(), "258046", fx.options()).ok());
        // The drafts are still there for the practitioner.
        auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
        QVERIFY(store.ok());
        QCOMPARE(store.value()->responses().forSession(fx.session.id)->size(), 1);
    }

    void unfinishedSessionsAreListedUntilEnded()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        auto open = fx.store->consultations().unfinishedSessions();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 2); // the fixture's facilitated one and the own-time one
        QCOMPARE(fx.store->consultations().sessionParticipants(fx.session.id).value(),
                 QStringList{fx.participant.id});
        QVERIFY(fx.store->consultations().endSession(fx.session.id).ok());
        open = fx.store->consultations().unfinishedSessions();
        QCOMPARE(open->size(), 1);
        QVERIFY(open->first().id != fx.session.id);
    }

    void settingsAreKeptInTheStore()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QCOMPARE(fx.store->setting("k").value(), QString());
        QVERIFY(fx.store->setSetting("k", "v1").ok());
        QVERIFY(fx.store->setSetting("k", "v2").ok());
        QCOMPARE(fx.store->setting("k").value(), QString("v2"));
        QVERIFY(fx.store->removeSetting("k").ok());
        QCOMPARE(fx.store->setting("k").value(), QString());
    }

    void pinHashesVerifyOnlyTheirPin()
    {
        auto hashed = pin::hash("4829", test::fastKdf());
        QVERIFY(hashed.ok());
        QVERIFY(hashed->startsWith("$argon2id$"));
        QVERIFY(!hashed->contains("4829"));
        QVERIFY(pin::verify("4829", hashed.value()));
        QVERIFY(!pin::verify("4830", hashed.value()));
        QVERIFY(!pin::verify("4829", QString()));
        QVERIFY(pin::check("4829", 4).ok());
        QVERIFY(!pin::check("48a9", 4).ok());
    }
};

QTEST_GUILESS_MAIN(TestOwnTime)
#include "tst_owntime.moc"
