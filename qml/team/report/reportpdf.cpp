#include "reportpdf.h"

#include "reportpages.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <utility>

namespace chorus::report {

namespace {

/** The report's fixed words in its own language. They live in the app's .ts files under the
 *  context "Report" (marked with QT_TRANSLATE_NOOP for lupdate) and are looked up through a
 *  translator of the report's own, so that a Welsh report never switches the app to Welsh
 *  and an English one is English whatever the app shows. */
class Words
{
public:
    bool load(const QString& language)
    {
        return language == QLatin1String("en") ||
               m_translator.load(QStringLiteral(":/chorus-report/i18n/chorus_%1.qm").arg(language));
    }
    QString operator()(const char* source) const
    {
        const QString t = m_translator.translate("Report", source);
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }

private:
    QTranslator m_translator;
};

// Colours of the app's Theme.qml (text, muted text, primary, border, surfaceWarm), so that
// the printed report looks like the app.
const QColor kText(0x2B, 0x26, 0x22);
const QColor kMuted(0x5A, 0x4E, 0x45);
const QColor kPrimary(0x2C, 0x6B, 0x6F);
const QColor kRule(0xD9, 0xC3, 0xAE);
const QColor kHeaderFill(0xFD, 0xEB, 0xD8);

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Any letter spacing turns off ligatures, so that "fi" stays two letters when the PDF
    // is read aloud, searched or copied from (0.01 pt is invisible).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.01);
    return f;
}

/** Pack text is either one string or one per language. */
QString localised(const QJsonValue& v, const QString& language)
{
    if (v.isString()) {
        return v.toString();
    }
    const QJsonObject o = v.toObject();
    for (const QString& key : {language, QStringLiteral("en")}) {
        if (o.value(key).isString()) {
            return o.value(key).toString();
        }
    }
    return o.isEmpty() ? QString() : o.begin().value().toString();
}

struct Column
{
    QString header;
    qreal share; ///< of the table's width
};

class Report
{
public:
    Report(const QJsonObject& doc, const Words& words, const QString& language, PageWriter& page)
        : m_doc(doc), m_w(words), m_language(language), m_page(page),
          m_locale(language == QLatin1String("cy")
                       ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                       : QLocale(QLocale::English, QLocale::UnitedKingdom)),
          m_threshold(doc.value(QStringLiteral("smallNumberThreshold")).toInt(8))
    {}

    void render()
    {
        titlePage();
        voices();
        charts();
        themes();
        quotes();
        actions();
        loopClosure();
        participation();
    }

    [[nodiscard]] QString title() const
    {
        const QString t = localised(m_doc.value(QStringLiteral("title")), m_language);
        return t.isEmpty() ? m_doc.value(QStringLiteral("consultation")).toString() : t;
    }

private:
    // ----- pieces -------------------------------------------------------------------

    /** A section heading; `following` is the height of what must not be parted from it
     *  (a heading never ends a page alone). */
    void heading(const QString& text, qreal following = 80)
    {
        m_page.keep(std::min(m_page.measure(text, font(17, true), m_page.width()) + following,
                             m_page.contentHeight()));
        m_page.paragraph(text, font(17, true), 0, 0, kPrimary);
        m_page.painter().setPen(QPen(kRule, 1));
        m_page.painter().drawLine(QPointF(m_page.left(), m_page.y() + 3),
                                  QPointF(m_page.left() + m_page.width(), m_page.y() + 3));
        m_page.space(12);
    }

    void subheading(const QString& text)
    {
        m_page.keep(m_page.measure(text, font(12, true), m_page.width()) + 50);
        m_page.space(6);
        m_page.paragraph(text, font(12, true), 0, 0, kText);
        m_page.space(4);
    }

    void body(const QString& text, const QColor& color = kText)
    {
        m_page.paragraph(text, font(10), 0, 0, color);
        m_page.space(4);
    }

    /** Every hidden count reads the same: small, a large one hidden with it, or a zero. */
    [[nodiscard]] QString hidden() const
    {
        return m_w(QT_TRANSLATE_NOOP("Report", "hidden to protect small groups"));
    }

    /** A cell's count as printed: the number, or the hidden wording and no number at all. */
    [[nodiscard]] QString count(const QJsonValue& cell) const
    {
        const QJsonObject c = cell.toObject();
        if (c.value(QStringLiteral("suppressed")).toBool() ||
            (c.contains(QStringLiteral("count")) && c.value(QStringLiteral("count")).isNull())) {
            return hidden();
        }
        return m_locale.toString(c.value(QStringLiteral("count")).toInteger());
    }
    /** A bare count that may be null (suppressed) in the document. */
    [[nodiscard]] QString number(const QJsonValue& v) const
    {
        return v.isNull() || v.isUndefined() ? hidden() : m_locale.toString(v.toInteger());
    }

    [[nodiscard]] QString date(const QString& iso) const
    {
        const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
        return d.isValid() ? m_locale.toString(d, QStringLiteral("d MMMM yyyy")) : iso;
    }

