// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QElapsedTimer>

#include <mutex>

namespace lockstep::core::sim {

/// The sandbox's accelerated clock: simulated time runs `speed` times faster than real time from `start`
/// (1440 = a day in a minute; 0 = paused, time moves only through advance()). Thread: callable from any thread.
class SimClock final : public Clock
{
public:
    explicit SimClock(qint64 startMSecs = 0, double speed = 1.0);

    QDateTime nowUtc() const override { return utcFromMSecs(nowMSecs()); }
    qint64 nowMSecs() const;

    /// Restarts simulated time at `startMSecs` running at `speed`.
    void reset(qint64 startMSecs, double speed);
    double speed() const;
    void setSpeed(double speed);
    /// Moves simulated time forward by hand (tests use speed 0 and advance explicitly).
    void advance(qint64 msecs);

private:
    mutable std::mutex m_mutex;
    qint64 m_baseMSecs; ///< simulated time when m_elapsed was last restarted
    double m_speed;
    QElapsedTimer m_elapsed;
};

} // namespace lockstep::core::sim
