#include "migrations.h"

#include <QByteArray>

#include <array>

namespace chorus {
namespace {

// Each entry moves the schema from version (index) to version (index + 1). Never edit a
// shipped migration: add a new one, and a test that starts from the one before it.
constexpr std::array kMigrations = {
    // 1: the domain model.
    R"sql(
CREATE TABLE activity_packs (
  pack_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  json TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (pack_id, version)
);
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  retention_days INTEGER NOT NULL CHECK (retention_days BETWEEN 1 AND 3650),
  pack_id TEXT NOT NULL,
  pack_version INTEGER NOT NULL,
  activities TEXT NOT NULL,
  created_at TEXT NOT NULL,
  FOREIGN KEY (pack_id, pack_version) REFERENCES activity_packs (pack_id, version)
);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  code_name TEXT NOT NULL CHECK (length(code_name) BETWEEN 1 AND 40),
  age_band TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retain_until TEXT NOT NULL,
  withdrawn_at TEXT,
  UNIQUE (consultation_id, code_name)
);
CREATE TABLE safeguarding_holds (
  participant_id TEXT PRIMARY KEY REFERENCES participants (id),
  reason TEXT NOT NULL CHECK (length(reason) >= 10),
  placed_by TEXT NOT NULL,
  placed_at TEXT NOT NULL
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  mode TEXT NOT NULL CHECK (mode IN ('facilitated', 'own-time')),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  retain_until TEXT NOT NULL
);
CREATE TABLE session_participants (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, participant_id)
);
CREATE TABLE consent_events (
  id INTEGER PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  event TEXT NOT NULL CHECK (event IN ('given', 'withdrawn')),
  given_by TEXT,
  age_band TEXT,
  assessor TEXT,
  assessment_basis TEXT,
  explanation_version TEXT,
  explanation_language TEXT,
  method TEXT,
  scopes INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL
);
CREATE INDEX consent_by_participant ON consent_events (participant_id, id);
CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id),
  participant_id TEXT NOT NULL REFERENCES participants (id),
  consent_id INTEGER NOT NULL REFERENCES consent_events (id),
  activity_id TEXT NOT NULL,
  prompt_id TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  text_value TEXT,
  value_json TEXT,
  draft INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  retain_until TEXT NOT NULL
);
CREATE INDEX responses_by_participant ON responses (participant_id);
CREATE INDEX responses_by_session ON responses (session_id);
CREATE INDEX responses_by_retention ON responses (retain_until);
CREATE TABLE media (
  response_id TEXT PRIMARY KEY REFERENCES responses (id) ON DELETE CASCADE,
  mime TEXT NOT NULL,
  duration_ms INTEGER NOT NULL DEFAULT 0,
  data BLOB NOT NULL
);
CREATE TABLE tombstones (
  id INTEGER PRIMARY KEY,
  consultation_id TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('withdrawn', 'expired')),
  responses_erased INTEGER NOT NULL,
  week TEXT NOT NULL
);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Erasure is the only way consent history may shrink: the store opens this gate inside
-- the erasing transaction and closes it before commit.
CREATE TABLE erasure_gate (open INTEGER NOT NULL);
INSERT INTO erasure_gate VALUES (0);
CREATE TRIGGER consent_append_only_update BEFORE UPDATE ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
CREATE TRIGGER consent_append_only_delete BEFORE DELETE ON consent_events
WHEN (SELECT open FROM erasure_gate) = 0
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // 2: anonymised sharing. A share record (the allow-listed copy of one answer) and its
    // outbox row are written in the same transaction; with review on, the row waits in
    // state 'review' until a practitioner approves it.
    R"sql(
