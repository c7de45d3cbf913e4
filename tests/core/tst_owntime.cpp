// Own-time answering (issues 3 and 16): drafts have no share record or outbox row until
// sent; sending turns every draft into a final answer in one transaction through the normal
// sharing path. Issue 16: the young person's PIN opens only their session's own storage,
// never the store (an offline attack on copied files); sending seals the answers to the
// store's public key and the next unlock imports each item exactly once, keeping tampered
// or truncated items aside; wrong PINs lock the view, never the drafts; the view shows what
// was sent and what the team did, and ends with withdrawal, retention or the practitioner.
#include "core/common/atomicfile.h"
#include "core/crypto/pin.h"
#include "core/store/owntime.h"
#include "support/storefixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <sodium.h>

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

/** The young person chooses their PIN: the session's own storage, at the test cost. */
Result<std::unique_ptr<Store>> makeView(test::StoreFixture& fx, const QByteArray& pin)
{
    return OwnTime::createSession(*fx.store, fx.session.id, pin, OwnTime::testOnlyCost(),
                                  OwnTime::CostPolicy::TestOnly, fx.options());
}

/** A draft saved into a session's own database. */
Result<Response> saveDraft(Store& session, const test::StoreFixture& fx, const QString& text)
{
    Response r = fx.textAnswer(text);
    r.sessionId = fx.session.id;
    r.draft = true;
    return session.responses().save(r);
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(test::readAll(path)).object();
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

/** A canary anywhere in a folder, as text, UTF-16, base64 or hex. */
bool treeContains(const QString& folder, const QByteArray& canary)
{
    const QString utf16 = QString::fromLatin1(canary);
    const QByteArray wide(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray bytes = test::readAll(it.next());
        for (const QByteArray& form : {canary, wide, canary.toBase64(), canary.toHex()}) {
            if (bytes.contains(form)) {
                return true;
            }
        }
    }
    return false;
}

/** Argon2id of a guess with a session file's salt and cost: the attacker's own derivation. */
SecretBytes keyFrom(const QJsonObject& view, const QByteArray& guess)
{
    SecretBytes key(32);
    const QByteArray salt = QByteArray::fromBase64(view.value("salt").toString().toLatin1());
    if (salt.size() != crypto_pwhash_SALTBYTES ||
        crypto_pwhash(key.data(), key.size(), guess.constData(),
                      static_cast<unsigned long long>(guess.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()),
                      static_cast<unsigned long long>(view.value("opslimit").toInteger()),
                      static_cast<size_t>(view.value("memlimit").toInteger()),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return SecretBytes(32); // zeros: opens nothing
    }
    return key;
}

/** How many slots of a key file a guess unwraps, doing by hand what an attacker would:
 *  Argon2id with each slot's salt and cost, then the slot's AEAD. */
int openSlotsWith(const QByteArray& keyFile, const QByteArray& guess)
{
    int opened = 0;
    for (const auto& v : QJsonDocument::fromJson(keyFile).object().value("slots").toArray()) {
        const QJsonObject slot = v.toObject();
        if (slot.value("kdf").toString() != "argon2id13") {
            continue; // the recovery slot takes a 160-bit random key, not a typed secret
        }
        const SecretBytes kek = keyFrom(slot, guess);
        const QByteArray nonce = QByteArray::fromBase64(slot.value("nonce").toString().toLatin1());
        const QByteArray wrapped =
            QByteArray::fromBase64(slot.value("wrapped").toString().toLatin1());
        const QByteArray ad = "chorus-keyslot/1|" + slot.value("kind").toString().toLatin1() + '|' +
                              slot.value("id").toString().toLatin1();
        unsigned char out[64];
        unsigned long long outLen = 0;
        if (nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
            wrapped.size() <=
                64 + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES) &&
            crypto_aead_xchacha20poly1305_ietf_decrypt(
                out, &outLen, nullptr, reinterpret_cast<const unsigned char*>(wrapped.constData()),
                static_cast<unsigned long long>(wrapped.size()),
                reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size()),
                reinterpret_cast<const unsigned char*>(nonce.constData()), kek.data()) == 0) {
            ++opened;
        }
    }
    return opened;
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

    void aPinNeverOpensTheStoreOffline()
    {
        // The attacker copies every file of the data folder and guesses offline.
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        const QByteArray pin = "258046";
        auto session = makeView(fx, pin);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QVERIFY(saveDraft(*session.value(), fx, "CANARY-own-time-7f3a").ok());
        session.value().reset();
        fx.store.reset();
        QTemporaryDir copy;
        QVERIFY(copyTree(fx.dataDir(), copy.path()));

        // The key file has no slot of any kind that the PIN opens, and none for own time.
        const QByteArray keyFile = test::readAll(Store::keySlotsPath(copy.path()));
        QVERIFY(!keyFile.contains("own-time"));
        QVERIFY(!keyFile.contains(pin));
        QCOMPARE(openSlotsWith(keyFile, pin), 0);
        QCOMPARE(openSlotsWith(keyFile, kPassphrase), 1); // the check itself can open a slot
        QVERIFY(!Store::unlock(copy.path(), pin, fx.options()).ok());

        // The session's key from its PIN does not open the store's database either.
        auto view = readJson(copy.path() + "/owntime/" + fx.session.id + "/session.json");
        auto sessionKey = keyFrom(view, pin);
        QVERIFY(!Database::open(Store::databasePath(copy.path()), sessionKey,
                                Database::OpenMode::Existing)
                     .ok());
        // It opens the session's own database, and only with that PIN.
        const QString sessionDir = OwnTime::viewFolder(copy.path(), fx.session.id);
        QVERIFY(Database::open(Store::databasePath(sessionDir), sessionKey,
                               Database::OpenMode::Existing)
                    .ok());
        QVERIFY(!Database::open(Store::databasePath(sessionDir), keyFrom(view, "258047"),
                                Database::OpenMode::Existing)
                     .ok());
        QVERIFY(!test::readAll(Store::databasePath(sessionDir)).startsWith("SQLite format 3"));
        QVERIFY(!treeContains(copy.path(), "CANARY-own-time-7f3a"));
        auto opened = OwnTime::open(copy.path(), pin, fx.options());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->store->responses().forSession(fx.session.id)->first().text,
                 QString("CANARY-own-time-7f3a"));
        // Nothing inside the session holds the inbox's secret key.
        QVERIFY(!opened->store->setting("owntime/inbox-secret-key")->size());
    }

    void aYoungPersonsOwnDeviceOpensWithTheirPinOnly()
    {
        // Issue 16, a young person's own device: the store holds only their answers, so their
        // PIN wraps its key (at the own-time cost); there is no recovery slot to show a child,
        // and wrong PINs are counted but never shred what they have not sent yet.
        QTemporaryDir dir;
        const QByteArray pin = "258046";
        QCOMPARE(Store::createForYoungPerson(dir.path(), "123456", OwnTime::testOnlyCost(), true)
                     .error()
                     .code,
                 Error::Code::Invalid); // a straight run
        QCOMPARE(Store::createForYoungPerson(dir.path(), pin, OwnTime::testOnlyCost()).error().code,
                 Error::Code::Invalid); // a cheap cost needs the test-only flag
        QVERIFY(!Store::existsIn(dir.path()));
        auto made = Store::createForYoungPerson(dir.path(), pin, OwnTime::testOnlyCost(), true);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made->recoveryKey.isEmpty());
        made->store.reset();
        QVERIFY(Store::isYoungPersonDevice(dir.path()));
        const QByteArray keyFile = test::readAll(Store::keySlotsPath(dir.path()));
        const auto slotList = QJsonDocument::fromJson(keyFile).object().value("slots").toArray();
        QCOMPARE(slotList.size(), 1);
        QVERIFY(!keyFile.contains("recovery"));
        QCOMPARE(openSlotsWith(keyFile, pin), 1);
        for (int i = 0; i < 12; ++i) {
            auto wrong = Store::unlock(dir.path(), "258047");
            QCOMPARE(wrong.error().code, Error::Code::CannotUnlock);
        }
        QCOMPARE(KeyVault(Store::keySlotsPath(dir.path())).failedUnlocks(), 12);
        auto opened = Store::unlock(dir.path(), pin);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(KeyVault(Store::keySlotsPath(dir.path())).failedUnlocks(), 0);
        // A practitioner's store is not one.
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(!Store::isYoungPersonDevice(fx.dataDir()));
    }

    void eachPinOpensOnlyItsOwnSession()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(makeView(fx, "258046").ok());
        auto other = fx.addParticipant("Heron");
        QVERIFY(other && fx.giveConsent(other->id, StoreOnDevice | ShareAnonymised));
        auto second = fx.store->consultations().startSession(fx.consultation.id,
                                                             SessionMode::OwnTime, {other->id});
        QVERIFY(second.ok());
        QVERIFY(OwnTime::createSession(*fx.store, second->id, "a long river passphrase",
                                       OwnTime::testOnlyCost(), OwnTime::CostPolicy::TestOnly,
                                       fx.options())
                    .ok());
        fx.store.reset();
        auto first = OwnTime::open(fx.dataDir(), "258046", fx.options());
        QVERIFY(first.ok());
        QCOMPARE(first->sessionId, fx.session.id);
        QCOMPARE(first->store->consultations().sessionParticipants(second->id)->size(), 0);
        auto byPassphrase = OwnTime::open(fx.dataDir(), "a long river passphrase", fx.options());
        QVERIFY2(byPassphrase.ok(), qPrintable(byPassphrase.error().message));
        QCOMPARE(byPassphrase->sessionId, second->id);
    }

    void draftsFromBeforeMoveIntoTheSessionsOwnStorage()
    {
        // A session begun when drafts lived in the store keeps them when its PIN is chosen.
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        auto old = fx.store->responses().save(draft(fx, "said before the change"));
        QVERIFY(old.ok());
        auto session = makeView(fx, "258046");
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QCOMPARE(session.value()->responses().get(old->id)->text,
                 QString("said before the change"));
        QVERIFY(!fx.store->responses().get(old->id).ok());
        QVERIFY(OwnTime::send(*session.value(), fx.dataDir(), fx.session.id).ok());
        auto report = OwnTime::importInbox(*fx.store);
        QCOMPARE(report->answers, 1);
        QVERIFY(!fx.store->responses().get(old->id)->draft);
    }

    void pinRulesRefuseTrivialPinsAndTestCosts()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        for (const QByteArray weak :
             {"12345", "123456", "111111", "987654", "9876543210987", "short pw", "aaaaaaaaaaaa"}) {
            auto st =
                OwnTime::createSession(*fx.store, fx.session.id, weak, OwnTime::testOnlyCost(),
                                       OwnTime::CostPolicy::TestOnly, fx.options());
            QVERIFY2(!st.ok(), weak.constData());
            QVERIFY2(st.error().message.startsWith("pin:"), qPrintable(st.error().message));
        }
        QVERIFY(OwnTime::checkPin("a sentence of my own").ok());
        QVERIFY(OwnTime::checkPin("2580461").ok());
        // A test cost is refused unless the caller says it is a test.
        auto cheap =
            OwnTime::createSession(*fx.store, fx.session.id, "258046", OwnTime::testOnlyCost(),
                                   OwnTime::CostPolicy::Production, fx.options());
        QVERIFY(!cheap.ok());
        QVERIFY(cheap.error().message.contains("256 MiB"));
        QVERIFY(OwnTime::calibrate(1).memLimit >= OwnTime::kMinMemory);
        auto facilitated = fx.store->consultations().startSession(
            fx.consultation.id, SessionMode::Facilitated, {fx.participant.id});
        QVERIFY(!OwnTime::createSession(*fx.store, facilitated->id, "258046",
                                        OwnTime::testOnlyCost(), OwnTime::CostPolicy::TestOnly,
                                        fx.options())
                     .ok());
        QVERIFY(OwnTime::views(fx.dataDir()).isEmpty());
    }

    void wrongPinsLockTheViewAndNeverTheDrafts()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        {
            auto session = makeView(fx, "258046");
            QVERIFY(session.ok());
            QVERIFY(saveDraft(*session.value(), fx, "kept").ok());
        }
        fx.store.reset();
        const QString viewFile = OwnTime::viewFolder(fx.dataDir(), fx.session.id) + "/session.json";
        const QByteArray fresh = test::readAll(viewFile);
        for (int i = 1; i < OwnTime::kMaxFailures; ++i) {
            auto wrong = OwnTime::open(fx.dataDir(), "864213", fx.options());
            QCOMPARE(wrong.error().code, Error::Code::CannotUnlock);
            QCOMPARE(OwnTime::views(fx.dataDir()).first().failures, i);
            QCOMPARE(readJson(viewFile).value("failures").toInt(), i);
        }
        auto last = OwnTime::open(fx.dataDir(), "864213", fx.options());
        QCOMPARE(last.error().code, Error::Code::SlotsDestroyed);
        QVERIFY(OwnTime::views(fx.dataDir()).first().locked);
        QVERIFY(!OwnTime::open(fx.dataDir(), "258046", fx.options()).ok());
        // Putting back the session's own file does not give the tries back: the device counts.
        QVERIFY(writeFileAtomically(viewFile, fresh).ok());
        QVERIFY(OwnTime::views(fx.dataDir()).first().locked);
        QVERIFY(!OwnTime::open(fx.dataDir(), "258046", fx.options()).ok());
        // A child's guesses never count towards shredding the store.
        QCOMPARE(KeyVault(Store::keySlotsPath(fx.dataDir())).failedUnlocks(), 0);
        // The practitioner reopens it; the drafts are all there.
        auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
        QVERIFY(store.ok());
        QVERIFY(OwnTime::reopen(*store.value(), fx.session.id).ok());
        store.value().reset();
        auto back = OwnTime::open(fx.dataDir(), "258046", fx.options());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->store->responses().forSession(fx.session.id)->first().text, QString("kept"));
    }

    void sendingWithTheStoreLockedImportsExactlyOnce()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(makeView(fx, "258046").ok());
        fx.store.reset(); // the practitioner has gone: only the PIN is here
        {
            auto opened = OwnTime::open(fx.dataDir(), "258046", fx.options());
            QVERIFY(opened.ok());
            QVERIFY(saveDraft(*opened->store, fx, "one").ok());
            QVERIFY(saveDraft(*opened->store, fx, "two").ok());
            QVERIFY(!OwnTime::isSent(*opened->store));
            auto st = OwnTime::send(*opened->store, fx.dataDir(), fx.session.id);
            QVERIFY2(st.ok(), qPrintable(st.error().message));
            QVERIFY(OwnTime::isSent(*opened->store));
        }
        const QStringList inbox =
            QDir(OwnTime::inboxFolder(fx.dataDir())).entryList({"*.sealed"}, QDir::Files);
        QCOMPARE(inbox.size(), 1);
        const QByteArray sealed =
            test::readAll(OwnTime::inboxFolder(fx.dataDir()) + "/" + inbox.first());
        QVERIFY(!sealed.contains("two"));

        auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
        QVERIFY(store.ok());
        auto report = OwnTime::importInbox(*store.value());
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->answers, 2);
        QVERIFY(report->refused.isEmpty());
        QCOMPARE(count(*store.value(), "SELECT count(*) FROM responses WHERE draft = 0"), 2);
        QCOMPARE(count(*store.value(), "SELECT count(*) FROM share_records"), 2);
        QCOMPARE(store.value()->outbox().due(10)->size(), 2);
        QVERIFY(store.value()->consultations().session(fx.session.id)->endedAt.has_value());
        QVERIFY(QDir(OwnTime::inboxFolder(fx.dataDir())).entryList({"*.sealed"}).isEmpty());
        // Again: nothing; and the same item written again (a crash before "sent" was noted)
        // is recognised and removed, not imported twice.
        QCOMPARE(OwnTime::importInbox(*store.value())->imported, 0);
        QVERIFY(
            writeFileAtomically(OwnTime::inboxFolder(fx.dataDir()) + "/" + inbox.first(), sealed)
                .ok());
        auto again = OwnTime::importInbox(*store.value());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->alreadyImported, 1);
        QCOMPARE(count(*store.value(), "SELECT count(*) FROM responses"), 2);
        QCOMPARE(store.value()->outbox().due(10)->size(), 2);
    }

    // Issue 19: how the young person's own time went is sealed with their answers and
    // queued for the hub on import, like a practitioner session's record: marked as own
    // time, with no practitioner time whatever the sealed copy says.
    void ownTimeParticipationIsSealedAndQueuedOnImport()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(makeView(fx, "258046").ok());
        fx.store.reset();
        {
            auto opened = OwnTime::open(fx.dataDir(), "258046", fx.options());
            QVERIFY(opened.ok());
            QVERIFY(saveDraft(*opened->store, fx, "one").ok());
            QVERIFY(!OwnTime::keptParticipation(*opened->store)->has_value());
            ParticipationRecord r;
            r.consultationId = fx.consultation.id;
            r.packId = fx.consultation.packId;
            r.packVersion = fx.consultation.packVersion;
            r.ageBand = fx.participant.ageBand;
            r.role = fx.participant.role;
            r.mode = SessionMode::OwnTime;
            r.language = "cy";
            r.minutes = 25;
            r.practitionerMinutes = 25; // a tampered copy: own time is never a practitioner's
            r.week = "2026-W45";
            r.addAdaptation("read-aloud");
            r.activities << ParticipationRecord::Activity{"feel", "feelings-scale",
                                                          ParticipationRecord::Outcome::Completed,
                                                          75, ParticipationRecord::Rating::Liked};
            QVERIFY(OwnTime::keepParticipation(*opened->store, r).ok());
            QCOMPARE(OwnTime::keptParticipation(*opened->store)->value().minutes, 25);
            QVERIFY(OwnTime::send(*opened->store, fx.dataDir(), fx.session.id).ok());
        }
        auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
        QVERIFY(store.ok());
        auto report = OwnTime::importInbox(*store.value());
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->imported, 1);
        QVERIFY(report->refused.isEmpty());
        QJsonObject session;
        const auto queued = store.value()->outbox().due(10);
        QVERIFY(queued.ok());
        for (const auto& item : queued.value()) {
            const QJsonObject body = QJsonDocument::fromJson(item.body).object();
            if (body.value("record").toString() == QLatin1String("session")) {
                session = body;
            }
        }
        QVERIFY2(!session.isEmpty(), "no participation record was queued for the hub");
        QCOMPARE(session.value("mode").toString(), QString("own-time"));
        QCOMPARE(session.value("practitionerMinutes").toInt(), 0);
        QCOMPARE(session.value("minutes").toInt(), 25);
        QCOMPARE(session.value("language").toString(), QString("cy"));
        QCOMPARE(session.value("adaptations").toArray(), QJsonArray({"read-aloud"}));
        QCOMPARE(session.value("activities").toArray()[0].toObject().value("rating").toString(),
                 QString("liked"));
        QCOMPARE(store.value()->sharing().participation(fx.participant.id)->value().minutes, 25);
    }

    void tamperedOrTruncatedItemsAreKeptAside()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(makeView(fx, "258046").ok());
        fx.store.reset();
        {
            auto opened = OwnTime::open(fx.dataDir(), "258046", fx.options());
            QVERIFY(saveDraft(*opened->store, fx, "whole").ok());
            QVERIFY(OwnTime::send(*opened->store, fx.dataDir(), fx.session.id).ok());
        }
        const QDir inbox(OwnTime::inboxFolder(fx.dataDir()));
        const QString good = inbox.filePath(inbox.entryList({"*.sealed"}).first());
        QByteArray bytes = test::readAll(good);
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x20);
        QVERIFY(writeFileAtomically(inbox.filePath("aaaa-flipped.sealed"), flipped).ok());
        QVERIFY(writeFileAtomically(inbox.filePath("aaab-cut.sealed"), bytes.left(bytes.size() - 9))
                    .ok());
        QVERIFY(writeFileAtomically(inbox.filePath("aaac-tiny.sealed"), bytes.left(20)).ok());

        auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
        QVERIFY(store.ok());
        auto report = OwnTime::importInbox(*store.value());
        QVERIFY(report.ok());
        QCOMPARE(report->refused.size(), 3);
        for (const QString& why : report->refused) {
            QVERIFY2(why.contains("changed or cut short"), qPrintable(why));
        }
        QCOMPARE(report->imported, 1);
        const QDir refused(OwnTime::refusedFolder(fx.dataDir()));
        QCOMPARE(refused.entryList({"*.sealed"}).size(), 3);
        QCOMPARE(refused.entryList({"*.why.txt"}).size(), 3);
        QCOMPARE(test::readAll(refused.filePath("aaaa-flipped.sealed")), flipped);
        // Only the whole item's one answer came in; nothing half-imported.
        QCOMPARE(count(*store.value(), "SELECT count(*) FROM responses"), 1);
        QVERIFY(inbox.entryList({"*.sealed"}).isEmpty());
    }

    void theViewShowsWhatWasSentAndWhatTheTeamDid()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(makeView(fx, "258046").ok());
        fx.store.reset();
        QString responseId;
        {
            auto opened = OwnTime::open(fx.dataDir(), "258046", fx.options());
            auto saved = saveDraft(*opened->store, fx, "more time outside");
            responseId = saved->id;
            QVERIFY(OwnTime::send(*opened->store, fx.dataDir(), fx.session.id).ok());
        }
        auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
        QVERIFY(OwnTime::importInbox(*store.value())->imported == 1);
        auto viewers = OwnTime::viewParticipants(*store.value());
        QCOMPARE(viewers->value(fx.session.id), fx.participant.id);
        // Sync writes the team's action for this session under its key, with the store open.
        const QJsonObject action{{"id", "act-1"},
                                 {"seq", 3},
                                 {"youSaid", "More time outside"},
                                 {"weDid", "The garden is open after school"},
                                 {"feedbackIds", QJsonArray{"fb-77"}},
                                 {"status", "done"},
                                 {"date", "2026-11-20"}};
        QVERIFY(OwnTime::publishTeamActions(fx.dataDir(), fx.session.id, {action}).ok());
        QVERIFY(!treeContains(fx.dataDir(), "garden is open"));
        store.value().reset();

        auto back = OwnTime::open(fx.dataDir(), "258046", fx.options());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(back->sent);
        QCOMPARE(back->store->responses().get(responseId)->text, QString("more time outside"));
        QCOMPARE(back->store->database().queryText("SELECT we_did FROM hub_actions").value(),
                 QString("The garden is open after school"));
        QCOMPARE(back->store->database()
                     .queryText("SELECT participant_id FROM sent_feedback WHERE id = 'fb-77'")
                     .value(),
                 fx.participant.id);
    }

    void endingWithdrawalAndRetentionEraseTheView()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        QVERIFY(makeView(fx, "258046").ok());
        const QString folder = OwnTime::viewFolder(fx.dataDir(), fx.session.id);
        QVERIFY(QDir(folder).exists());
        QVERIFY(fx.store->erasure().withdraw(fx.participant.id).ok());
        QVERIFY(!QDir(folder).exists());
        QVERIFY(OwnTime::viewParticipants(*fx.store)->isEmpty());

        // The practitioner ends another from home.
        auto other = fx.addParticipant("Heron");
        QVERIFY(other && fx.giveConsent(other->id, StoreOnDevice));
        auto second = fx.store->consultations().startSession(fx.consultation.id,
                                                             SessionMode::OwnTime, {other->id});
        QVERIFY(OwnTime::createSession(*fx.store, second->id, "369258", OwnTime::testOnlyCost(),
                                       OwnTime::CostPolicy::TestOnly, fx.options())
                    .ok());
        QVERIFY(OwnTime::erase(*fx.store, second->id).ok());
        QVERIFY(OwnTime::views(fx.dataDir()).isEmpty());

        // A third expires with the consultation's retention (30 days in the fixture).
        auto third = fx.store->consultations().startSession(fx.consultation.id,
                                                            SessionMode::OwnTime, {other->id});
        QVERIFY(OwnTime::createSession(*fx.store, third->id, "369258", OwnTime::testOnlyCost(),
                                       OwnTime::CostPolicy::TestOnly, fx.options())
                    .ok());
        fx.store.reset();
        QVERIFY(OwnTime::open(fx.dataDir(), "369258", fx.options()).ok());
        fx.clock->advanceDays(31);
        auto late = OwnTime::open(fx.dataDir(), "369258", fx.options());
        QCOMPARE(late.error().code, Error::Code::NotFound);
        QVERIFY(!QDir(OwnTime::viewFolder(fx.dataDir(), third->id)).exists());
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

    // Answers kept over a lock are sealed either to the store (practitioner's session) or to
    // the own-time session's own key (issue 22 point 5): each opens only with its own key, and a
    // changed byte is Damaged, never half-opened.
    void answersKeptOverALockOpenOnlyWithTheirOwnKey()
    {
        test::StoreFixture fx;
        QVERIFY(ownTimeSetUp(fx));
        auto view = makeView(fx, "258046");
        QVERIFY(view.ok());
        Store& session = *view.value();
        const QByteArray words = "I want to stay with my nan at weekends";

        auto toStore = OwnTime::sealToStore(*fx.store, words);
        QVERIFY(toStore.ok());
        QVERIFY(!toStore->contains(words));
        QCOMPARE(OwnTime::openSealedToStore(*fx.store, toStore.value()).value(), words);
        QVERIFY(!OwnTime::openSealedToSession(session, toStore.value()).ok());

        auto toSession = OwnTime::sealToSession(session, words);
        QVERIFY(toSession.ok());
        QVERIFY(!toSession->contains(words));
        QCOMPARE(OwnTime::openSealedToSession(session, toSession.value()).value(), words);
        QVERIFY(!OwnTime::openSealedToStore(*fx.store, toSession.value()).ok());

        QByteArray changed = toSession.value();
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
        const auto damaged = OwnTime::openSealedToSession(session, changed);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, Error::Code::Damaged);
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
