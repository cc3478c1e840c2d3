// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace lockstep::core {

/// A UTC QDateTime from milliseconds since the epoch, with the cheapest UTC representation the Qt version has.
inline QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

/// When a system says something happened, for an order's timeline: its own date, but never later than `observed`
/// (when Lockstep learnt of it; a system whose clock runs ahead would otherwise date an event after what followed
/// it) and `observed` when it gives none.
inline QDateTime reportedNoLaterThan(const QDateTime& reported, const QDateTime& observed)
{
    return reported.isValid() && reported <= observed ? reported : observed;
}

/// Where `core` gets the time from. The engine uses SystemClock; the sandbox and tests use their own.
/// Thread: implementations must be callable from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock a test or the sandbox sets and advances by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void setNow(QDateTime now) { m_now = std::move(now); }
    void advanceMSecs(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
};

} // namespace lockstep::core
