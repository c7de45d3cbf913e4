#include "activitycharts.h"

#include "answerwords.h"
#include "teamcontroller.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace chorus::team {

namespace {

/** One bar: its label, its count (0 when suppressed: no length is drawn) and its words. */
QVariantMap bar(const QString& label, const QJsonObject& cell)
{
    const bool suppressed = cell.value(QLatin1String("suppressed")).toBool() ||
                            cell.value(QLatin1String("count")).isNull();
    return {{"label", label},
            {"count", suppressed ? 0 : cell.value(QLatin1String("count")).toInt()},
            {"suppressed", suppressed},
            {"text", TeamController::cellText(cell)}};
}

/** Bars labelled by `name` (an id's words). */
QVariantList bars(const QJsonArray& cells, const std::function<QString(const QString&)>& name)
{
    QVariantList out;
    for (const QJsonValue& v : cells) {
        const QJsonObject cell = v.toObject();
        out << bar(name(cell.value(QLatin1String("value")).toString()), cell);
    }
    return out;
}

/** The hub counts scale answers over 0..10; Chorus's feelings scale has five faces. Its
 *  chart shows the five faces by their words, each with its number or the hidden wording
 *  alike, and a point off the faces only where the hub shows someone there: a hidden point
 *  off the faces is left out whether it is a zero or not, so the chart never tells the one
 *  from the other. Another scale shows the points used or hidden. */
QVariantList faceBars(const QJsonArray& cells, bool facesOnly)
{
    QVariantList out;
    for (const QJsonValue& v : cells) {
        const QJsonObject cell = v.toObject();
        const int point = cell.value(QLatin1String("value")).toString().toInt();
        const QString face = AnswerWords::feeling(point);
        const bool hidden = cell.value(QLatin1String("suppressed")).toBool() ||
                            cell.value(QLatin1String("count")).isNull();
        const bool someoneShown = !hidden && cell.value(QLatin1String("count")).toInt() > 0;
        if (face.isEmpty() && !someoneShown && (facesOnly || !hidden)) {
            continue;
        }
        out << bar(face.isEmpty() ? AnswerWords::feelingOnScale(point) : face, cell);
    }
    return out;
}

} // namespace

ActivityCharts::ActivityCharts(QObject* parent) : QObject(parent) {}

void ActivityCharts::setTeam(TeamController* team)
{
    if (team != m_team) {
        m_team = team;
        emit inputChanged();
        schedule();
    }
}

void ActivityCharts::setConsultation(const QString& v)
{
    if (v != m_consultation) {
        m_consultation = v;
        emit inputChanged();
        schedule();
    }
}

void ActivityCharts::setActivity(const QString& v)
{
    if (v != m_activity) {
        m_activity = v;
        emit inputChanged();
        schedule();
    }
}

void ActivityCharts::setPrompt(const QString& v)
{
    if (v != m_prompt) {
        m_prompt = v;
        emit inputChanged();
        schedule();
    }
}

void ActivityCharts::schedule()
{
    if (m_queued) {
        return;
    }
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        reload();
    });
}

void ActivityCharts::clear()
{
    m_loaded = false;
    m_recordsText.clear();
    m_textsText.clear();
    m_errorMessage.clear();
    m_scale.clear();
    m_choices.clear();
    m_cards.clear();
    m_circles.clear();
}

void ActivityCharts::reload()
{
    const int generation = ++m_generation;
    clear();
    emit chartsChanged();
    TeamController* team = m_team;
    if (!team || m_consultation.isEmpty() || m_activity.isEmpty()) {
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("consultation"), m_consultation);
    q.addQueryItem(QStringLiteral("activity"), m_activity);
    if (!m_prompt.isEmpty()) {
        q.addQueryItem(QStringLiteral("prompt"), m_prompt);
    }
    team->client()->get(
        QStringLiteral("/v1/review/aggregates?") + q.toString(QUrl::FullyEncoded),
        [this, generation](const chorus::sync::ReviewReply& r) {
            if (generation != m_generation) {
                return;
            }
            if (!r.ok()) {
                m_errorMessage = TeamController::describe(r);
                emit chartsChanged();
                return;
            }
            const QJsonObject& b = r.body;
            m_recordsText = TeamController::cellText(
                {{"count", b.value(QLatin1String("records"))},
                 {"suppressed", b.value(QLatin1String("recordsSuppressed"))}});
            const PackWords& words = m_team ? m_team->words() : PackWords();
            const auto label = [&words, this](const QString& id) {
                return words.label(m_activity, id);
            };
            const QJsonObject scale = b.value(QLatin1String("scale")).toObject();
            m_scale = faceBars(scale.value(QLatin1String("cells")).toArray(),
                               words.isFeelingsScale(m_activity));
            m_choices = bars(b.value(QLatin1String("choices")).toArray(), label);
            for (const QJsonValue& v : b.value(QLatin1String("cardSort"))
                                           .toObject()
                                           .value(QLatin1String("cards"))
                                           .toArray()) {
                const QJsonObject c = v.toObject();
                QVariantMap card = bar(label(c.value(QLatin1String("card")).toString()),
                                       c.value(QLatin1String("placed")).toObject());
                card.insert("rank", c.value(QLatin1String("rank")).toInt());
                card.insert("firstText", TeamController::cellText(
                                             c.value(QLatin1String("firstPlace")).toObject()));
                m_cards << card;
            }
            for (const QJsonValue& v : b.value(QLatin1String("circles")).toArray()) {
                const QJsonObject pile = v.toObject();
                m_circles << QVariantMap{
                    {"pile", label(pile.value(QLatin1String("pile")).toString())},
                    {"cards", bars(pile.value(QLatin1String("cards")).toArray(), label)}};
            }
            const QJsonValue texts = b.value(QLatin1String("texts"));
            // null: a hidden count; 0: no written answers to mention.
            m_textsText = texts.isDouble() && texts.toInt() == 0
                              ? QString()
                              : TeamController::cellText({{"count", texts}});
            m_loaded = true;
            emit chartsChanged();
        });
}

} // namespace chorus::team
