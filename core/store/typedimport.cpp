#include "typedimport.h"

#include "storeutil.h"

#include "../domain/answervalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chorus {
namespace {

constexpr qsizetype kMaxImportBytes = 64 * 1024 * 1024;

Error at(const QString& path, const QString& why)
{
    return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(path, why));
}

/** Reads a required string field, or says which one is missing. */
Result<QString> requireString(const QJsonObject& o, const QString& path, const char* key)
{
    const auto v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        return at(path + '.' + QLatin1String(key), QStringLiteral("expected a non-empty string"));
    }
    return v.toString();
}

/** An error from the store about a field, re-said at the JSON path it came from. */
Error rebase(const QString& path, const Error& e)
{
    return makeError(e.code, QStringLiteral("%1: %2").arg(path, e.message));
}

Result<QString> resolveConsultation(Store& store, const QJsonObject& root)
{
    if (root.contains("pack")) {
        if (!root.value("pack").isObject()) {
            return at("$.pack", QStringLiteral("expected an object"));
        }
        auto pack =
            store.consultations().importPack(QJsonDocument(root.value("pack").toObject()).toJson());
        if (!pack) {
            return rebase("$.pack", pack.error());
        }
    }
    const auto c = root.value("consultation");
    if (c.isString()) {
        auto existing = store.consultations().get(c.toString());
        if (!existing) {
            return at("$.consultation", existing.error().message);
        }
        return existing->id;
    }
    if (!c.isObject()) {
        return at("$.consultation",
                  QStringLiteral("expected the id of a consultation on this device, or an object"));
    }
    const auto o = c.toObject();
    Consultation consultation;
    for (auto [field, target] :
         {std::pair{"title", &consultation.title}, std::pair{"purpose", &consultation.purpose},
          std::pair{"packId", &consultation.packId}}) {
        auto v = requireString(o, "$.consultation", field);
        if (!v) {
            return v.error();
        }
        *target = v.value();
    }
    consultation.id = o.value("id").toString();
    if (!consultation.id.isEmpty()) {
        if (auto existing = store.consultations().get(consultation.id)) {
            return existing->id;
        }
    }
    consultation.packVersion = o.value("packVersion").toInt(0);
    consultation.retentionDays = o.value("retentionDays").toInt(0);
    for (const auto& a : o.value("activities").toArray()) {
        consultation.activityIds << a.toString();
    }
    auto created = store.consultations().create(consultation);
    if (!created) {
        return rebase("$.consultation", created.error());
    }
    return created->id;
}

Result<ConsentRecord> readConsent(const QJsonObject& o, const QString& path)
{
    ConsentRecord c;
    const auto giver = parseConsentGiver(o.value("givenBy").toString());
    if (!giver) {
        return at(path + ".givenBy",
                  QStringLiteral("expected \"child\", \"parent-carer\" or \"both\""));
    }
    c.givenBy = *giver;
    c.assessor = o.value("assessor").toString();
    c.assessmentBasis = o.value("assessmentBasis").toString();
    c.explanationVersion = o.value("explanationVersion").toString();
    c.explanationLanguage = o.value("explanationLanguage").toString();
    c.method = o.value("method").toString(QStringLiteral("paper"));
    QStringList names;
    for (const auto& s : o.value("scopes").toArray()) {
        names << s.toString();
    }
    auto scopes = parseScopes(names);
    if (!scopes) {
        return rebase(path, scopes.error());
    }
    c.scopes = scopes.value();
    return c;
}

Result<Response> readResponse(const QJsonObject& o, const QString& path)
{
    Response r;
    auto activity = requireString(o, path, "activityId");
    if (!activity) {
        return activity.error();
    }
    r.activityId = activity.value();
    r.promptId = o.value("promptId").toString();
    const auto kind = parseAnswerKind(o.value("kind").toString());
    if (!kind || *kind == AnswerKind::Audio || *kind == AnswerKind::Drawing) {
        return at(path + ".kind",
                  QStringLiteral(
                      "expected text, choice, scale, ordering or structured (paper has no audio)"));
    }
    r.kind = *kind;
    r.text = o.value("text").toString();
    if (o.contains("value") && !o.value("value").isObject()) {
        return at(path + ".value", QStringLiteral("expected an object"));
    }
    r.value = o.value("value").toObject();
    return r;
}

