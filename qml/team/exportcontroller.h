#pragma once

#include "reviewrequests.h"

#include <QByteArray>

namespace chorus::team {

/**
 * Exports of one consultation to a file the person picks: the hub's CSV of anonymised
 * records or of counts (suppressed as the hub sends them), and the PDF report in English
 * or Welsh. A file is written whole or not at all (writeFileAtomically); a failure leaves
 * any earlier file at that path as it was.
 */
class ExportController : public chorus::team::ReviewRequests
{
    Q_OBJECT
    QML_ELEMENT
    /** Records per CSV request (the hub's limit, 1..10000); exports follow the pages. */
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    /** Whether this build can write PDF reports. */
    Q_PROPERTY(bool pdfAvailable READ pdfAvailable CONSTANT)
    /** The file last written, and how many data rows (CSV) it holds. */
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY saved)
    Q_PROPERTY(int savedRows READ savedRows NOTIFY saved)
    /** What was last saved: "records", "counts", "pdf"; empty before any. */
    Q_PROPERTY(QString savedWhat READ savedWhat NOTIFY saved)

public:
    explicit ExportController(QObject* parent = nullptr);

    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    [[nodiscard]] static bool pdfAvailable();
    [[nodiscard]] QString savedPath() const { return m_savedPath; }
    [[nodiscard]] int savedRows() const { return m_savedRows; }
    [[nodiscard]] QString savedWhat() const { return m_savedWhat; }

    /** content: "records" or "counts"; target: a local path or a file: URL. */
    Q_INVOKABLE void exportCsv(const QString& content, const QString& target);
    /** language: "en" or "cy". */
    Q_INVOKABLE void exportPdf(const QString& language, const QString& target);

signals:
    void pageSizeChanged();
    void saved();

private:
    /** Fetches records from `after` on, appending rows (without the header after the first
     *  page) to m_csv, then writes the file. */
    void fetchRecords(const QString& after, const QString& path);
    void writeCsv(const QString& path);
    /** Records the outcome of a write: the file, or disk_full / not_writable. */
    bool finishWrite(bool ok, bool diskFull, const QString& path, const QString& what, int rows);
    [[nodiscard]] static QString localPath(const QString& target);

    int m_pageSize = 10000;
    QByteArray m_csv;
    int m_csvRows = 0;
    QString m_csvContent;
    QString m_savedPath;
    QString m_savedWhat;
    int m_savedRows = 0;
};

} // namespace chorus::team
