// HubStore on SQLite and on a PostgreSQL cluster the test starts: each migration from the
// schema before it (REL-5), the append-only audit chain and its tamper check (SY-6), and
// deduplication when two stores (as two hub processes would) write the same records.
#include "backendrows.h"
#include "sync/hub/store/hubstore.h"
#include "sync/hub/store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace chorus::hub;

namespace {

FeedbackBatch batchOf(const QStringList& ids, const QString& text = QStringLiteral("hello"))
{
    FeedbackBatch b;
    for (const QString& id : ids) {
        const QJsonObject o{{"id", id},
                            {"consultationId", "c1"},
                            {"packId", "my-week"},
                            {"packVersion", 1},
                            {"activityId", "feelings"},
                            {"kind", "text"},
                            {"text", text},
                            {"ageBand", "adult"},
                            {"role", "parent"},
                            {"promptId", "today"},
                            {"scopes", QJsonObject{{"quotes", true}, {"drawings", false}}},
                            {"week", "2026-W48"},
                            {"framework", "design-and-implementation/coproduction"}};
        auto item = decodeFeedbackItem(o, QStringLiteral("x"), Limits{});
        b.items << item.value();
    }
    return b;
}

/** The time every store of these tests reads; none of them moves it. */
std::shared_ptr<const chorus::Clock> fixedNow()
{
    return std::make_shared<chorus::FakeClock>(
        QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
}

} // namespace

class TestHubStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    chorus::test::PostgresCluster m_pg;
    bool m_pgUp = false;

    QString freshDb(const QString& backend)
    {
        return emptyHubDatabase(backend, m_tmp.path(), m_pg);
    }

    void backends() { chorus::test::addBackendRows(m_pgUp); }

    /** Every byte the database keeps on disk: SQLite's file and its WAL; on PostgreSQL, after
     *  a checkpoint, every relation file of the database (tables, TOAST, indexes). */
    QByteArray databaseBytes(HubStore& store, const QString& db)
    {
        auto read = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        if (!store.isPostgres()) {
            return read(db.mid(7)) + read(db.mid(7) + QStringLiteral("-wal"));
        }
        QSqlQuery q(store.database());
        if (!q.exec("CHECKPOINT") ||
            !q.exec("SELECT oid FROM pg_database WHERE datname = current_database()") ||
            !q.next()) {
            return {};
        }
        QByteArray all;
        QDir dir(m_pg.dataDir() + QStringLiteral("/base/") + q.value(0).toString());
        for (const QString& file : dir.entryList(QDir::Files)) {
            all += read(dir.filePath(file));
        }
        return all;
    }

    Device enrolDevice(HubStore& store)
    {
        const auto code = store.createCode("c1", "practitioner", 1, 900, {});
        return store.enrol(normaliseCode(code.value()))->device;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pgUp = chorus::test::startPostgresForTests(m_pg);
        QVERIFY2(m_pgUp || qEnvironmentVariableIsEmpty("CI"), "PostgreSQL is required in CI");
    }
    void cleanupTestCase() { m_pg.stop(); }

