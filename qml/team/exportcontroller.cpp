#include "exportcontroller.h"

#include "core/common/atomicfile.h"
#include "qml/team/reviewclient.h"

#ifdef CHORUS_HAVE_REPORT
#include "qml/team/report/reportpdf.h"
#endif

#include <QFileInfo>
#include <QUrl>

using chorus::sync::ReviewReply;

namespace chorus::team {

namespace {

/** The rows of an RFC 4180 text (CRLF row ends; quoted fields may hold CR and LF). */
QList<QByteArray> csvRows(const QByteArray& csv)
{
    QList<QByteArray> rows;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (c == '"') {
            quoted = !quoted; // a doubled quote flips twice
        } else if (!quoted && c == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n') {
            rows << csv.mid(start, i - start);
            start = i + 2;
            ++i;
        }
    }
    if (start < csv.size()) {
        rows << csv.mid(start);
    }
    return rows;
}

} // namespace

ExportController::ExportController(QObject* parent) : ReviewRequests(parent) {}

void ExportController::setPageSize(int size)
{
    size = qBound(1, size, 10000);
    if (size != m_pageSize) {
        m_pageSize = size;
        emit pageSizeChanged();
    }
}

bool ExportController::pdfAvailable()
{
#ifdef CHORUS_HAVE_REPORT
    return true;
#else
    return false;
#endif
}

QString ExportController::localPath(const QString& target)
{
    // FileDialog gives file: URLs; tests and typed paths are plain.
    if (target.startsWith(QLatin1String("file:"))) {
        return QUrl(target).toLocalFile();
    }
    return target;
}

bool ExportController::finishWrite(bool ok, bool diskFull, const QString& path, const QString& what,
                                   int rows)
{
    if (!ok) {
        fail(diskFull ? QStringLiteral("disk_full") : QStringLiteral("not_writable"), {},
             QFileInfo(path).fileName());
        return false;
    }
    m_savedPath = path;
    m_savedWhat = what;
    m_savedRows = rows;
    emit saved();
    return true;
}

void ExportController::exportCsv(const QString& content, const QString& target)
{
    clearError();
    const QString path = localPath(target);
    if (path.isEmpty()) {
        fail(QStringLiteral("no_file"));
        return;
    }
    if (content != QLatin1String("records") && content != QLatin1String("counts")) {
        fail(QStringLiteral("invalid_value"), {}, QStringLiteral("content"));
        return;
    }
    m_csv.clear();
    m_csvRows = 0;
    m_csvContent = content;
    if (content == QLatin1String("counts")) {
        send(Verb::Get,
             QStringLiteral("/v1/review/export.csv") + consultationQuery() +
                 QStringLiteral("&content=counts"),
             {}, [this, path](const ReviewReply& reply) {
                 m_csv = reply.raw;
                 m_csvRows = static_cast<int>(csvRows(m_csv).size()) - 1;
                 writeCsv(path);
             });
        return;
    }
    fetchRecords({}, path);
}

void ExportController::fetchRecords(const QString& after, const QString& path)
{
    QString query = QStringLiteral("/v1/review/export.csv") + consultationQuery() +
                    QStringLiteral("&content=records&limit=%1").arg(m_pageSize);
    if (!after.isEmpty()) {
        query += QStringLiteral("&after=") + after;
    }
    send(Verb::Get, query, {}, [this, path, first = after.isEmpty()](const ReviewReply& reply) {
        const QList<QByteArray> rows = csvRows(reply.raw);
        if (rows.isEmpty()) {
            fail(QStringLiteral("bad_reply"));
            return;
        }
        for (qsizetype i = first ? 0 : 1; i < rows.size(); ++i) {
            m_csv += rows.at(i) + QByteArrayLiteral("\r\n");
        }
        const int dataRows = static_cast<int>(rows.size()) - 1;
        m_csvRows += dataRows;
        // A full page may have more after it: the id (first field, a UUID) of its last row is
        // where the next page starts (keyset paging, as Chorus-Next-After names it).
        if (dataRows == m_pageSize) {
            const QByteArray last = rows.constLast();
            fetchRecords(QString::fromLatin1(last.left(last.indexOf(','))), path);
            return;
        }
        writeCsv(path);
    });
}

void ExportController::writeCsv(const QString& path)
{
    const chorus::Status written = chorus::writeFileAtomically(path, m_csv);
    finishWrite(written.ok(), written.error().code == chorus::Error::Code::DiskFull, path,
                m_csvContent, m_csvRows);
    m_csv.clear();
}

void ExportController::exportPdf(const QString& language, const QString& target)
{
    clearError();
    const QString path = localPath(target);
    if (!pdfAvailable()) {
        fail(QStringLiteral("pdf_unavailable"));
        return;
    }
    if (path.isEmpty()) {
        fail(QStringLiteral("no_file"));
        return;
    }
    if (language != QLatin1String("en") && language != QLatin1String("cy")) {
        fail(QStringLiteral("invalid_value"), {}, QStringLiteral("language"));
        return;
    }
    send(Verb::Get, QStringLiteral("/v1/review/report") + consultationQuery(), {},
         [this, path, language](const ReviewReply& reply) {
#ifdef CHORUS_HAVE_REPORT
             // The renderer writes all or nothing: a failure keeps any earlier file.
             chorus::report::ReportOptions options;
             options.language = language;
             const chorus::Status written =
                 chorus::report::writeReportPdf(reply.body, path, options);
             if (!written.ok() && written.error().code != chorus::Error::Code::DiskFull &&
                 written.error().code != chorus::Error::Code::Io) {
                 fail(QStringLiteral("report_failed"), {}, QFileInfo(path).fileName());
                 return;
             }
             finishWrite(written.ok(), written.error().code == chorus::Error::Code::DiskFull, path,
                         QStringLiteral("pdf"), 0);
#else
             Q_UNUSED(reply)
             Q_UNUSED(path)
             Q_UNUSED(language)
             fail(QStringLiteral("pdf_unavailable"));
#endif
         });
}

} // namespace chorus::team