ALTER TABLE consultations ADD COLUMN review_required INTEGER NOT NULL DEFAULT 1;
CREATE TABLE privacy_names (
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  kind TEXT NOT NULL CHECK (kind IN ('name', 'school', 'place')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (consultation_id, kind, name)
);
CREATE TABLE share_records (
  id TEXT PRIMARY KEY,
  response_id TEXT REFERENCES responses (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  payload TEXT NOT NULL,
  review_state TEXT NOT NULL DEFAULT 'pending'
    CHECK (review_state IN ('pending', 'approved', 'held')),
  created_at TEXT NOT NULL
);
CREATE INDEX share_by_participant ON share_records (participant_id);
CREATE INDEX share_by_response ON share_records (response_id);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  item_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('feedback', 'erasure')),
  body TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('review', 'queued', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE sent_feedback (
  id TEXT PRIMARY KEY,
  participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
  acknowledged_at TEXT NOT NULL
);
-- An unsent copy goes with its share record, however that record is removed.
CREATE TRIGGER share_record_unqueued AFTER DELETE ON share_records
BEGIN DELETE FROM outbox WHERE item_id = OLD.id AND kind = 'feedback'; END;
)sql",
    // 3: sync with a hub (sync/PROTOCOL.md). One enrolment per device: the hub's address, the
    // device token and the pinned certificate live only here, in the encrypted store. What
    // the hub sends back (erasure confirmations, "we did" actions, which packs came from
    // it) is kept so the app can show it offline.
    R"sql(
CREATE TABLE hub_enrolment (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  hub_url TEXT NOT NULL,
  device_id TEXT NOT NULL,
  token TEXT NOT NULL,
  pin_sha256 TEXT NOT NULL DEFAULT '',
  consultation_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('practitioner', 'participant')),
  enrolled_at TEXT NOT NULL,
  last_sync_at TEXT,
  last_attempt_at TEXT,
  last_problem TEXT NOT NULL DEFAULT '',
  actions_cursor TEXT NOT NULL DEFAULT ''
);
CREATE TABLE hub_erasure_confirmations (
  erasure_id TEXT PRIMARY KEY,
  feedback_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('erased', 'not-found', 'not-yours')),
  confirmed_at TEXT NOT NULL
);
CREATE TABLE hub_actions (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  you_said TEXT NOT NULL,
  we_did TEXT NOT NULL,
  feedback_ids TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE TABLE hub_packs (
  pack_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  PRIMARY KEY (pack_id, version)
);
)sql",
    // 4: "you said, we did" on the device (issue 8). An action's status and date, so that the
    // young person is told whether the team did it, is doing it or plans to. Actions kept
    // before this came without them: the cursor goes back to the start so that the next sync
    // fetches every action again (kept by id, so nothing is doubled).
    R"sql(
ALTER TABLE hub_actions ADD COLUMN status TEXT NOT NULL DEFAULT ''
  CHECK (status IN ('', 'planned', 'doing', 'done'));
ALTER TABLE hub_actions ADD COLUMN action_date TEXT NOT NULL DEFAULT '';
UPDATE hub_enrolment SET actions_cursor = '';
)sql",
    // 5: consultations published on the hub (sync/PROTOCOL.md "Consultations"). `source`
    // says who owns a consultation: one made on this device is never touched by sync; one
    // from the hub is read-only here and follows the hub (`hub_revision`), `status` closed
    // stopping new sessions. The fetch cursor sits with the enrolment.
    R"sql(
ALTER TABLE consultations ADD COLUMN source TEXT NOT NULL DEFAULT 'device'
  CHECK (source IN ('device', 'hub'));
ALTER TABLE consultations ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
  CHECK (status IN ('open', 'closed'));
ALTER TABLE consultations ADD COLUMN hub_revision INTEGER;
ALTER TABLE hub_enrolment ADD COLUMN consultations_cursor TEXT NOT NULL DEFAULT '';
)sql",
    // 6: a retention date on every table that holds personal data (issue 22). Dates are
    // filled by triggers, so no writer can forget one: a consultation is kept while anyone
    // or any session of it is; names to hide belong to one participant (withdrawal erases
    // them) or to the whole consultation (they go with it); "we did" actions downloaded from
    // the hub are kept for the enrolled consultation's retention (a year when unknown).
    R"sql(
ALTER TABLE consultations ADD COLUMN retain_until TEXT NOT NULL DEFAULT '';
UPDATE consultations SET retain_until = max(
  strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+' || retention_days || ' days'),
  coalesce((SELECT max(retain_until) FROM participants p WHERE p.consultation_id = consultations.id), ''),
  coalesce((SELECT max(retain_until) FROM sessions s WHERE s.consultation_id = consultations.id), ''));
CREATE TRIGGER consultation_retention AFTER INSERT ON consultations WHEN NEW.retain_until = ''
BEGIN
  UPDATE consultations SET retain_until =
    strftime('%Y-%m-%dT%H:%M:%fZ', NEW.created_at, '+' || NEW.retention_days || ' days')
  WHERE id = NEW.id;
