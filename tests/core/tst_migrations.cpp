// REL-5: every schema migration is tested from the schema before it, with data in it.
#include "core/db/migrations.h"
#include "support/storefixture.h"

#include <QTest>

#include <functional>

using namespace chorus;

namespace {

/** Rows a store at version `version` could hold, written with that version's schema. */
void seed(Database& db, int version)
{
    if (version >= 1) {
        QVERIFY(db.execScript(R"sql(
INSERT INTO activity_packs VALUES ('p', 1, '{}', '2026-01-01T00:00:00.000Z');
INSERT INTO consultations (id, title, purpose, retention_days, pack_id, pack_version, activities,
  created_at) VALUES ('c1', 'Title', 'Purpose', 30, 'p', 1, '["a"]', '2026-01-01T00:00:00.000Z');
INSERT INTO participants (id, consultation_id, code_name, age_band, role, created_at, retain_until)
  VALUES ('p1', 'c1', 'Tiger', '8-11', 'child', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
INSERT INTO sessions VALUES ('s1', 'c1', 'facilitated', '2026-01-01T00:00:00.000Z', NULL, '2026-02-01T00:00:00.000Z');
INSERT INTO session_participants VALUES ('s1', 'p1');
INSERT INTO consent_events (participant_id, event, scopes, at) VALUES ('p1', 'given', 3, '2026-01-01T00:00:00.000Z');
INSERT INTO responses VALUES ('r1', 's1', 'p1', 1, 'a', '', 'text', 'kept across migrations', NULL, 0,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
)sql")
                    .ok());
    }
    if (version >= 2) {
        QVERIFY(db.exec("INSERT INTO outbox (item_id, kind, body, state, created_at) VALUES "
                        "('waiting', 'feedback', '{}', 'queued', '2026-01-01T00:00:00.000Z')")
                    .ok());
        QVERIFY(db.exec("INSERT INTO privacy_names VALUES ('c1', 'name', 'Nan')").ok());
    }
    if (version >= 3) {
        QVERIFY(db.execScript(R"sql(
INSERT INTO hub_enrolment (singleton, hub_url, device_id, token, consultation_id, role,
  enrolled_at, actions_cursor) VALUES (1, 'https://h', 'd', 't', 'c1', 'participant', 'now', '41');
INSERT INTO hub_actions (id, seq, you_said, we_did, feedback_ids, received_at)
  VALUES ('a1', 41, 'You said', 'We did', '["f1"]', 'now');
)sql")
                    .ok());
    }
}

/** What must be true after migrating to `version`, beyond the seed surviving. */
void checkSchema(Database& db, int version)
{
    const auto tableExists = [&](const char* name) {
        auto s = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
        s->bind(1, name);
        (void)s->step();
        return s->int64(0) == 1;
    };
    if (version >= 1) {
        for (const char* t : {"consultations", "participants", "consent_events", "responses",
                              "media", "audit_log", "tombstones", "safeguarding_holds"}) {
            QVERIFY2(tableExists(t), t);
        }
    }
    if (version >= 2) {
        for (const char* t : {"share_records", "outbox", "sent_feedback", "privacy_names"}) {
            QVERIFY2(tableExists(t), t);
        }
        QVERIFY(db.exec("INSERT INTO outbox (item_id, kind, body, created_at) VALUES ('x', "
                        "'feedback', '{}', 'now')")
                    .ok());
    }
    if (version >= 3) {
        for (const char* t :
             {"hub_enrolment", "hub_erasure_confirmations", "hub_actions", "hub_packs"}) {
            QVERIFY2(tableExists(t), t);
        }
        // One enrolment per device: a second row is refused.
        const char* enrol = "INSERT INTO hub_enrolment (singleton, hub_url, device_id, token, "
                            "consultation_id, role, enrolled_at) VALUES (1, 'https://h', 'd', "
                            "'t', 'c1', 'practitioner', 'now')";
        const bool seededWithEnrolment = version >= 4; // seed() wrote one at version 3
        QVERIFY(seededWithEnrolment || db.exec(enrol).ok());
        QVERIFY(!db.exec(enrol).ok());
    }
    if (version >= 4) {
        // An action's status is one of the hub's three words (or not yet known).
        QVERIFY(db.exec("INSERT INTO hub_actions (id, seq, you_said, we_did, feedback_ids, "
                        "received_at, status, action_date) VALUES ('a2', 42, 's', 'd', '[]', "
                        "'now', 'doing', '2026-11-30')")
                    .ok());
        QVERIFY(!db.exec("INSERT INTO hub_actions (id, seq, you_said, we_did, feedback_ids, "
                         "received_at, status) VALUES ('a3', 43, 's', 'd', '[]', 'now', 'maybe')")
                     .ok());
    }
    if (version >= 5) {
        // A new enrolment fetches every published consultation from the start.
        QCOMPARE(db.queryText("SELECT consultations_cursor FROM hub_enrolment").value(),
                 QString(""));
        const char* fromNowhere =
            "INSERT INTO consultations (id, title, purpose, retention_days, pack_id, pack_version, "
            "activities, created_at, source) VALUES ('c9', 'T', 'P', 30, 'p', 1, '[]', 'now', "
            "'elsewhere')";
        QVERIFY(!db.exec(fromNowhere).ok());
    }
    if (version >= 6) {
        // Every new row with personal data gets a retention date, whoever writes it.
        QVERIFY(db.execScript(R"sql(
INSERT INTO consultations (id, title, purpose, retention_days, pack_id, pack_version, activities,
  created_at) VALUES ('c6', 'T', 'P', 10, 'p', 1, '[]', '2026-03-01T09:00:00.000Z');
INSERT INTO privacy_names (consultation_id, kind, name) VALUES ('c6', 'school', 'Hill Top');
INSERT INTO participants (id, consultation_id, code_name, age_band, role, created_at, retain_until)
  VALUES ('p6', 'c6', 'Owl', '8-11', 'child', '2026-03-05T09:00:00.000Z', '2026-03-15T09:00:00.000Z');
INSERT INTO privacy_names (consultation_id, participant_id, kind, name) VALUES ('c6', 'p6', 'name', 'Gran');
INSERT INTO hub_actions (id, seq, you_said, we_did, feedback_ids, received_at)
  VALUES ('a6', 60, 's', 'd', '[]', '2026-03-01T09:00:00.000Z');
)sql")
                    .ok());
        // The consultation is kept while its participant is, and its own names with it.
        QCOMPARE(db.queryText("SELECT retain_until FROM consultations WHERE id = 'c6'").value(),
                 QString("2026-03-15T09:00:00.000Z"));
        QCOMPARE(
            db.queryText("SELECT retain_until FROM privacy_names WHERE name = 'Hill Top'").value(),
            QString("2026-03-15T09:00:00.000Z"));
        QCOMPARE(db.queryText("SELECT retain_until FROM privacy_names WHERE name = 'Gran'").value(),
                 QString("2026-03-15T09:00:00.000Z"));
        QVERIFY(!db.queryText("SELECT retain_until FROM hub_actions WHERE id = 'a6'")
                     .value()
                     .isEmpty());
        for (const char* table : {"consultations", "privacy_names", "hub_actions", "participants",
                                  "responses", "sessions"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM ") + table + " WHERE retain_until = ''";
            QCOMPARE(db.queryText(sql.constData()).value(), QString("0"));
        }
        // A name is hidden once per consultation, or once per participant.
        QVERIFY(!db.exec("INSERT INTO privacy_names (consultation_id, kind, name) VALUES ('c6', "
                         "'school', 'Hill Top')")
                     .ok());
    }
}

void checkSeed(Database& db, int seededAt)
{
    if (seededAt == 1) {
        // Consultations made before sharing existed get the practitioner review, on by default.
        QCOMPARE(db.queryText("SELECT review_required FROM consultations WHERE id = 'c1'").value(),
                 QString("1"));
    }
    if (seededAt >= 1) {
        QCOMPARE(db.queryText("SELECT text_value FROM responses WHERE id = 'r1'").value(),
                 QString("kept across migrations"));
        QCOMPARE(db.queryText("SELECT count(*) FROM consent_events").value(), QString("1"));
    }
    if (seededAt == 4) {
        // Consultations made before hub publishing are the device's own, and open.
        QCOMPARE(db.queryText("SELECT source || ' ' || status FROM consultations WHERE id = 'c1'")
                     .value(),
                 QString("device open"));
    }
    if (seededAt >= 2) {
        // What waited to be sent before sync existed still waits.
        QCOMPARE(db.queryText("SELECT state FROM outbox WHERE item_id = 'waiting'").value(),
                 QString("queued"));
    }
    if (seededAt == 5) {
        // Rows kept before retention dates get one: the consultation lives as long as its
        // participant, its names with it, and actions for the consultation's 30 days.
        QCOMPARE(db.queryText("SELECT retain_until FROM consultations WHERE id = 'c1'").value(),
                 QString("2026-02-01T00:00:00.000Z"));
        QCOMPARE(db.queryText("SELECT retain_until FROM privacy_names WHERE name = 'Nan'").value(),
                 QString("2026-02-01T00:00:00.000Z"));
        QCOMPARE(db.queryText("SELECT count(*) FROM hub_actions WHERE retain_until > "
                              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+29 days')")
                     .value(),
                 QString("1"));
    }
    if (seededAt == 3) {
        // Actions kept without a status are fetched again from the start, and kept meanwhile.
        QCOMPARE(db.queryText("SELECT actions_cursor FROM hub_enrolment").value(), QString());
        QCOMPARE(
            db.queryText("SELECT we_did || '|' || status FROM hub_actions WHERE id = 'a1'").value(),
            QString("We did|"));
    }
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void eachMigrationFromThePreviousSchema_data()
    {
        QTest::addColumn<int>("to");
        for (int v = 1; v <= Migrations::latest(); ++v) {
            QTest::newRow(qPrintable(QString("%1 -> %2").arg(v - 1).arg(v))) << v;
        }
    }

    void eachMigrationFromThePreviousSchema()
    {
        QFETCH(int, to);
        QTemporaryDir dir;
        const auto key = SecretBytes::random(32);
        {
            auto db = Database::open(dir.filePath("m.db"), key, Database::OpenMode::Create);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrate(db.value(), to - 1).ok());
            QCOMPARE(Migrations::currentVersion(db.value()).value(), to - 1);
            seed(db.value(), to - 1);
        }
        // Reopen, as an app update would, then migrate.
        auto db = Database::open(dir.filePath("m.db"), key, Database::OpenMode::Existing);
        QVERIFY(db.ok());
        auto st = Migrations::migrate(db.value(), to);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QCOMPARE(Migrations::currentVersion(db.value()).value(), to);
        checkSeed(db.value(), to - 1);
        checkSchema(db.value(), to);
        QVERIFY(db->verifyIntegrity().ok());
    }

    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("m.db"), SecretBytes::random(32),
                                 Database::OpenMode::Create);
        QVERIFY(Migrations::migrate(db.value()).ok());
        QVERIFY(Migrations::migrate(db.value()).ok());
        QCOMPARE(Migrations::currentVersion(db.value()).value(), Migrations::latest());
    }

    void aNewerStoreIsRefusedUntouched()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("m.db"), SecretBytes::random(32),
                                 Database::OpenMode::Create);
        QVERIFY(Migrations::migrate(db.value()).ok());
        const QByteArray future =
            "PRAGMA user_version = " + QByteArray::number(Migrations::latest() + 1);
        QVERIFY(db->exec(future.constData()).ok());
        auto st = Migrations::migrate(db.value());
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains("newer Chorus"));
        QCOMPARE(Migrations::currentVersion(db.value()).value(), Migrations::latest() + 1);
    }

    void aFailingMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("m.db"), SecretBytes::random(32),
                                 Database::OpenMode::Create);
        QVERIFY(Migrations::migrate(db.value(), 1).ok());
        // Make migration 2 collide with an existing table: it must roll back whole.
        QVERIFY(db->exec("CREATE TABLE sent_feedback (x)").ok());
        auto st = Migrations::migrate(db.value());
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains("migration 2"));
        QCOMPARE(Migrations::currentVersion(db.value()).value(), 1);
        QCOMPARE(db->queryText("SELECT count(*) FROM sqlite_schema WHERE name = 'share_records'")
                     .value(),
                 QString("0"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
