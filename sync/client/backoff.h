#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace chorus::sync {

/** The shape of the backoff windows. */
struct BackoffPolicy
{
    std::chrono::milliseconds base{2000};                    ///< the first window
    std::chrono::milliseconds cap{std::chrono::minutes(15)}; ///< no window grows beyond this
    /** A hub's Retry-After is honoured up to this; a broken hub cannot silence a device. */
    std::chrono::milliseconds maxRetryAfter{std::chrono::hours(24)};
};

/**
 * When to try again after a transient failure (a network error, a 5xx or a 429): capped
 * exponential backoff with full jitter, so that many devices coming back online at once do
 * not all knock at the same moment. The random source is injected so tests can pin it.
 */
class Backoff
{
public:
    using Millis = std::chrono::milliseconds;

    using Policy = BackoffPolicy;

    /** `unitRandom` returns a value in [0, 1); by default a system-seeded generator. */
    explicit Backoff(Policy policy = {}, std::function<double()> unitRandom = {});

    /** The wait before attempt number `attempt + 1`, after `attempt` failed ones (0 = the
     *  first failure). Full jitter: uniform in [0, min(cap, base * 2^attempt)). A hub's
     *  Retry-After is a floor: never less than it asked for. */
    [[nodiscard]] Millis delay(int attempt,
                               std::optional<std::chrono::seconds> retryAfter = {}) const;

    /** The upper end of the window for `attempt` (what the jitter draws from). */
    [[nodiscard]] Millis window(int attempt) const;

private:
    Policy m_policy;
    std::function<double()> m_random;
};

} // namespace chorus::sync
