#pragma once

#include <QDateTime>

namespace chorus {

/** Source of "now"; injected so that retention and expiry can be tested with a fake clock. */
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/** The real UTC wall clock. */
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that only moves when told to; for tests. */
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start) : m_now(std::move(start)) {}
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    QDateTime m_now;
};

} // namespace chorus
