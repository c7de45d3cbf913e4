// The store as the app uses it: CP-1 (no answer without consent), CP-2 (withdrawal erases),
// CP-3 (retention with a fake clock), REL-2 (a full disk loses nothing), ST-1 at the
// passphrase level, the audit chain, typed import and the subject access export.
#include "core/store/participantexport.h"
#include "core/store/savequeue.h"
#include "core/store/storeutil.h"
#include "core/store/typedimport.h"
#include "support/faultyvfs.h"
#include "support/pagescan.h"
#include "support/storefixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <sodium.h>
#include <sqlite3.h>

using namespace chorus;

namespace {

/** Every text and blob value in every table, read with the key: the "keyed scan" of CP-2. */
QByteArray everyValue(Database& db)
{
    QByteArray all;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'");
    QStringList names;
    (void)forEachRow(tables.value(), [&](const Statement& s) { names << s.text(0); });
    for (const auto& t : names) {
        auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(t).toUtf8().constData());
        for (;;) {
            auto row = rows->step();
            if (!row.ok() || !row.value()) {
                break;
            }
            for (int c = 0; c < 20; ++c) {
                all += rows->blob(c);
            }
        }
    }
    return all;
}

/** Raw bytes of every file in the data directory. */
QByteArray everyFile(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        all += test::readAll(it.next());
    }
    return all;
}

