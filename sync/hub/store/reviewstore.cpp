#include "reviewstore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

#include <map>

namespace chorus::hub {
namespace {

constexpr auto kThresholdKey = "small_number_threshold";
constexpr qint64 kActiveDays = 28;

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

/** "?, ?, ?" for an IN list. */
QString placeholders(qsizetype n)
{
    QStringList p;
    p.fill(QStringLiteral("?"), n);
    return p.join(QStringLiteral(", "));
}

/** A passphrase hash that never matches, so that an unknown name costs as much time as a
 *  known one (the answer does not tell which names exist). */
const QString& decoyHash()
{
    static const QString h = hashPassphrase(QStringLiteral("chorus decoy passphrase"));
    return h;
}

/** Spends the time of one passphrase check on a hash that matches nothing. */
void spendCheck(const QString& passphrase)
{
    [[maybe_unused]] const bool never = verifyPassphrase(decoyHash(), passphrase);
}

} // namespace

QString hashPassphrase(const QString& passphrase)
{
    if (sodium_init() < 0) {
        return {};
    }
    const QByteArray utf8 = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verifyPassphrase(const QString& stored, const QString& passphrase)
{
    if (stored.isEmpty() || sodium_init() < 0) {
        return false;
    }
    const QByteArray s = stored.toLatin1();
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash_str_verify(s.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString passphraseProblem(const QString& passphrase)
{
    if (passphrase.size() < 12) {
        return QStringLiteral("use at least 12 characters");
    }
    if (passphrase.size() > 1024) {
        return QStringLiteral("use at most 1024 characters");
    }
    return {};
}

ReviewStore::ReviewStore(HubStore& hub, SessionPolicy policy) : m_hub(hub), m_policy(policy) {}

StoreStatus ReviewStore::audit(const QString& event, const QString& reviewerId,
                               const QString& detail)
{
    return m_hub.audit(event, reviewerId, detail);
}

// ---------------------------------------------------------------------------------------
// Access

StoreError ReviewStore::invalid(const QString& problem)
{
    return StoreError{StoreError::Kind::Invalid, {}, {}, problem};
}

StoreResult<SignInOutcome> ReviewStore::refuse(const SignInPlan& plan, const QString& why)
{
    SignInOutcome out;
    const QString lockUntil = iso(now().addSecs(m_policy.lockSeconds));
    const bool ok = transaction([&] {
        // Counted in the database so that several hub processes share one limit; the same
        // for a name that has no account, so that a lockout tells nothing.
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO signin_failures (name_hash, failures, locked_until) VALUES (?, 1, NULL) "
            "ON CONFLICT (name_hash) DO UPDATE SET failures = signin_failures.failures + 1"));
        q.addBindValue(plan.failureKey);
        QSqlQuery lock(db());
        lock.prepare(QStringLiteral("UPDATE signin_failures SET locked_until = ?, failures = 0 "
                                    "WHERE name_hash = ? AND failures >= ?"));
        lock.addBindValue(lockUntil);
        lock.addBindValue(plan.failureKey);
        lock.addBindValue(m_policy.failuresBeforeLock);
        if (!q.exec()) {
            return fail(QStringLiteral("signin_failures"), q.lastError());
        }
        if (!lock.exec()) {
            return fail(QStringLiteral("signin_failures"), lock.lastError());
        }
        if (lock.numRowsAffected() == 1) {
            out.kind = SignInOutcome::Kind::Locked;
            out.retryAfter = m_policy.lockSeconds;
            return appendAudit(QStringLiteral("review.locked"), plan.reviewerId,
                               QStringLiteral("failures=%1").arg(m_policy.failuresBeforeLock));
        }
        return appendAudit(QStringLiteral("review.signin.refused"), plan.reviewerId, why);
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<SignInPlan> ReviewStore::planSignIn(const QString& name, const QString& secret,
                                                const QString& passphrase, const QString& address)
{
    SignInPlan plan;
    plan.failureKey = secretHash((name + QLatin1Char('\n') + address).toUtf8());
    plan.secret = secret;
    plan.passphrase = passphrase;
    QSqlQuery l(db());
    l.prepare(QStringLiteral("SELECT locked_until FROM signin_failures WHERE name_hash = ?"));
    l.addBindValue(plan.failureKey);
    if (!l.exec()) {
        fail(QStringLiteral("signin_failures"), l.lastError());
        return failure();
    }
    if (l.next()) {
        const QDateTime lockedUntil = parseIso(l.value(0).toString());
        if (lockedUntil.isValid() && now() < lockedUntil) {
            plan.lockedFor = std::max<qint64>(1, now().secsTo(lockedUntil));
        }
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, role, secret_hash, passphrase_hash, disabled_at FROM "
                             "reviewers WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        fail(QStringLiteral("reviewers"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        plan.refusal = QStringLiteral("unknown name");
        return plan;
    }
    plan.reviewerId = q.value(0).toString();
    plan.role = q.value(1).toString();
    const QString secretHashStored = q.value(2).toString();
    plan.storedHash = q.value(3).toString();
    if (!q.value(4).isNull()) {
        plan.refusal = QStringLiteral("account disabled");
    } else if (plan.storedHash.isEmpty()) {
        // First sign-in: the one-time secret (a SHA-256, cheap), then the new passphrase.
        plan.secretAccepted =
            !secret.isEmpty() && secretHash(secret.toLatin1()) == secretHashStored;
        if (!plan.secretAccepted) {
            plan.refusal = QStringLiteral("wrong secret");
        }
    } else if (!secret.isEmpty()) {
        plan.refusal = QStringLiteral("wrong passphrase"); // a secret after the first time
    }
    return plan;
}

SignInCheck checkSignIn(const SignInPlan& plan)
{
    SignInCheck check;
    if (plan.lockedFor > 0 || !plan.refusal.isEmpty()) {
        spendCheck(plan.passphrase); // the same cost as a real check: timing names nothing
        return check;
    }
    if (plan.storedHash.isEmpty()) {
        check.passphraseRule = passphraseProblem(plan.passphrase);
        if (check.passphraseRule.isEmpty()) {
            check.newHash = hashPassphrase(plan.passphrase);
        } else {
            spendCheck(plan.passphrase);
        }
        return check;
    }
    check.passphraseAccepted = verifyPassphrase(plan.storedHash, plan.passphrase);
    return check;
}

StoreResult<SignInOutcome> ReviewStore::signIn(const QString& name, const QString& secret,
                                               const QString& passphrase, const QString& address)
{
    const auto plan = planSignIn(name, secret, passphrase, address);
    if (!plan) {
        return plan.error();
    }
    return finishSignIn(plan.value(), checkSignIn(plan.value()));
}

StoreResult<SignInOutcome> ReviewStore::finishSignIn(const SignInPlan& plan,
                                                     const SignInCheck& check)
{
    if (plan.lockedFor > 0) {
        SignInOutcome out;
        out.kind = SignInOutcome::Kind::Locked;
        out.retryAfter = plan.lockedFor;
        return out;
    }
    if (!plan.refusal.isEmpty()) {
        return refuse(plan, plan.refusal);
    }
    if (!check.passphraseRule.isEmpty()) {
        SignInOutcome out; // the secret stays unspent
        out.passphraseRule = check.passphraseRule;
        return out;
    }
    const bool first = plan.storedHash.isEmpty();
    if (first && check.newHash.isEmpty()) {
        fail(StoreError{StoreError::Kind::Failed, QStringLiteral("passphrase hash"), {}, {}});
        return failure();
    }
    if (!first && !check.passphraseAccepted) {
        return refuse(plan, QStringLiteral("wrong passphrase"));
    }
    const QString& id = plan.reviewerId;
    SignInOutcome out;
    out.kind = SignInOutcome::Kind::SignedIn;
    out.token = newToken();
    out.session = ReviewSession{id, plan.role, now().addSecs(m_policy.absoluteSeconds)};
    const bool ok = transaction([&] {
        QSqlQuery u(db());
        if (first) {
            // The secret is spent: only the passphrase signs in from now on.
            u.prepare(QStringLiteral("UPDATE reviewers SET passphrase_hash = ?, secret_hash = "
                                     "NULL WHERE id = ? AND passphrase_hash IS NULL"));
            u.addBindValue(check.newHash);
            u.addBindValue(id);
            if (!u.exec()) {
                return fail(QStringLiteral("reviewers"), u.lastError());
            }
            if (u.numRowsAffected() != 1) {
                out = SignInOutcome{}; // another sign-in spent the secret first
                return appendAudit(QStringLiteral("review.signin.refused"), id,
                                   QStringLiteral("secret already used"));
            }
        }
        QSqlQuery reset(db());
        reset.prepare(QStringLiteral("DELETE FROM signin_failures WHERE name_hash = ?"));
        reset.addBindValue(plan.failureKey);
        QSqlQuery s(db());
        s.prepare(QStringLiteral("INSERT INTO review_sessions (token_hash, reviewer_id, "
                                 "created_at, last_used_at) VALUES (?, ?, ?, ?)"));
        s.addBindValue(secretHash(out.token.toLatin1()));
        s.addBindValue(id);
        s.addBindValue(iso(now()));
        s.addBindValue(iso(now()));
        if (!reset.exec() || !s.exec()) {
            return fail(QStringLiteral("review_sessions"), firstError(reset, s));
        }
        return appendAudit(QStringLiteral("review.signin"), id,
                           first ? QStringLiteral("first sign-in") : QStringLiteral("passphrase"));
    });
    if (!ok) {
        return failure();
    }
    return out;
}

StoreResult<ReviewSession> ReviewStore::session(const QByteArray& token)
{
    const QString hash = secretHash(token);
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT s.reviewer_id, r.role, s.created_at, s.last_used_at FROM review_sessions s JOIN "
        "reviewers r ON r.id = s.reviewer_id WHERE s.token_hash = ? AND s.ended_at IS NULL AND "
        "r.disabled_at IS NULL"));
    q.addBindValue(hash);
    if (!q.exec()) {
        fail(QStringLiteral("review_sessions"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("review_sessions"), {}, {}};
    }
    const QDateTime created = parseIso(q.value(2).toString());
    const QDateTime lastUsed = parseIso(q.value(3).toString());
    const QDateTime t = now();
    const ReviewSession out{q.value(0).toString(), q.value(1).toString(),
                            created.addSecs(m_policy.absoluteSeconds)};
    QSqlQuery u(db());
    const bool expired =
        lastUsed.secsTo(t) > m_policy.idleSeconds || created.secsTo(t) > m_policy.absoluteSeconds;
    if (expired) {
        u.prepare(QStringLiteral("UPDATE review_sessions SET ended_at = ? WHERE token_hash = ?"));
    } else {
        u.prepare(
            QStringLiteral("UPDATE review_sessions SET last_used_at = ? WHERE token_hash = ?"));
    }
    u.addBindValue(iso(t));
    u.addBindValue(hash);
    if (!u.exec()) {
        fail(QStringLiteral("review_sessions"), u.lastError());
        return failure();
    }
    if (expired) {
        return StoreError{StoreError::Kind::Expired, QStringLiteral("review_sessions"), {}, {}};
    }
    return out;
}

StoreStatus ReviewStore::signOut(const QByteArray& token, const QString& reviewerId)
{
    return status(transaction([&] {
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE review_sessions SET ended_at = ? WHERE token_hash = ? "
                                 "AND ended_at IS NULL"));
        u.addBindValue(iso(now()));
        u.addBindValue(secretHash(token));
        if (!u.exec()) {
            return fail(QStringLiteral("review_sessions"), u.lastError());
        }
        return appendAudit(QStringLiteral("review.signout"), reviewerId, {});
    }));
}

StoreStatus ReviewStore::disableReviewer(const QString& name)
{
    bool found = false;
    const bool ok = transaction([&] {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("SELECT id FROM reviewers WHERE name = ? AND disabled_at IS NULL"));
        q.addBindValue(name);
        if (!q.exec()) {
            return fail(QStringLiteral("reviewers"), q.lastError());
        }
        found = q.next();
        if (!found) {
            return true;
        }
        const QString id = q.value(0).toString();
        QSqlQuery d(db());
        d.prepare(QStringLiteral("UPDATE reviewers SET disabled_at = ? WHERE id = ?"));
        d.addBindValue(iso(now()));
        d.addBindValue(id);
        QSqlQuery s(db());
        s.prepare(QStringLiteral(
            "UPDATE review_sessions SET ended_at = ? WHERE reviewer_id = ? AND ended_at IS NULL"));
        s.addBindValue(iso(now()));
        s.addBindValue(id);
        if (!d.exec() || !s.exec()) {
            return fail(QStringLiteral("reviewers"), firstError(d, s));
        }
        return appendAudit(QStringLiteral("reviewer.disabled"), id, {});
    });
    if (!ok) {
        return failure();
    }
    if (!found) {
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("reviewers"), {}, {}};
    }
    return Done{};
}

