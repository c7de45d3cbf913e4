#include "reportpages.h"

#include <QTextLayout>

namespace chorus::report {

namespace {

constexpr qreal kMargin = 50;       // points, on every side
constexpr qreal kFooterHeight = 24; // the page number line above the bottom margin

QTextOption wrapping(Qt::Alignment align = Qt::AlignLeft)
{
    QTextOption o(align);
    // Long words (an address, a run of letters) break anywhere rather than overflow.
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return o;
}

} // namespace

PageWriter::PageWriter(QPdfWriter& pdf, QPainter& painter, QString footer, int totalPages)
    : m_pdf(pdf), m_painter(painter), m_footer(std::move(footer)), m_total(totalPages),
      m_margin(kMargin), m_footerHeight(kFooterHeight), m_pageHeight(pdf.height()), m_left(kMargin),
      m_width(pdf.width() - 2 * kMargin), m_y(kMargin)
{}

void PageWriter::footer()
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(9);
    const QString text = m_total > 0 ? m_footer.arg(m_page).arg(m_total)
                                     : m_footer.arg(m_page).arg(QStringLiteral("-"));
    block(text, f, m_left, m_pageHeight - m_margin - m_footerHeight / 2, m_width,
          QColor(0x5A, 0x4E, 0x45), Qt::AlignHCenter);
}

void PageWriter::newPage()
{
    footer();
    m_pdf.newPage();
    ++m_page;
    m_y = m_margin;
}

void PageWriter::keep(qreal height)
{
    if (m_y + height > bottom() && m_y > m_margin) {
        newPage();
    }
}

qreal PageWriter::measure(const QString& text, const QFont& font, qreal width) const
{
    QTextLayout layout(text, font, m_painter.device());
    layout.setTextOption(wrapping());
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return height;
}

qreal PageWriter::block(const QString& text, const QFont& font, qreal x, qreal y, qreal width,
                        const QColor& color, Qt::Alignment align)
{
    QTextLayout layout(text, font, m_painter.device());
    layout.setTextOption(wrapping(align));
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    m_painter.setPen(color);
    layout.draw(&m_painter, QPointF(x, y));
    return height;
}

void PageWriter::paragraph(const QString& text, const QFont& font, qreal indent, qreal width,
                           const QColor& color)
{
    const qreal w = width > 0 ? width : m_width - indent;
    QTextLayout layout(text, font, m_painter.device());
    layout.setTextOption(wrapping());
    QList<QTextLine> lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(w);
        lines << line;
    }
    layout.endLayout();
    // Line by line, so that a paragraph longer than the room left (or than a whole page)
    // continues on the next page instead of running off this one.
    for (QTextLine& line : lines) {
        keep(line.height());
        m_painter.setPen(color); // a new page's footer may have changed it
        line.draw(&m_painter, QPointF(m_left + indent, m_y) - QPointF(0, line.y()));
        m_y += line.height();
    }
}

void PageWriter::finish()
{
    footer();
}

} // namespace chorus::report