    void migratesFromEachEarlierVersion_data() { backends(); }
    void migratesFromEachEarlierVersion()
    {
        QFETCH(QString, backend);
        for (int from = 0; from < HubStore::latestSchemaVersion(); ++from) {
            const QString db = freshDb(backend);
            QString error;
            {
                auto oldOpened = HubStore::open(db, fixedNow(), from);
                error = oldOpened.error().describe();
                auto old = oldOpened ? std::move(oldOpened).value() : nullptr;
                QVERIFY2(old, qPrintable(error));
                QCOMPARE(old->schemaVersion(), from);
                if (from >= 1) { // data written under the old schema survives the migration
                    const Device d = enrolDevice(*old);
                    QVERIFY(old->submitFeedback(
                        d, batchOf({QUuid::createUuid().toString(QUuid::WithoutBraces)})));
                }
            }
            auto storeOpened = HubStore::open(db, fixedNow());
            error = storeOpened.error().describe();
            auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->schemaVersion(), HubStore::latestSchemaVersion());
            QCOMPARE(store->feedbackCount().value(), from >= 1 ? 1 : 0);
            if (from >= 1) { // schema 3 fills the review columns from the stored body
                QSqlQuery q(store->database());
                QVERIFY(q.exec("SELECT prompt_id, quotes_allowed FROM feedback") && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("today"));
                QCOMPARE(q.value(1).toInt(), 1);
            }
            QVERIFY(store->verifyAudit()->intact);
        }
    }

    void anInvitesCheckIsKeptAndReturnedAtEnrolment_data() { backends(); }
    void anInvitesCheckIsKeptAndReturnedAtEnrolment()
    {
        // Issue 16: the practitioner's choice that the answers wait on the young person's
        // device for a check is kept with the invite (schema 10) and returned by enrol();
        // a code made before schema 10 enrols as before, without the check.
        QFETCH(QString, backend);
        const QString db = freshDb(backend);
        QString before;
        {
            auto oldOpened = HubStore::open(db, fixedNow(), 9);
            QVERIFY2(oldOpened, qPrintable(oldOpened.error().describe()));
            const auto code =
                oldOpened.value()->createCode("c1", "participant", 1, 900, "d-1", true);
            QVERIFY(code);
            before = code.value();
        }
        auto storeOpened = HubStore::open(db, fixedNow());
        QVERIFY2(storeOpened, qPrintable(storeOpened.error().describe()));
        auto& store = storeOpened.value();
        const auto checked = store->createCode("c1", "participant", 2, 900, "d-1", true);
        const auto plain = store->createCode("c1", "participant", 1, 900, "d-1");
        QVERIFY(checked && plain);
        for (int use = 0; use < 2; ++use) { // every use of the invite carries it
            const auto out = store->enrol(normaliseCode(checked.value()));
            QVERIFY(out);
            QCOMPARE(out->kind, EnrolOutcome::Kind::Enrolled);
            QVERIFY(out->reviewOnDevice);
        }
        const auto other = store->enrol(normaliseCode(plain.value()));
        QVERIFY(other && other->kind == EnrolOutcome::Kind::Enrolled);
        QVERIFY(!other->reviewOnDevice);
        const auto older = store->enrol(normaliseCode(before));
        QVERIFY(older && older->kind == EnrolOutcome::Kind::Enrolled);
        QVERIFY(!older->reviewOnDevice);
        QVERIFY(store->verifyAudit()->intact);
    }

    void auditLogIsAppendOnlyAndChained_data() { backends(); }
    void auditLogIsAppendOnlyAndChained()
    {
        QFETCH(QString, backend);
        const QString db = freshDb(backend);
        QString error;
        auto storeOpened = HubStore::open(db, fixedNow());
        error = storeOpened.error().describe();
        auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
        QVERIFY2(store, qPrintable(error));
        const Device d = enrolDevice(*store);
        QVERIFY(store->submitFeedback(
            d, batchOf({QUuid::createUuid().toString(QUuid::WithoutBraces)})));
        QVERIFY(store->revoke(d.id));
        const auto report = store->verifyAudit();
        QVERIFY(report->intact);
        QVERIFY(report->entries >= 5);
        QSqlQuery q(store->database());
        QVERIFY(!q.exec("UPDATE audit_log SET detail = 'x' WHERE seq = 2"));
        QVERIFY(!q.exec("DELETE FROM audit_log WHERE seq = 3"));
        // Someone with the database owner's rights drops the guard and edits an entry: the
        // chain names it.
        if (backend == QLatin1String("sqlite")) {
            QVERIFY(q.exec("DROP TRIGGER audit_log_no_update"));
        } else {
            QVERIFY(q.exec("DROP TRIGGER audit_log_no_change ON audit_log"));
        }
        QVERIFY(q.exec("UPDATE audit_log SET detail = 'edited' WHERE seq = 3"));
        const auto broken = store->verifyAudit();
        QVERIFY(!broken->intact);
        QCOMPARE(broken->firstBadSeq, 3);
        QCOMPARE(broken->entries, 2);
    }

    void twoStoresDeduplicate_data() { backends(); }
    void twoStoresDeduplicate()
    {
        QFETCH(QString, backend);
        const QString db = freshDb(backend);
        QString error;
        auto aOpened = HubStore::open(db, fixedNow());
        error = aOpened.error().describe();
        auto a = aOpened ? std::move(aOpened).value() : nullptr;
        auto bOpened = HubStore::open(db, fixedNow());
        error = bOpened.error().describe();
        auto b = bOpened ? std::move(bOpened).value() : nullptr;
        QVERIFY(a && b);
        const Device d = enrolDevice(*a);
        QStringList ids;
        for (int i = 0; i < 50; ++i) {
            ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        const auto first = a->submitFeedback(d, batchOf(ids));
        const auto second = b->submitFeedback(d, batchOf(ids));
        QCOMPARE(first->stored, 50);
        QCOMPARE(second->stored, 0);
        QCOMPARE(second->acknowledged, ids);
        const auto changed = b->submitFeedback(d, batchOf(ids.mid(0, 1), QStringLiteral("other")));
        QCOMPARE(changed->conflicts, ids.mid(0, 1));
        QCOMPARE(a->feedbackCount().value(), 50);
    }

    void recordKeysAreDrawnAndBackfilled_data() { backends(); }
    void recordKeysAreDrawnAndBackfilled()
    {
        // Schema 6 (issue 18): rows stored before it get a random record key in the
        // migration; rows stored after it get one at ingest. Keys spread over 0..255.
        QFETCH(QString, backend);
        const QString db = freshDb(backend);
        QString error;
        QStringList before;
        for (int i = 0; i < 60; ++i) {
            before << QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        {
            auto oldOpened = HubStore::open(db, fixedNow(), 4);
            error = oldOpened.error().describe();
            auto old = oldOpened ? std::move(oldOpened).value() : nullptr;
            QVERIFY2(old, qPrintable(error));
            QVERIFY(old->submitFeedback(enrolDevice(*old), batchOf(before)));
        }
        auto storeOpened = HubStore::open(db, fixedNow());
        error = storeOpened.error().describe();
        auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
        QVERIFY2(store, qPrintable(error));
        QStringList after;
        for (int i = 0; i < 60; ++i) {
            after << QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        QVERIFY(store->submitFeedback(enrolDevice(*store), batchOf(after)));
        for (const QStringList& ids : {before, after}) {
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("SELECT MIN(record_key), MAX(record_key), "
                                          "COUNT(DISTINCT record_key) FROM feedback WHERE id IN "
                                          "('%1')")
                               .arg(ids.join("', '"))));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 0);
            QVERIFY(q.value(1).toInt() < 256);
            QVERIFY2(q.value(2).toInt() > 20, "60 random keys from 256 have many values");
        }
        // A resend of the same record keeps its key (the key is fixed at first ingest).
        QSqlQuery k(store->database());
        QVERIFY(k.exec("SELECT record_key FROM feedback WHERE id = '" + after[0] + "'") &&
                k.next());
        const int key = k.value(0).toInt();
        QVERIFY(store->submitFeedback(enrolDevice(*store), batchOf(after.mid(0, 1))));
        QVERIFY(k.exec("SELECT record_key FROM feedback WHERE id = '" + after[0] + "'") &&
                k.next());
        QCOMPARE(k.value(0).toInt(), key);
    }

    void erasureLeavesNoBytes_data() { backends(); }
    void erasureLeavesNoBytes()
    {
        // Issue 22.3: erasure on the hub was logical only. The erased words must be gone from
        // every file of the database once the hub has cleared the space (the row deleted was
        // still in SQLite's free space without secure_delete, and in PostgreSQL's dead tuple
        // without a vacuum).
        QFETCH(QString, backend);
        const QString db = freshDb(backend);
        QString error;
        auto storeOpened = HubStore::open(db, fixedNow());
        error = storeOpened.error().describe();
        auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
        QVERIFY2(store, qPrintable(error));
        const Device d = enrolDevice(*store);
        const QString tag = QUuid::createUuid().toString(QUuid::Id128);
        const QString erased = QStringLiteral("erased words ") + tag;
        const QString kept = QStringLiteral("kept words ") + tag;
        const QString gone = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // The erased row last, so that no live row moved over it (a plain VACUUM leaves its
        // bytes then, between the page's live rows and its line pointers).
        QVERIFY(store->submitFeedback(
            d, batchOf({QUuid::createUuid().toString(QUuid::WithoutBraces)}, kept)));
        QVERIFY(store->submitFeedback(d, batchOf({gone}, erased)));
        // Written through to the files, as a hub's data is some time after it arrives.
        if (!store->isPostgres()) {
            QSqlQuery q(store->database());
            QVERIFY(q.exec("PRAGMA wal_checkpoint(TRUNCATE)") && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // not busy: everything is in the file now
        }
        QVERIFY(databaseBytes(*store, db).contains(erased.toUtf8())); // the scan sees it

        ErasureBatch batch;
        batch.items << ErasureItem{QUuid::createUuid().toString(QUuid::WithoutBraces), gone};
        const auto confirmed = store->erase(d, batch);
        QVERIFY2(confirmed, qPrintable(confirmed.error().describe()));
        QCOMPARE(confirmed->at(0).outcome, QStringLiteral("erased"));
        QCOMPARE(store->compactionPending().value(), Compaction::Pending);
        const StoreStatus compacted = store->compact();
        QVERIFY2(compacted, qPrintable(compacted.error().describe()));
        QCOMPARE(store->compactionPending().value(), Compaction::Clear);
        const QByteArray bytes = databaseBytes(*store, db);
        QVERIFY(bytes.contains(kept.toUtf8())); // the scan reads the live data
        QVERIFY2(!bytes.contains(erased.toUtf8()), "the erased answer is still on disk");
        QVERIFY(store->compact()); // nothing pending: nothing to do, and no failure
    }

    void aTakenNameIsRefusedAtOnce_data() { backends(); }
    void aTakenNameIsRefusedAtOnce()
    {
        // Issue 21: a taken key is the answer, not a race to retry with back-off. On SQLite
        // (one writer at a time) no retry can change it; on PostgreSQL the transaction runs
        // again without waiting, since another hub process may have taken a key the work
        // chose from what it read.
        QFETCH(QString, backend);
        auto opened = HubStore::open(freshDb(backend), fixedNow());
        QVERIFY2(opened, qPrintable(opened.error().describe()));
        HubStore& store = *opened.value();
        const QString name = QStringLiteral("Rhian Taken-Name");
        QVERIFY(store.addReviewer(name));
        QCOMPARE(store.transactionAttempts(), 1);
        const auto before = store.verifyAudit();
        QVERIFY2(before, qPrintable(before.error().describe()));
        const qint64 entriesAfterFirst = before->entries;

        const auto again = store.addReviewer(name, QStringLiteral("admin"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, StoreError::Kind::Exists);
        QCOMPARE(store.transactionAttempts(),
                 backend == QLatin1String("sqlite") ? 1 : HubStore::kTransactionAttempts);
        // The refused attempts wrote nothing: the audit chain holds only the first account.
        const auto audit = store.verifyAudit();
        QVERIFY2(audit, qPrintable(audit.error().describe()));
        QVERIFY(audit->intact);
        QCOMPARE(audit->entries, entriesAfterFirst);
    }

    void failuresSayWhichTheyAre_data() { backends(); }
    void failuresSayWhichTheyAre()
    {
        // Issue 21: each store failure comes back as its own kind, never as a bare "failed"
        // with words to read, and never with the database's text or the row's values (MED-3).
        QFETCH(QString, backend);
        using Kind = StoreError::Kind;
        QCOMPARE(HubStore::open(QStringLiteral("mysql://hub"), fixedNow()).error().kind,
                 Kind::Unavailable);
        auto opened = HubStore::open(freshDb(backend), fixedNow());
        QVERIFY2(opened, qPrintable(opened.error().describe()));
        HubStore& store = *opened.value();

        const QString name = QStringLiteral("Rhian Unique-Name");
        QVERIFY(store.addReviewer(name));
        const auto again = store.addReviewer(name);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Kind::Exists);
        QVERIFY2(QStringList({"23505", "2067", "1555"}).contains(again.error().code),
                 qPrintable(again.error().code));
        QVERIFY(!again.error().describe().contains(QStringLiteral("Unique-Name")));

        QCOMPARE(store.revoke(QUuid::createUuid().toString(QUuid::WithoutBraces)).error().kind,
                 Kind::NotFound);
        QCOMPARE(store.consultationKnown(QStringLiteral("never-named")).error().kind,
                 Kind::NotFound);
        const Device d = enrolDevice(store);
        QVERIFY(store.consultationKnown(d.consultationId));

        ReviewStore review(store);
        QCOMPARE(review.session("no-such-session").error().kind, Kind::NotFound);
        QCOMPARE(review.disableReviewer(QStringLiteral("Nobody")).error().kind, Kind::NotFound);
        QVERIFY(review.createTheme(d.consultationId, QStringLiteral("Food"), {}));
        const auto twin = review.createTheme(d.consultationId, QStringLiteral("Food"), {});
        QCOMPARE(twin.error().kind, Kind::Exists);
        QCOMPARE(twin.error().problem,
                 QStringLiteral("name: this consultation already has a theme of that name"));
        QCOMPARE(review.drawing(QUuid::createUuid().toString(QUuid::WithoutBraces)).error().kind,
                 Kind::NotFound);
        const QString stray = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto tagged =
            review.tag(review.themes(d.consultationId)->first().id, {stray}, {}, {});
        QCOMPARE(tagged.error().kind, Kind::Invalid);
        QVERIFY2(tagged.error().problem.startsWith(QStringLiteral("add[0]: no such record")),
                 qPrintable(tagged.error().problem));
    }

    void erasureOfAnUnknownIdIsNotAnErasure_data() { backends(); }
    void erasureOfAnUnknownIdIsNotAnErasure()
    {
        // Issue 18, finding 9: on SQLite the row count was read after the tombstone insert,
        // so an id the hub never held was confirmed "erased" and audited as erased=1.
        QFETCH(QString, backend);
        const QString db = freshDb(backend);
        QString error;
        auto storeOpened = HubStore::open(db, fixedNow());
        error = storeOpened.error().describe();
        auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
        QVERIFY2(store, qPrintable(error));
        const Device d = enrolDevice(*store);
        const QString held = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(store->submitFeedback(d, batchOf({held})));
        ErasureBatch batch;
        const QString never = QUuid::createUuid().toString(QUuid::WithoutBraces);
        batch.items << ErasureItem{QUuid::createUuid().toString(QUuid::WithoutBraces), never}
                    << ErasureItem{QUuid::createUuid().toString(QUuid::WithoutBraces), held};
        const auto out = store->erase(d, batch);
        QVERIFY(out);
        QCOMPARE(out->size(), 2);
        QCOMPARE(out->at(0).outcome, QStringLiteral("not-found"));
        QCOMPARE(out->at(1).outcome, QStringLiteral("erased"));
        QSqlQuery q(store->database());
        QVERIFY(q.exec("SELECT detail FROM audit_log WHERE event = 'feedback.erased'") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("requests=2 erased=1 in-exports=none"));
        QCOMPARE(store->feedbackCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
