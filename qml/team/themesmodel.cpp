#include "themesmodel.h"

#include "feedbackmodel.h"
#include "qml/team/reviewclient.h"

#include <QJsonArray>
#include <QUrl>

using chorus::sync::ReviewReply;

namespace chorus::team {

namespace {

QString encoded(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

/** The words of an answer in the pack's words, for a one-line view; empty for drawings and
 *  voice only (the page says "a drawing" or "a voice note" itself). */
QString answerText(const TeamController* team, const QString& activityId, const QJsonObject& answer)
{
    for (const char* words : {"text", "choices", "order", "scale", "piles", "structured"}) {
        if (answer.contains(QLatin1String(words))) {
            return FeedbackModel::answerText(team, activityId, answer);
        }
    }
    return {};
}

} // namespace

ThemesModel::ThemesModel(QObject* parent) : ReviewRequests(parent)
{
    connect(this, &ReviewRequests::consultationChanged, this, [this] {
        m_selected.clear();
        emit selectedChanged();
        m_recordsTheme.clear();
        refresh();
    });
}

QVariantList ThemesModel::records() const
{
    // Theme names and the pick state are joined in here, so that delegates need no lookups.
    QVariantList out;
    out.reserve(m_records.size());
    for (const QVariant& v : m_records) {
        QVariantMap r = v.toMap();
        QStringList names;
        for (const QString& id : r.value(QStringLiteral("themeIds")).toStringList()) {
            names << themeName(id);
        }
        r.insert(QStringLiteral("themeNames"), names);
        r.insert(QStringLiteral("selected"),
                 m_selected.contains(r.value(QStringLiteral("id")).toString()));
        out << r;
    }
    return out;
}

void ThemesModel::setPageSize(int size)
{
    size = qBound(1, size, 200);
    if (size != m_pageSize) {
        m_pageSize = size;
        emit recordsChanged();
    }
}

QString ThemesModel::themeName(const QString& themeId) const
{
    for (const QVariant& t : m_themes) {
        const QVariantMap theme = t.toMap();
        if (theme.value(QStringLiteral("id")).toString() == themeId) {
            return theme.value(QStringLiteral("name")).toString();
        }
    }
    return {};
}

void ThemesModel::refresh()
{
    if (consultation().isEmpty()) {
        return;
    }
    loadThemes();
    m_pageStarts.clear();
    loadPage({});
}

void ThemesModel::loadThemes()
{
    send(Verb::Get, QStringLiteral("/v1/review/themes") + consultationQuery(), {},
         [this](const ReviewReply& reply) {
             m_themes = reply.body.value(QStringLiteral("themes")).toArray().toVariantList();
             emit themesChanged();
             emit recordsChanged(); // theme names in the records follow
         });
}

void ThemesModel::loadPage(const QString& after)
{
    QString path = QStringLiteral("/v1/review/feedback") + consultationQuery() +
                   QStringLiteral("&limit=%1").arg(m_pageSize);
    if (!m_recordsTheme.isEmpty()) {
        path += QStringLiteral("&theme=") + encoded(m_recordsTheme);
    }
    if (!after.isEmpty()) {
        path += QStringLiteral("&after=") + encoded(after);
    }
    send(Verb::Get, path, {}, [this, after](const ReviewReply& reply) {
        m_pageStart = after;
        m_next = reply.body.value(QStringLiteral("next")).toString();
        m_records.clear();
        for (const QJsonValue& v : reply.body.value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = v.toObject();
            const QJsonObject answer = r.value(QStringLiteral("answer")).toObject();
            m_records << QVariantMap{
                {"id", r.value(QStringLiteral("id")).toString()},
                {"kind", r.value(QStringLiteral("kind")).toString()},
                {"activityId", r.value(QStringLiteral("activityId")).toString()},
                {"week", r.value(QStringLiteral("week")).toString()},
                {"activityName", FeedbackModel::activityName(
                                     team(), r.value(QStringLiteral("activityId")).toString())},
                {"answerText",
                 answerText(team(), r.value(QStringLiteral("activityId")).toString(), answer)},
                {"hasDrawing", r.value(QStringLiteral("hasDrawing")).toBool()},
                {"hasVoice", answer.contains(QStringLiteral("voice"))},
                {"quotesAllowed", r.value(QStringLiteral("quotesAllowed")).toBool()},
                {"quotable", r.value(QStringLiteral("quotable")).toBool()},
                {"themeIds", r.value(QStringLiteral("themeIds")).toVariant()}};
        }
        emit recordsChanged();
    });
}

void ThemesModel::showRecords(const QString& themeId)
{
    m_recordsTheme = themeId;
    m_pageStarts.clear();
    loadPage({});
}

void ThemesModel::nextPage()
{
    if (m_next.isEmpty()) {
        return;
    }
    m_pageStarts << m_pageStart;
    loadPage(m_next);
}

void ThemesModel::previousPage()
{
    if (!m_pageStarts.isEmpty()) {
        loadPage(m_pageStarts.takeLast());
    }
}

void ThemesModel::setSelected(const QString& recordId, bool selected)
{
    if (selected == m_selected.contains(recordId)) {
        return;
    }
    if (selected) {
        m_selected << recordId;
    } else {
        m_selected.removeAll(recordId);
    }
    emit selectedChanged();
    emit recordsChanged();
}

void ThemesModel::clearSelection()
{
    m_selected.clear();
    emit selectedChanged();
    emit recordsChanged();
}

void ThemesModel::done(const QString& what)
{
    m_lastDone = what;
    emit lastDoneChanged();
}

void ThemesModel::createTheme(const QString& name)
{
    clearError();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(QStringLiteral("missing_field"), {}, QStringLiteral("name"));
        return;
    }
    if (trimmed.size() > 100) {
        fail(QStringLiteral("too_long"), {}, QStringLiteral("name"));
        return;
    }
    send(Verb::Post, QStringLiteral("/v1/review/themes"),
         QJsonObject{{"consultationId", consultation()}, {"name", trimmed}},
         [this](const ReviewReply&) {
             done(QStringLiteral("created"));
             loadThemes();
         });
}

void ThemesModel::tagSelected(const QString& themeId, bool add)
{
    clearError();
    if (m_selected.isEmpty()) {
        fail(QStringLiteral("nothing_selected"));
        return;
    }
    sendTags(themeId, add, m_selected);
}

void ThemesModel::sendTags(const QString& themeId, bool add, QStringList ids)
{
    // The hub takes at most 100 ids a request: larger picks go in turn, stopping at a refusal.
    const QStringList now = ids.mid(0, 100);
    const QStringList later = ids.mid(100);
    const QJsonArray list = QJsonArray::fromStringList(now);
    const QJsonObject body{{add ? "add" : "remove", list}, {add ? "remove" : "add", QJsonArray()}};
    send(Verb::Post, QStringLiteral("/v1/review/themes/%1/feedback").arg(encoded(themeId)), body,
         [this, themeId, add, later](const ReviewReply&) {
             if (!later.isEmpty()) {
                 sendTags(themeId, add, later);
                 return;
             }
             m_selected.clear();
             emit selectedChanged();
             done(add ? QStringLiteral("tagged") : QStringLiteral("untagged"));
             loadThemes();
             loadPage(m_pageStart);
         });
}

void ThemesModel::setQuotable(const QString& recordId, bool quotable)
{
    clearError();
    send(Verb::Post, QStringLiteral("/v1/review/feedback/%1/quotable").arg(encoded(recordId)),
         QJsonObject{{"quotable", quotable}}, [this, recordId](const ReviewReply& reply) {
             const bool now = reply.body.value(QStringLiteral("quotable")).toBool();
             for (QVariant& v : m_records) {
                 QVariantMap r = v.toMap();
                 if (r.value(QStringLiteral("id")).toString() == recordId) {
                     r.insert(QStringLiteral("quotable"), now);
                     v = r;
                 }
             }
             emit recordsChanged();
             done(now ? QStringLiteral("quotable") : QStringLiteral("not_quotable"));
         });
}

} // namespace chorus::team
