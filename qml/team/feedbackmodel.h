#pragma once

// `FeedbackModel` in `import Chorus.Team`: the anonymised feedback of one consultation,
// paged from GET /v1/review/feedback with the hub's keyset cursor (`after`/`limit`). The
// list grows a page at a time (canFetchMore/fetchMore) but holds only the few pages the
// view shows: a page scrolled out of sight is dropped and fetched again by its cursor when
// it comes back, so 100,000 records cost about what one screenful does.

#include "qml/controls/rowlistmodel.h"
#include "teamcontroller.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>

namespace chorus::team {

class FeedbackModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString consultation READ consultation WRITE setConsultation NOTIFY filtersChanged)
    Q_PROPERTY(QString activity READ activity WRITE setActivity NOTIFY filtersChanged)
    Q_PROPERTY(QString prompt READ prompt WRITE setPrompt NOTIFY filtersChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY filtersChanged)
    Q_PROPERTY(bool quotableOnly READ quotableOnly WRITE setQuotableOnly NOTIFY filtersChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY filtersChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int cachedPages READ cachedPages NOTIFY countChanged)
    /** The Team controller whose client and pack words this model uses (the page's `Team`). */
    Q_PROPERTY(
        chorus::team::TeamController* team READ team WRITE setTeam NOTIFY teamChanged REQUIRED)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        ActivityRole,
        PromptRole,
        KindRole,
        KindNameRole,
        WeekRole,
        AgeBandRole,
        PersonRoleRole,
        AnswerRole,
        HasDrawingRole,
        QuotesAllowedRole,
        QuotableRole,
        ThemeCountRole,
        LoadedRole,
        ActivityNameRole, /**< the activity's question in the reader's language */
    };

    /** Pages kept in memory at most; the rest are fetched again when shown. */
    static constexpr int kCachedPages = 6;

    explicit FeedbackModel(QObject* parent = nullptr);

    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] TeamController* team() const { return m_team; }
    void setTeam(TeamController* team);
    [[nodiscard]] QString consultation() const { return m_consultation; }
    void setConsultation(const QString& v) { setFilter(m_consultation, v); }
    [[nodiscard]] QString activity() const { return m_activity; }
    void setActivity(const QString& v) { setFilter(m_activity, v); }
    [[nodiscard]] QString prompt() const { return m_prompt; }
    void setPrompt(const QString& v) { setFilter(m_prompt, v); }
    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString& v) { setFilter(m_kind, v); }
    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString& v) { setFilter(m_theme, v); }
    [[nodiscard]] bool quotableOnly() const { return m_quotableOnly; }
    void setQuotableOnly(bool v);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    [[nodiscard]] bool loading() const { return m_pendingNext || !m_pendingPages.isEmpty(); }
    [[nodiscard]] bool complete() const { return m_started && m_nextAfter.isEmpty(); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] int cachedPages() const { return static_cast<int>(m_pages.size()); }

    /** The next page, if there is one and none is on its way (the list's end came into
     *  view). */
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    /** Starts again from the first page (after a change on the hub, e.g. a theme). */
    Q_INVOKABLE void reload();
    /** The record's full fields as the hub sent them, if its page is in memory. */
    Q_INVOKABLE QVariantMap record(int row) const;

    /** A one-line reading of a record's answer for the list and screen readers, in the
     *  pack's words of the team's current consultation (team may be null: no pack words). */
    [[nodiscard]] static QString answerText(const TeamController* team, const QString& activityId,
                                            const QJsonObject& answer);
    /** The activity's question (its id when the pack's words have not arrived). */
    [[nodiscard]] static QString activityName(const TeamController* team,
                                              const QString& activityId);
    [[nodiscard]] static QString kindName(const QString& kind);

signals:
    void teamChanged();
    void filtersChanged();
    void loadingChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString id;
        QString activity;
        QString prompt;
        QString kind;
        QString week;
        QString ageBand;
        QString role;
        QJsonObject answer; ///< as the hub sent it: worded when shown, in today's words
        bool hasDrawing = false;
        bool quotesAllowed = false;
        bool quotable = false;
        int themes = 0;
    };
    using Page = QList<Row>;

    /** Every record the hub has listed so far, its page in memory or not. */
    [[nodiscard]] int rows() const override { return m_rowCount; }
    [[nodiscard]] QVariant value(int index, int role) const override;

    void setFilter(QString& field, const QString& value);
    void scheduleReload();
    [[nodiscard]] QString query(const QString& after) const;
    void requestPage(int page) const;
    void storePage(int page, const QJsonArray& records) const;
    [[nodiscard]] const Row* row(int index) const;
    void setError(const QString& message);
    static Row rowFrom(const QJsonObject& record);

    QPointer<TeamController> m_team;
    QString m_consultation, m_activity, m_prompt, m_kind, m_theme;
    bool m_quotableOnly = false;
    int m_pageSize = 50;
    bool m_reloadQueued = false;
    bool m_started = false;
    int m_generation = 0;
    int m_rowCount = 0;
    QString m_errorMessage;
    // The cursor that starts each page seen so far ("" for the first): any page can be
    // fetched again by it. 100,000 records at 50 a page: 2,000 short strings.
    QStringList m_pageAfter;
    QString m_nextAfter; ///< cursor of the page after the last one; empty: no more
    bool m_pendingNext = false;
    // Pages in memory and their order of use (most recent last). Mutable: data() asks for
    // a dropped page and keeps the most recently shown ones.
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_used;
    mutable QSet<int> m_pendingPages;
};

} // namespace chorus::team
