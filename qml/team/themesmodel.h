#pragma once

#include "reviewrequests.h"

#include <QStringList>
#include <QVariantList>

namespace chorus::team {

/**
 * Theme coding for one consultation: the team's themes with how many records carry each,
 * a page of the anonymised records (all, or those behind one theme) to pick from, tagging
 * and untagging the picked records, and marking records quotable where consent allows.
 * Records come a page at a time (keyset paging), so a large consultation never sits in
 * memory whole.
 */
class ThemesModel : public chorus::team::ReviewRequests
{
    Q_OBJECT
    QML_ELEMENT
    /** [{id, name, count}] in the hub's order. */
    Q_PROPERTY(QVariantList themes READ themes NOTIFY themesChanged)
    /** The shown page: [{id, kind, activityId, week, answerText, hasDrawing, hasVoice,
     *  quotesAllowed, quotable, themeIds, themeNames, selected}]. */
    Q_PROPERTY(QVariantList records READ records NOTIFY recordsChanged)
    /** The theme whose records are shown; empty: every record of the consultation. */
    Q_PROPERTY(QString recordsTheme READ recordsTheme NOTIFY recordsChanged)
    Q_PROPERTY(bool hasNextPage READ hasNextPage NOTIFY recordsChanged)
    Q_PROPERTY(bool hasPreviousPage READ hasPreviousPage NOTIFY recordsChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY recordsChanged)
    /** Ids of the picked records (kept across pages). */
    Q_PROPERTY(QStringList selected READ selected NOTIFY selectedChanged)
    /** What the last change did, for the page to announce: "created", "tagged",
     *  "untagged", "quotable", "not_quotable"; empty before any. */
    Q_PROPERTY(QString lastDone READ lastDone NOTIFY lastDoneChanged)

public:
    explicit ThemesModel(QObject* parent = nullptr);

    [[nodiscard]] QVariantList themes() const { return m_themes; }
    [[nodiscard]] QVariantList records() const;
    [[nodiscard]] QString recordsTheme() const { return m_recordsTheme; }
    [[nodiscard]] bool hasNextPage() const { return !m_next.isEmpty(); }
    [[nodiscard]] bool hasPreviousPage() const { return !m_pageStarts.isEmpty(); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    [[nodiscard]] QStringList selected() const { return m_selected; }
    [[nodiscard]] QString lastDone() const { return m_lastDone; }

    /** Fetches the themes and the first page of the shown records again. */
    Q_INVOKABLE void refresh();
    /** Creates a theme; a name already taken ends as errorCode "conflict". */
    Q_INVOKABLE void createTheme(const QString& name);
    /** Shows the records behind themeId (empty: all records), from the first page. */
    Q_INVOKABLE void showRecords(const QString& themeId);
    Q_INVOKABLE void nextPage();
    Q_INVOKABLE void previousPage();
    Q_INVOKABLE void setSelected(const QString& recordId, bool selected);
    Q_INVOKABLE void clearSelection();
    /** Tags (add) or untags the picked records with themeId. */
    Q_INVOKABLE void tagSelected(const QString& themeId, bool add);
    /** Marks a record quotable or not; without consent to quote: errorCode "not_permitted". */
    Q_INVOKABLE void setQuotable(const QString& recordId, bool quotable);
    /** The name of a theme by id (empty if unknown). */
    Q_INVOKABLE QString themeName(const QString& themeId) const;

signals:
    void themesChanged();
    void recordsChanged();
    void selectedChanged();
    void lastDoneChanged();

private:
    void loadThemes();
    void loadPage(const QString& after);
    void sendTags(const QString& themeId, bool add, QStringList ids);
    void done(const QString& what);

    QVariantList m_themes;
    QVariantList m_records;
    QString m_recordsTheme;
    QString m_pageStart;      ///< the `after` of the shown page
    QStringList m_pageStarts; ///< the `after`s of the pages before it
    QString m_next;
    QStringList m_selected;
    QString m_lastDone;
    int m_pageSize = 50;
};

} // namespace chorus::team
