#include "feedbackmodel.h"

#include "teamcontroller.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

namespace chorus::team {

using chorus::sync::ReviewReply;

FeedbackModel::FeedbackModel(QObject* parent)
    : RowListModel({{RecordIdRole, "recordId"},
                    {ActivityRole, "activityId"},
                    {PromptRole, "promptId"},
                    {KindRole, "kind"},
                    {KindNameRole, "kindName"},
                    {WeekRole, "week"},
                    {AgeBandRole, "ageBand"},
                    {PersonRoleRole, "personRole"},
                    {AnswerRole, "answer"},
                    {HasDrawingRole, "hasDrawing"},
                    {QuotesAllowedRole, "quotesAllowed"},
                    {QuotableRole, "quotable"},
                    {ThemeCountRole, "themeCount"},
                    {LoadedRole, "loaded"},
                    {ActivityNameRole, "activityName"}},
                   AnswerRole, parent)
{}

void FeedbackModel::setTeam(TeamController* team)
{
    if (team == m_team) {
        return;
    }
    if (m_team) {
        disconnect(m_team, nullptr, this, nullptr);
    }
    m_team = team;
    // The pack's words come with the consultation's overview, maybe after the first page.
    if (m_team) {
        connect(m_team, &TeamController::overviewChanged, this, [this] {
            everyRowChanged({AnswerRole, Qt::DisplayRole, ActivityNameRole});
        });
    }
    emit teamChanged();
    scheduleReload();
}

const FeedbackModel::Row* FeedbackModel::row(int index) const
{
    const int page = index / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page); // scrolled back to a page that was dropped: fetch it again
        return nullptr;
    }
    if (m_used.isEmpty() || m_used.constLast() != page) {
        m_used.removeOne(page);
        m_used.append(page);
    }
    const int offset = index % m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant FeedbackModel::value(int index, int role) const
{
    const Row* r = row(index);
    if (role == LoadedRole) {
        return r != nullptr;
    }
    if (!r) {
        return role == HasDrawingRole || role == QuotesAllowedRole || role == QuotableRole
                   ? QVariant(false)
                   : (role == ThemeCountRole ? QVariant(0) : QVariant(QString()));
    }
    switch (role) {
    case RecordIdRole:
        return r->id;
    case ActivityRole:
        return r->activity;
    case PromptRole:
        return r->prompt;
    case KindRole:
        return r->kind;
    case KindNameRole:
        return kindName(r->kind);
    case WeekRole:
        return r->week;
    case AgeBandRole:
        return TeamController::ageBandName(r->ageBand);
    case PersonRoleRole:
        return TeamController::roleName(r->role);
    case AnswerRole:
        return answerText(m_team, r->activity, r->answer);
    case ActivityNameRole:
        return activityName(m_team, r->activity);
    case HasDrawingRole:
        return r->hasDrawing;
    case QuotesAllowedRole:
        return r->quotesAllowed;
    case QuotableRole:
        return r->quotable;
    case ThemeCountRole:
        return r->themes;
    default:
        return {};
    }
}

QVariantMap FeedbackModel::record(int index) const
{
    if (index < 0 || index >= m_rowCount) {
        return {};
    }
    const Row* r = row(index);
    if (!r) {
        return {};
    }
    return {{"recordId", r->id},
            {"activityId", r->activity},
            {"promptId", r->prompt},
            {"kind", r->kind},
            {"week", r->week},
            {"answer", answerText(m_team, r->activity, r->answer)},
            {"hasDrawing", r->hasDrawing},
            {"quotesAllowed", r->quotesAllowed},
            {"quotable", r->quotable}};
}

bool FeedbackModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_consultation.isEmpty() || m_pendingNext) {
        return false;
    }
    return !m_started || !m_nextAfter.isEmpty();
}

QString FeedbackModel::query(const QString& after) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("consultation"), m_consultation);
    const std::pair<const char*, const QString*> filters[] = {
        {"activity", &m_activity}, {"prompt", &m_prompt}, {"kind", &m_kind}, {"theme", &m_theme}};
    for (const auto& [name, value] : filters) {
        if (!value->isEmpty()) {
            q.addQueryItem(QLatin1String(name), *value);
        }
    }
    if (m_quotableOnly) {
        q.addQueryItem(QStringLiteral("quotable"), QStringLiteral("true"));
    }
    if (!after.isEmpty()) {
        q.addQueryItem(QStringLiteral("after"), after);
    }
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    return QStringLiteral("/v1/review/feedback?") + q.toString(QUrl::FullyEncoded);
}

void FeedbackModel::fetchMore(const QModelIndex& parent)
{
    TeamController* team = m_team;
    if (!canFetchMore(parent) || !team) {
        return;
    }
    const QString after = m_started ? m_nextAfter : QString();
    const int generation = m_generation;
    m_pendingNext = true;
    emit loadingChanged();
    team->client()->get(query(after), [this, after, generation](const ReviewReply& r) {
        if (generation != m_generation) {
            return;
        }
        m_pendingNext = false;
        if (!r.ok()) {
            setError(TeamController::describe(r));
            emit loadingChanged();
            return;
        }
        setError({});
        const QJsonArray records = r.body.value(QLatin1String("records")).toArray();
        m_started = true;
        m_nextAfter = r.body.value(QLatin1String("next")).toString();
        if (!records.isEmpty()) {
            const int page = static_cast<int>(m_pageAfter.size());
            beginInsertRows({}, m_rowCount, m_rowCount + static_cast<int>(records.size()) - 1);
            m_pageAfter.append(after);
            storePage(page, records);
            m_rowCount += static_cast<int>(records.size());
            endInsertRows();
        }
        emit countChanged();
        emit loadingChanged();
    });
}