// ---------------------------------------------------------------------------------------
// Settings

StoreResult<int> ReviewStore::threshold()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(kThresholdKey));
    if (!q.exec()) {
        fail(QStringLiteral("settings"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return kDefaultThreshold;
    }
    const int v = q.value(0).toInt();
    // A value below the minimum can only come from editing the database: never use it.
    return thresholdProblem(v).isEmpty() ? v : kDefaultThreshold;
}

StoreStatus ReviewStore::setThreshold(int value, const QString& reviewerId)
{
    return status(transaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT "
                                 "(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QLatin1String(kThresholdKey));
        q.addBindValue(QString::number(value));
        if (!q.exec()) {
            return fail(QStringLiteral("settings"), q.lastError());
        }
        return appendAudit(QStringLiteral("settings.changed"), reviewerId,
                           QStringLiteral("smallNumberThreshold=%1").arg(value));
    }));
}

// ---------------------------------------------------------------------------------------
// Reading

StoreResult<QList<ConsultationSummary>> ReviewStore::consultations()
{
    // The name a reviewer reads: a published consultation's title from its file, a device-
    // made one's as its device sent it (schema 9), or else only its id.
    const QString deviceTitle =
        m_hub.schemaVersion() >= 9 ? QStringLiteral("MAX(c.title)") : QStringLiteral("NULL");
    const QDateTime since = now().addDays(-kActiveDays);
    auto listed = m_hub.rows(
        QStringLiteral("consultations"),
        QStringLiteral("SELECT c.id, COUNT(f.id), MAX(f.received_at), %1, MAX(p.body) FROM "
                       "consultations c LEFT JOIN feedback f ON f.consultation_id = c.id LEFT "
                       "JOIN published_consultations p ON p.id = c.id GROUP BY c.id ORDER BY c.id")
            .arg(deviceTitle),
        {}, [&since](const QSqlQuery& q) {
            ConsultationSummary c;
            c.id = q.value(0).toString();
            c.records = q.value(1).toLongLong();
            const QDateTime last = parseIso(q.value(2).toString());
            c.active = last.isValid() && last >= since;
            const QString published = QJsonDocument::fromJson(q.value(4).toString().toUtf8())
                                          .object()
                                          .value(QStringLiteral("title"))
                                          .toString();
            c.title = published.isEmpty() ? q.value(3).toString() : published;
            return c;
        });
    if (!listed) {
        return listed.error();
    }
    QList<ConsultationSummary> out = std::move(listed).value();
    for (ConsultationSummary& c : out) {
        const auto packs = m_hub.packsFor(c.id);
        if (!packs) {
            return failure();
        }
        c.packs = packs.value();
    }
    return out;
}

