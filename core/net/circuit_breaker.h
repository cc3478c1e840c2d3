// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>

namespace lockstep::core {
class Clock;
}

namespace lockstep::core::net {

enum class BreakerState
{
    Closed, ///< Healthy: requests pass.
    Open, ///< Too many consecutive failures: requests fail fast until the cool-down has passed.
    HalfOpen, ///< Cool-down over: one trial request passes; its outcome closes or re-opens the circuit.
};
QString toString(BreakerState state);

struct BreakerPolicy
{
    int failureThreshold = 5; ///< Consecutive failures that open the circuit (at least 1).
    std::chrono::milliseconds coolDown{30'000}; ///< How long the circuit stays open before a trial request.
};

/// What the UI shows for one connector: a value, safe to send across threads.
struct BreakerSnapshot
{
    QString connector;
    BreakerState state = BreakerState::Closed;
    int consecutiveFailures = 0;
    QString lastError; ///< Redacted; empty if there was none since the last success.
    QDateTime lastFailureAt; ///< UTC; invalid if never.
    QDateTime lastSuccessAt; ///< UTC; invalid if never.
    QDateTime retryAt; ///< UTC; when an open circuit lets a trial request through; invalid unless Open.
};

/// The circuit breaker of one connector: Closed -> Open after `failureThreshold` consecutive failures -> HalfOpen once
/// `coolDown` has passed (checked when a request asks to pass) -> Closed on the trial's success, Open again on its
/// failure. While Open, and while the trial is in flight, requests are refused so a sick server is not hammered.
/// A failure is a 5xx, a timeout or a connection failure; any other HTTP answer is a success (the server is up);
/// a 429 is neither. Time comes from the injected Clock, so tests drive it with a ManualClock.
/// Thread: lives in the engine thread with its HttpClient; stateChanged crosses to the UI by a queued connection.
class CircuitBreaker : public QObject
{
    Q_OBJECT

public:
    /// `clock` is not owned and must outlive the breaker.
    CircuitBreaker(QString connector, BreakerPolicy policy, const Clock& clock, QObject* parent = nullptr);

    /// Asks to send one request now. True if it may go (in HalfOpen it becomes the trial and the next asks are
    /// refused until its outcome is recorded). May move Open -> HalfOpen and announce it.
    bool tryAcquire();
    void recordSuccess();
    /// `error` must already be redacted.
    void recordFailure(const QString& error);
    /// The request admitted by tryAcquire() ended without an outcome (cancelled): frees the trial slot.
    void recordAbandoned();

    BreakerSnapshot snapshot() const;
    BreakerState state() const { return m_snapshot.state; }
    const BreakerPolicy& policy() const { return m_policy; }

Q_SIGNALS:
    /// Emitted on every change of state or failure count, and when the last success time moves (at most once a
    /// second while nothing else changes).
    void stateChanged(const lockstep::core::net::BreakerSnapshot& snapshot);

private:
    void open();
    void announce();

    BreakerPolicy m_policy;
    const Clock& m_clock;
    BreakerSnapshot m_snapshot;
    QDateTime m_announcedSuccessAt; ///< lastSuccessAt as last announced.
    bool m_trialInFlight = false;
};

} // namespace lockstep::core::net

Q_DECLARE_METATYPE(lockstep::core::net::BreakerSnapshot)