END;
CREATE TRIGGER consultation_kept_for_participant AFTER INSERT ON participants
BEGIN
  UPDATE consultations SET retain_until = NEW.retain_until
  WHERE id = NEW.consultation_id AND retain_until < NEW.retain_until;
END;
CREATE TRIGGER consultation_kept_for_session AFTER INSERT ON sessions
BEGIN
  UPDATE consultations SET retain_until = NEW.retain_until
  WHERE id = NEW.consultation_id AND retain_until < NEW.retain_until;
END;

CREATE TABLE privacy_names_v6 (
  consultation_id TEXT NOT NULL REFERENCES consultations (id),
  participant_id TEXT REFERENCES participants (id),
  kind TEXT NOT NULL CHECK (kind IN ('name', 'school', 'place')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  retain_until TEXT NOT NULL DEFAULT ''
);
INSERT INTO privacy_names_v6 (consultation_id, kind, name, retain_until)
  SELECT n.consultation_id, n.kind, n.name, c.retain_until
  FROM privacy_names n JOIN consultations c ON c.id = n.consultation_id;
DROP TABLE privacy_names;
ALTER TABLE privacy_names_v6 RENAME TO privacy_names;
CREATE UNIQUE INDEX privacy_names_once
  ON privacy_names (consultation_id, ifnull(participant_id, ''), kind, name);
CREATE INDEX privacy_names_by_participant ON privacy_names (participant_id);
CREATE TRIGGER privacy_name_retention AFTER INSERT ON privacy_names WHEN NEW.retain_until = ''
BEGIN
  UPDATE privacy_names SET retain_until = coalesce(
    (SELECT retain_until FROM participants WHERE id = NEW.participant_id),
    (SELECT retain_until FROM consultations WHERE id = NEW.consultation_id))
  WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER privacy_names_follow_consultation AFTER UPDATE OF retain_until ON consultations
BEGIN
  UPDATE privacy_names SET retain_until = NEW.retain_until
  WHERE consultation_id = NEW.id AND participant_id IS NULL;
END;

ALTER TABLE hub_actions ADD COLUMN retain_until TEXT NOT NULL DEFAULT '';
CREATE TRIGGER hub_action_retention AFTER INSERT ON hub_actions WHEN NEW.retain_until = ''
BEGIN
  UPDATE hub_actions SET retain_until = strftime('%Y-%m-%dT%H:%M:%fZ', NEW.received_at,
    '+' || coalesce((SELECT c.retention_days FROM consultations c JOIN hub_enrolment e
                     ON c.id = e.consultation_id), 365) || ' days')
  WHERE id = NEW.id;
END;
UPDATE hub_actions SET retain_until = strftime('%Y-%m-%dT%H:%M:%fZ', received_at,
  '+' || coalesce((SELECT c.retention_days FROM consultations c JOIN hub_enrolment e
                   ON c.id = e.consultation_id), 365) || ' days');
)sql",
};

Status runMigration(Database& db, int index)
{
    Transaction tx(db);
    if (!tx.began()) {
        return tx.began();
    }
    // sqlite3_exec-like: a prepared statement runs one statement, so feed them one by one.
    if (auto st = db.execScript(kMigrations[static_cast<std::size_t>(index)]); !st) {
        return makeError(st.error().code, QStringLiteral("Schema migration %1 failed: %2")
                                              .arg(index + 1)
                                              .arg(st.error().message));
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(index + 1);
    if (auto st = db.exec(setVersion.constData()); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace

int Migrations::latest()
{
    return static_cast<int>(kMigrations.size());
}

Result<int> Migrations::currentVersion(Database& db)
{
    auto v = db.queryText("PRAGMA user_version");
    if (!v) {
        return v.error();
    }
    return v.value().toInt();
}

Status Migrations::migrate(Database& db, int target)
{
    if (target < 0) {
        target = latest();
    }
    auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    if (current.value() > latest()) {
        return makeError(
            Error::Code::Invalid,
            QStringLiteral("This store was written by a newer Chorus (schema %1; this one "
                           "knows %2). Update the app; the store was not changed.")
                .arg(current.value())
                .arg(latest()));
    }
    for (int i = current.value(); i < target; ++i) {
        if (auto st = runMigration(db, i); !st) {
            return st;
        }
    }
    return Status::success();
}

} // namespace chorus