StoreStatus ReviewStore::consultationExists(const QString& id)
{
    return m_hub.consultationKnown(id);
}

StoreResult<QList<Stratum>> ReviewStore::strata()
{
    // A record's loop is closed once a published action answers it, directly or through
    // one of its themes.
    return m_hub.rows(
        QStringLiteral("feedback"),
        QStringLiteral(
            "WITH closed AS (SELECT l.feedback_id AS fid FROM action_feedback l JOIN actions a "
            "ON a.id = l.action_id WHERE a.state = 'published' UNION SELECT ft.feedback_id FROM "
            "feedback_themes ft JOIN action_themes t ON t.theme_id = ft.theme_id JOIN actions a "
            "ON a.id = t.action_id WHERE a.state = 'published') SELECT f.consultation_id, "
            "f.activity_id, COALESCE(f.prompt_id, ''), f.kind, f.role, f.age_band, f.week, CASE "
            "WHEN c.fid IS NULL THEN 0 ELSE 1 END, COUNT(*), SUM(f.record_key) FROM feedback f "
            "LEFT JOIN closed c ON c.fid = f.id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"),
        {}, [](const QSqlQuery& q) {
            Stratum s;
            s.consultation = q.value(0).toString();
            s.activity = q.value(1).toString();
            s.prompt = q.value(2).toString();
            s.kind = q.value(3).toString();
            s.role = q.value(4).toString();
            s.ageBand = q.value(5).toString();
            s.week = q.value(6).toString();
            s.withPublishedAction = q.value(7).toInt() == 1;
            s.count = q.value(8).toLongLong();
            s.keySum = q.value(9).toLongLong();
            return s;
        });
}

