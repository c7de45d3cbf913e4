#include "consentbook.h"

#include "storeutil.h"

namespace chorus {
namespace {

constexpr auto kColumns =
    "SELECT id, participant_id, event, given_by, age_band, assessor, assessment_basis, "
    "explanation_version, explanation_language, method, scopes, at FROM consent_events ";

ConsentRecord readRecord(const Statement& s)
{
    ConsentRecord r;
    r.id = s.int64(0);
    r.participantId = s.text(1);
    r.withdrawn = s.text(2) == QLatin1String("withdrawn");
    r.givenBy = parseConsentGiver(s.text(3)).value_or(ConsentGiver::Child);
    r.ageBand = parseAgeBand(s.text(4)).value_or(AgeBand::Adult);
    r.assessor = s.text(5);
    r.assessmentBasis = s.text(6);
    r.explanationVersion = s.text(7);
    r.explanationLanguage = s.text(8);
    r.method = s.text(9);
    r.scopes = static_cast<ConsentScopes>(s.int64(10));
    r.at = fromIsoTime(s.text(11));
    return r;
}

Status validate(const ConsentRecord& r)
{
    const auto required = [](const QString& v, const char* field, int max) -> Status {
        if (v.trimmed().isEmpty() || v.size() > max) {
            return invalidField(QString::fromLatin1(field),
                                QStringLiteral("is required (at most %1 characters)").arg(max));
        }
        return Status::success();
    };
    for (auto st : {required(r.participantId, "participantId", 64),
                    required(r.explanationVersion, "explanationVersion", 40),
                    required(r.explanationLanguage, "explanationLanguage", 16),
                    required(r.method, "method", 80)}) {
        if (!st) {
            return st;
        }
    }
    // A child consenting alone needs a practitioner's recorded judgement of their understanding.
    if (r.givenBy != ConsentGiver::ParentOrCarer) {
        for (auto st : {required(r.assessor, "assessor", 80),
                        required(r.assessmentBasis, "assessmentBasis", 1000)}) {
            if (!st) {
                return st;
            }
        }
    }
    if ((r.scopes & ~kAllConsentScopes) != 0u) {
        return invalidField(QStringLiteral("scopes"), QStringLiteral("contains an unknown scope"));
    }
    if ((r.scopes & StoreOnDevice) == 0u) {
        return invalidField(
            QStringLiteral("scopes"),
            QStringLiteral("\"store\" is needed to keep any answer; without it, do not start"));
    }
    if ((r.scopes & (AllowQuotes | ShareDrawings)) != 0u && (r.scopes & ShareAnonymised) == 0u) {
        return invalidField(
            QStringLiteral("scopes"),
            QStringLiteral("quotes and drawings can only be shared when sharing is agreed"));
    }
    return Status::success();
}

} // namespace

Result<ConsentRecord> ConsentBook::give(ConsentRecord record)
{
    if (auto st = validate(record); !st) {
        return st.error();
    }
    Transaction tx(m_db);
    auto withdrawn = lookupRow(
        m_db, "SELECT withdrawn_at IS NOT NULL FROM participants WHERE id = ?",
        [](const Statement& row) { return row.int64(0) != 0; }, record.participantId);
    if (!withdrawn) {
        return withdrawn.error();
    }
    if (!withdrawn->has_value()) {
        return invalidField(QStringLiteral("participantId"), QStringLiteral("no such participant"));
    }
    if (withdrawn->value()) {
        return invalidField(QStringLiteral("participantId"),
                            QStringLiteral("this participant has withdrawn"));
    }
    record.at = m_clock.now();
    record.withdrawn = false;
    auto insert = m_db.prepare("INSERT INTO consent_events (participant_id, event, given_by, "
                               "age_band, assessor, assessment_basis, "
                               "explanation_version, explanation_language, method, scopes, at) "
                               "VALUES (?,'given',?,?,?,?,?,?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, record.participantId)
        .bind(2, toString(record.givenBy))
        .bind(3, toString(record.ageBand));
    insert->bind(4, record.assessor)
        .bind(5, record.assessmentBasis)
        .bind(6, record.explanationVersion);
    insert->bind(7, record.explanationLanguage)
        .bind(8, record.method)
        .bind(9, static_cast<qint64>(record.scopes));
    insert->bind(10, isoTime(record.at));
    if (auto st = insert->run(); !st) {
        return st.error();
    }
    record.id = m_db.lastInsertRowId();
    if (auto st = m_audit.append("consent.given", record.participantId,
                                 scopeNames(record.scopes).join(','));
        !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return record;
}

Result<std::optional<ConsentRecord>> ConsentBook::inForce(const QString& participantId)
{
    // Checked before every answer is saved: the SQL is built once, not per call.
    static const QByteArray sql =
        QByteArray(kColumns) + "WHERE participant_id = ? ORDER BY id DESC LIMIT 1";
    auto last = lookupRow(m_db, sql.constData(), readRecord, participantId);
    if (!last) {
        return last.error();
    }
    if (!last->has_value() || last->value().withdrawn) {
        return std::optional<ConsentRecord>{};
    }
    return last.value();
}

Result<QList<ConsentRecord>> ConsentBook::history(const QString& participantId)
{
    return listRows(m_db,
                    (QByteArray(kColumns) + "WHERE participant_id = ? ORDER BY id").constData(),
                    readRecord, participantId);
}

} // namespace chorus
