// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim_clock.h"

namespace lockstep::core::sim {

SimClock::SimClock(qint64 startMSecs, double speed)
    : m_baseMSecs(startMSecs)
    , m_speed(speed < 0 ? 0 : speed)
{
    m_elapsed.start();
}

qint64 SimClock::nowMSecs() const
{
    std::lock_guard lock(m_mutex);
    return m_baseMSecs + static_cast<qint64>(static_cast<double>(m_elapsed.elapsed()) * m_speed);
}

void SimClock::reset(qint64 startMSecs, double speed)
{
    std::lock_guard lock(m_mutex);
    m_baseMSecs = startMSecs;
    m_speed = speed < 0 ? 0 : speed;
    m_elapsed.restart();
}

double SimClock::speed() const
{
    std::lock_guard lock(m_mutex);
    return m_speed;
}

void SimClock::setSpeed(double speed)
{
    std::lock_guard lock(m_mutex);
    m_baseMSecs += static_cast<qint64>(static_cast<double>(m_elapsed.restart()) * m_speed);
    m_speed = speed < 0 ? 0 : speed;
}

void SimClock::advance(qint64 msecs)
{
    std::lock_guard lock(m_mutex);
    m_baseMSecs += msecs;
}

} // namespace lockstep::core::sim