StoreResult<FeedbackPage> ReviewStore::feedback(const FeedbackQuery& query, const FieldMask& mask)
{
    QString sql = QStringLiteral(
        "SELECT f.id, f.activity_id, f.prompt_id, f.kind, f.week, f.age_band, f.role, f.body, "
        "f.quotes_allowed, f.quotable FROM feedback f");
    QVariantList binds;
    if (!query.themeId.isEmpty()) {
        sql += QStringLiteral(" JOIN feedback_themes t ON t.feedback_id = f.id AND t.theme_id = ?");
        binds << query.themeId;
    }
    sql += QStringLiteral(" WHERE f.consultation_id = ?");
    binds << query.consultationId;
    const std::array<std::pair<const char*, QString>, 3> equal{{{"f.activity_id", query.activityId},
                                                                {"f.prompt_id", query.promptId},
                                                                {"f.kind", query.kind}}};
    for (const auto& [column, value] : equal) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds << value;
        }
    }
    if (query.quotableOnly) {
        sql += QStringLiteral(" AND f.quotable = 1");
    }
    if (!query.after.isEmpty()) {
        sql += QStringLiteral(" AND f.id > ?");
        binds << query.after;
    }
    // Keyset pagination on the primary key: each page costs the same however deep it is.
    sql += QStringLiteral(" ORDER BY f.id LIMIT ?");
    binds << query.limit + 1;
    auto records = m_hub.rows(QStringLiteral("feedback"), sql, binds, [&mask](const QSqlQuery& q) {
        ReviewRecord r;
        r.id = q.value(0).toString();
        r.activityId = q.value(1).toString();
        r.promptId = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.week = q.value(4).toString();
        r.ageBand = mask.hideAgeBand ? QString() : q.value(5).toString();
        r.role = mask.hideRole ? QString() : q.value(6).toString();
        const QJsonObject body = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        for (const char* key :
             {"text", "choices", "scale", "order", "piles", "structured", "voice"}) {
            if (body.contains(QLatin1String(key))) {
                r.answer.insert(QLatin1String(key), body.value(QLatin1String(key)));
            }
        }
        r.hasDrawing = body.contains(QStringLiteral("drawing"));
        r.quotesAllowed = q.value(8).toInt() == 1;
        r.quotable = q.value(9).toInt() == 1;
        return r;
    });
    if (!records) {
        return records.error();
    }
    FeedbackPage page;
    page.records = std::move(records).value();
    // The one row past the limit only says that there is a next page, which starts after
    // this page's last record.
    if (page.records.size() > query.limit) {
        page.records.resize(query.limit);
        page.next = page.records.last().id;
    }
    if (!loadLinks(page.records)) {
        return failure();
    }
    return page;
}

