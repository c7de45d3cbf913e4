#include "hubstore.h"

#include "sync/hub/hublogging.h"
#include "sync/hub/review/disclosure.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <array>

namespace chorus::hub {
namespace {

constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";
// PostgreSQL advisory lock key that orders audit appends (the migrations' is in
// hubmigrations.cpp).
constexpr qint64 kAuditLock = 0x43686f7275730002;

QString auditHash(const QString& prev, qint64 seq, const QString& at, const QString& event,
                  const QString& subject, const QString& detail)
{
    const QString line =
        QStringList{prev, QString::number(seq), at, event, subject, detail}.join(QLatin1Char('\n'));
    return QString::fromLatin1(
        QCryptographicHash::hash(line.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/** Crockford base32 without I, L, O, U: easy to read aloud and type. */
QString newCode()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code;
    for (int i = 0; i < 12; ++i) {
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
        if (i == 3 || i == 7) {
            code += QLatin1Char('-');
        }
    }
    return code;
}

} // namespace

QString secretHash(const QByteArray& secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char*>(words.data()), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newUuid()
{
    // QUuid::createUuid is version 4 from the system generator on Linux.
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HubStore::HubStore(QString connection, bool postgres, std::shared_ptr<const Clock> clock)
    : m_connection(std::move(connection)), m_postgres(postgres),
      m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{}

HubStore::~HubStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

StoreResult<std::unique_ptr<HubStore>>
HubStore::open(const QString& spec, std::shared_ptr<const Clock> clock, int targetVersion)
{
    const auto unavailable = [](const QString& where, const QString& code, const QString& why) {
        return StoreError{StoreError::Kind::Unavailable, where, code, why};
    };
    static int counter = 0;
    const QString name = QStringLiteral("chorus-hub-%1").arg(++counter);
    const bool postgres = spec.startsWith(QLatin1String("postgresql://")) ||
                          spec.startsWith(QLatin1String("postgres://"));
    if (!postgres && !spec.startsWith(QLatin1String("sqlite:"))) {
        return unavailable(
            QStringLiteral("--db"), {},
            QStringLiteral("--db must be sqlite:PATH or postgresql://USER@HOST:PORT/DB"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return unavailable(QStringLiteral("driver"), {},
                           QStringLiteral("the Qt Sql driver for this database is not installed"));
    }
    if (postgres) {
        const QUrl url(spec);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        db.setDatabaseName(spec.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    std::unique_ptr<HubStore> store(new HubStore(name, postgres, std::move(clock)));
    const bool opened = db.open();
    // The code only: a server's words may name the account or the host (MED-3).
    const QString openCode = db.lastError().nativeErrorCode();
    db = QSqlDatabase(); // the store holds the connection by name only
    if (!opened) {
        return unavailable(QStringLiteral("open"), openCode,
                           QStringLiteral("cannot open the database"));
    }
    if (!postgres) {
        // WAL lets readers and one writer share the file across hub processes.
        // secure_delete: a deleted row is overwritten with zeros in its page, so an erased
        // answer does not stay in the file's free space.
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"}) {
            if (!store->exec(QString::fromLatin1(pragma))) {
                return store->failure();
            }
        }
    } else if (!store->exec(QStringLiteral("SET client_min_messages = warning"))) {
        return store->failure();
    }
    if (!store->migrate(targetVersion < 0 ? latestSchemaVersion() : targetVersion)) {
        StoreError failed = store->failure();
        failed.kind = StoreError::Kind::Unavailable;
        failed.problem = QStringLiteral("cannot migrate the database");
        return failed;
    }
    store->m_schema = store->schemaVersion();
    return store;
}

QSqlDatabase HubStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

StoreStatus HubStore::status(bool ok) const
{
    if (!ok) {
        return m_failure;
    }
    return Done{};
}

QString HubStore::now() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

bool HubStore::fail(StoreError error)
{
    // A client's mistake or a missing row is the caller's to answer; only the database's own
    // failures go into the log, as the step and the code.
    using Kind = StoreError::Kind;
    if (error.kind != Kind::Invalid && error.kind != Kind::NotFound &&
        error.kind != Kind::Expired) {
        qCWarning(lcHub, "database: %s", qPrintable(error.describe()));
    }
    m_failure = std::move(error);
    return false;
}

bool HubStore::fail(const QString& what, const QSqlError& error)
{
    return fail(databaseError(what, error));
}

StoreError databaseError(const QString& where, const QSqlError& error)
{
    return StoreError{kindOf(error.nativeErrorCode()), where, error.nativeErrorCode(), {}};
}

QString errorCode(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    QString out = code.isEmpty() ? QStringLiteral("no code") : QStringLiteral("code ") + code;
    if (const QString meaning = codeMeaning(code); !meaning.isEmpty()) {
        out += QStringLiteral(" (%1)").arg(meaning);
    }
    // The driver's own words (Qt's, such as "Unable to execute statement") hold no values;
    // the database's text is never used.
    if (!error.driverText().isEmpty()) {
        out += QStringLiteral(": ") + error.driverText();
    }
    return out;
}

QSqlError firstError(const QSqlQuery& a, const QSqlQuery& b)
{
    return a.lastError().isValid() ? a.lastError() : b.lastError();
}

bool HubStore::exec(const QString& sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        return fail(sql.left(40).simplified(), q.lastError());
    }
    return true;
}

bool HubStore::begin()
{
    // SQLite: take the write lock up front so that two writers never deadlock on upgrade.
    return exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

bool HubStore::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void HubStore::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

bool HubStore::worthRetrying(const StoreError& error) const
{
    using Kind = StoreError::Kind;
    switch (error.kind) {
    case Kind::Exists:
        // SQLite: BEGIN IMMEDIATE lets one writer in at a time, so the key was taken before
        // this transaction began and running it again would read the same. PostgreSQL:
        // writers overlap, and the work may have chosen its key from what it read (a revision
        // MAX + 1, a record id it found absent) while another hub process took it.
        return m_postgres;
    case Kind::Invalid:
    case Kind::NotFound:
    case Kind::Expired:
    case Kind::Refused:
        return false; // the work's own answer: the same on every attempt
    case Kind::Unavailable:
    case Kind::Failed:
    case Kind::Busy:
        break;
    }
    return true; // a lock, a lost connection, a statement that failed
}

bool HubStore::transaction(const std::function<bool()>& work)
{
    m_attempts = 0;
    for (int attempt = 0; attempt < kTransactionAttempts; ++attempt) {
        ++m_attempts;
        m_rollbackOnly = false;
        m_failure = StoreError{}; // a work that says false without a reason is tried again
        if (begin() && work()) {
            if (m_rollbackOnly) {
                rollback();
                return true;
            }
            if (commit()) {
                return true;
            }
        }
        rollback();
        if (!worthRetrying(m_failure)) {
            return false;
        }
        // PostgreSQL refuses a key only once the writer that took it has committed, so the
        // next attempt reads that row at once; a lock or a lost connection wants time.
        if (m_failure.kind != StoreError::Kind::Exists) {
            QThread::msleep(
                static_cast<unsigned long>(5 + QRandomGenerator::global()->bounded(20 << attempt)));
        }
        if (!database().isOpen() && !database().open()) {
            return fail(QStringLiteral("reconnect"), database().lastError());
        }
    }
    return false;
}

bool HubStore::appendAudit(const QString& event, const QString& subject, const QString& detail)
{
    if (m_postgres && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditLock))) {
        return false;
    }
    QSqlQuery last(database());
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return fail(QStringLiteral("audit_log"), last.lastError());
    }
    qint64 seq = 1;
    QString prev = QString::fromLatin1(kGenesis);
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prev = last.value(1).toString();
    }
    const QString at = now();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, event, subject, detail, prev_hash, "
                             "hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(at);
    // Empty, never NULL: the chain hashes text.
    q.addBindValue(event);
    q.addBindValue(subject.isNull() ? QStringLiteral("") : subject);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    q.addBindValue(prev);
    q.addBindValue(auditHash(prev, seq, at, event, subject, detail));
    if (!q.exec()) {
        return fail(QStringLiteral("audit_log"), q.lastError());
    }
    return true;
}

StoreStatus HubStore::audit(const QString& event, const QString& subject, const QString& detail)
{
    return status(transaction([&] { return appendAudit(event, subject, detail); }));
}

StoreResult<AuditReport> HubStore::verifyAudit()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, event, subject, detail, prev_hash, hash FROM "
                               "audit_log ORDER BY seq"))) {
        fail(QStringLiteral("audit_log"), q.lastError());
        return failure();
    }
    AuditReport report;
    QString prev = QString::fromLatin1(kGenesis);
    qint64 expected = 1;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString hash = auditHash(prev, seq, q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString());
        QString problem;
        if (seq != expected) {
            problem = QStringLiteral("entry %1 is missing").arg(expected);
        } else if (q.value(5).toString() != prev) {
            problem = QStringLiteral("entry %1 does not follow the one before it").arg(seq);
        } else if (q.value(6).toString() != hash) {
            problem = QStringLiteral("entry %1 was changed after it was written").arg(seq);
        }
        if (!problem.isEmpty()) {
            report.firstBadSeq = seq;
            report.problem = problem;
            report.entries = seq - 1;
            return report;
        }
        prev = hash;
        ++expected;
        ++report.entries;
    }
    report.intact = true;
    return report;
}

