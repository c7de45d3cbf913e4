// The hub's schema: its numbered migrations and how they run (HubStore::migrate).

#include "hubstore.h"

#include <QSqlQuery>

#include <array>

namespace chorus::hub {
namespace {

// Numbered migrations. Each runs once, in a transaction, on both databases. `both` holds
// only types and statements that SQLite and PostgreSQL read the same way (TEXT, INTEGER,
// BIGINT, ISO times as text), split on ';'. Where the two dialects must differ (triggers),
// `sqlite` and `postgres` hold the same effect in each, split on lines holding only "--".
// Never edit a shipped migration; add the next one.
struct Migration
{
    const char* both;
    const char* sqlite;
    const char* postgres;
};

const std::array<Migration, 11> kHubSchema{{{R"sql(
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  role TEXT NOT NULL CHECK (role IN ('practitioner', 'participant')),
  enrolled_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE enrol_codes (
  code_hash TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  role TEXT NOT NULL CHECK (role IN ('practitioner', 'participant')),
  uses_left INTEGER NOT NULL CHECK (uses_left >= 0),
  expires_at TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  framework_parameter TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  pack_version INTEGER NOT NULL,
  activity_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  age_band TEXT NOT NULL,
  role TEXT NOT NULL,
  week TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX feedback_by_parameter ON feedback (framework_parameter, consultation_id);
CREATE INDEX feedback_by_device ON feedback (device_id);
CREATE TABLE erased_feedback (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  erased_at TEXT NOT NULL
);
CREATE TABLE erasures (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  feedback_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  confirmed_at TEXT NOT NULL
);
CREATE TABLE packs (
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  consultation_id TEXT REFERENCES consultations (id),
  sha256 TEXT NOT NULL,
  body TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  framework_parameter TEXT NOT NULL,
  said TEXT NOT NULL,
  did TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'published')),
  published_seq BIGINT UNIQUE,
  created_at TEXT NOT NULL,
  published_at TEXT
);
CREATE TABLE action_feedback (
  action_id TEXT NOT NULL REFERENCES actions (id),
  feedback_id TEXT NOT NULL,
  PRIMARY KEY (action_id, feedback_id)
);
CREATE INDEX action_feedback_by_feedback ON action_feedback (feedback_id);
CREATE TABLE reviewers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  secret_hash TEXT,
  passphrase_hash TEXT,
  created_at TEXT NOT NULL,
  disabled_at TEXT
);
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
)
)sql",
                                             "", ""},
                                            // 2: the audit log refuses UPDATE and DELETE (SY-6).
                                            {"", R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
--
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
)sql",
                                             R"sql(
CREATE FUNCTION chorus_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
--
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION chorus_audit_append_only()
--
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION chorus_audit_append_only()
)sql"},
                                            // 3: team review (issue 8): reviewer roles and
                                            // sessions, settings, themes, action status and
                                            // links to themes, quotable marks, the prompt as a
                                            // column, and indexes for the dashboard queries.
                                            {R"sql(
ALTER TABLE reviewers ADD COLUMN role TEXT NOT NULL DEFAULT 'reviewer';
ALTER TABLE reviewers ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviewers ADD COLUMN locked_until TEXT;
CREATE TABLE review_sessions (
  token_hash TEXT PRIMARY KEY,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id),
  created_at TEXT NOT NULL,
  last_used_at TEXT NOT NULL,
  ended_at TEXT
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE themes (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (consultation_id, name)
);
CREATE TABLE feedback_themes (
  feedback_id TEXT NOT NULL REFERENCES feedback (id),
  theme_id TEXT NOT NULL REFERENCES themes (id),
  PRIMARY KEY (feedback_id, theme_id)
);
CREATE INDEX feedback_themes_by_theme ON feedback_themes (theme_id, feedback_id);
CREATE TABLE action_themes (
  action_id TEXT NOT NULL REFERENCES actions (id),
  theme_id TEXT NOT NULL REFERENCES themes (id),
  PRIMARY KEY (action_id, theme_id)
);
CREATE INDEX action_themes_by_theme ON action_themes (theme_id);
ALTER TABLE actions ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';
ALTER TABLE actions ADD COLUMN action_date TEXT;
ALTER TABLE actions ADD COLUMN updated_at TEXT;
CREATE INDEX actions_by_consultation ON actions (consultation_id, state);
ALTER TABLE feedback ADD COLUMN prompt_id TEXT;
ALTER TABLE feedback ADD COLUMN quotes_allowed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feedback ADD COLUMN quotable INTEGER NOT NULL DEFAULT 0;
CREATE INDEX feedback_by_consultation ON feedback (consultation_id, id);
CREATE INDEX feedback_by_activity ON feedback (consultation_id, activity_id, id);
CREATE INDEX feedback_by_characteristics ON feedback (consultation_id, role, age_band);
CREATE INDEX feedback_by_week ON feedback (consultation_id, week)
)sql",
                                             R"sql(
UPDATE feedback SET prompt_id = json_extract(body, '$.promptId'),
  quotes_allowed = CASE WHEN json_extract(body, '$.scopes.quotes') = 1 THEN 1 ELSE 0 END
)sql",
                                             R"sql(