/** A typed-up paper session for one young person, in the import format. */
QByteArray importDocument(const QString& consultationId)
{
    return R"json({"format": "chorus-import/1", "consultation": ")json" + consultationId.toUtf8() +
           R"json(", "participants": [
            {"codeName": "Fox", "ageBand": "12-15", "role": "young-person",
             "consent": {"givenBy": "child", "assessor": "sw-2", "assessmentBasis": "talked it through on paper",
                         "explanationVersion": "paper-1", "explanationLanguage": "en", "scopes": ["store", "share"]},
             "responses": [{"activityId": "feel", "kind": "scale", "value": {"value": 4}},
                           {"activityId": "say", "kind": "text", "text": "More time with my nan"}]}]})json";
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    // Stored times are written by hand (fast path) and must match Qt's own ISO form exactly,
    // since text order is time order.
    void storedTimesAreUtcIsoWithMilliseconds()
    {
        const QDateTime samples[] = {
            QDateTime(QDate(2026, 11, 26), QTime(8, 43, 48, 123), Qt::UTC),
            QDateTime(QDate(999, 1, 2), QTime(0, 0, 0, 7), Qt::UTC),
            QDateTime(QDate(2026, 7, 1), QTime(1, 30, 5, 40), QTimeZone(5 * 3600 + 1800)),
            QDateTime::currentDateTimeUtc(),
        };
        for (const QDateTime& t : samples) {
            const QString text = isoTime(t);
            QCOMPARE(text, t.toUTC().toString(Qt::ISODateWithMs));
            QCOMPARE(fromIsoTime(text), t);
        }
        QCOMPARE(isoTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(3600))),
                 QString("2025-12-31T23:00:00.000Z"));
    }

    void answerIsSavedUnderTheConsentInForce()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto saved = fx.store->responses().save(fx.textAnswer("I like my room"));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->consentId, fx.consent.id);
        QCOMPARE(saved->retainUntil, fx.clock->now().addDays(30));
        auto back = fx.store->responses().get(saved->id);
        QCOMPARE(back->text, QString("I like my room"));
    }

    void noAnswerWithoutConsent()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto other = fx.addParticipant("Owl");
        QVERIFY(other);
        auto s = fx.store->consultations().startSession(fx.consultation.id,
                                                        SessionMode::Facilitated, {other->id});
        auto answer = fx.textAnswer("no consent yet", other->id);
        answer.sessionId = s->id;
        auto saved = fx.store->responses().save(answer);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::ConsentMissing);
        QCOMPARE(fx.store->responses().forParticipant(other->id)->size(), 0);
    }

    void voiceNeedsItsOwnScope()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice));
        Response voice = fx.textAnswer("");
        voice.kind = AnswerKind::Audio;
        voice.media = QByteArray("OggS fake audio");
        voice.mediaType = "audio/ogg";
        auto refused = fx.store->responses().save(voice);
        QCOMPARE(refused.error().code, Error::Code::ConsentMissing);
        QVERIFY(fx.giveConsent(fx.participant.id, StoreOnDevice | RecordVoice));
        auto saved = fx.store->responses().save(voice);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(fx.store->responses().get(saved->id)->media, voice.media);
    }

    void consentRecordsAreAppendOnly()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(!fx.store->database().exec("UPDATE consent_events SET scopes = 31").ok());
        QVERIFY(!fx.store->database().exec("DELETE FROM consent_events").ok());
        QCOMPARE(fx.store->consent().history(fx.participant.id)->size(), 1);
        // A change is a new event; the old one stays.
        QVERIFY(fx.giveConsent(fx.participant.id, StoreOnDevice));
        auto history = fx.store->consent().history(fx.participant.id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(fx.store->consent().inForce(fx.participant.id).value()->scopes,
                 ConsentScopes(StoreOnDevice));
    }

    void consentNeedsAnAssessmentWhenTheChildConsents()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        ConsentRecord r;
        r.participantId = fx.participant.id;
        r.explanationVersion = "v1";
        r.explanationLanguage = "en";
        r.method = "spoken";
        r.scopes = StoreOnDevice;
        auto given = fx.store->consent().give(r);
        QVERIFY(!given.ok());
        QVERIFY(given.error().message.startsWith("assessor"));
        r.scopes = StoreOnDevice | AllowQuotes;
        r.givenBy = ConsentGiver::ParentOrCarer;
        QVERIFY(fx.store->consent().give(r).error().message.contains("only be shared"));
    }

    void withdrawalErasesEverythingAndLeavesATombstone()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | RecordVoice));
        const QString canary = "CANARY-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(fx.store->responses().save(fx.textAnswer("my secret " + canary)).ok());
        Response voice = fx.textAnswer("");
        voice.kind = AnswerKind::Audio;
        voice.media = "OggS" + canary.toUtf8();
        voice.mediaType = "audio/ogg";
        QVERIFY(fx.store->responses().save(voice).ok());
        QVERIFY(everyValue(fx.store->database()).contains(canary.toUtf8()));

        auto report = fx.store->erasure().withdraw(fx.participant.id);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->responses, 2);
        QVERIFY(!report->held);
        QVERIFY(!everyValue(fx.store->database()).contains(canary.toUtf8()));
        QVERIFY(!everyValue(fx.store->database()).contains("Tiger"));
        QCOMPARE(fx.store->database()
                     .queryText("SELECT count(*) FROM tombstones WHERE reason = 'withdrawn'")
                     .value(),
                 QString("1"));
        QCOMPARE(QFileInfo(Store::databasePath(fx.dataDir()) + "-wal").size(), 0); // WAL truncated
        QVERIFY(fx.store->verify().ok());

        // The same holds for the files themselves, with the key gone.
        fx.store.reset();
        const QByteArray files = everyFile(fx.dataDir());
        QVERIFY(!files.contains(canary.toUtf8()));
        QVERIFY(!files.contains(canary.toUtf8().toBase64()));
    }

    // #22.2 (CP-2) the hard way: every page of the database file and of the WAL decrypted
    // with the key, so that bytes SQL no longer shows (free space in a page, freelist pages,
    // old copies of pages in the WAL) are searched too. With secure_delete off this fails:
    // the deleted cells' bytes stay in the pages.
    void withdrawalLeavesNoByteInAnyDecryptedPage()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | ShareAnonymised | RecordVoice | ShareDrawings));
        const QByteArray canary =
            ("CANARY-" + QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8();
        const QByteArray nameCanary = "Nan " + QUuid::createUuid().toString().toUtf8().left(12);
        const auto randomBytes = [](int n) {
            QByteArray b(n, '\0');
            randombytes_buf(b.data(), static_cast<size_t>(n));
            return b;
        };
        // Big enough to need overflow pages, which go to the freelist when deleted.
        const QByteArray voiceBytes = "OggS" + randomBytes(9000);
        const QByteArray drawingBytes = "\x89PNG\r\n\x1a\n" + randomBytes(7000);
        QVERIFY(fx.store->responses().save(fx.textAnswer("my secret " + canary)).ok());
        Response voice = fx.textAnswer("");
        voice.kind = AnswerKind::Audio;
        voice.media = voiceBytes;
        voice.mediaType = "audio/ogg";
        QVERIFY(fx.store->responses().save(voice).ok());
        Response drawing = fx.textAnswer("");
        drawing.activityId = "say";
        drawing.kind = AnswerKind::Drawing;
        drawing.media = drawingBytes;
        drawing.mediaType = "image/png";
        auto savedDrawing = fx.store->responses().save(drawing);
        QVERIFY2(savedDrawing.ok(), qPrintable(savedDrawing.error().message));
        QVERIFY(fx.store->sharing()
                    .addNamesToHide(fx.consultation.id,
                                    {SessionName{QString::fromUtf8(nameCanary), PiiKind::Name}},
                                    fx.participant.id)
                    .ok());
        auto key = KeyVault(Store::keySlotsPath(fx.dataDir()))
                       .unlockWithPassphrase("correct horse battery");
        QVERIFY(key.ok());
        const QString dbPath = Store::databasePath(fx.dataDir());
        const auto voiceChunk = voiceBytes.mid(4000, 48);
        const auto drawingChunk = drawingBytes.mid(3000, 48);

        // The scan sees them before: it reads what is really there.
        const auto before = test::decryptEveryPage(dbPath, key.value());
        QVERIFY2(before.headerChecks, "page 1 does not decrypt to an SQLite header");
        QVERIFY(test::holdsAnyForm(before.plaintext, canary));
        QVERIFY(test::holdsAnyForm(before.plaintext, nameCanary));
        QVERIFY(before.plaintext.contains(voiceChunk));
        QVERIFY(before.plaintext.contains(drawingChunk));
        QVERIFY(before.plaintext.contains("Tiger"));

        auto report = fx.store->erasure().withdraw(fx.participant.id);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(!report->checkpointPending);
        for (bool closed : {false, true}) {
            if (closed) {
                fx.store.reset(); // and again with the store closed
            }
            const auto after = test::decryptEveryPage(dbPath, key.value());
            QVERIFY(after.headerChecks);
            QVERIFY(after.pages > 1);
            QVERIFY2(!test::holdsAnyForm(after.plaintext, canary), "an erased answer is left");
            QVERIFY2(!test::holdsAnyForm(after.plaintext, nameCanary), "an erased name is left");
            QVERIFY2(!after.plaintext.contains(voiceChunk), "erased voice is left");
            QVERIFY2(!after.plaintext.contains(drawingChunk), "an erased drawing is left");
            QVERIFY2(!after.plaintext.contains("Tiger"), "the erased code name is left");
        }
    }

    // #22.2: the erasure is committed before the WAL is emptied; a checkpoint that cannot run
    // then (a reader holds the WAL) must not report the erasure as failed. The old pages are
    // gone at the next checkpoint (every purge).
    void checkpointFailureAfterAnErasureIsNotAFailedErasure()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        const QByteArray canary =
            ("CANARY-" + QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8();
        QVERIFY(fx.store->responses().save(fx.textAnswer("my secret " + canary)).ok());
        auto reader = fx.store->openAnotherConnection(1024);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->database().exec("BEGIN").ok());
        QVERIFY(reader.value()->database().queryText("SELECT count(*) FROM responses").ok());
        sqlite3_busy_timeout(fx.store->database().handle(), 0); // fail at once, not in 5 s

        auto report = fx.store->erasure().withdraw(fx.participant.id);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(report->checkpointPending);
        QCOMPARE(report->responses, 1);
        QCOMPARE(fx.store->database().queryText("SELECT count(*) FROM participants").value(),
                 QString("0"));

        QVERIFY(reader.value()->database().exec("COMMIT").ok());
        reader.value().reset();
        auto purge = fx.store->erasure().purgeExpired();
        QVERIFY2(purge.ok(), qPrintable(purge.error().message));
        QVERIFY(!purge->checkpointPending);
        QCOMPARE(QFileInfo(Store::databasePath(fx.dataDir()) + "-wal").size(), 0);
        auto key = KeyVault(Store::keySlotsPath(fx.dataDir()))
                       .unlockWithPassphrase("correct horse battery");
        const auto after = test::decryptEveryPage(Store::databasePath(fx.dataDir()), key.value());
        QVERIFY(after.headerChecks);
        QVERIFY(!test::holdsAnyForm(after.plaintext, canary));
    }

    // #22.2: withdrawal also takes the participant's names to hide and the "we did" actions
    // downloaded for their answers alone; what answers others too stays, without their ids.
    void withdrawalTakesTheirNamesAndTheirActions()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto& sharing = fx.store->sharing();
        QVERIFY(sharing
                    .addNamesToHide(fx.consultation.id, {SessionName{"Nan Jones", PiiKind::Name}},
                                    fx.participant.id)
                    .ok());
        QVERIFY(sharing
                    .addNamesToHide(fx.consultation.id,
                                    {SessionName{"Hill Top School", PiiKind::School}})
                    .ok());
        auto& db = fx.store->database();
        auto sent = db.prepare(
            "INSERT INTO sent_feedback (id, participant_id, acknowledged_at) VALUES (?, ?, 'x')");
        sent->bind(1, QString("f-1")).bind(2, fx.participant.id);
        QVERIFY(sent->run().ok());
        QVERIFY(db.execScript(R"sql(
INSERT INTO sent_feedback (id, participant_id, acknowledged_at) VALUES ('f-other', NULL, 'x');
INSERT INTO hub_actions (id, seq, you_said, we_did, feedback_ids, received_at)
  VALUES ('only-theirs', 1, 'you said', 'we did', '["f-1"]', '2026-11-02T10:00:00.000Z'),
         ('shared', 2, 'you said', 'we did', '["f-1","f-other"]', '2026-11-02T10:00:00.000Z'),
         ('others', 3, 'you said', 'we did', '["f-other"]', '2026-11-02T10:00:00.000Z');
)sql")
                    .ok());
        QCOMPARE(sharing.namesToHide(fx.consultation.id)->size(), 2);

        QVERIFY(fx.store->erasure().withdraw(fx.participant.id).ok());
        const auto names = sharing.namesToHide(fx.consultation.id);
        QCOMPARE(names->size(), 1);
        QCOMPARE(names->at(0).text, QString("Hill Top School"));
        QCOMPARE(db.queryText("SELECT group_concat(id || '=' || feedback_ids, ' ') FROM (SELECT "
                              "* FROM hub_actions ORDER BY id)")
                     .value(),
                 QString(R"(others=["f-other"] shared=["f-other"])"));
    }

    // #22.1 (CP-3): names to hide, downloaded actions and consultations have retention dates
    // too, and the purge removes them; what is due is listed before it goes.
    void retentionCoversNamesActionsAndConsultations()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice, 30));
        QVERIFY(fx.store->responses().save(fx.textAnswer("an answer")).ok());
        QVERIFY(fx.store->sharing()
                    .addNamesToHide(fx.consultation.id, {SessionName{"Nan Jones", PiiKind::Name}},
                                    fx.participant.id)
                    .ok());
        QVERIFY(fx.store->sharing()
                    .addNamesToHide(fx.consultation.id,
                                    {SessionName{"Hill Top School", PiiKind::School}})
                    .ok());
        auto action = fx.store->database().prepare(
            "INSERT INTO hub_actions (id, seq, you_said, we_did, feedback_ids, received_at) "
            "VALUES ('a1', 1, 's', 'd', '[]', ?)");
        action->bind(1, isoTime(fx.clock->now()));
        QVERIFY(action->run().ok());

        auto due = fx.store->erasure().dueUntil(fx.clock->now().addDays(40));
        QVERIFY(due.ok());
        QStringList kinds;
        for (const auto& d : due.value()) {
            QVERIFY(d.when.isValid());
            QVERIFY(d.when > fx.clock->now());
            kinds << QString::number(static_cast<int>(d.kind));
        }
        using K = Erasure::Due::Kind;
        const auto has = [&](K kind) { return kinds.contains(QString::number(int(kind))); };
        QVERIFY(has(K::Participant));
        QVERIFY(has(K::Consultation));
        QVERIFY(has(K::Names));
        QVERIFY(!has(K::Actions)); // a year, without an enrolled consultation
        QCOMPARE(due->first().kind, K::Participant);
        QCOMPARE(due->first().subject, QString("Tiger"));
        QCOMPARE(due->first().count, 1);
        QCOMPARE(due->first().when, fx.clock->now().addDays(30));

        fx.clock->advanceDays(29);
        auto early = fx.store->erasure().purgeExpired();
        QVERIFY(early.ok());
        QCOMPARE(early->names + early->consultations + early->participants, 0);

        fx.clock->advanceDays(2);
        auto late = fx.store->erasure().purgeExpired();
        QVERIFY2(late.ok(), qPrintable(late.error().message));
        QCOMPARE(late->participants, 1);
        QCOMPARE(late->consultations, 1);
        auto& db = fx.store->database();
        for (const char* table : {"privacy_names", "consultations", "sessions", "participants"}) {
            QCOMPARE(
                db.queryText(QByteArray("SELECT count(*) FROM ").append(table).constData()).value(),
                QString("0"));
        }
        QCOMPARE(db.queryText("SELECT count(*) FROM hub_actions").value(), QString("1"));
        fx.clock->advanceDays(365);
        auto year = fx.store->erasure().purgeExpired();
        QVERIFY(year.ok());
        QCOMPARE(year->actions, 1);
        QCOMPARE(db.queryText("SELECT count(*) FROM hub_actions").value(), QString("0"));
        QVERIFY(fx.store->verify().ok());
    }

    void safeguardingHoldKeepsDataButEndsConsent()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("worrying words")).ok());
        QVERIFY(!fx.store->erasure().placeHold(fx.participant.id, "short", "dsl-1").ok());
        const QString reason = "Disclosure under review by the designated safeguarding lead";
        QVERIFY(fx.store->erasure().placeHold(fx.participant.id, reason, "dsl-1").ok());
        auto report = fx.store->erasure().withdraw(fx.participant.id);
        QVERIFY(report.ok());
        QVERIFY(report->held);
        QCOMPARE(fx.store->responses().forParticipant(fx.participant.id)->size(), 1);
        QVERIFY(!fx.store->consent().inForce(fx.participant.id).value().has_value());
        QCOMPARE(fx.store->responses().save(fx.textAnswer("more")).error().code,
                 Error::Code::ConsentMissing);
        auto audit =
            fx.store->database().queryText("SELECT group_concat(action || detail) FROM audit_log");
        QVERIFY(audit->contains("hold.placed"));
        QVERIFY(!audit->contains("Disclosure")); // the reason is kept, but never in the log

        auto released = fx.store->erasure().releaseHold(fx.participant.id);
        QVERIFY2(released.ok(), qPrintable(released.error().message));
        QCOMPARE(released->responses, 1);
        QCOMPARE(fx.store->database().queryText("SELECT count(*) FROM participants").value(),
                 QString("0"));
    }

    void withdrawalQueuesErasuresForWhatWasSent()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto db = &fx.store->database();
        auto sent = db->prepare(
            "INSERT INTO sent_feedback (id, participant_id, acknowledged_at) VALUES (?, ?, 'x')");
        sent->bind(1, QString("f-1")).bind(2, fx.participant.id);
        QVERIFY(sent->run().ok());
        auto report = fx.store->erasure().withdraw(fx.participant.id);
        QVERIFY(report.ok());
        QCOMPARE(report->sharedErasuresQueued, 1);
        QVERIFY(db->queryText("SELECT body FROM outbox WHERE kind = 'erasure'")->contains("f-1"));
    }

    void retentionPurgesOnlyWhatExpired()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice, 30));
        QVERIFY(fx.store->responses().save(fx.textAnswer("old answer")).ok());
        fx.clock->advanceDays(29);
        auto early = fx.store->erasure().purgeExpired();
        QVERIFY(early.ok());
        QCOMPARE(early->responses, 0);
        QCOMPARE(fx.store->responses().forParticipant(fx.participant.id)->size(), 1);

        fx.clock->advanceDays(2);
        auto late = fx.store->erasure().purgeExpired();
        QVERIFY2(late.ok(), qPrintable(late.error().message));
        QCOMPARE(late->participants, 1);
        QCOMPARE(late->responses, 1);
        QCOMPARE(fx.store->database().queryText("SELECT count(*) FROM responses").value(),
                 QString("0"));
        QCOMPARE(fx.store->database()
                     .queryText("SELECT count(*) FROM tombstones WHERE reason = 'expired'")
                     .value(),
                 QString("1"));
        QVERIFY(fx.store->verify().ok());
    }

    void fullDiskKeepsTheAnswerAndSavesItLater()
    {
        auto& vfs = test::FaultyVfs::instance(); // installed before the store opens
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("committed before")).ok());
        SaveQueue queue(fx.store->responses());

        vfs.setDiskFull(true);
        auto failed = queue.submit(fx.textAnswer("written while the disk is full"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::DiskFull);
        QVERIFY(failed.error().message.contains("full"));
        QCOMPARE(queue.pending(), 1);
        QVERIFY(!queue.retry().ok());
        QCOMPARE(queue.pending(), 1);

        vfs.setDiskFull(false);
        QVERIFY(queue.retry().ok());
        QCOMPARE(queue.pending(), 0);
        auto all = fx.store->responses().forParticipant(fx.participant.id);
        QCOMPARE(all->size(), 2);
        QVERIFY(fx.store->verify().ok());
    }

    // #22.5 (REL-2): answers waiting on a full disk survive a lock sealed to the store's
    // inbox key: unreadable in memory while locked, opened and saved after the next unlock.
    void waitingAnswersAreSealedAcrossALock()
    {
        auto& vfs = test::FaultyVfs::instance();
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        SaveQueue queue(fx.store->responses());
        const QString canary = "CANARY-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        vfs.setDiskFull(true);
        QVERIFY(!queue.submit(fx.textAnswer("first " + canary)).ok());
        QVERIFY(!queue.submit(fx.textAnswer("second " + canary)).ok());
        QCOMPARE(queue.pending(), 2);
        auto sealed = SaveQueue::seal(*fx.store, queue.takePending());
        vfs.setDiskFull(false);
        QVERIFY2(sealed.ok(), qPrintable(sealed.error().message));
        QCOMPARE(queue.pending(), 0);
        QVERIFY(!test::holdsAnyForm(sealed.value(), canary.toUtf8()));
        fx.store.reset(); // locked

        // Another store cannot open them.
        test::StoreFixture other;
        QVERIFY(other.setUp());
        QCOMPARE(SaveQueue::open(*other.store, sealed.value()).error().code, Error::Code::Damaged);

        auto back = Store::unlock(fx.dataDir(), "correct horse battery", fx.options());
        QVERIFY(back.ok());
        auto opened = SaveQueue::open(*back.value(), sealed.value());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->size(), 2);
        SaveQueue again(back.value()->responses());
        again.keep(opened.value());
        QVERIFY(again.retry().ok());
        const auto saved = back.value()->responses().forParticipant(fx.participant.id);
        QCOMPARE(saved->size(), 2);
        QVERIFY(saved->at(0).text.endsWith(canary) && saved->at(1).text.endsWith(canary));
    }

    void wrongPassphraseLeavesTheStoreByteIdentical()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("kept")).ok());
        fx.store.reset();
        const auto db = Store::databasePath(fx.dataDir());
        const QByteArray before =
            QCryptographicHash::hash(test::readAll(db), QCryptographicHash::Sha256);
        auto wrong = Store::unlock(fx.dataDir(), "not the passphrase", fx.options());
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().code == Error::Code::CannotUnlock,
                 qPrintable(wrong.error().message));
        QCOMPARE(QCryptographicHash::hash(test::readAll(db), QCryptographicHash::Sha256), before);
        auto right = Store::unlock(fx.dataDir(), "correct horse battery", fx.options());
        QVERIFY2(right.ok(), qPrintable(right.error().message));
        QCOMPARE(right.value()->responses().forParticipant(fx.participant.id)->first().text,
                 QString("kept"));
        auto recovered = Store::unlockWithRecoveryKey(fx.dataDir(), fx.recoveryKey, fx.options());
        QVERIFY(recovered.ok());
    }

    void auditChainDetectsTampering()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto count = fx.store->audit().verify();
        QVERIFY(count.ok());
        QVERIFY(count.value() >= 5);
        auto& db = fx.store->database();
        QVERIFY(db.exec("DROP TRIGGER audit_append_only_update").ok());
        QVERIFY(db.exec("UPDATE audit_log SET action = 'something.else' WHERE seq = 3").ok());
        auto broken = fx.store->audit().verify();
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains("entry 3"));
    }

    // AuditLog keeps the chain head in memory within a transaction; whatever is rolled back,
    // the next entry must chain to what is really on disk.
    void auditChainStaysWholeWhenTransactionsRollBack()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto& db = fx.store->database();
        auto& audit = fx.store->audit();
        {
            Transaction tx(db); // several answers in one transaction use the kept head
            for (int i = 0; i < 3; ++i) {
                QVERIFY(fx.store->responses().save(fx.textAnswer("one of three")).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        auto saved = audit.verify();
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        const int before = saved.value();
        {
            Transaction tx(db); // rolled back by its destructor
            QVERIFY(audit.append("test.dropped").ok());
        }
        {
            Transaction outer(db); // a failed nested part undoes the outer one
            {
                Transaction inner(db);
                QVERIFY(audit.append("test.dropped").ok());
            }
            QVERIFY(!outer.commit().ok());
        }
        // Rolled back outside Transaction, then a transaction begun by hand: only SQLite's
        // rollback hook can tell the audit log that its head is gone.
        QVERIFY(db.exec("BEGIN IMMEDIATE").ok());
        QVERIFY(audit.append("test.dropped").ok());
        QVERIFY(db.exec("ROLLBACK").ok());
        QVERIFY(db.exec("BEGIN IMMEDIATE").ok());
        QVERIFY(audit.append("test.kept").ok());
        QVERIFY(db.exec("COMMIT").ok());
        QVERIFY(audit.append("test.autocommit").ok()); // no transaction at all

        auto after = audit.verify();
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
        QCOMPARE(after.value(), before + 2); // test.kept and test.autocommit
        QCOMPARE(
            db.queryText("SELECT count(*) FROM audit_log WHERE action = 'test.dropped'").value(),
            QString("0"));
    }

    // Sync works on its own thread with a second connection (SyncController): both write
    // the audit chain and the outbox, and each sees what the other committed.
    void anotherConnectionSharesTheStoreAndTheAuditChain()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto other = fx.store->openAnotherConnection(1024);
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        Store& second = *other.value();
        QVERIFY(fx.store->audit().append("test.first").ok());
        QVERIFY(second.audit().append("test.second").ok());
        QVERIFY(fx.store->audit().append("test.first-again").ok());
        {
            Transaction tx(second.database());
            QVERIFY(second.outbox().append("from-second", Outbox::Kind::Feedback, "{}").ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(fx.store->outbox().counts()->queued, 1);
        QVERIFY(fx.store->outbox().acknowledge({"from-second"}).ok());
        QCOMPARE(second.outbox().counts()->queued, 0);
        auto chain = fx.store->audit().verify();
        QVERIFY2(chain.ok(), chain.ok() ? "" : qPrintable(chain.error().message));
        QCOMPARE(second.audit().verify().value(), chain.value());
    }

    void auditHoldsNoPersonalContent()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        const QString canary = "CANARY-audit-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(fx.store->responses().save(fx.textAnswer(canary)).ok());
        auto log = fx.store->database().queryText(
            "SELECT group_concat(action || subject || detail) FROM audit_log");
        QVERIFY(!log->contains(canary));
        QVERIFY(!log->contains("Tiger"));
    }

    void typedImportIsAllOrNothing()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        const QByteArray good = importDocument(fx.consultation.id);
        auto report = importTypedSession(*fx.store, good);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->responses, 2);

        QByteArray bad = good;
        bad.replace("\"Fox\"", "\"Badger\"").replace("\"scale\"", "\"sculpture\"");
        auto rejected = importTypedSession(*fx.store, bad);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().message.left(39),
                 QString("$.participants[0].responses[0].kind: ex"));
        QVERIFY(
            !fx.store->consultations().participantByCode("Badger").ok()); // nothing of it was kept

        QByteArray noConsent = good;
        noConsent.replace("\"Fox\"", "\"Hare\"").replace("\"consent\"", "\"consentx\"");
        QVERIFY(importTypedSession(*fx.store, noConsent)
                    .error()
                    .message.startsWith("$.participants[0].consent:"));
    }

    void subjectAccessExportHasEverything()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("what I said")).ok());
        auto json = exportParticipant(*fx.store, fx.participant.id);
        QVERIFY(json.ok());
        QCOMPARE(json->value("participant").toObject().value("codeName").toString(),
                 QString("Tiger"));
        QCOMPARE(json->value("responses").toArray().size(), 1);
        QCOMPARE(json->value("responses").toArray().at(0).toObject().value("text").toString(),
                 QString("what I said"));
        QCOMPARE(json->value("consent").toArray().size(), 1);
    }

    void childCanDeleteOneAnswer()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto keep = fx.store->responses().save(fx.textAnswer("keep this"));
        auto drop = fx.store->responses().save(fx.textAnswer("delete this"));
        QVERIFY(fx.store->responses().remove(drop->id).ok());
        auto left = fx.store->responses().forParticipant(fx.participant.id);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().id, keep->id);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
