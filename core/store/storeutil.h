#pragma once

#include "../common/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace chorus {

/** Timestamps are stored as UTC ISO 8601 with milliseconds, so text order is time order. */
inline QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromIsoTime(const QString& s)
{
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
