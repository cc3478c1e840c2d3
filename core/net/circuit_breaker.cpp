// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuit_breaker.h"

#include "domain/clock.h"

#include <algorithm>

namespace lockstep::core::net {

QString toString(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return QStringLiteral("closed");
    case BreakerState::Open:
        return QStringLiteral("open");
    case BreakerState::HalfOpen:
        return QStringLiteral("half-open");
    }
    return {};
}

CircuitBreaker::CircuitBreaker(QString connector, BreakerPolicy policy, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_policy(policy)
    , m_clock(clock)
{
    m_policy.failureThreshold = std::max(1, m_policy.failureThreshold);
    m_snapshot.connector = std::move(connector);
}

bool CircuitBreaker::tryAcquire()
{
    switch (m_snapshot.state) {
    case BreakerState::Closed:
        return true;
    case BreakerState::Open:
        if (m_clock.nowUtc() < m_snapshot.retryAt)
            return false;
        m_snapshot.state = BreakerState::HalfOpen;
        m_snapshot.retryAt = {};
        m_trialInFlight = true;
        announce();
        return true;
    case BreakerState::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_trialInFlight = false;
    const QDateTime now = m_clock.nowUtc();
    // A busy connector succeeds many times a second: announce a change, or a new success time at most once a second.
    const bool changed = m_snapshot.state != BreakerState::Closed || m_snapshot.consecutiveFailures != 0;
    const bool stale = !m_announcedSuccessAt.isValid() || m_announcedSuccessAt.msecsTo(now) >= 1000;
    m_snapshot.state = BreakerState::Closed;
    m_snapshot.consecutiveFailures = 0;
    m_snapshot.lastError.clear();
    m_snapshot.retryAt = {};
    m_snapshot.lastSuccessAt = now;
    if (changed || stale)
        announce();
}

void CircuitBreaker::recordFailure(const QString& error)
{
    m_trialInFlight = false;
    ++m_snapshot.consecutiveFailures;
    m_snapshot.lastError = error;
    m_snapshot.lastFailureAt = m_clock.nowUtc();
    if (m_snapshot.state == BreakerState::HalfOpen || m_snapshot.consecutiveFailures >= m_policy.failureThreshold)
        open();
    announce();
}

void CircuitBreaker::recordAbandoned()
{
    m_trialInFlight = false;
}

BreakerSnapshot CircuitBreaker::snapshot() const
{
    return m_snapshot;
}

void CircuitBreaker::open()
{
    m_snapshot.state = BreakerState::Open;
    m_snapshot.retryAt = m_snapshot.lastFailureAt.addMSecs(m_policy.coolDown.count());
}

void CircuitBreaker::announce()
{
    m_announcedSuccessAt = m_snapshot.lastSuccessAt;
    Q_EMIT stateChanged(m_snapshot);
}

} // namespace lockstep::core::net