bool ReviewStore::loadLinks(QList<ReviewRecord>& records)
{
    if (records.isEmpty()) {
        return true;
    }
    QHash<QString, qsizetype> at;
    QStringList ids;
    for (qsizetype i = 0; i < records.size(); ++i) {
        at.insert(records[i].id, i);
        ids << records[i].id;
    }
    const std::array<std::pair<const char*, QStringList ReviewRecord::*>, 2> links{
        {{"SELECT feedback_id, theme_id FROM feedback_themes WHERE feedback_id IN (%1) ORDER BY "
          "theme_id",
          &ReviewRecord::themes},
         {"SELECT feedback_id, action_id FROM action_feedback WHERE feedback_id IN (%1) ORDER BY "
          "action_id",
          &ReviewRecord::actions}}};
    const QVariantList binds(ids.cbegin(), ids.cend());
    for (const auto& [sql, member] : links) {
        const auto pairs = m_hub.rows(
            QStringLiteral("links"), QString::fromLatin1(sql).arg(placeholders(ids.size())), binds,
            [](const QSqlQuery& q) {
                return std::pair{q.value(0).toString(), q.value(1).toString()};
            });
        if (!pairs) {
            return false;
        }
        for (const auto& [feedbackId, linked] : pairs.value()) {
            (records[at.value(feedbackId)].*member) << linked;
        }
    }
    return true;
}

StoreResult<QList<ChartAnswer>> ReviewStore::answers(const QString& consultationId,
                                                     const QString& activityId)
{
    return m_hub.rows(
        QStringLiteral("feedback"),
        QStringLiteral("SELECT COALESCE(prompt_id, ''), body, record_key FROM feedback "
                       "WHERE consultation_id = ? AND activity_id = ?"),
        {consultationId, activityId}, [](const QSqlQuery& q) {
            QJsonObject body = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            body.remove(QStringLiteral("drawing")); // charts never need the picture
            return ChartAnswer{q.value(0).toString(), body, q.value(2).toLongLong()};
        });
}

StoreResult<QString> ReviewStore::drawing(const QString& feedbackId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT body FROM feedback WHERE id = ?"));
    q.addBindValue(feedbackId);
    if (!q.exec()) {
        fail(QStringLiteral("feedback"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("feedback"), {}, {}};
    }
    const QJsonObject body = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    // A drawing is stored only with drawings consent and practitioner approval (decoder).
    return body.value(QStringLiteral("drawing")).toString();
}

StoreResult<LoopClosure> ReviewStore::loopClosure(const QString& consultationId)
{
    const QString only =
        consultationId.isEmpty() ? QString() : QStringLiteral(" AND a.consultation_id = ?");
    // A record's loop is closed by its first published action, linked to it or to one of its
    // themes. Grouped by day pairs, so that the median needs no per-record rows.
    const QString sql =
        QStringLiteral(
            "WITH linked AS (SELECT l.feedback_id AS fid, a.published_at AS at FROM "
            "action_feedback l JOIN actions a ON a.id = l.action_id WHERE a.state = "
            "'published'%1 UNION ALL SELECT ft.feedback_id, a.published_at FROM "
            "action_themes t JOIN actions a ON a.id = t.action_id JOIN feedback_themes ft "
            "ON ft.theme_id = t.theme_id WHERE a.state = 'published'%1), firsts AS (SELECT "
            "fid, MIN(at) AS first_at FROM linked GROUP BY fid) SELECT substr(f.received_at, "
            "1, 10), substr(x.first_at, 1, 10), COUNT(*) FROM firsts x JOIN feedback f ON "
            "f.id = x.fid GROUP BY substr(f.received_at, 1, 10), substr(x.first_at, 1, 10)")
            .arg(only);
    const QVariantList binds =
        consultationId.isEmpty() ? QVariantList{} : QVariantList{consultationId, consultationId};
    // Each row: the days from a record to the action answering it, and how many records.
    const auto waits =
        m_hub.rows(QStringLiteral("loop closure"), sql, binds, [](const QSqlQuery& q) {
            const QDate received = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const QDate acted = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            // An action published before a record was tagged with its theme answers it at once.
            return std::pair{std::max<qint64>(0, received.daysTo(acted)), q.value(2).toLongLong()};
        });
    if (!waits) {
        return waits.error();
    }
    LoopClosure out;
    std::map<qint64, qint64> days; // days from feedback to action -> records
    for (const auto& [wait, n] : waits.value()) {
        days[wait] += n;
        out.withPublishedAction += n;
    }
    if (out.withPublishedAction > 0) {
        // The median of a histogram: the middle one or the mean of the middle two.
        const qint64 lo = (out.withPublishedAction - 1) / 2;
        const qint64 hi = out.withPublishedAction / 2;
        std::optional<qint64> loValue;
        std::optional<qint64> hiValue;
        qint64 seen = 0;
        for (const auto& [d, n] : days) {
            if (!loValue && lo < seen + n) {
                loValue = d;
            }
            if (!hiValue && hi < seen + n) {
                hiValue = d;
            }
            seen += n;
        }
        out.medianDays = (static_cast<double>(*loValue) + static_cast<double>(*hiValue)) / 2.0;
    }
    QSqlQuery total(db());
    total.prepare(QStringLiteral("SELECT COUNT(*) FROM feedback%1")
                      .arg(consultationId.isEmpty()
                               ? QString()
                               : QStringLiteral(" WHERE consultation_id = ?")));
    if (!consultationId.isEmpty()) {
        total.addBindValue(consultationId);
    }
    if (!total.exec() || !total.next()) {
        fail(QStringLiteral("feedback"), total.lastError());
        return failure();
    }
    out.feedback = total.value(0).toLongLong();
    return out;
}

StoreResult<qint64> ReviewStore::activeConsultations()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT COUNT(DISTINCT consultation_id) FROM feedback WHERE received_at >= ?"));
    q.addBindValue(iso(now().addDays(-kActiveDays)));
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("feedback"), q.lastError());
        return failure();
    }
    return q.value(0).toLongLong();
}

