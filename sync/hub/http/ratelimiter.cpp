#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace chorus::hub {

RateLimiter::RateLimiter(double perSecond, double burst, MonotonicMs clock)
    : m_perSecond(perSecond), m_burst(std::max(1.0, burst)), m_clock(std::move(clock))
{}

int RateLimiter::take(const QString& key)
{
    const qint64 now = m_clock();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // Bound the table: buckets that have refilled completely carry no information.
        if (m_buckets.size() > 100000) {
            m_buckets.clear();
        }
        it = m_buckets.insert(key, Bucket{m_burst, now});
    }
    Bucket& b = *it;
    b.tokens = std::min(m_burst, b.tokens + static_cast<double>(now - b.at) * m_perSecond / 1000.0);
    b.at = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    const double wait = (1.0 - b.tokens) / m_perSecond;
    return std::max(1, static_cast<int>(std::ceil(wait)));
}

} // namespace chorus::hub