UPDATE feedback SET prompt_id = body::jsonb ->> 'promptId',
  quotes_allowed = CASE WHEN body::jsonb -> 'scopes' ->> 'quotes' = 'true' THEN 1 ELSE 0 END
)sql"},
                                            // 4: consultations published for devices (issue 7,
                                            // downstream): what devices receive, as JSON, and
                                            // a revision from one sequence per database so a
                                            // device fetches only what changed.
                                            {R"sql(
CREATE TABLE published_consultations (
  id TEXT PRIMARY KEY REFERENCES consultations (id),
  pack_id TEXT NOT NULL,
  pack_version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  revision BIGINT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  published_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
)
)sql",
                                             "", ""},
                                            // 5: consultations made on a practitioner's device
                                            // (issue 14): the device registers each on sync, and
                                            // then its answers to it are accepted from that
                                            // device alone.
                                            {R"sql(
CREATE TABLE device_consultations (
  id TEXT PRIMARY KEY REFERENCES consultations (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  registered_at TEXT NOT NULL
)
)sql",
                                             "", ""},
                                            // 6: disclosure control (issue 18): a random
                                            // record key per record (0..255, the cell key
                                            // method; existing rows get one now), and
                                            // failed sign-ins counted per name hash, known
                                            // or not, so that a lockout names no account.
                                            {R"sql(
ALTER TABLE feedback ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
CREATE TABLE signin_failures (
  name_hash TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  locked_until TEXT
)
)sql",
                                             R"sql(
UPDATE feedback SET record_key = abs(random() % 256)
)sql",
                                             R"sql(
UPDATE feedback SET record_key = floor(random() * 256)::integer
)sql"},
                                            // 7: device tokens expire (issue 22): the last use
                                            // of each, renewed by use; devices enrolled before
                                            // count from their enrolment.
                                            {R"sql(
ALTER TABLE devices ADD COLUMN last_used_at TEXT;
UPDATE devices SET last_used_at = enrolled_at
)sql",
                                             "", ""},
                                            // 8: evidence of coproduction (issue 19):
                                            // participation records (a session's times,
                                            // activities, ratings, adaptations; no words),
                                            // the group a team means to hear and the hours it
                                            // planned, when a reviewer first read a record,
                                            // and which devices received which "we did"
                                            // actions.
                                            {R"sql(
CREATE TABLE participation (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  age_band TEXT NOT NULL,
  role TEXT NOT NULL,
  mode TEXT NOT NULL,
  language TEXT NOT NULL,
  week TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  practitioner_minutes INTEGER NOT NULL,
  adaptations TEXT NOT NULL,
  record_key INTEGER NOT NULL,
  body_hash TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX participation_by_consultation ON participation (consultation_id);
CREATE INDEX participation_by_device ON participation (device_id);
CREATE TABLE participation_activities (
  participation_id TEXT NOT NULL REFERENCES participation (id),
  activity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  outcome TEXT NOT NULL,
  seconds INTEGER NOT NULL,
  rating TEXT,
  PRIMARY KEY (participation_id, activity_id)
);
CREATE TABLE consultation_intent (
  consultation_id TEXT PRIMARY KEY REFERENCES consultations (id),
  body TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE feedback_reads (
  feedback_id TEXT PRIMARY KEY,
  first_read_at TEXT NOT NULL
);
CREATE TABLE action_deliveries (
  device_id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  delivered_at TEXT NOT NULL,
  PRIMARY KEY (device_id, action_id)
)
)sql",
                                             "", ""},
                                            // 9: the title a device sends with a consultation
                                            // made on it (issue 14), already redacted there,
                                            // shown to reviewers in place of its id.
                                            {R"sql(
ALTER TABLE consultations ADD COLUMN title TEXT
)sql",
                                             "", ""},
                                            // 10: an invite may ask that the young person's
                                            // answers wait on their own device until they and
                                            // their practitioner check them (issue 16); the
                                            // choice is returned when a device enrols with it.
                                            {R"sql(
ALTER TABLE enrol_codes ADD COLUMN review_on_device INTEGER NOT NULL DEFAULT 0
)sql",
                                             "", ""},
                                            // 11: consent refusals and withdrawals (issue
                                            // 19), counted per consultation: no participant,
                                            // no reason, no age or role.
                                            {R"sql(
CREATE TABLE consent_events (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  event TEXT NOT NULL,
  record_key INTEGER NOT NULL,
  body_hash TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX consent_events_by_consultation ON consent_events (consultation_id)
)sql",
                                             "", ""}}};

// PostgreSQL advisory lock key for migrations (the audit's is in hubstore.cpp).
constexpr qint64 kMigrationLock = 0x43686f7275730001;

} // namespace

int HubStore::latestSchemaVersion()
{
    return static_cast<int>(kHubSchema.size());
}

int HubStore::schemaVersion()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

bool HubStore::migrate(int target)
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                             "PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        return false;
    }
    // Several hub processes may start at once on one PostgreSQL: migrate one at a time.
    if (m_postgres && !exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock))) {
        return false;
    }
    bool ok = true;
    for (int v = schemaVersion() + 1; ok && v <= target; ++v) {
        ok = begin();
        const Migration& m = kHubSchema[static_cast<std::size_t>(v - 1)];
        QStringList statements = QString::fromLatin1(m.both).split(QLatin1Char(';'));
        statements +=
            QString::fromLatin1(m_postgres ? m.postgres : m.sqlite).split(QStringLiteral("\n--\n"));
        for (const QString& s : statements) {
            if (ok && !s.trimmed().isEmpty()) {
                ok = exec(s);
            }
        }
        QSqlQuery q(database());
        q.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v);
        q.addBindValue(now());
        ok = ok && (q.exec() || fail(QStringLiteral("schema_migrations"), q.lastError()));
        ok = ok && appendAudit(QStringLiteral("schema.migrated"), QString::number(v), {});
        ok = ok && commit();
        if (!ok) {
            rollback();
        }
    }
    if (m_postgres) {
        exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    }
    return ok;
}

} // namespace chorus::hub
