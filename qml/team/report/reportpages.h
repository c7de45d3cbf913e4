#pragma once

// Flowing content onto A4 pages: a cursor that wraps text line by line, starts a new page
// when the next line or block would not fit, and numbers every page in its footer. The
// report's sections (reportpdf.cpp) say what to print; this says where.

#include <QFont>
#include <QPainter>
#include <QPdfWriter>

namespace chorus::report {

class PageWriter
{
public:
    /** `footer` is "Page %1 of %2" in the report's language; `totalPages` 0 when unknown
     *  (the first of the two passes). */
    PageWriter(QPdfWriter& pdf, QPainter& painter, QString footer, int totalPages);

    [[nodiscard]] qreal left() const { return m_left; }
    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal y() const { return m_y; }
    [[nodiscard]] int pages() const { return m_page; }
    /** The height between the top margin and the footer of a page. */
    [[nodiscard]] qreal contentHeight() const { return bottom() - m_margin; }
    [[nodiscard]] QPainter& painter() { return m_painter; }

    void newPage();
    /** Starts a new page unless `height` fits below the cursor (a block taller than a page
     *  is started at the top of one). */
    void keep(qreal height);
    void space(qreal height) { m_y += height; }
    void advance(qreal height) { m_y += height; }

    /** Flowing text at `indent` from the left margin, wrapped to `width` (the rest of the
     *  line when 0); breaks between lines onto new pages as needed. */
    void paragraph(const QString& text, const QFont& font, qreal indent = 0, qreal width = 0,
                   const QColor& color = Qt::black);
    /** The height `text` takes wrapped to `width`. */
    [[nodiscard]] qreal measure(const QString& text, const QFont& font, qreal width) const;
    /** Draws wrapped text in a box at (x, y) without page breaks; returns its height. */
    qreal block(const QString& text, const QFont& font, qreal x, qreal y, qreal width,
                const QColor& color = Qt::black, Qt::Alignment align = Qt::AlignLeft);

    /** Ends the last page (draws its footer). */
    void finish();

private:
    void footer();
    [[nodiscard]] qreal bottom() const { return m_pageHeight - m_margin - m_footerHeight; }

    QPdfWriter& m_pdf;
    QPainter& m_painter;
    QString m_footer;
    int m_total = 0;
    int m_page = 1;
    qreal m_margin = 0;
    qreal m_footerHeight = 0;
    qreal m_pageHeight = 0;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_y = 0;
};

} // namespace chorus::report
