// The review API: the report, one document for the PDF.

#include "reviewcall.h"

#include "sync/hub/store/participationstore.h"

#include <algorithm>
#include <iterator>

namespace chorus::hub {

using namespace review;

namespace {

constexpr int kMaxReportQuotes = 500;

} // namespace

HttpReply ReviewApi::report(Call& call)
{
    const auto only = consultationOnly(call);
    if (!only) {
        return only.error();
    }
    const QString& consultation = only.value();
    const auto figures = published(call);
    const auto packList = m_store.packs(consultation);
    const auto themeList = m_store.themes(consultation);
    const auto actionList = m_store.actions(consultation);
    const auto loop = m_store.loopClosure(consultation);
    if (!figures || !packList || !themeList || !actionList || !loop) {
        return serverError();
    }
    const ConsultationRelease figuresOf = figures->consultation(consultation);
    const auto packs = latestPacks(m_store, packList.value());
    if (!packs) {
        return serverError();
    }
    QJsonArray packsJson;
    for (const QJsonObject& p : packs.value()) {
        packsJson.append(QJsonObject{{"id", p.value(QStringLiteral("id"))},
                                     {"version", p.value(QStringLiteral("version"))},
                                     {"title", p.value(QStringLiteral("title"))}});
    }

    // One chart per activity and prompt, counted by the same code as /aggregates.
    QJsonArray activities;
    QHash<QString, QList<ChartAnswer>> answersOf;
    for (auto it = figuresOf.prompts.begin(); it != figuresOf.prompts.end(); ++it) {
        const QString activityId = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString promptId = it.key().section(QLatin1Char('\n'), 1);
        if (!answersOf.contains(activityId)) {
            const auto answers = m_store.answers(consultation, activityId);
            if (!answers) {
                return serverError();
            }
            answersOf.insert(activityId, answers.value());
        }
        QString kinds; // several kinds of answer to one prompt: one chart, the first kind
        for (auto k = figuresOf.kinds.lowerBound(it.key() + QLatin1Char('\n'));
             k != figuresOf.kinds.end() && k.key().startsWith(it.key() + QLatin1Char('\n')); ++k) {
            kinds = kinds.isEmpty() ? k.key().section(QLatin1Char('\n'), 2) : kinds;
        }
        QJsonObject chart = chartCounts(answersOf.value(activityId), promptId, *it, call.threshold,
                                        chartLinks(figuresOf, activityId));
        chart.remove(QStringLiteral("smallNumberThreshold"));
        const QJsonObject definition = activityDefinition(packs.value(), activityId);
        chart.insert(QStringLiteral("activityId"), activityId);
        chart.insert(QStringLiteral("promptId"), promptId.isEmpty() ? QJsonValue() : promptId);
        chart.insert(QStringLiteral("kind"), kinds);
        chart.insert(QStringLiteral("type"), definition.value(QStringLiteral("type")).toString());
        chart.insert(QStringLiteral("prompt"), definition.value(QStringLiteral("prompt")));
        QJsonArray options; // in the pack's order, which is the order children saw
        for (const QJsonValue& o : definition.value(QStringLiteral("options")).toArray()) {
            options.append(QJsonObject{{"id", o[QStringLiteral("id")]},
                                       {"label", o[QStringLiteral("label")]}});
        }
        chart.insert(QStringLiteral("options"), options);
        activities.append(chart);
    }

    // Themes count records, so they are counts of people too (rule 1; they overlap).
    QJsonArray themes;
    for (const Theme& t : themeList.value()) {
        // Themes overlap (a record may carry several): rule 1, then the cell key.
        Cell c = suppressOne(t.name, t.count, call.threshold);
        c.keySum = t.keySum;
        c = publishCell(c, call.threshold);
        themes.append(
            QJsonObject{{"name", t.name}, {"count", countJson(c)}, {"suppressed", c.suppressed}});
    }

    // Quotes: only what the team marked quotable and the young person's consent allows.
    QJsonArray quotes;
    QStringList quoted; // their records' ids, for the audit
    FeedbackQuery q;
    q.consultationId = consultation;
    q.quotableOnly = true;
    q.limit = kMaxPage;
    while (quotes.size() < kMaxReportQuotes) {
        const auto page = m_store.feedback(q, figuresOf.mask);
        if (!page) {
            return serverError();
        }
        for (const ReviewRecord& r : page->records) {
            const QString text = r.answer.value(QStringLiteral("text")).toString().trimmed();
            if (r.quotable && r.quotesAllowed && !text.isEmpty() &&
                quotes.size() < kMaxReportQuotes) {
                quotes.append(QJsonObject{{"activityId", r.activityId}, {"text", text}});
                quoted << r.id;
            }
        }
        if (page->next.isEmpty()) {
            break;
        }
        q.after = page->next;
    }

    // "You said, we did": only what has been published (drafts are the team's own).
    // In the order they were published, as young people saw them arrive.
    QList<ReviewAction> published;
    std::copy_if(actionList->begin(), actionList->end(), std::back_inserter(published),
                 [](const ReviewAction& a) { return a.state == QLatin1String("published"); });
    std::stable_sort(published.begin(), published.end(),
                     [](const ReviewAction& a, const ReviewAction& b) { return a.seq < b.seq; });
    QJsonArray actions;
    for (const ReviewAction& a : published) {
        actions.append(QJsonObject{{"youSaid", a.said},
                                   {"weDid", a.did},
                                   {"status", a.status},
                                   {"date", a.date},
                                   {"publishedAt", a.publishedAt}});
    }

    QJsonObject title;
    if (!packs->isEmpty()) {
        title = packs->first().value(QStringLiteral("title")).toObject();
    }
    QJsonObject out{{"consultation", consultation},
                    {"title", title},
                    {"generatedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {"smallNumberThreshold", call.threshold},
                    {"packs", packsJson},
                    {"voices", QJsonObject{{"byRole", breakdownJson(figuresOf.byRole)},
                                           {"byAgeBand", breakdownJson(figuresOf.byAgeBand)},
                                           {"byWeek", breakdownJson(figuresOf.byWeek)}}},
                    {"activities", activities},
                    {"themes", themes},
                    {"quotes", quotes},
                    {"actions", actions},
                    {"loopClosure", loopClosureJson(figuresOf.loopClosure, loop->medianDays)}};
    // Issue 19: the participation view of the same consultation, for the report's section.
    auto participationIn = ParticipationStore(m_store.hub()).input();
    if (!participationIn) {
        return serverError();
    }
    participationIn->loopClosure = out.value(QStringLiteral("loopClosure")).toObject();
    participationIn->threshold = call.threshold;
    out.insert(QStringLiteral("participation"),
               participationView(participationIn.value(), consultation));
    if (!m_store.audit(QStringLiteral("review.export"), call.session.reviewerId,
                       QStringLiteral("content=report consultation=%1 rows=%2%3")
                           .arg(consultation)
                           .arg(activities.size() + themes.size() + quotes.size() + actions.size())
                           .arg(heldIds(quoted)))) {
        return serverError();
    }
    return jsonReply(200, out);
}

} // namespace chorus::hub
