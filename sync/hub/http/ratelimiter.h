#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace chorus::hub {

/**
 * Token buckets keyed by device (or, before authentication, by address). A request takes
 * one token; an empty bucket answers how many whole seconds until the next token, which
 * the server sends as Retry-After (SY-4).
 */
class RateLimiter
{
public:
    using MonotonicMs = std::function<qint64()>;
    RateLimiter(double perSecond, double burst, MonotonicMs clock);

    /** 0 if the request may go ahead, otherwise the seconds to wait (at least 1). */
    [[nodiscard]] int take(const QString& key);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    double m_perSecond;
    double m_burst;
    MonotonicMs m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace chorus::hub
