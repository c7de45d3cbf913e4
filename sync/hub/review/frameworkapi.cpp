// The review API: the framework view (Table 2 of the seed paper) with what the hub measures.

#include "reviewcall.h"

#include <QFile>

namespace chorus::hub {

using namespace review;

namespace {

/** The embedded copy of ../shared/framework.json (Table 2 of the seed paper). */
QJsonObject frameworkFile()
{
    QFile f(QStringLiteral(":/chorus-hub/framework.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

HttpReply ReviewApi::framework(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation"})) {
        return *bad;
    }
    const QString consultation = param(call.query, "consultation");
    if (!consultation.isEmpty()) {
        if (auto refused = unknownConsultation(consultation, QStringLiteral("consultation"))) {
            return *refused;
        }
    }
    const QJsonObject file = frameworkFile();
    const auto figures = published(call);
    const auto loop = m_store.loopClosure(consultation);
    const auto active = m_store.activeConsultations();
    if (file.isEmpty() || !figures || !loop || !active) {
        return serverError();
    }
    // One consultation, or the hub-wide margins of the same tables: the same layer.
    const bool hubWide = consultation.isEmpty();
    const ConsultationRelease c = figures->consultation(consultation);
    const Breakdown& byRole = hubWide ? figures->byRole : c.byRole;
    const Breakdown& byAge = hubWide ? figures->byAgeBand : c.byAgeBand;
    const Breakdown& byKind = hubWide ? figures->byKind : c.byKind;
    const Cell& text = hubWide ? figures->textRecords : c.textRecords;
    const Cell& creative = hubWide ? figures->creativeRecords : c.creativeRecords;
    const QJsonObject loopJson =
        loopClosureJson(hubWide ? figures->loopClosure : c.loopClosure, loop->medianDays);
    const bool anyData = loop->feedback > 0;
    QJsonArray kinds;
    for (const Cell& k : byKind.cells) {
        kinds.append(cellJson(k));
    }
    const QJsonObject coproduction{
        {"voicesHeard",
         QJsonObject{{"byRole", breakdownJson(byRole)}, {"byAgeBand", breakdownJson(byAge)}}},
        {"methods", QJsonObject{{"creative", countJson(creative)},
                                {"creativeSuppressed", creative.suppressed},
                                {"text", countJson(text)},
                                {"textSuppressed", text.suppressed},
                                {"byKind", kinds}}},
        {"loopClosure", loopJson},
        {"consultationsActive", active.value()}};
    const QString feedbackParameter = file.value(QStringLiteral("feedbackParameter")).toString();
    QJsonArray clusters;
    for (const QJsonValue& cv : file.value(QStringLiteral("clusters")).toArray()) {
        QJsonObject cluster = cv.toObject();
        QJsonArray params;
        for (const QJsonValue& pv : cluster.value(QStringLiteral("parameters")).toArray()) {
            QJsonObject p = pv.toObject();
            const QString path = cluster.value(QStringLiteral("id")).toString() + QLatin1Char('/') +
                                 p.value(QStringLiteral("id")).toString();
            p.insert(QStringLiteral("path"), path);
            // Lundy's elements, reach and resourcing (issue 19) measure both of these.
            if (path == feedbackParameter ||
                p.value(QStringLiteral("id")) == QLatin1String("learning-and-evaluation")) {
                p.insert(QStringLiteral("participation"),
                         consultation.isEmpty()
                             ? QStringLiteral("/v1/review/participation")
                             : QStringLiteral("/v1/review/participation?consultation=") +
                                   consultation);
            }
            // Only what the hub measures is shown; the rest says so rather than guess.
            if (anyData && path == feedbackParameter) {
                p.insert(QStringLiteral("indicators"), coproduction);
            } else if (anyData &&
                       p.value(QStringLiteral("id")) == QLatin1String("learning-and-evaluation")) {
                p.insert(QStringLiteral("indicators"), QJsonObject{{"loopClosure", loopJson}});
            } else {
                p.insert(QStringLiteral("indicators"), QJsonValue());
                p.insert(QStringLiteral("noData"),
                         anyData ? QStringLiteral("Chorus collects no data for this parameter")
                                 : QStringLiteral("no feedback has been received yet"));
            }
            params.append(p);
        }
        cluster.insert(QStringLiteral("parameters"), params);
        clusters.append(cluster);
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=framework consultation=%1 records=%2")
                           .arg(consultation.isEmpty() ? QStringLiteral("all") : consultation)
                           .arg(loop->feedback))) {
        return serverError();
    }
    QJsonObject out{{"name", file.value(QStringLiteral("name"))},
                    {"source", file.value(QStringLiteral("source"))},
                    {"feedbackParameter", feedbackParameter},
                    {"smallNumberThreshold", call.threshold},
                    {"clusters", clusters}};
    out.insert(QStringLiteral("consultation"),
               consultation.isEmpty() ? QJsonValue() : QJsonValue(consultation));
    return jsonReply(200, out);
}

} // namespace chorus::hub