Status importParticipant(Store& store, const QString& consultationId, const ActivityPack& pack,
                         const QJsonObject& o, const QString& path, ImportReport& report)
{
    Participant p;
    p.consultationId = consultationId;
    auto code = requireString(o, path, "codeName");
    if (!code) {
        return code.error();
    }
    p.codeName = code.value();
    const auto band = parseAgeBand(o.value("ageBand").toString());
    const auto role = parseRole(o.value("role").toString());
    if (!band) {
        return at(path + ".ageBand",
                  QStringLiteral("expected one of under-5, 5-7, 8-11, 12-15, 16-17, 18-24, adult"));
    }
    if (!role) {
        return at(path + ".role", QStringLiteral("expected child, young-person, parent or carer"));
    }
    p.ageBand = *band;
    p.role = *role;
    auto participant = store.consultations().addParticipant(p);
    if (!participant) {
        return rebase(path, participant.error());
    }
    if (!o.value("consent").isObject()) {
        return at(path + ".consent",
                  QStringLiteral("answers cannot be imported without the consent given on paper"));
    }
    auto consent = readConsent(o.value("consent").toObject(), path + ".consent");
    if (!consent) {
        return consent.error();
    }
    consent->participantId = participant->id;
    consent->ageBand = p.ageBand;
    if (auto given = store.consent().give(consent.value()); !given) {
        return rebase(path + ".consent", given.error());
    }
    auto session = store.consultations().startSession(consultationId, SessionMode::Facilitated,
                                                      {participant->id});
    if (!session) {
        return rebase(path, session.error());
    }
    const auto answers = o.value("responses").toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString rpath = QStringLiteral("%1.responses[%2]").arg(path).arg(i);
        if (!answers.at(i).isObject()) {
            return at(rpath, QStringLiteral("expected an object"));
        }
        auto r = readResponse(answers.at(i).toObject(), rpath);
        if (!r) {
            return r.error();
        }
        // A typed card sort, timeline or circles answer must fit its activity, as in the app.
        if (const PackActivity* a = pack.activity(r->activityId)) {
            if (auto fits = answers::validateAnswerFor(*a, r.value()); !fits) {
                return rebase(rpath, fits.error());
            }
        }
        r->participantId = participant->id;
        r->sessionId = session->id;
        if (auto saved = store.responses().save(r.value()); !saved) {
            return rebase(rpath, saved.error());
        }
        ++report.responses;
    }
    if (auto st = store.consultations().endSession(session->id); !st) {
        return st;
    }
    ++report.participants;
    return Status::success();
}

} // namespace

Result<ImportReport> importTypedSession(Store& store, const QByteArray& json)
{
    if (json.size() > kMaxImportBytes) {
        return at("$", QStringLiteral("the file is larger than 64 MiB"));
    }
    QJsonParseError pe{};
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return at("$", QStringLiteral("not valid JSON at offset %1 (%2)")
                           .arg(pe.offset)
                           .arg(pe.errorString()));
    }
    if (!doc.isObject()) {
        return at("$", QStringLiteral("expected an object"));
    }
    const auto root = doc.object();
    if (root.value("format").toString() != QLatin1String("chorus-import/1")) {
        return at("$.format", QStringLiteral("expected \"chorus-import/1\""));
    }
    if (!root.value("participants").isArray() || root.value("participants").toArray().isEmpty()) {
        return at("$.participants", QStringLiteral("expected a non-empty array"));
    }
    Transaction tx(store.database());
    if (!tx.began()) {
        return tx.began().error();
    }
    ImportReport report;
    auto consultation = resolveConsultation(store, root);
    if (!consultation) {
        return consultation.error();
    }
    report.consultationId = consultation.value();
    auto chosen = store.consultations().get(report.consultationId);
    if (!chosen) {
        return chosen.error();
    }
    auto pack = store.consultations().pack(chosen->packId, chosen->packVersion);
    if (!pack) {
        return rebase("$.consultation", pack.error());
    }
    const auto participants = root.value("participants").toArray();
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QString path = QStringLiteral("$.participants[%1]").arg(i);
        if (!participants.at(i).isObject()) {
            return at(path, QStringLiteral("expected an object"));
        }
        if (auto st = importParticipant(store, report.consultationId, pack.value(),
                                        participants.at(i).toObject(), path, report);
            !st) {
            return st.error();
        }
    }
    if (auto st = store.audit().append("import.completed", report.consultationId,
                                       QStringLiteral("%1 answers").arg(report.responses));
        !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace chorus