    /** A table whose rows move to the next page whole, with the header again on top. A
     *  row too tall for any page (a very long action) is printed as labelled paragraphs. */
    void table(const QList<Column>& columns, const QList<QStringList>& rows)
    {
        constexpr qreal pad = 4;
        const QFont head = font(9.5, true);
        const QFont cell = font(9.5);
        auto widthOf = [&](int i) { return columns[i].share * m_page.width(); };
        auto rowHeight = [&](const QStringList& texts, const QFont& f) {
            qreal h = 0;
            for (int i = 0; i < columns.size(); ++i) {
                h = std::max(h, m_page.measure(texts.value(i), f, widthOf(i) - 2 * pad));
            }
            return h + 2 * pad;
        };
        QStringList headers;
        for (const Column& c : columns) {
            headers << c.header;
        }
        const qreal headHeight = rowHeight(headers, head);
        auto drawRow = [&](const QStringList& texts, const QFont& f, qreal h, bool header) {
            QPainter& p = m_page.painter();
            if (header) {
                p.fillRect(QRectF(m_page.left(), m_page.y(), m_page.width(), h), kHeaderFill);
            }
            qreal x = m_page.left();
            for (int i = 0; i < columns.size(); ++i) {
                m_page.block(texts.value(i), f, x + pad, m_page.y() + pad, widthOf(i) - 2 * pad,
                             kText);
                x += widthOf(i);
            }
            p.setPen(QPen(kRule, 0.8));
            p.drawLine(QPointF(m_page.left(), m_page.y() + h),
                       QPointF(m_page.left() + m_page.width(), m_page.y() + h));
            m_page.advance(h);
        };
        m_page.keep(headHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), cell)));
        drawRow(headers, head, headHeight, true);
        for (const QStringList& row : rows) {
            const qreal h = rowHeight(row, cell);
            if (h + headHeight > m_page.contentHeight()) {
                m_page.space(pad);
                for (int i = 0; i < columns.size(); ++i) {
                    m_page.paragraph(columns[i].header, head, 0, 0, kText);
                    m_page.paragraph(row.value(i), cell, 12, 0, kText);
                }
                m_page.painter().setPen(QPen(kRule, 0.8));
                m_page.painter().drawLine(
                    QPointF(m_page.left(), m_page.y() + pad),
                    QPointF(m_page.left() + m_page.width(), m_page.y() + pad));
                m_page.space(2 * pad);
                continue;
            }
            const int before = m_page.pages();
            m_page.keep(h);
            if (m_page.pages() != before) {
                drawRow(headers, head, headHeight, true);
            }
            drawRow(row, cell, h, false);
        }
        m_page.space(10);
    }

    struct Bar
    {
        QString label;
        QJsonObject cell; ///< {"count", "suppressed"}
    };

    /** Horizontal bars with the number printed after each. A suppressed value gets no bar
     *  at all (a length would give the number away), only the words of every hidden count. */
    void bars(const QList<Bar>& list)
    {
        constexpr qreal labelWidth = 170;
        constexpr qreal gap = 8;
        const qreal barSpace = m_page.width() - labelWidth - gap - 90;
        qint64 most = 1;
        for (const Bar& b : list) {
            if (!b.cell.value(QStringLiteral("suppressed")).toBool()) {
                most = std::max(most, b.cell.value(QStringLiteral("count")).toInteger());
            }
        }
        const QFont label = font(9.5);
        const QFont value = font(9.5, true);
        const QFont muted = font(9.5, false, true);
        for (const Bar& b : list) {
            const qreal h = std::max<qreal>(m_page.measure(b.label, label, labelWidth), 14) + 6;
            m_page.keep(h);
            const qreal top = m_page.y();
            m_page.block(b.label, label, m_page.left(), top + 3, labelWidth, kText, Qt::AlignRight);
            const qreal x = m_page.left() + labelWidth + gap;
            const bool suppressed = b.cell.value(QStringLiteral("suppressed")).toBool();
            qreal textX = x;
            if (!suppressed) {
                const qint64 n = b.cell.value(QStringLiteral("count")).toInteger();
                const qreal length = barSpace * static_cast<qreal>(n) / static_cast<qreal>(most);
                if (n > 0) {
                    m_page.painter().fillRect(QRectF(x, top + 4, std::max<qreal>(length, 1), 11),
                                              kPrimary);
                }
                textX = x + length + 5;
            }
            m_page.block(count(b.cell), suppressed ? muted : value, textX, top + 3,
                         m_page.left() + m_page.width() - textX, suppressed ? kMuted : kText);
            m_page.advance(h);
        }
        m_page.space(8);
    }

    // ----- sections -----------------------------------------------------------------

    void titlePage()
    {
        m_page.space(150);
        m_page.paragraph(title(), font(30, true), 0, 0, kPrimary);
        m_page.space(8);
        m_page.paragraph(m_w(QT_TRANSLATE_NOOP("Report", "Consultation report")), font(18), 0, 0,
                         kText);
        m_page.space(30);
        body(m_w(QT_TRANSLATE_NOOP("Report", "Consultation: %1"))
                 .arg(m_doc.value(QStringLiteral("consultation")).toString()));
        for (const QJsonValue& p : m_doc.value(QStringLiteral("packs")).toArray()) {
            const QString name = localised(p[QStringLiteral("title")], m_language);
            body(m_w(QT_TRANSLATE_NOOP("Report", "Activity pack: %1, version %2"))
                     .arg(name.isEmpty() ? p[QStringLiteral("id")].toString() : name)
                     .arg(p[QStringLiteral("version")].toInt()));
        }
        body(m_w(QT_TRANSLATE_NOOP("Report", "Made on %1"))
                 .arg(date(m_doc.value(QStringLiteral("generatedAt")).toString())));
        m_page.space(40);
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Keeping the young people safe")));
        body(m_w(QT_TRANSLATE_NOOP("Report",
                                   "No count from 1 to %1 is printed. Where a hidden count could "
                                   "be worked out from the others, other counts are hidden too, "
                                   "large ones and zeros alike, and every hidden count reads "
                                   "“hidden to protect small groups”. The counts printed may "
                                   "differ from the true ones by up to 2, so that they cannot be "
                                   "subtracted from each other. Each answer counts once: the hub "
                                   "cannot tell people apart, so the figures are answers, not "
                                   "people."))
                 .arg(m_threshold - 1));
        body(m_w(QT_TRANSLATE_NOOP("Report",
                                   "Quotes are printed only where the young person agreed to be "
                                   "quoted and the team chose them. What the team wrote is "
                                   "printed as they wrote it.")));
        m_page.newPage();
    }

    [[nodiscard]] QString roleName(const QString& role) const
    {
        if (role == QLatin1String("child")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Child"));
        }
        if (role == QLatin1String("young-person")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Young person"));
        }
        if (role == QLatin1String("parent")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Parent"));
        }
        if (role == QLatin1String("carer")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Carer"));
        }
        return role;
    }

    [[nodiscard]] QString ageBandName(const QString& band) const
    {
        if (band == QLatin1String("under-5")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Under 5"));
        }
        if (band == QLatin1String("adult")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Adult"));
        }
        return band; // "8-11" reads the same in every language
    }

    void breakdown(const QString& caption, const QString& valueHeader, const QJsonObject& b,
                   const std::function<QString(const QString&)>& name)
    {
        subheading(caption);
        QList<QStringList> rows;
        for (const QJsonValue& c : b.value(QStringLiteral("cells")).toArray()) {
            rows << QStringList{name(c[QStringLiteral("value")].toString()), count(c)};
        }
        rows << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "Total")),
                            b.value(QStringLiteral("totalSuppressed")).toBool()
                                ? hidden()
                                : number(b.value(QStringLiteral("total")))};
        table({{valueHeader, 0.6}, {m_w(QT_TRANSLATE_NOOP("Report", "Answers")), 0.4}}, rows);
    }

    void voices()
    {
        heading(m_w(QT_TRANSLATE_NOOP("Report", "Voices heard")));
        const QJsonObject v = m_doc.value(QStringLiteral("voices")).toObject();
        breakdown(m_w(QT_TRANSLATE_NOOP("Report", "By role")),
                  m_w(QT_TRANSLATE_NOOP("Report", "Role")),
                  v.value(QStringLiteral("byRole")).toObject(),
                  [this](const QString& r) { return roleName(r); });
        breakdown(m_w(QT_TRANSLATE_NOOP("Report", "By age band")),
                  m_w(QT_TRANSLATE_NOOP("Report", "Age band")),
                  v.value(QStringLiteral("byAgeBand")).toObject(),
                  [this](const QString& a) { return ageBandName(a); });
        breakdown(m_w(QT_TRANSLATE_NOOP("Report", "By week")),
                  m_w(QT_TRANSLATE_NOOP("Report", "Week")),
                  v.value(QStringLiteral("byWeek")).toObject(), [](const QString& w) { return w; });
    }

    [[nodiscard]] QString feeling(int point) const
    {
        switch (point) {
        case 1:
            return m_w(QT_TRANSLATE_NOOP("Report", "Very sad"));
        case 2:
            return m_w(QT_TRANSLATE_NOOP("Report", "Sad"));
        case 3:
            return m_w(QT_TRANSLATE_NOOP("Report", "OK"));
        case 4:
            return m_w(QT_TRANSLATE_NOOP("Report", "Happy"));
        case 5:
            return m_w(QT_TRANSLATE_NOOP("Report", "Very happy"));
        default:
            return QString::number(point);
        }
    }

    void scaleChart(const QJsonObject& a)
    {
        const bool faces =
            a.value(QStringLiteral("type")).toString() == QLatin1String("feelings-scale");
        QList<Bar> list;
        for (const QJsonValue& c :
             a.value(QStringLiteral("scale"))[QStringLiteral("cells")].toArray()) {
            const int point = c[QStringLiteral("value")].toString().toInt();
            const bool hiddenHere = c[QStringLiteral("suppressed")].toBool();
            const bool someoneShown = !hiddenHere && c[QStringLiteral("count")].toInteger() > 0;
            // A face scale shows all five faces and, off the faces, only points where someone
            // is shown (a hidden one off the faces is left out, zero or not, so the chart does
            // not tell the two apart); another scale the points used or hidden.
            const bool onFace = faces && point >= 1 && point <= 5;
            if (onFace || someoneShown || (!faces && hiddenHere)) {
                list << Bar{faces ? feeling(point) : QString::number(point), c.toObject()};
            }
        }
        bars(list);
    }

    void choiceChart(const QJsonObject& a)
    {
        QHash<QString, QJsonObject> cells;
        for (const QJsonValue& c : a.value(QStringLiteral("choices")).toArray()) {
            cells.insert(c[QStringLiteral("value")].toString(), c.toObject());
        }
        QList<Bar> list;
        for (const QJsonValue& o : a.value(QStringLiteral("options")).toArray()) {
            const QString id = o[QStringLiteral("id")].toString();
            list << Bar{localised(o[QStringLiteral("label")], m_language),
                        cells.value(id, QJsonObject{{"count", 0}, {"suppressed", false}})};
            cells.remove(id);
        }
        for (auto it = cells.begin(); it != cells.end(); ++it) { // not in the pack (any more)
            list << Bar{it.key(), it.value()};
        }
        bars(list);
    }

    [[nodiscard]] QString optionLabel(const QJsonObject& a, const QString& id) const
    {
        for (const QJsonValue& o : a.value(QStringLiteral("options")).toArray()) {
            if (o[QStringLiteral("id")].toString() == id) {
                return localised(o[QStringLiteral("label")], m_language);
            }
        }
        return id;
    }

    void cardSortTable(const QJsonObject& a)
    {
        QList<QStringList> rows;
        for (const QJsonValue& c :
             a.value(QStringLiteral("cardSort"))[QStringLiteral("cards")].toArray()) {
            rows << QStringList{m_locale.toString(c[QStringLiteral("rank")].toInt()),
                                optionLabel(a, c[QStringLiteral("card")].toString()),
                                count(c[QStringLiteral("firstPlace")]),
                                count(c[QStringLiteral("placed")])};
        }
        table({{m_w(QT_TRANSLATE_NOOP("Report", "Rank")), 0.12},
               {m_w(QT_TRANSLATE_NOOP("Report", "Card")), 0.4},
               {m_w(QT_TRANSLATE_NOOP("Report", "Put first")), 0.24},
               {m_w(QT_TRANSLATE_NOOP("Report", "Sorted")), 0.24}},
              rows);
    }

    void circlesTable(const QJsonObject& a)
    {
        QList<QStringList> rows;
        for (const QJsonValue& pile : a.value(QStringLiteral("circles")).toArray()) {
            for (const QJsonValue& c : pile[QStringLiteral("cards")].toArray()) {
                rows << QStringList{pile[QStringLiteral("pile")].toString(),
                                    optionLabel(a, c[QStringLiteral("value")].toString()),
                                    count(c)};
            }
        }
        table({{m_w(QT_TRANSLATE_NOOP("Report", "Circle")), 0.35},
               {m_w(QT_TRANSLATE_NOOP("Report", "Who or what")), 0.4},
               {m_w(QT_TRANSLATE_NOOP("Report", "Answers")), 0.25}},
              rows);
    }

    /** About how tall an activity's charts and tables are (rows of 20 points). */
    [[nodiscard]] static qreal chartHeight(const QJsonObject& a)
    {
        qsizetype rows = 0;
        if (a.value(QStringLiteral("scale")).isObject()) {
            rows +=
                a.value(QStringLiteral("type")).toString() == QLatin1String("feelings-scale")
                    ? 5
                    : a.value(QStringLiteral("scale"))[QStringLiteral("cells")].toArray().size();
        }
        rows += a.value(QStringLiteral("options")).toArray().size();
        for (const QJsonValue& pile : a.value(QStringLiteral("circles")).toArray()) {
            rows += pile[QStringLiteral("cards")].toArray().size() + 1;
        }
        return static_cast<qreal>(rows) * 20;
    }

    void charts()
    {
        const QJsonArray list = m_doc.value(QStringLiteral("activities")).toArray();
        heading(m_w(QT_TRANSLATE_NOOP("Report", "What young people told us")),
                list.isEmpty() ? 80 : chartHeight(list.first().toObject()) + 80);
        if (list.isEmpty()) {
            body(m_w(QT_TRANSLATE_NOOP("Report", "No answers have been received yet.")), kMuted);
        }
        for (const QJsonValue& v : list) {
            const QJsonObject a = v.toObject();
            QString prompt = localised(a.value(QStringLiteral("prompt")), m_language);
            if (prompt.isEmpty()) {
                prompt = m_w(QT_TRANSLATE_NOOP("Report", "Activity %1"))
                             .arg(a.value(QStringLiteral("activityId")).toString());
            }
            // A chart stays with its question: start a new page unless both fit.
            m_page.keep(std::min(chartHeight(a) + 60, m_page.contentHeight()));
            subheading(prompt);
            body(m_w(QT_TRANSLATE_NOOP("Report", "Answers: %1"))
                     .arg(a.value(QStringLiteral("recordsSuppressed")).toBool()
                              ? hidden()
                              : number(a.value(QStringLiteral("records")))),
                 kMuted);
            if (a.value(QStringLiteral("scale")).isObject()) {
                scaleChart(a);
            }
            if (!a.value(QStringLiteral("choices")).toArray().isEmpty()) {
                choiceChart(a);
            }
            if (!a.value(QStringLiteral("cardSort"))[QStringLiteral("cards")].toArray().isEmpty()) {
                cardSortTable(a);
            }
            if (!a.value(QStringLiteral("circles")).toArray().isEmpty()) {
                circlesTable(a);
            }
            const QJsonValue texts = a.value(QStringLiteral("texts"));
            if (texts.isNull() || texts.toInteger() > 0) {
                body(m_w(QT_TRANSLATE_NOOP("Report", "Written answers: %1")).arg(number(texts)),
                     kMuted);
            }
        }
    }

    void themes()
    {
        heading(m_w(QT_TRANSLATE_NOOP("Report", "Themes")));
        const QJsonArray list = m_doc.value(QStringLiteral("themes")).toArray();
        if (list.isEmpty()) {
            body(m_w(QT_TRANSLATE_NOOP("Report", "The team has not made any themes yet.")), kMuted);
            return;
        }
        QList<QStringList> rows;
        for (const QJsonValue& t : list) {
            rows << QStringList{t[QStringLiteral("name")].toString(), count(t)};
        }
        table({{m_w(QT_TRANSLATE_NOOP("Report", "Theme")), 0.7},
               {m_w(QT_TRANSLATE_NOOP("Report", "Answers")), 0.3}},
              rows);
    }

    void quotes()
    {
        heading(m_w(QT_TRANSLATE_NOOP("Report", "In their own words")));
        const QJsonArray list = m_doc.value(QStringLiteral("quotes")).toArray();
        if (list.isEmpty()) {
            body(m_w(QT_TRANSLATE_NOOP("Report", "No quotes have been chosen yet.")), kMuted);
            return;
        }
        for (const QJsonValue& q : list) {
            const QString text =
                QStringLiteral("\u201c%1\u201d").arg(q[QStringLiteral("text")].toString());
            m_page.keep(std::min<qreal>(
                m_page.measure(text, font(11, false, true), m_page.width() - 40), 120));
            const qreal top = m_page.y();
            const int page = m_page.pages();
            m_page.paragraph(text, font(11, false, true), 20, m_page.width() - 40, kText);
            if (m_page.pages() == page) { // a rule beside the quote, when it stays on one page
                m_page.painter().fillRect(QRectF(m_page.left() + 6, top, 3, m_page.y() - top),
                                          kPrimary);
            }
            m_page.space(10);
        }
    }

    [[nodiscard]] QString status(const QString& s) const
    {
        if (s == QLatin1String("planned")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Planned"));
        }
        if (s == QLatin1String("doing")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Doing"));
        }
        if (s == QLatin1String("done")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "Done"));
        }
        return s;
    }

    void actions()
    {
        heading(m_w(QT_TRANSLATE_NOOP("Report", "You said, we did")));
        const QJsonArray list = m_doc.value(QStringLiteral("actions")).toArray();
        if (list.isEmpty()) {
            body(m_w(QT_TRANSLATE_NOOP("Report", "No actions have been published yet.")), kMuted);
            return;
        }
        QList<QStringList> rows;
        for (const QJsonValue& a : list) {
            rows << QStringList{a[QStringLiteral("youSaid")].toString(),
                                a[QStringLiteral("weDid")].toString(),
                                status(a[QStringLiteral("status")].toString()),
                                date(a[QStringLiteral("date")].toString())};
        }
        table({{m_w(QT_TRANSLATE_NOOP("Report", "You said")), 0.31},
               {m_w(QT_TRANSLATE_NOOP("Report", "We did")), 0.35},
               {m_w(QT_TRANSLATE_NOOP("Report", "Status")), 0.14},
               {m_w(QT_TRANSLATE_NOOP("Report", "Date")), 0.20}},
              rows);
    }

    void loopClosure()
    {
        heading(m_w(QT_TRANSLATE_NOOP("Report", "Closing the loop")));
        body(m_w(QT_TRANSLATE_NOOP("Report",
                                   "How many answers have led to a published action: the "
                                   "framework's figures for coproduction and for learning and "
                                   "evaluation.")));
        const QJsonObject l = m_doc.value(QStringLiteral("loopClosure")).toObject();
        const QJsonValue share = l.value(QStringLiteral("share"));
        const QJsonValue median = l.value(QStringLiteral("medianDaysToAction"));
        const QString notShown = m_w(QT_TRANSLATE_NOOP("Report", "not shown"));
        table({{m_w(QT_TRANSLATE_NOOP("Report", "Figure")), 0.65},
               {m_w(QT_TRANSLATE_NOOP("Report", "Value")), 0.35}},
              {{m_w(QT_TRANSLATE_NOOP("Report", "Answers received")),
                number(l.value(QStringLiteral("records")))},
               {m_w(QT_TRANSLATE_NOOP("Report", "Answers with a published action")),
                number(l.value(QStringLiteral("withPublishedAction")))},
               {m_w(QT_TRANSLATE_NOOP("Report", "Share with a published action")),
                share.isDouble()
                    ? m_locale.toString(share.toDouble() * 100, 'f', 0) + QLatin1Char('%')
                    : notShown},
               {m_w(QT_TRANSLATE_NOOP("Report", "Median days from answer to action")),
                median.isDouble() ? m_locale.toString(median.toDouble(), 'f', 1) : notShown}});
    }

    /** A cell's count, or the one wording for a hidden count, with its share when there is one. */
    [[nodiscard]] QString counted(const QJsonValue& cell) const
    {
        const QJsonObject c = cell.toObject();
        const QString n = c.value(QStringLiteral("suppressed")).toBool()
                              ? hidden()
                              : number(c.value(QStringLiteral("count")));
        const QJsonValue share = c.value(QStringLiteral("share"));
        return share.isDouble()
                   ? n + QStringLiteral(" (") + m_locale.toString(share.toDouble() * 100, 'f', 0) +
                         QStringLiteral("%)")
                   : n;
    }

    [[nodiscard]] QString decimal(const QJsonValue& v) const
    {
        return v.isDouble() ? m_locale.toString(v.toDouble(), 'f', 1)
                            : m_w(QT_TRANSLATE_NOOP("Report", "not shown"));
    }

    /** An id's words from a table of (id, words); an id this build does not know is shown
     *  as it is. */
    template <std::size_t N>
    [[nodiscard]] QString wordsFor(const std::pair<const char*, const char*> (&table)[N],
                                   const QString& id) const
    {
        for (const auto& [key, words] : table) {
            if (id == QLatin1String(key)) {
                return m_w(words);
            }
        }
        return id;
    }

    /** A way of telling in words ("Feelings scale"), never its id: the report is read by
     *  people, in English or Welsh. */
    [[nodiscard]] QString methodName(const QString& type) const
    {
        static const std::pair<const char*, const char*> kKnown[] = {
            {"feelings-scale", QT_TRANSLATE_NOOP("Report", "Feelings scale")},
            {"choice", QT_TRANSLATE_NOOP("Report", "Choosing")},
            {"free-text", QT_TRANSLATE_NOOP("Report", "Writing")},
            {"magic-wand", QT_TRANSLATE_NOOP("Report", "Magic wand")},
            {"card-sort", QT_TRANSLATE_NOOP("Report", "Card sort")},
            {"feelings-timeline", QT_TRANSLATE_NOOP("Report", "Feelings timeline")},
            {"circles", QT_TRANSLATE_NOOP("Report", "Circles of people")},
            {"drawing", QT_TRANSLATE_NOOP("Report", "Drawing")},
            {"three-houses", QT_TRANSLATE_NOOP("Report", "Three houses")}};
        return wordsFor(kKnown, type);
    }

    /** An adaptation in words ("read aloud"), to follow "Sessions using". */
    [[nodiscard]] QString adaptationName(const QString& id) const
    {
        static const std::pair<const char*, const char*> kKnown[] = {
            {"read-aloud", QT_TRANSLATE_NOOP("Report", "read aloud")},
            {"voice-notes", QT_TRANSLATE_NOOP("Report", "voice notes")},
            {"large-text", QT_TRANSLATE_NOOP("Report", "large text")},
            {"high-contrast", QT_TRANSLATE_NOOP("Report", "high contrast")},
            {"dyslexia-font", QT_TRANSLATE_NOOP("Report", "a dyslexia-friendly font")},
            {"keyboard", QT_TRANSLATE_NOOP("Report", "a keyboard or switch")}};
        return wordsFor(kKnown, id);
    }

    /** An age band in words, to follow "aged": "under 5", "8 to 11", "25 or over" (the band
     *  after 18 to 24; the app calls it grown-up). */
    [[nodiscard]] QString agedBand(const QString& band) const
    {
        if (band == QLatin1String("under-5")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "under 5"));
        }
        if (band == QLatin1String("adult")) {
            return m_w(QT_TRANSLATE_NOOP("Report", "25 or over"));
        }
        const QStringList range = band.split(QLatin1Char('-'));
        if (range.size() == 2) {
            return m_w(QT_TRANSLATE_NOOP("Report", "%1 to %2"))
                .arg(m_locale.toString(range[0].toInt()), m_locale.toString(range[1].toInt()));
        }
        return band;
    }

    /** Issue 19: one way of telling for each age band that has figures (a count above zero,
     *  or one hidden, which says so): finished, skipped and liked. */
    [[nodiscard]] QList<QStringList> ageBandRows(const QString& type,
                                                 const QJsonObject& method) const
    {
        QList<QStringList> rows;
        for (const auto& b : method.value(QStringLiteral("byAgeBand")).toArray()) {
            const QJsonObject band = b.toObject();
            const QJsonValue liked =
                band.value(QStringLiteral("ratings")).toObject().value(QStringLiteral("liked"));
            const QList<QJsonValue> cells{band.value(QStringLiteral("completed")),
                                          band.value(QStringLiteral("skipped")), liked};
            const bool any = std::any_of(cells.begin(), cells.end(), [](const QJsonValue& c) {
                const QJsonObject o = c.toObject();
                return o.value(QStringLiteral("suppressed")).toBool() ||
                       o.value(QStringLiteral("count")).toInteger() > 0;
            });
            if (!any) {
                continue;
            }
            const QString ageBand = agedBand(band.value(QStringLiteral("ageBand")).toString());
            rows << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "%1, aged %2: finished"))
                                    .arg(type, ageBand),
                                counted(cells[0])}
                 << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "%1, aged %2: skipped"))
                                    .arg(type, ageBand),
                                counted(cells[1])}
                 << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "%1, aged %2: liked it"))
                                    .arg(type, ageBand),
                                counted(cells[2])};
        }
        return rows;
    }

    /** Issue 19: Lundy's four elements, reach and resourcing, as the hub published them. */
    void participation()
    {
        const QJsonObject p = m_doc.value(QStringLiteral("participation")).toObject();
        if (p.isEmpty()) {
            return; // a hub from before issue 19
        }
        heading(m_w(QT_TRANSLATE_NOOP("Report", "Participation")));
        body(m_w(QT_TRANSLATE_NOOP(
            "Report", "Lundy's model of children's participation: space to take part, help to "
                      "give a view, an audience that listens, and influence on what happens. "
                      "Then who has not been heard yet, and the time it took.")));
        const QList<Column> columns{{m_w(QT_TRANSLATE_NOOP("Report", "Figure")), 0.65},
                                    {m_w(QT_TRANSLATE_NOOP("Report", "Value")), 0.35}};
        const QJsonObject space = p.value(QStringLiteral("space")).toObject();
        const QJsonObject sessions = space.value(QStringLiteral("sessions")).toObject();
        QList<QStringList> rows{{m_w(QT_TRANSLATE_NOOP("Report", "Sessions")),
                                 sessions.value(QStringLiteral("totalSuppressed")).toBool()
                                     ? hidden()
                                     : number(sessions.value(QStringLiteral("total")))},
                                {m_w(QT_TRANSLATE_NOOP("Report", "In their own time")),
                                 counted(space.value(QStringLiteral("ownTime")))}};
        for (const auto& a : space.value(QStringLiteral("adaptations")).toArray()) {
            rows << QStringList{
                m_w(QT_TRANSLATE_NOOP("Report", "Sessions using %1"))
                    .arg(adaptationName(a.toObject().value(QStringLiteral("value")).toString())),
                counted(a)};
        }
        if (space.contains(QStringLiteral("consentRefusals"))) { // hubs since issue 19
            rows << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "Chose not to take part")),
                                counted(space.value(QStringLiteral("consentRefusals")))}
                 << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "Withdrew their answers")),
                                counted(space.value(QStringLiteral("withdrawals")))};
        }
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Space")));
        table(columns, rows);

        rows.clear();
        for (const auto& m : p.value(QStringLiteral("voice"))
                                 .toObject()
                                 .value(QStringLiteral("methods"))
                                 .toArray()) {
            const QJsonObject o = m.toObject();
            const QString type = methodName(o.value(QStringLiteral("type")).toString());
            rows << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "%1: finished")).arg(type),
                                counted(o.value(QStringLiteral("completed")))}
                 << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "%1: skipped")).arg(type),
                                counted(o.value(QStringLiteral("skipped")))};
            rows << ageBandRows(type, o);
        }
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Voice")));
        table(columns, rows);

        const QJsonObject audience = p.value(QStringLiteral("audience")).toObject();
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Audience")));
        table(columns, {{m_w(QT_TRANSLATE_NOOP("Report", "Answers read by the team")),
                         counted(audience.value(QStringLiteral("read")))},
                        {m_w(QT_TRANSLATE_NOOP("Report", "Answers given a theme")),
                         counted(audience.value(QStringLiteral("themed")))},
                        {m_w(QT_TRANSLATE_NOOP("Report", "Answers chosen as quotes")),
                         counted(audience.value(QStringLiteral("quoted")))},
                        {m_w(QT_TRANSLATE_NOOP("Report", "Median days to first read")),
                         decimal(audience.value(QStringLiteral("medianDaysToFirstReview"))
                                     .toObject()
                                     .value(QStringLiteral("value")))}});

        const QJsonObject influence = p.value(QStringLiteral("influence")).toObject();
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Influence")));
        table(columns, {{m_w(QT_TRANSLATE_NOOP("Report", "Devices told what the team did")),
                         counted(influence.value(QStringLiteral("devicesTold")))}});

        rows.clear();
        const QJsonObject reach = p.value(QStringLiteral("reach")).toObject();
        for (const auto& g : reach.value(QStringLiteral("againstIntended")).toArray()) {
            const QJsonObject o = g.toObject();
            rows << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "Heard of those hoped for: %1"))
                                    .arg(o.value(QStringLiteral("value")).toString()),
                                m_w(QT_TRANSLATE_NOOP("Report", "%1 of %2"))
                                    .arg(o.value(QStringLiteral("suppressed")).toBool()
                                             ? hidden()
                                             : number(o.value(QStringLiteral("heard"))))
                                    .arg(o.value(QStringLiteral("expected")).toInt())};
        }
        QStringList notYet;
        for (const auto& g : reach.value(QStringLiteral("notYetHeard")).toArray()) {
            notYet << g.toObject().value(QStringLiteral("value")).toString();
        }
        rows << QStringList{m_w(QT_TRANSLATE_NOOP("Report", "Not heard yet")),
                            notYet.isEmpty() ? m_w(QT_TRANSLATE_NOOP("Report", "none"))
                                             : notYet.join(QStringLiteral(", "))};
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Reach")));
        table(columns, rows);

        const QJsonObject res = p.value(QStringLiteral("resourcing")).toObject();
        subheading(m_w(QT_TRANSLATE_NOOP("Report", "Resourcing")));
        table(columns, {{m_w(QT_TRANSLATE_NOOP("Report", "Practitioner hours")),
                         decimal(res.value(QStringLiteral("practitionerHours")))},
                        {m_w(QT_TRANSLATE_NOOP("Report", "Hours per voice heard")),
                         decimal(res.value(QStringLiteral("hoursPerVoiceHeard")))},
                        {m_w(QT_TRANSLATE_NOOP("Report", "Hours planned")),
                         decimal(res.value(QStringLiteral("plannedHours")))}});
    }

    const QJsonObject& m_doc;
    const Words& m_w;
    QString m_language;
    PageWriter& m_page;
    QLocale m_locale;
    int m_threshold;
};

