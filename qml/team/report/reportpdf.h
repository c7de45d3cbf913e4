#pragma once

// The PDF report of one consultation (issue 8): what the hub's GET /v1/review/report
// document holds, on A4 pages, in English or Welsh. The document is already suppressed by
// the hub (CP-7); the renderer only prints it, never counts. Qt Gui only, so that the app
// can call it from the Team screens and a test can call it without a window.

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

namespace chorus::report {

struct ReportOptions
{
    QString language = QStringLiteral("en"); ///< "en" or "cy"
};

/** Writes the PDF of `report` to `path`, all or nothing: on failure (a bad document, an
 *  unwritable path, a full disk) an Error says why and no file, not even half of one, is
 *  left at `path`; an existing file there is kept as it was. */
Status writeReportPdf(const QJsonObject& report, const QString& path, const ReportOptions& options);

/** The same PDF in memory (for the writer above and for previews). */
Result<QByteArray> renderReportPdf(const QJsonObject& report, const ReportOptions& options);

} // namespace chorus::report