bool HubStore::ensureConsultation(const QString& id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO consultations (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(now());
    return q.exec() || fail(QStringLiteral("consultations"), q.lastError());
}

StoreResult<QString> HubStore::createCode(const QString& consultationId, const QString& role,
                                          int uses, qint64 ttlSeconds, const QString& createdBy,
                                          bool reviewOnDevice)
{
    const bool reviewColumn = m_schema >= 10;
    const QString code = newCode();
    const bool ok = transaction([&] {
        if (!ensureConsultation(consultationId)) {
            return false;
        }
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT INTO enrol_codes (code_hash, consultation_id, role, "
                                 "uses_left, expires_at, created_by, created_at%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?%2)")
                      .arg(reviewColumn ? QStringLiteral(", review_on_device") : QString(),
                           reviewColumn ? QStringLiteral(", ?") : QString()));
        q.addBindValue(secretHash(normaliseCode(code).toLatin1()));
        q.addBindValue(consultationId);
        q.addBindValue(role);
        q.addBindValue(uses);
        q.addBindValue(m_clock->now().toUTC().addSecs(ttlSeconds).toString(Qt::ISODateWithMs));
        q.addBindValue(createdBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : createdBy);
        q.addBindValue(now());
        if (reviewColumn) {
            q.addBindValue(reviewOnDevice ? 1 : 0);
        }
        if (!q.exec()) {
            return fail(QStringLiteral("enrol_codes"), q.lastError());
        }
        return appendAudit(
            role == QLatin1String("participant") ? QStringLiteral("invite.created")
                                                 : QStringLiteral("code.created"),
            consultationId,
            QStringLiteral("uses=%1 ttl=%2s by=%3%4")
                .arg(uses)
                .arg(ttlSeconds)
                .arg(createdBy.isEmpty() ? QStringLiteral("admin") : createdBy,
                     reviewOnDevice ? QStringLiteral(" review-on-device") : QString()));
    });
    if (!ok) {
        return failure();
    }
    return code;
}