// ---------------------------------------------------------------------------------------
// Coding and actions

StoreResult<QString> ReviewStore::allIn(const QString& table, const QString& noun,
                                        const QString& consultationId, const QStringList& ids,
                                        const QString& field)
{
    QSqlQuery q(db());
    // table is one of this file's own literals, never a request's text.
    q.prepare(QStringLiteral("SELECT consultation_id FROM %1 WHERE id = ?").arg(table));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.addBindValue(ids[i]);
        if (!q.exec()) {
            return databaseError(table, q.lastError());
        }
        if (!q.next() || q.value(0).toString() != consultationId) {
            return QStringLiteral("%1[%2]: no such %3 in consultation %4")
                .arg(field)
                .arg(i)
                .arg(noun, consultationId);
        }
    }
    return QString();
}

StoreResult<QString> ReviewStore::recordsIn(const QString& consultationId, const QStringList& ids,
                                            const QString& field)
{
    return allIn(QStringLiteral("feedback"), QStringLiteral("record"), consultationId, ids, field);
}

StoreResult<QString> ReviewStore::themesIn(const QString& consultationId, const QStringList& ids,
                                           const QString& field)
{
    return allIn(QStringLiteral("themes"), QStringLiteral("theme"), consultationId, ids, field);
}

StoreResult<Theme> ReviewStore::createTheme(const QString& consultationId, const QString& name,
                                            const QString& reviewerId)
{
    QString problem;
    Theme t{newUuid(), consultationId, name, 0};
    const bool ok = transaction([&] {
        QSqlQuery dup(db());
        dup.prepare(QStringLiteral("SELECT 1 FROM themes WHERE consultation_id = ? AND name = ?"));
        dup.addBindValue(consultationId);
        dup.addBindValue(name);
        if (!dup.exec()) {
            return fail(QStringLiteral("themes"), dup.lastError());
        }
        if (dup.next()) {
            problem = QStringLiteral("name: this consultation already has a theme of that name");
            m_hub.m_rollbackOnly = true;
            return true;
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO themes (id, consultation_id, name, created_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(t.id);
        q.addBindValue(consultationId);
        q.addBindValue(name);
        q.addBindValue(iso(now()));
        if (!q.exec()) {
            return fail(QStringLiteral("themes"), q.lastError());
        }
        return appendAudit(QStringLiteral("theme.created"), reviewerId,
                           QStringLiteral("theme=%1 consultation=%2").arg(t.id, consultationId));
    });
    if (!ok) {
        return failure();
    }
    if (!problem.isEmpty()) {
        return StoreError{StoreError::Kind::Exists, QStringLiteral("themes"), {}, problem};
    }
    return t;
}

StoreResult<QList<Theme>> ReviewStore::themes(const QString& consultationId)
{
    return m_hub.rows(
        QStringLiteral("themes"),
        QStringLiteral(
            "SELECT t.id, t.name, COUNT(ft.feedback_id), COALESCE(SUM(f.record_key), 0) FROM "
            "themes t LEFT JOIN feedback_themes ft ON ft.theme_id = t.id LEFT JOIN feedback f ON "
            "f.id = ft.feedback_id WHERE t.consultation_id = ? GROUP BY t.id, t.name ORDER BY "
            "t.name, t.id"),
        {consultationId}, [&consultationId](const QSqlQuery& q) {
            return Theme{q.value(0).toString(), consultationId, q.value(1).toString(),
                         q.value(2).toLongLong(), q.value(3).toLongLong()};
        });
}

StoreResult<Theme> ReviewStore::tag(const QString& themeId, const QStringList& add,
                                    const QStringList& remove, const QString& reviewerId)
{
    QString problem;
    Theme t;
    const bool ok = transaction([&] {
        QSqlQuery th(db());
        th.prepare(QStringLiteral("SELECT consultation_id, name FROM themes WHERE id = ?"));
        th.addBindValue(themeId);
        if (!th.exec()) {
            return fail(QStringLiteral("themes"), th.lastError());
        }
        if (!th.next()) {
            t = Theme{};
            return true;
        }
        t = Theme{themeId, th.value(0).toString(), th.value(1).toString(), 0};
        const auto missing = recordsIn(t.consultationId, add, QStringLiteral("add"));
        if (!missing) {
            return fail(missing.error());
        }
        problem = missing.value();
        if (!problem.isEmpty()) {
            m_hub.m_rollbackOnly = true; // one unknown record: nothing is tagged
            return true;
        }
        QSqlQuery ins(db());
        ins.prepare(QStringLiteral("INSERT INTO feedback_themes (feedback_id, theme_id) VALUES "
                                   "(?, ?) ON CONFLICT (feedback_id, theme_id) DO NOTHING"));
        for (const QString& id : add) {
            ins.addBindValue(id);
            ins.addBindValue(themeId);
            if (!ins.exec()) {
                return fail(QStringLiteral("feedback_themes"), ins.lastError());
            }
        }
        QSqlQuery del(db());
        del.prepare(
            QStringLiteral("DELETE FROM feedback_themes WHERE feedback_id = ? AND theme_id = ?"));
        for (const QString& id : remove) {
            del.addBindValue(id);
            del.addBindValue(themeId);
            if (!del.exec()) {
                return fail(QStringLiteral("feedback_themes"), del.lastError());
            }
        }
        QSqlQuery n(db());
        n.prepare(QStringLiteral("SELECT COUNT(*) FROM feedback_themes WHERE theme_id = ?"));
        n.addBindValue(themeId);
        if (!n.exec() || !n.next()) {
            return fail(QStringLiteral("feedback_themes"), n.lastError());
        }
        t.count = n.value(0).toLongLong();
        return appendAudit(QStringLiteral("theme.tagged"), reviewerId,
                           QStringLiteral("theme=%1 added=%2 removed=%3")
                               .arg(themeId)
                               .arg(add.size())
                               .arg(remove.size()));
    });
    if (!ok) {
        return failure();
    }
    if (!problem.isEmpty()) {
        return invalid(problem);
    }
    return t;
}

StoreStatus ReviewStore::markQuotable(const QString& feedbackId, bool quotable,
                                      const QString& reviewerId)
{
    int result = 0;
    const bool ok = transaction([&] {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT quotes_allowed FROM feedback WHERE id = ?"));
        q.addBindValue(feedbackId);
        if (!q.exec()) {
            return fail(QStringLiteral("feedback"), q.lastError());
        }
        if (!q.next()) {
            result = 0;
            return true;
        }
        if (quotable && q.value(0).toInt() != 1) {
            result = -1; // the consent does not allow quotes: nothing changes
            return true;
        }
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE feedback SET quotable = ? WHERE id = ?"));
        u.addBindValue(quotable ? 1 : 0);
        u.addBindValue(feedbackId);
        if (!u.exec()) {
            return fail(QStringLiteral("feedback"), u.lastError());
        }
        result = 1;
        return appendAudit(
            QStringLiteral("feedback.quotable"), reviewerId,
            QStringLiteral("feedback=%1 quotable=%2")
                .arg(feedbackId, quotable ? QStringLiteral("true") : QStringLiteral("false")));
    });
    if (!ok) {
        return failure();
    }
    if (result == 0) {
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("feedback"), {}, {}};
    }
    if (result < 0) {
        return StoreError{StoreError::Kind::Refused, QStringLiteral("feedback"), {}, {}};
    }
    return Done{};
}

StoreResult<ReviewAction> ReviewStore::saveAction(ReviewAction a, const QString& reviewerId)
{
    QString problem;
    const bool creating = a.id.isEmpty();
    bool missing = false;
    const bool ok = transaction([&] {
        if (!creating) {
            QSqlQuery cur(db());
            cur.prepare(QStringLiteral("SELECT consultation_id FROM actions WHERE id = ?"));
            cur.addBindValue(a.id);
            if (!cur.exec()) {
                return fail(QStringLiteral("actions"), cur.lastError());
            }
            if (!cur.next()) {
                missing = true;
                return true;
            }
            a.consultationId = cur.value(0).toString();
        }
        const auto records =
            recordsIn(a.consultationId, a.feedbackIds, QStringLiteral("feedbackIds"));
        if (!records) {
            return fail(records.error());
        }
        const auto themes = themesIn(a.consultationId, a.themeIds, QStringLiteral("themeIds"));
        if (!themes) {
            return fail(themes.error());
        }
        // As before: a missing theme is named over a missing record.
        problem = themes.value().isEmpty() ? records.value() : themes.value();
        if (!problem.isEmpty()) {
            m_hub.m_rollbackOnly = true;
            return true;
        }
        QSqlQuery q(db());
        if (creating) {
            a.id = newUuid();
            q.prepare(QStringLiteral(
                "INSERT INTO actions (id, consultation_id, framework_parameter, said, did, state, "
                "created_at, status, action_date, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, "
                "?, ?, ?)"));
            q.addBindValue(a.id);
            q.addBindValue(a.consultationId);
            q.addBindValue(QLatin1String(kFrameworkParameter));
            q.addBindValue(a.said);
            q.addBindValue(a.did);
            q.addBindValue(iso(now()));
            q.addBindValue(a.status);
            q.addBindValue(a.date);
            q.addBindValue(iso(now()));
        } else {
            q.prepare(QStringLiteral("UPDATE actions SET said = ?, did = ?, status = ?, "
                                     "action_date = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(a.said);
            q.addBindValue(a.did);
            q.addBindValue(a.status);
            q.addBindValue(a.date);
            q.addBindValue(iso(now()));
            q.addBindValue(a.id);
        }
        if (!q.exec()) {
            return fail(QStringLiteral("actions"), q.lastError());
        }
        for (const char* table : {"action_feedback", "action_themes"}) {
            QSqlQuery d(db());
            d.prepare(
                QStringLiteral("DELETE FROM %1 WHERE action_id = ?").arg(QLatin1String(table)));
            d.addBindValue(a.id);
            if (!d.exec()) {
                return fail(QLatin1String(table), d.lastError());
            }
        }
        QSqlQuery lf(db());
        lf.prepare(
            QStringLiteral("INSERT INTO action_feedback (action_id, feedback_id) VALUES (?, ?)"));
        for (const QString& f : a.feedbackIds) {
            lf.addBindValue(a.id);
            lf.addBindValue(f);
            if (!lf.exec()) {
                return fail(QStringLiteral("action_feedback"), lf.lastError());
            }
        }
        QSqlQuery lt(db());
        lt.prepare(QStringLiteral("INSERT INTO action_themes (action_id, theme_id) VALUES (?, ?)"));
        for (const QString& t : a.themeIds) {
            lt.addBindValue(a.id);
            lt.addBindValue(t);
            if (!lt.exec()) {
                return fail(QStringLiteral("action_themes"), lt.lastError());
            }
        }
        return appendAudit(QStringLiteral("action.saved"), reviewerId,
                           QStringLiteral("action=%1 feedback=%2 themes=%3")
                               .arg(a.id)
                               .arg(a.feedbackIds.size())
                               .arg(a.themeIds.size()));
    });
    if (!ok) {
        return failure();
    }
    if (missing) {
        return ReviewAction{};
    }
    if (!problem.isEmpty()) {
        return invalid(problem);
    }
    return action(a.id);
}

StoreResult<ReviewAction> ReviewStore::publishAction(const QString& id, const QString& reviewerId)
{
    bool found = false;
    const bool ok = transaction([&] {
        QSqlQuery cur(db());
        cur.prepare(QStringLiteral("SELECT 1 FROM actions WHERE id = ?"));
        cur.addBindValue(id);
        if (!cur.exec()) {
            return fail(QStringLiteral("actions"), cur.lastError());
        }
        found = cur.next();
        if (!found) {
            return true;
        }
        // The next seq of GET /v1/actions. Two hub processes racing for one number: the
        // UNIQUE column refuses the second, whose transaction then runs again.
        QSqlQuery next(db());
        if (!next.exec(QStringLiteral("SELECT COALESCE(MAX(published_seq), 0) + 1 FROM actions")) ||
            !next.next()) {
            return fail(QStringLiteral("actions"), next.lastError());
        }
        const qint64 seq = next.value(0).toLongLong();
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE actions SET state = 'published', published_seq = ?, "
                                 "published_at = COALESCE(published_at, ?) WHERE id = ?"));
        u.addBindValue(seq);
        u.addBindValue(iso(now()));
        u.addBindValue(id);
        if (!u.exec()) {
            return fail(QStringLiteral("actions"), u.lastError());
        }
        return appendAudit(QStringLiteral("action.published"), reviewerId,
                           QStringLiteral("action=%1 seq=%2").arg(id).arg(seq));
    });
    if (!ok) {
        return failure();
    }
    if (!found) {
        return ReviewAction{};
    }
    return action(id);
}

StoreResult<QList<ReviewAction>> ReviewStore::actions(const QString& consultationId)
{
    const auto ids = m_hub.rows(
        QStringLiteral("actions"),
        QStringLiteral("SELECT id FROM actions WHERE consultation_id = ? ORDER BY created_at, id"),
        {consultationId}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!ids) {
        return ids.error();
    }
    QList<ReviewAction> out;
    for (const QString& id : ids.value()) {
        const auto a = action(id);
        if (!a) {
            return failure();
        }
        out << a.value();
    }
    return out;
}

StoreResult<ReviewAction> ReviewStore::action(const QString& id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT consultation_id, said, did, status, action_date, state, "
                             "published_seq, published_at FROM actions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(QStringLiteral("actions"), q.lastError());
        return failure();
    }
    if (!q.next()) {
        return ReviewAction{};
    }
    ReviewAction a;
    a.id = id;
    a.consultationId = q.value(0).toString();
    a.said = q.value(1).toString();
    a.did = q.value(2).toString();
    a.status = q.value(3).toString();
    a.date = q.value(4).toString();
    a.state = q.value(5).toString();
    a.seq = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    a.publishedAt = q.value(7).toString();
    const std::array<std::pair<const char*, QStringList*>, 2> links{
        {{"SELECT feedback_id FROM action_feedback WHERE action_id = ? ORDER BY feedback_id",
          &a.feedbackIds},
         {"SELECT theme_id FROM action_themes WHERE action_id = ? ORDER BY theme_id",
          &a.themeIds}}};
    for (const auto& [sql, list] : links) {
        auto ids = m_hub.rows(QStringLiteral("action links"), QString::fromLatin1(sql), {id},
                              [](const QSqlQuery& l) { return l.value(0).toString(); });
        if (!ids) {
            return ids.error();
        }
        *list = std::move(ids).value();
    }
    return a;
}

} // namespace chorus::hub