/** One pass over the document; returns the number of pages. */
Result<int> renderPass(const QJsonObject& doc, const Words& words, const QString& language,
                       int totalPages, QIODevice* out)
{
    QPdfWriter pdf(out);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(72); // one unit is one point
    pdf.setCreator(QStringLiteral("Chorus"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return makeError(Error::Code::Internal, QStringLiteral("could not start the PDF"));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PageWriter page(pdf, painter, words(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")), totalPages);
    Report report(doc, words, language, page);
    pdf.setTitle(report.title());
    report.render();
    page.finish();
    painter.end();
    return page.pages();
}

} // namespace

Result<QByteArray> renderReportPdf(const QJsonObject& report, const ReportOptions& options)
{
    if (options.language != QLatin1String("en") && options.language != QLatin1String("cy")) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("the report is made in English (en) or Welsh (cy), "
                                        "not \"%1\"")
                             .arg(options.language));
    }
    if (!report.value(QStringLiteral("consultation")).isString() ||
        !report.value(QStringLiteral("voices")).isObject()) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("not a report document: expected the hub's "
                                        "/v1/review/report answer"));
    }
    Words words;
    if (!words.load(options.language)) {
        return makeError(Error::Code::Internal,
                         QStringLiteral("the %1 words of the report are missing from this build")
                             .arg(options.language));
    }
    // Two passes: the first counts the pages, so that each footer can say "of N".
    QBuffer sizing;
    sizing.open(QIODevice::WriteOnly);
    const Result<int> pages = renderPass(report, words, options.language, 0, &sizing);
    if (!pages) {
        return pages.error();
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Result<int> done = renderPass(report, words, options.language, pages.value(), &out);
    if (!done) {
        return done.error();
    }
    return QByteArray(out.data());
}

Status writeReportPdf(const QJsonObject& report, const QString& path, const ReportOptions& options)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, QStringLiteral("no file name for the report"));
    }
    const Result<QByteArray> pdf = renderReportPdf(report, options);
    if (!pdf) {
        return pdf.error();
    }
    // QSaveFile writes a sibling and renames it over `path` only when every byte is on disk:
    // a failure leaves no half-written report (and any earlier file as it was).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Code::Io,
                         QStringLiteral("cannot write the report to %1: %2")
                             .arg(QFileInfo(path).absolutePath(), file.errorString()));
    }
    if (file.write(pdf.value()) != pdf.value().size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(full ? Error::Code::DiskFull : Error::Code::Io,
                         full ? QStringLiteral("the disk is full: the report was not saved")
                              : QStringLiteral("the report could not be saved: %1").arg(why));
    }
    return Status::success();
}

} // namespace chorus::report