void FeedbackModel::requestPage(int page) const
{
    TeamController* team = m_team;
    if (!team || page >= m_pageAfter.size() || m_pendingPages.contains(page)) {
        return;
    }
    m_pendingPages.insert(page);
    const int generation = m_generation;
    auto* self = const_cast<FeedbackModel*>(this); // a fetch changes the cache, not the rows
    team->client()->get(
        query(m_pageAfter.at(page)), [self, page, generation](const ReviewReply& r) {
            if (generation != self->m_generation) {
                return;
            }
            self->m_pendingPages.remove(page);
            if (!r.ok()) {
                self->setError(TeamController::describe(r));
                emit self->loadingChanged();
                return;
            }
            self->storePage(page, r.body.value(QLatin1String("records")).toArray());
            const int first = page * self->m_pageSize;
            const int last = std::min(self->m_rowCount, first + self->m_pageSize) - 1;
            emit self->dataChanged(self->index(first), self->index(last));
            emit self->loadingChanged();
        });
    emit self->loadingChanged();
}

void FeedbackModel::storePage(int page, const QJsonArray& records) const
{
    Page rows;
    rows.reserve(records.size());
    for (const QJsonValue& v : records) {
        rows << rowFrom(v.toObject());
    }
    m_pages.insert(page, rows);
    m_used.removeOne(page);
    m_used.append(page);
    while (m_pages.size() > kCachedPages && m_used.size() > 1) {
        m_pages.remove(m_used.takeFirst());
    }
}

FeedbackModel::Row FeedbackModel::rowFrom(const QJsonObject& o)
{
    Row r;
    r.id = o.value(QLatin1String("id")).toString();
    r.activity = o.value(QLatin1String("activityId")).toString();
    r.prompt = o.value(QLatin1String("promptId")).toString();
    r.kind = o.value(QLatin1String("kind")).toString();
    r.week = o.value(QLatin1String("week")).toString();
    r.ageBand = o.value(QLatin1String("ageBand")).toString();
    r.role = o.value(QLatin1String("role")).toString();
    r.answer = o.value(QLatin1String("answer")).toObject();
    r.hasDrawing = o.value(QLatin1String("hasDrawing")).toBool();
    r.quotesAllowed = o.value(QLatin1String("quotesAllowed")).toBool();
    r.quotable = o.value(QLatin1String("quotable")).toBool();
    r.themes = static_cast<int>(o.value(QLatin1String("themeIds")).toArray().size());
    return r;
}

QString FeedbackModel::answerText(const TeamController* team, const QString& activityId,
                                  const QJsonObject& answer)
{
    return team ? team->words().answerText(activityId, answer)
                : PackWords().answerText(activityId, answer);
}

QString FeedbackModel::activityName(const TeamController* team, const QString& activityId)
{
    return team ? team->words().activityName(activityId) : activityId;
}

QString FeedbackModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("text")) {
        return tr("Written answer", "@item feedback kind");
    }
    if (kind == QLatin1String("scale")) {
        return tr("Feelings scale", "@item feedback kind");
    }
    if (kind == QLatin1String("choice")) {
        return tr("Choices", "@item feedback kind");
    }
    if (kind == QLatin1String("ordering")) {
        return tr("Card sort", "@item feedback kind");
    }
    if (kind == QLatin1String("structured")) {
        return tr("Circles or parts", "@item feedback kind");
    }
    if (kind == QLatin1String("drawing")) {
        return tr("Drawing", "@item feedback kind");
    }
    if (kind == QLatin1String("audio")) {
        return tr("Voice note", "@item feedback kind");
    }
    return kind;
}

void FeedbackModel::setFilter(QString& field, const QString& value)
{
    if (field == value) {
        return;
    }
    field = value;
    emit filtersChanged();
    scheduleReload();
}

void FeedbackModel::setQuotableOnly(bool v)
{
    if (v == m_quotableOnly) {
        return;
    }
    m_quotableOnly = v;
    emit filtersChanged();
    scheduleReload();
}

void FeedbackModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 200); // the hub's limit range
    if (size == m_pageSize) {
        return;
    }
    m_pageSize = size;
    emit filtersChanged();
    scheduleReload();
}

void FeedbackModel::scheduleReload()
{
    // Several filters set together (as QML does at creation) make one reload.
    if (m_reloadQueued) {
        return;
    }
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        reload();
    });
}

void FeedbackModel::reload()
{

    beginResetModel();
    ++m_generation;
    m_started = false;
    m_rowCount = 0;
    m_pageAfter.clear();
    m_nextAfter.clear();
    m_pendingNext = false;
    m_pages.clear();
    m_used.clear();
    m_pendingPages.clear();
    endResetModel();
    setError({});
    emit countChanged();
    emit loadingChanged();
    fetchMore({});
}

void FeedbackModel::setError(const QString& message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

} // namespace chorus::team
