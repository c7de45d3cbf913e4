#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace chorus::sync {

Backoff::Backoff(Policy policy, std::function<double()> unitRandom)
    : m_policy(policy), m_random(std::move(unitRandom))
{
    if (!m_random) {
        m_random = [] { return QRandomGenerator::system()->generateDouble(); };
    }
}

Backoff::Millis Backoff::window(int attempt) const
{
    // Doubling past 2^30 only overflows; the cap has long been reached by then.
    const int doublings = std::clamp(attempt, 0, 30);
    const double grown = static_cast<double>(m_policy.base.count()) * double(1LL << doublings);
    return Millis(static_cast<Millis::rep>(std::min(grown, double(m_policy.cap.count()))));
}

Backoff::Millis Backoff::delay(int attempt, std::optional<std::chrono::seconds> retryAfter) const
{
    // A broken random source must not turn into a negative or endless wait.
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const Millis jittered(static_cast<Millis::rep>(r * double(window(attempt).count())));
    if (!retryAfter) {
        return jittered;
    }
    const Millis floor =
        std::min<Millis>(std::max<Millis>(*retryAfter, Millis(0)), m_policy.maxRetryAfter);
    return std::max(floor, jittered);
}

} // namespace chorus::sync
