// The review API: the CSV export of records or counts.

#include "reviewcall.h"

#include <algorithm>
#include <array>

namespace chorus::hub {

using namespace review;

namespace {

constexpr int kMaxExportRows = 10000;

} // namespace

QString csvField(const QString& value)
{
    QString v = value;
    // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && kFormulaStarts.contains(v.front())) {
        v.prepend(QLatin1Char('\''));
    }
    // Quoted when it holds a separator, a quote or any control character (NEL and the
    // other C1 ones included: some readers take them as line breaks), even though the hub
    // refuses them on input; rows stored before that rule are still exported safely.
    const bool control =
        std::any_of(v.begin(), v.end(), [](QChar c) { return isControlCharacter(c.unicode()); });
    if (control || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

HttpReply ReviewApi::exportCsv(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation", "content", "after", "limit"})) {
        return *bad;
    }
    const QString consultation = param(call.query, "consultation");
    if (auto refused = unknownConsultation(consultation, QStringLiteral("consultation"))) {
        return *refused;
    }
    const QString content = param(call.query, "content");
    if (content != QLatin1String("records") && content != QLatin1String("counts")) {
        return errorReply(400,
                          content.isEmpty() ? QStringLiteral("missing_field")
                                            : QStringLiteral("invalid_value"),
                          QStringLiteral("content"), QStringLiteral("expected records or counts"));
    }
    // One wording for every hidden count and field: a hidden cell may be small, a large one
    // hidden with it, or a zero, and the reader must not be able to tell which.
    const QString suppressedText = QString::fromLatin1(kHiddenWording);
    QStringList lines;
    auto row = [&](const QStringList& fields) {
        QStringList escaped;
        for (const QString& f : fields) {
            escaped << csvField(f);
        }
        lines << escaped.join(QLatin1Char(','));
    };
    HttpReply reply;
    reply.contentType = "text/csv; charset=utf-8";
    qint64 rows = 0;
    QStringList held; // the records this export holds: ids only, for a later erasure
    if (content == QLatin1String("counts")) {
        if (!call.query.queryItemValue(QStringLiteral("after")).isEmpty() ||
            !call.query.queryItemValue(QStringLiteral("limit")).isEmpty()) {
            return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("after"),
                              QStringLiteral("counts come in one piece; after and limit are for "
                                             "records"));
        }
        row({"breakdown", "value", "count"});
        const auto figures = published(call);
        if (!figures) {
            return serverError();
        }
        const ConsultationRelease c = figures->consultation(consultation);
        const std::array<std::pair<const char*, const Breakdown*>, 3> parts{
            {{"role", &c.byRole}, {"ageBand", &c.byAgeBand}, {"week", &c.byWeek}}};
        for (const auto& [name, breakdown] : parts) {
            const Breakdown& b = *breakdown;
            for (const Cell& c : b.cells) {
                row({QLatin1String(name), c.value,
                     c.suppressed ? suppressedText : QString::number(c.count)});
                ++rows;
            }
            row({QLatin1String(name), QStringLiteral("total"),
                 b.total.suppressed ? suppressedText : QString::number(b.total.count)});
            ++rows;
        }
    } else {
        FeedbackQuery q;
        q.consultationId = consultation;
        q.after = param(call.query, "after");
        q.limit = kMaxExportRows;
        if (!q.after.isEmpty() && !isUuid(q.after)) {
            return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("after"),
                              QStringLiteral("not a UUID"));
        }
        if (const QString limit = param(call.query, "limit"); !limit.isEmpty()) {
            bool ok = false;
            q.limit = limit.toInt(&ok);
            if (!ok || q.limit < 1 || q.limit > kMaxExportRows) {
                return errorReply(400, QStringLiteral("out_of_range"), QStringLiteral("limit"),
                                  QStringLiteral("expected 1 to %1").arg(kMaxExportRows));
            }
        }
        const auto figures = published(call);
        if (!figures) {
            return serverError();
        }
        const auto page = m_store.feedback(q, figures->consultation(consultation).mask);
        const auto themeList = m_store.themes(consultation);
        if (!page || !themeList) {
            return serverError();
        }
        QHash<QString, QString> themeNames;
        for (const Theme& t : themeList.value()) {
            themeNames.insert(t.id, t.name);
        }
        row({"id", "activityId", "promptId", "kind", "week", "ageBand", "role", "text", "choices",
             "scale", "order", "themes", "quotesAllowed", "quotable", "drawingShared"});
        const QString hidden = suppressedText;
        for (const ReviewRecord& r : page->records) {
            QStringList themes;
            for (const QString& t : r.themes) {
                themes << themeNames.value(t);
            }
            QStringList choices;
            for (const QJsonValue& v : r.answer.value(QStringLiteral("choices")).toArray()) {
                choices << v.toString();
            }
            QStringList order;
            for (const QJsonValue& v : r.answer.value(QStringLiteral("order")).toArray()) {
                order << v.toString();
            }
            const QJsonValue scale = r.answer.value(QStringLiteral("scale"));
            row({r.id, r.activityId, r.promptId, r.kind, r.week,
                 r.ageBand.isEmpty() ? hidden : r.ageBand, r.role.isEmpty() ? hidden : r.role,
                 r.answer.value(QStringLiteral("text")).toString(), choices.join(QLatin1Char(';')),
                 scale.isUndefined() ? QString() : QString::number(scale.toInt()),
                 order.join(QLatin1Char(';')), themes.join(QLatin1Char(';')),
                 r.quotesAllowed ? QStringLiteral("yes") : QStringLiteral("no"),
                 r.quotable ? QStringLiteral("yes") : QStringLiteral("no"),
                 r.hasDrawing ? QStringLiteral("yes") : QStringLiteral("no")});
            ++rows;
            held << r.id;
        }
        if (!page->next.isEmpty()) {
            reply.headers << std::pair<QByteArray, QByteArray>{"Chorus-Next-After",
                                                               page->next.toLatin1()};
        }
    }
    if (!m_store.audit(QStringLiteral("review.export"), call.session.reviewerId,
                       QStringLiteral("content=%1 consultation=%2 rows=%3%4")
                           .arg(content, consultation)
                           .arg(rows)
                           .arg(heldIds(held)))) {
        return serverError();
    }
    reply.body = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    return reply;
}

} // namespace chorus::hub