StoreResult<EnrolOutcome> HubStore::enrol(const QString& normalisedCode)
{
    EnrolOutcome out;
    const QString codeHash = secretHash(normalisedCode.toLatin1());
    const bool ok = transaction([&] {
        out = EnrolOutcome{};
        QSqlQuery q(database());
        q.prepare(
            QStringLiteral("SELECT consultation_id, role, uses_left, expires_at, %1 FROM "
                           "enrol_codes WHERE code_hash = ?")
                .arg(m_schema >= 10 ? QStringLiteral("review_on_device") : QStringLiteral("0")));
        q.addBindValue(codeHash);
        if (!q.exec()) {
            return fail(QStringLiteral("enrol_codes"), q.lastError());
        }
        if (!q.next()) {
            out.kind = EnrolOutcome::Kind::Invalid;
            return appendAudit(QStringLiteral("enrol.refused"), {}, QStringLiteral("unknown code"));
        }
        const QString consultation = q.value(0).toString();
        const QString role = q.value(1).toString();
        const int usesLeft = q.value(2).toInt();
        const QDateTime expires = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        const bool reviewOnDevice = q.value(4).toInt() != 0;
        if (usesLeft <= 0) {
            out.kind = EnrolOutcome::Kind::Used;
            return appendAudit(QStringLiteral("enrol.refused"), consultation,
                               QStringLiteral("code already used"));
        }
        if (!expires.isValid() || m_clock->now() >= expires) {
            out.kind = EnrolOutcome::Kind::Expired;
            return appendAudit(QStringLiteral("enrol.refused"), consultation,
                               QStringLiteral("code expired"));
        }
        // The use count is decremented in the database with a guard, so that two hub
        // processes racing for the last use cannot both win.
        QSqlQuery use(database());
        use.prepare(QStringLiteral("UPDATE enrol_codes SET uses_left = uses_left - 1 WHERE "
                                   "code_hash = ? AND uses_left > 0"));
        use.addBindValue(codeHash);
        if (!use.exec()) {
            return fail(QStringLiteral("enrol_codes"), use.lastError());
        }
        if (use.numRowsAffected() != 1) {
            out.kind = EnrolOutcome::Kind::Used;
            return true;
        }
        out.device.id = newUuid();
        out.device.consultationId = consultation;
        out.device.role = role;
        out.device.enrolledAt = m_clock->now().toUTC();
        out.token = newToken();
        out.reviewOnDevice = reviewOnDevice;
        QSqlQuery add(database());
        add.prepare(QStringLiteral("INSERT INTO devices (id, token_hash, consultation_id, role, "
                                   "enrolled_at%1) VALUES (?, ?, ?, ?, ?%2)")
                        .arg(m_schema >= 7 ? QStringLiteral(", last_used_at") : QString(),
                             m_schema >= 7 ? QStringLiteral(", ?") : QString()));
        add.addBindValue(out.device.id);
        add.addBindValue(secretHash(out.token.toLatin1()));
        add.addBindValue(consultation);
        add.addBindValue(role);
        add.addBindValue(now());
        if (m_schema >= 7) {
            add.addBindValue(now());
        }
        if (!add.exec()) {
            return fail(QStringLiteral("devices"), add.lastError());
        }
        out.kind = EnrolOutcome::Kind::Enrolled;
        return appendAudit(QStringLiteral("device.enrolled"), out.device.id,
                           QStringLiteral("consultation=%1 role=%2").arg(consultation, role));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

namespace {

/** A device row as `SELECT id, consultation_id, role, enrolled_at, revoked_at, last_used_at`
 *  reads it, with its expiry worked out at `now`. */
Device deviceFrom(const QSqlQuery& q, const QDateTime& now)
{
    Device d;
    d.id = q.value(0).toString();
    d.consultationId = q.value(1).toString();
    d.role = q.value(2).toString();
    d.enrolledAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    d.revoked = !q.value(4).isNull();
    const QString lastUsed = q.value(5).toString();
    d.lastUsedAt =
        lastUsed.isEmpty() ? d.enrolledAt : QDateTime::fromString(lastUsed, Qt::ISODateWithMs);
    d.expired = !d.revoked && d.lastUsedAt.addDays(kDeviceTokenLifetimeDays) <= now;
    return d;
}

// A use renews the token; writing every request's time would make each read a write, so a
// use renews it once an hour at most (the lifetime is days).
constexpr qint64 kRenewEverySeconds = 3600;

} // namespace

StoreResult<Device> HubStore::deviceForToken(const QByteArray& token)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, consultation_id, role, enrolled_at, revoked_at, %1 FROM "
                             "devices WHERE token_hash = ? AND revoked_at IS NULL")
                  .arg(m_schema >= 7 ? QStringLiteral("last_used_at") : QStringLiteral("NULL")));
    q.addBindValue(secretHash(token));
    if (!q.exec()) {
        fail(QStringLiteral("devices"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return Device{};
    }
    const QDateTime at = m_clock->now().toUTC();
    Device d = deviceFrom(q, at);
    q.finish();
    if (d.expired || m_schema < 7 || d.lastUsedAt.secsTo(at) < kRenewEverySeconds) {
        return d;
    }
    // The guard keeps a token that expired meanwhile (another hub process) expired.
    QSqlQuery renew(database());
    renew.prepare(QStringLiteral("UPDATE devices SET last_used_at = ? WHERE id = ? AND "
                                 "revoked_at IS NULL AND last_used_at > ?"));
    renew.addBindValue(now());
    renew.addBindValue(d.id);
    renew.addBindValue(at.addDays(-kDeviceTokenLifetimeDays).toString(Qt::ISODateWithMs));
    if (!renew.exec()) {
        fail(QStringLiteral("devices"), renew.lastError());
        return failure();
    }
    d.lastUsedAt = at;
    return d;
}

StoreStatus HubStore::revoke(const QString& deviceId, const QString& by)
{
    bool found = false;
    const bool ok = transaction([&] {
        QSqlQuery q(database());
        q.prepare(QStringLiteral(
            "UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
        q.addBindValue(now());
        q.addBindValue(deviceId);
        if (!q.exec()) {
            return fail(QStringLiteral("devices"), q.lastError());
        }
        found = q.numRowsAffected() == 1;
        return !found || appendAudit(QStringLiteral("device.revoked"), deviceId,
                                     by.isEmpty() ? QString() : QStringLiteral("by=") + by);
    });
    if (!ok) {
        return failure();
    }
    if (!found) {
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("devices"), {}, {}};
    }
    return Done{};
}

StoreResult<QList<Device>> HubStore::devices()
{
    const QDateTime at = m_clock->now().toUTC();
    return rows(QStringLiteral("devices"),
                QStringLiteral("SELECT id, consultation_id, role, enrolled_at, revoked_at, %1 "
                               "FROM devices ORDER BY enrolled_at, id")
                    .arg(m_schema >= 7 ? QStringLiteral("last_used_at") : QStringLiteral("NULL")),
                {}, [&at](const QSqlQuery& q) { return deviceFrom(q, at); });
}

StoreStatus HubStore::consultationKnown(const QString& id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM consultations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(QStringLiteral("consultations"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("consultations"), {}, {}};
    }
    return Done{};
}

StoreResult<QStringList> HubStore::consultationsOf(const Device& device)
{
    QStringList ids{device.consultationId};
    if (m_schema < 5) {
        return ids;
    }
    const auto registered =
        rows(QStringLiteral("device_consultations"),
             QStringLiteral("SELECT id FROM device_consultations WHERE device_id = ?"), {device.id},
             [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!registered) {
        return registered.error();
    }
    return ids + registered.value();
}

bool HubStore::setDeviceTitle(const QString& id, const QString& title)
{
    if (m_schema < 9 || title.isEmpty()) {
        return true; // an older schema, or a device that sends no title: the id is shown
    }
    // Never over a published consultation's own title (that one comes from its file).
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE consultations SET title = ? WHERE id = ? AND id NOT IN "
                             "(SELECT id FROM published_consultations)"));
    q.addBindValue(title);
    q.addBindValue(id);
    return q.exec() || fail(QStringLiteral("consultations"), q.lastError());
}

StoreResult<Registration> HubStore::registerConsultation(const Device& device, const QString& id,
                                                         const QString& title)
{
    Registration out = Registration::NotYours;
    const bool ok = transaction([&] {
        if (id == device.consultationId) {
            // The one it was enrolled for (`enrol-code --new-consultation`): its title too.
            out = Registration::AlreadyYours;
            return setDeviceTitle(id, title);
        }
        QSqlQuery owner(database());
        owner.prepare(QStringLiteral("SELECT device_id FROM device_consultations WHERE id = ?"));
        owner.addBindValue(id);
        if (!owner.exec()) {
            return fail(QStringLiteral("device_consultations"), owner.lastError());
        }
        if (owner.next()) {
            if (owner.value(0).toString() != device.id) {
                out = Registration::NotYours;
                return true;
            }
            // Again after a lost answer, or with a title edited on the device since.
            out = Registration::AlreadyYours;
            return setDeviceTitle(id, title);
        }
        // An id the hub knows from elsewhere (published, or another device's enrolment) is
        // never taken over by a device.
        const auto known = consultationKnown(id);
        if (!known && known.error().kind != StoreError::Kind::NotFound) {
            return false; // fail() kept the database's failure
        }
        if (known) {
            out = Registration::NotYours;
            return appendAudit(QStringLiteral("consultation.register-refused"), id,
                               QStringLiteral("device=%1").arg(device.id));
        }
        if (!ensureConsultation(id)) {
            return false;
        }
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO device_consultations (id, device_id, "
                                      "registered_at) VALUES (?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(device.id);
        insert.addBindValue(now());
        if (!insert.exec()) {
            return fail(QStringLiteral("device_consultations"), insert.lastError());
        }
        out = Registration::Registered;
        return setDeviceTitle(id, title) &&
               appendAudit(QStringLiteral("consultation.registered"), id,
                           QStringLiteral("device=%1").arg(device.id));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<SubmitOutcome> HubStore::submitFeedback(const Device& device,
                                                    const FeedbackBatch& batch)
{
    SubmitOutcome out;
    const auto allowed = consultationsOf(device);
    if (!allowed) {
        return failure();
    }
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        if (!allowed->contains(batch.items[i].consultationId)) {
            out.forbiddenItem = batch.items[i].id;
            out.forbiddenField = QStringLiteral("items[%1].consultationId").arg(i);
            return out;
        }
    }
    const bool ok = transaction([&] {
        out = SubmitOutcome{};
        const QString received = now();
        QSqlQuery erased(database());
        erased.prepare(QStringLiteral("SELECT 1 FROM erased_feedback WHERE id = ?"));
        // Schema 3 keeps the prompt and the quotes consent as columns for the review API.
        const bool reviewColumns = m_schema >= 3;
        // Schema 6: the record key of the disclosure layer, drawn once, here (disclosure.h).
        const bool keyColumn = m_schema >= 6;
        QSqlQuery insert(database());
        insert.prepare(
            QStringLiteral("INSERT INTO feedback (id, device_id, consultation_id, "
                           "framework_parameter, pack_id, pack_version, activity_id, kind, "
                           "age_band, role, week, body_hash, body, received_at%1%3) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2%4) ON CONFLICT (id) DO NOTHING")
                .arg(reviewColumns ? QStringLiteral(", prompt_id, quotes_allowed") : QString(),
                     reviewColumns ? QStringLiteral(", ?, ?") : QString())
                .arg(keyColumn ? QStringLiteral(", record_key") : QString(),
                     keyColumn ? QStringLiteral(", ?") : QString()));
        QSqlQuery existing(database());
        existing.prepare(QStringLiteral("SELECT body_hash FROM feedback WHERE id = ?"));
        for (const FeedbackItem& item : batch.items) {
            // An erased record never comes back, even if an old retry arrives late.
            erased.addBindValue(item.id);
            if (!erased.exec()) {
                return fail(QStringLiteral("erased_feedback"), erased.lastError());
            }
            if (erased.next()) {
                out.acknowledged << item.id;
                continue;
            }
            insert.addBindValue(item.id);
            insert.addBindValue(device.id);
            insert.addBindValue(item.consultationId);
            insert.addBindValue(item.framework);
            insert.addBindValue(item.packId);
            insert.addBindValue(item.packVersion);
            insert.addBindValue(item.activityId);
            insert.addBindValue(item.kind);
            insert.addBindValue(item.ageBand);
            insert.addBindValue(item.role);
            insert.addBindValue(item.week);
            insert.addBindValue(QString::fromLatin1(item.hash));
            insert.addBindValue(QString::fromUtf8(item.canonical));
            insert.addBindValue(received);
            if (reviewColumns) {
                insert.addBindValue(item.promptId.isEmpty()
                                        ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(item.promptId));
                insert.addBindValue(item.quotesAllowed ? 1 : 0);
            }
            if (keyColumn) {
                insert.addBindValue(newRecordKey());
            }
            if (!insert.exec()) {
                return fail(QStringLiteral("feedback"), insert.lastError());
            }
            if (insert.numRowsAffected() == 1) {
                ++out.stored;
                out.acknowledged << item.id;
                continue;
            }
            // Already there (this or another hub process): same body is the same result.
            existing.addBindValue(item.id);
            if (!existing.exec() || !existing.next()) {
                return fail(QStringLiteral("feedback"), existing.lastError());
            }
            if (existing.value(0).toString() == QString::fromLatin1(item.hash)) {
                out.acknowledged << item.id;
            } else {
                out.conflicts << item.id;
            }
        }
        if (!out.conflicts.isEmpty()) {
            m_rollbackOnly = true; // a batch with a conflict writes nothing (SY-3)
            return true;
        }
        if (out.stored == 0) {
            return true; // a pure resend changes nothing, not even the audit log
        }
        const QByteArray ids = batch.items.isEmpty() ? QByteArray() : [&] {
            QCryptographicHash h(QCryptographicHash::Sha256);
            for (const FeedbackItem& item : batch.items) {
                h.addData(item.id.toLatin1());
            }
            return h.result().toHex().left(16);
        }();
        return appendAudit(QStringLiteral("feedback.received"), device.id,
                           QStringLiteral("stored=%1 batch=%2 ids=%3")
                               .arg(out.stored)
                               .arg(batch.items.size())
                               .arg(QString::fromLatin1(ids)));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<QList<ErasureConfirmation>> HubStore::erase(const Device& device,
                                                        const ErasureBatch& batch)
{
    QList<ErasureConfirmation> out;
    const bool ok = transaction([&] {
        out.clear();
        const QString at = now();
        int erasedCount = 0;
        QStringList erasedIds;
        for (const ErasureItem& item : batch.items) {
            ErasureConfirmation c{item.id, item.feedbackId, {}};
            QSqlQuery earlier(database());
            earlier.prepare(
                QStringLiteral("SELECT feedback_id, outcome FROM erasures WHERE id = ?"));
            earlier.addBindValue(item.id);
            if (!earlier.exec()) {
                return fail(QStringLiteral("erasures"), earlier.lastError());
            }
            if (earlier.next()) {
                // The same erasure request again: the same confirmation.
                c.feedbackId = earlier.value(0).toString();
                c.outcome = earlier.value(1).toString();
                out << c;
                continue;
            }
            // Schema 8: a participation record (issue 19) is erased by the same request.
            const bool participation = m_schema >= 8;
            QSqlQuery owner(database());
            owner.prepare(participation ? QStringLiteral("SELECT device_id FROM feedback WHERE id "
                                                         "= ? UNION ALL SELECT device_id FROM "
                                                         "participation WHERE id = ?")
                                        : QStringLiteral("SELECT device_id FROM feedback WHERE "
                                                         "id = ?"));
            owner.addBindValue(item.feedbackId);
            if (participation) {
                owner.addBindValue(item.feedbackId);
            }
            if (!owner.exec()) {
                return fail(QStringLiteral("feedback"), owner.lastError());
            }
            if (owner.next() && owner.value(0).toString() != device.id) {
                c.outcome = QStringLiteral("not-yours");
            } else {
                const auto record = deleteRecord(item.feedbackId, device.id, at);
                if (!record) {
                    return fail(record.error());
                }
                bool deleted = record.value();
                if (participation) {
                    const auto counted = erasedParticipation(item.feedbackId, device.id);
                    if (!counted) {
                        return fail(counted.error());
                    }
                    deleted = deleted || counted.value();
                }
                c.outcome = deleted ? QStringLiteral("erased") : QStringLiteral("not-found");
                erasedCount += deleted ? 1 : 0;
                if (deleted) {
                    erasedIds << item.feedbackId;
                }
            }
            QSqlQuery rec(database());
            rec.prepare(QStringLiteral("INSERT INTO erasures (id, device_id, feedback_id, outcome, "
                                       "confirmed_at) VALUES (?, ?, ?, ?, ?)"));
            rec.addBindValue(c.id);
            rec.addBindValue(device.id);
            rec.addBindValue(c.feedbackId);
            rec.addBindValue(c.outcome);
            rec.addBindValue(at);
            if (!rec.exec()) {
                return fail(QStringLiteral("erasures"), rec.lastError());
            }
            out << c;
        }
        // The audit says which exports made before still contain an erased record: those
        // copies are outside the hub, and the team must find and destroy them.
        QStringList exports;
        for (const QString& id : erasedIds) {
            const auto holding = exportsHolding(id);
            if (!holding) {
                return false;
            }
            for (const ExportHolding& e : holding.value()) {
                exports << QString::number(e.seq);
            }
        }
        exports.removeDuplicates();
        if (erasedCount > 0 && !markCompactionPending()) {
            return false;
        }
        return appendAudit(
            QStringLiteral("feedback.erased"), device.id,
            QStringLiteral("requests=%1 erased=%2 in-exports=%3")
                .arg(batch.items.size())
                .arg(erasedCount)
                .arg(exports.isEmpty() ? QStringLiteral("none") : exports.join(QLatin1Char(','))));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<bool> HubStore::deleteRecord(const QString& feedbackId, const QString& deviceId,
                                         const QString& at)
{
    // Theme tags and action links reference the record: they go first (tags: schema 3 on).
    if (m_schema >= 3) {
        QSqlQuery tags(database());
        tags.prepare(QStringLiteral("DELETE FROM feedback_themes WHERE feedback_id = ?"));
        tags.addBindValue(feedbackId);
        if (!tags.exec()) {
            return databaseError(QStringLiteral("feedback_themes"), tags.lastError());
        }
    }
    QSqlQuery links(database());
    links.prepare(QStringLiteral("DELETE FROM action_feedback WHERE feedback_id = ?"));
    links.addBindValue(feedbackId);
    if (!links.exec()) {
        return databaseError(QStringLiteral("action_feedback"), links.lastError());
    }
    QSqlQuery del(database());
    del.prepare(QStringLiteral("DELETE FROM feedback WHERE id = ? AND device_id = ?"));
    del.addBindValue(feedbackId);
    del.addBindValue(deviceId);
    if (!del.exec()) {
        return databaseError(QStringLiteral("feedback"), del.lastError());
    }
    // Read now: SQLite reports the changes of the connection's latest statement, so after
    // the tombstone insert this would count the tombstone instead.
    const bool deleted = del.numRowsAffected() == 1;
    QSqlQuery tomb(database());
    tomb.prepare(QStringLiteral("INSERT INTO erased_feedback (id, device_id, erased_at) VALUES "
                                "(?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    tomb.addBindValue(feedbackId);
    tomb.addBindValue(deviceId);
    tomb.addBindValue(at);
    if (!tomb.exec()) {
        return databaseError(QStringLiteral("erased_feedback"), tomb.lastError());
    }
    return deleted;
}

namespace {
// The settings row that says an erasure left space for `compact` to clear; every hub
// process sharing the database sees it.
constexpr auto kCompactionPending = "erasure.compaction-pending";
} // namespace

bool HubStore::markCompactionPending()
{
    if (m_schema < 3) {
        return true; // no settings table yet: compact() runs unconditionally then
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1String(kCompactionPending));
    q.addBindValue(now() + QLatin1Char(' ') + newToken().left(8));
    return q.exec() || fail(QStringLiteral("settings"), q.lastError());
}

StoreResult<Compaction> HubStore::compactionPending()
{
    if (m_schema < 3) {
        return Compaction::Pending;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(kCompactionPending));
    if (!q.exec()) {
        fail(QStringLiteral("settings"), q.lastError());
        return failure();
    }
    return q.next() ? Compaction::Pending : Compaction::Clear;
}

StoreStatus HubStore::compact()
{
    return status(compactOnce());
}

bool HubStore::compactOnce()
{
    // The mark as it was before: an erasure committed while this runs leaves a new mark,
    // which is cleared only by the next run.
    QString mark;
    if (m_schema >= 3) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(QLatin1String(kCompactionPending));
        if (!q.exec()) {
            return fail(QStringLiteral("settings"), q.lastError());
        }
        if (!q.next()) {
            return true; // nothing erased since the last run
        }
        mark = q.value(0).toString();
    }
    if (m_postgres) {
        // VACUUM FULL rewrites the table into new files and drops the old ones, dead rows and
        // all (a plain VACUUM only marks their space free, with the bytes still in it). It
        // locks the table while it runs, so it waits at most 2 s for the lock and runs at
        // most 2 minutes; after either, the mark stays and the next run tries again.
        const bool ok = exec(QStringLiteral("SET lock_timeout = '2s'")) &&
                        exec(QStringLiteral("SET statement_timeout = '120s'")) &&
                        exec(QStringLiteral("VACUUM FULL feedback"));
        exec(QStringLiteral("RESET lock_timeout"));
        exec(QStringLiteral("RESET statement_timeout"));
        if (!ok) {
            return false;
        }
    } else {
        // secure_delete zeroed the rows in their pages; the WAL still holds earlier images of
        // those pages until it is checkpointed into the file and truncated. A reader that
        // holds an old snapshot makes the checkpoint stop short ("busy"): try again later.
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
            return fail(QStringLiteral("wal_checkpoint"), q.lastError());
        }
        if (q.value(0).toInt() != 0) {
            return fail(
                StoreError{StoreError::Kind::Busy, QStringLiteral("wal_checkpoint"), {}, {}});
        }
    }
    if (m_schema < 3) {
        return true;
    }
    QSqlQuery clear(database());
    clear.prepare(QStringLiteral("DELETE FROM settings WHERE key = ? AND value = ?"));
    clear.addBindValue(QLatin1String(kCompactionPending));
    clear.addBindValue(mark);
    return clear.exec() || fail(QStringLiteral("settings"), clear.lastError());
}

StoreResult<QList<ExportHolding>> HubStore::exportsHolding(const QString& feedbackId)
{
    // Export entries list the ids of the records they held (ids are UUIDs: no LIKE
    // wildcards in them).
    return rows(QStringLiteral("audit_log"),
                QStringLiteral("SELECT seq, at, subject, detail FROM audit_log WHERE event = "
                               "'review.export' AND detail LIKE ? ORDER BY seq"),
                {QStringLiteral("%") + feedbackId + QStringLiteral("%")}, [](const QSqlQuery& q) {
                    const QString detail = q.value(3).toString();
                    const qsizetype from = detail.indexOf(QLatin1String("content="));
                    const QString content =
                        from < 0 ? QString() : detail.mid(from + 8).section(QLatin1Char(' '), 0, 0);
                    return ExportHolding{q.value(0).toLongLong(), q.value(1).toString(),
                                         q.value(2).toString(), content};
                });
}

StoreResult<AdminErasure> HubStore::eraseRecord(const QString& feedbackId)
{
    AdminErasure out;
    const bool ok = transaction([&] {
        out = AdminErasure{};
        QSqlQuery owner(database());
        owner.prepare(QStringLiteral("SELECT device_id FROM feedback WHERE id = ?"));
        owner.addBindValue(feedbackId);
        if (!owner.exec()) {
            return fail(QStringLiteral("feedback"), owner.lastError());
        }
        if (!owner.next()) {
            return true; // nothing held, nothing written
        }
        out.deviceId = owner.value(0).toString();
        const auto deleted = deleteRecord(feedbackId, out.deviceId, now());
        if (!deleted) {
            return fail(deleted.error());
        }
        out.erased = deleted.value();
        const auto exports = exportsHolding(feedbackId);
        if (!exports) {
            return false;
        }
        out.exports = exports.value();
        QStringList seqs;
        for (const ExportHolding& e : out.exports) {
            seqs << QString::number(e.seq);
        }
        return markCompactionPending() &&
               appendAudit(QStringLiteral("feedback.erased-by-admin"), feedbackId,
                           QStringLiteral("device=%1 in-exports=%2")
                               .arg(out.deviceId, seqs.isEmpty() ? QStringLiteral("none")
                                                                 : seqs.join(QLatin1Char(','))));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<bool> HubStore::erasedParticipation(const QString& id, const QString& deviceId)
{
    bool deleted = false;
    // Its activities and a reviewer's first read go with it; the reads table holds
    // feedback ids only, but an id is erased whatever it named.
    for (const char* sql :
         {"DELETE FROM participation_activities WHERE participation_id IN (SELECT id FROM "
          "participation WHERE id = ? AND device_id = ?)",
          "DELETE FROM participation WHERE id = ? AND device_id = ?"}) {
        QSqlQuery q(database());
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        q.addBindValue(deviceId);
        if (!q.exec()) {
            return databaseError(QStringLiteral("participation"), q.lastError());
        }
        if (QByteArray(sql).startsWith("DELETE FROM participation WHERE")) {
            deleted = q.numRowsAffected() == 1;
        }
    }
    QSqlQuery reads(database());
    reads.prepare(QStringLiteral("DELETE FROM feedback_reads WHERE feedback_id = ?"));
    reads.addBindValue(id);
    if (!reads.exec()) {
        return databaseError(QStringLiteral("feedback_reads"), reads.lastError());
    }
    return deleted;
}

StoreResult<PackPublication> HubStore::publishPack(const PackInfo& pack,
                                                   const QString& consultationId)
{
    bool inserted = false;
    const bool ok = transaction([&] {
        if (!consultationId.isEmpty() && !ensureConsultation(consultationId)) {
            return false;
        }
        QSqlQuery q(database());
        q.prepare(
            QStringLiteral("INSERT INTO packs (id, version, consultation_id, sha256, body, "
                           "published_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) "
                           "DO NOTHING"));
        q.addBindValue(pack.id);
        q.addBindValue(pack.version);
        q.addBindValue(consultationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : consultationId);
        q.addBindValue(secretHash(pack.body));
        q.addBindValue(QString::fromUtf8(pack.body));
        q.addBindValue(now());
        if (!q.exec()) {
            return fail(QStringLiteral("packs"), q.lastError());
        }
        inserted = q.numRowsAffected() == 1;
        return !inserted ||
               appendAudit(QStringLiteral("pack.published"),
                           QStringLiteral("%1@%2").arg(pack.id).arg(pack.version), consultationId);
    });
    if (!ok) {
        return failure();
    }
    return inserted ? PackPublication::Published : PackPublication::AlreadyPublished;
}

StoreResult<QList<PackInfo>> HubStore::packsFor(const QString& consultationId)
{
    return rows(
        QStringLiteral("packs"),
        QStringLiteral("SELECT id, version, sha256 FROM packs WHERE consultation_id = ? OR "
                       "consultation_id IS NULL ORDER BY id, version"),
        {consultationId}, [](const QSqlQuery& q) {
            return PackInfo{q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray()};
        });
}

StoreResult<PackInfo> HubStore::pack(const QString& id, int version)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT body FROM packs WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    if (!q.exec()) {
        fail(QStringLiteral("packs"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return PackInfo{};
    }
    return PackInfo{id, version, q.value(0).toString().toUtf8()};
}

namespace {

/** The activity ids of a stored pack file, in the pack's order. */
QStringList packActivities(const QString& packBody)
{
    QStringList ids;
    const QJsonArray activities = QJsonDocument::fromJson(packBody.toUtf8())
                                      .object()
                                      .value(QLatin1String("activities"))
                                      .toArray();
    for (const auto& a : activities) {
        ids << a.toObject().value(QLatin1String("id")).toString();
    }
    return ids;
}

ConsultationPublishOutcome refused(const QString& field, const QString& why)
{
    ConsultationPublishOutcome out;
    out.field = field;
    out.message = field + QStringLiteral(": ") + why;
    return out;
}

} // namespace

StoreResult<ConsultationPublishOutcome> HubStore::publishConsultation(const ConsultationInfo& c)
{
    ConsultationPublishOutcome out;
    const bool ok = transaction([&] {
        out = ConsultationPublishOutcome{};
        out.info = c;
        QSqlQuery pack(database());
        pack.prepare(QStringLiteral("SELECT body FROM packs WHERE id = ? AND version = ? AND "
                                    "(consultation_id = ? OR consultation_id IS NULL)"));
        pack.addBindValue(c.packId);
        pack.addBindValue(c.packVersion);
        pack.addBindValue(c.id);
        if (!pack.exec()) {
            return fail(QStringLiteral("packs"), pack.lastError());
        }
        if (!pack.next()) {
            out = refused(QStringLiteral("packVersion"),
                          QStringLiteral("pack \"%1\" version %2 is not published on this hub for "
                                         "this consultation; publish it first (publish-pack)")
                              .arg(c.packId)
                              .arg(c.packVersion));
            return true;
        }
        // Devices need every activity in the pack they receive; none may be listed twice
        // (the decoder refused repeats), none may be missing from the pack.
        const QStringList inPack = packActivities(pack.value(0).toString());
        QStringList& order = out.info.activities;
        if (order.isEmpty()) {
            order = inPack;
        }
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (!inPack.contains(order[i])) {
                out = refused(QStringLiteral("activities[%1]").arg(i),
                              QStringLiteral("pack \"%1\" version %2 has no activity \"%3\"")
                                  .arg(c.packId)
                                  .arg(c.packVersion)
                                  .arg(order[i]));
                return true;
            }
        }
        const QString body =
            QString::fromUtf8(QJsonDocument(out.info.toJson()).toJson(QJsonDocument::Compact));
        QSqlQuery earlier(database());
        earlier.prepare(QStringLiteral("SELECT pack_id, pack_version, body, revision FROM "
                                       "published_consultations WHERE id = ?"));
        earlier.addBindValue(c.id);
        if (!earlier.exec()) {
            return fail(QStringLiteral("published_consultations"), earlier.lastError());
        }
        const bool republish = earlier.next();
        if (republish && (earlier.value(0).toString() != c.packId ||
                          earlier.value(1).toInt() != c.packVersion)) {
            // Answers on devices name the activities of this pack: it cannot change under them.
            out = refused(QStringLiteral("packVersion"),
                          QStringLiteral("this consultation was published with pack \"%1\" "
                                         "version %2 and keeps it; publish a new consultation "
                                         "for another pack")
                              .arg(earlier.value(0).toString())
                              .arg(earlier.value(1).toInt()));
            return true;
        }
        if (republish && earlier.value(2).toString() == body) {
            out.kind = ConsultationPublishOutcome::Kind::Unchanged;
            out.revision = earlier.value(3).toLongLong();
            return true;
        }
        // One sequence per database; UNIQUE makes a racing hub process retry.
        QSqlQuery last(database());
        if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM "
                                      "published_consultations")) ||
            !last.next()) {
            return fail(QStringLiteral("published_consultations"), last.lastError());
        }
        out.revision = last.value(0).toLongLong() + 1;
        if (!ensureConsultation(c.id)) {
            return false;
        }
        QSqlQuery write(database());
        write.prepare(republish
                          ? QStringLiteral("UPDATE published_consultations SET status = ?, "
                                           "revision = ?, body = ?, updated_at = ? WHERE id = ?")
                          : QStringLiteral("INSERT INTO published_consultations (status, revision, "
                                           "body, updated_at, id, pack_id, pack_version, "
                                           "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        write.addBindValue(c.status);
        write.addBindValue(out.revision);
        write.addBindValue(body);
        write.addBindValue(now());
        write.addBindValue(c.id);
        if (!republish) {
            write.addBindValue(c.packId);
            write.addBindValue(c.packVersion);
            write.addBindValue(now());
        }
        if (!write.exec()) {
            return fail(QStringLiteral("published_consultations"), write.lastError());
        }
        out.kind = ConsultationPublishOutcome::Kind::Published;
        return appendAudit(QStringLiteral("consultation.published"), c.id,
                           QStringLiteral("revision=%1 status=%2 pack=%3@%4")
                               .arg(out.revision)
                               .arg(c.status, c.packId)
                               .arg(c.packVersion));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<QList<PublishedConsultation>> HubStore::consultationsSince(const Device& device,
                                                                       qint64 since)
{
    // A device is enrolled for one consultation (by code or invite) and sees only that one.
    return rows(QStringLiteral("published_consultations"),
                QStringLiteral("SELECT body, revision FROM published_consultations WHERE id = ? "
                               "AND revision > ? ORDER BY revision"),
                {device.consultationId, since}, [](const QSqlQuery& q) {
                    return PublishedConsultation{
                        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                        q.value(1).toLongLong()};
                });
}

StoreResult<QList<PublishedAction>> HubStore::actionsSince(const Device& device, qint64 since,
                                                           int limit)
{
    // Only actions that answer this device's own feedback, linked to a record directly or
    // through a theme the record carries; other devices never learn of them.
    static const QString kMine = QStringLiteral(
        "SELECT l.feedback_id FROM action_feedback l JOIN feedback f ON f.id = l.feedback_id "
        "WHERE l.action_id = a.id AND f.device_id = ? UNION SELECT ft.feedback_id FROM "
        "action_themes t JOIN feedback_themes ft ON ft.theme_id = t.theme_id JOIN feedback f ON "
        "f.id = ft.feedback_id WHERE t.action_id = a.id AND f.device_id = ?");
    // Actions of the consultations this device registered (made on it) come too (schema 5).
    const QString registered =
        m_schema >= 5
            ? QStringLiteral("SELECT d.id FROM device_consultations d WHERE d.device_id = ?")
            : QStringLiteral("SELECT CAST(? AS TEXT) WHERE 1 = 0");
    auto actions = rows(
        QStringLiteral("actions"),
        QStringLiteral("SELECT a.id, a.published_seq, a.said, a.did, a.status, a.action_date FROM "
                       "actions a WHERE (a.consultation_id = ? OR a.consultation_id IN (%2)) AND "
                       "a.state = 'published' AND a.published_seq > ? AND EXISTS (%1) ORDER BY "
                       "a.published_seq LIMIT ?")
            .arg(kMine, registered),
        {device.consultationId, device.id, since, device.id, device.id, limit},
        [](const QSqlQuery& q) {
            return PublishedAction{q.value(0).toString(),
                                   q.value(1).toLongLong(),
                                   q.value(2).toString(),
                                   q.value(3).toString(),
                                   q.value(4).toString(),
                                   q.value(5).toString(),
                                   {}};
        });
    if (!actions) {
        return actions.error();
    }
    QList<PublishedAction> out = std::move(actions).value();
    // Each action's records that this device sent (and only those).
    const QString linksSql = QString(kMine).replace(QStringLiteral("a.id"), QStringLiteral("?")) +
                             QStringLiteral(" ORDER BY 1");
    for (PublishedAction& a : out) {
        auto mine =
            rows(QStringLiteral("action_feedback"), linksSql, {a.id, device.id, a.id, device.id},
                 [](const QSqlQuery& links) { return links.value(0).toString(); });
        if (!mine) {
            return mine.error();
        }
        a.feedbackIds = std::move(mine).value();
    }
    return out;
}

StoreResult<QString> HubStore::addReviewer(const QString& name, const QString& role)
{
    const QString secret = newToken();
    const QString id = newUuid();
    const bool ok = transaction([&] {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT INTO reviewers (id, name, secret_hash, created_at, role) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(name);
        q.addBindValue(secretHash(secret.toLatin1()));
        q.addBindValue(now());
        q.addBindValue(role);
        if (!q.exec()) {
            return fail(QStringLiteral("reviewers"), q.lastError());
        }
        // The reviewer's name is personal: the audit log holds only the account id.
        return appendAudit(QStringLiteral("reviewer.added"), id, QStringLiteral("role=") + role);
    });
    if (!ok) {
        return failure();
    }
    return secret;
}

StoreResult<qint64> HubStore::feedbackCount()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM feedback")) || !q.next()) {
        fail(QStringLiteral("feedback"), q.lastError());
        return failure();
    }
    return q.value(0).toLongLong();
}

} // namespace chorus::hub
