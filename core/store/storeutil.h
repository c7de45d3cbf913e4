#pragma once

#include "../common/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <cstdio>

namespace chorus {

/** Timestamps are stored as UTC ISO 8601 with milliseconds ("2026-11-26T08:43:48.123Z"),
 *  so text order is time order. Written and read by hand: the store converts several per
 *  answer, and QDateTime's general ISO parser costs more than the query around it. */
inline QString isoTime(const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    const QTime c = u.time();
    int year = 0, month = 0, day = 0;
    u.date().getDate(&year, &month, &day); // one calendar conversion, not three
    char buf[32];
    if (year < 0 || year > 9999 || !c.isValid()) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day,
                      c.hour(), c.minute(), c.second(), c.msec());
        return QString::fromLatin1(buf, 24);
    }
    const auto digits = [&buf](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10) {
            buf[i] = static_cast<char>('0' + value % 10);
        }
    };
    digits(0, year, 4);
    buf[4] = '-';
    digits(5, month, 2);
    buf[7] = '-';
    digits(8, day, 2);
    buf[10] = 'T';
    digits(11, c.hour(), 2);
    buf[13] = ':';
    digits(14, c.minute(), 2);
    buf[16] = ':';
    digits(17, c.second(), 2);
    buf[19] = '.';
    digits(20, c.msec(), 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

inline QDateTime fromIsoTime(const QString& s)
{
    // Anything not in exactly the stored shape goes to Qt's own parser.
    const auto digits = [&](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (s.size() == 24 && s.at(4) == u'-' && s.at(10) == u'T' && s.at(19) == u'.' &&
        s.at(23) == u'Z') {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2);
        const int h = digits(11, 2), mi = digits(14, 2), se = digits(17, 2), ms = digits(20, 3);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && se >= 0 && ms >= 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, se, ms), Qt::UTC);
        }
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
/** The ISO week ("2026-W48") of a time: what is kept where the exact time would identify. */
inline QString isoWeek(const QDateTime& t)
{
    int year = 0;
    const int week = t.toUTC().date().weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}
inline Error invalidField(const QString& field, const QString& why)
{
    return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(field, why));
}

} // namespace chorus
