// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "net/circuit_breaker.h"
#include "net/connector_health.h"
#include "support.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using lockstep::core::ManualClock;
using lockstep::core::net::BreakerPolicy;
using lockstep::core::net::BreakerSnapshot;
using lockstep::core::net::BreakerState;
using lockstep::core::net::CircuitBreaker;
using lockstep::core::net::ConnectorHealth;
using lockstep::core::net::HealthStatus;
using lockstep::test::utc;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{utc("2026-01-05T10:00:00Z")};

    static void failTimes(CircuitBreaker& breaker, int n)
    {
        for (int i = 0; i < n; ++i) {
            QVERIFY(breaker.tryAcquire());
            breaker.recordFailure(QStringLiteral("HTTP 503"));
        }
    }

private Q_SLOTS:
    void init() { m_clock.setNow(utc("2026-01-05T10:00:00Z")); }

    void opensAfterThresholdConsecutiveFailures()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{3, 30s}, m_clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        failTimes(breaker, 2);
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Closed);
        QCOMPARE(breaker.snapshot().consecutiveFailures, 2);
        failTimes(breaker, 1);
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Open);
        QCOMPARE(spy.count(), 3);
        const auto last = spy.last().at(0).value<BreakerSnapshot>();
        LOCKSTEP_COMPARE_ENUM(last.state, BreakerState::Open);
        QCOMPARE(last.connector, QStringLiteral("wms"));
        QCOMPARE(last.lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(last.lastFailureAt, utc("2026-01-05T10:00:00Z"));
        QCOMPARE(last.retryAt, utc("2026-01-05T10:00:30Z"));
        QVERIFY(!breaker.tryAcquire());
    }

    void successResetsTheCount()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{3, 30s}, m_clock);
        failTimes(breaker, 2);
        QVERIFY(breaker.tryAcquire());
        m_clock.advanceMSecs(1000);
        breaker.recordSuccess();
        QCOMPARE(breaker.snapshot().consecutiveFailures, 0);
        QVERIFY(breaker.snapshot().lastError.isEmpty());
        QCOMPARE(breaker.snapshot().lastSuccessAt, utc("2026-01-05T10:00:01Z"));
        failTimes(breaker, 2);
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Closed);
    }

    void routineSuccessesAreAnnouncedOnceASecond()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{3, 30s}, m_clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.recordSuccess();
        m_clock.advanceMSecs(200);
        breaker.recordSuccess();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(breaker.snapshot().lastSuccessAt, utc("2026-01-05T10:00:00.200Z"));
        m_clock.advanceMSecs(800);
        breaker.recordSuccess();
        QCOMPARE(spy.count(), 2);
        breaker.recordFailure(QStringLiteral("HTTP 502"));
        breaker.recordSuccess(); // a change: announced at once
        QCOMPARE(spy.count(), 4);
    }

    void halfOpensAfterCoolDownAndClosesOnSuccess()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{2, 30s}, m_clock);
        failTimes(breaker, 2);
        m_clock.advanceMSecs(29'999);
        QVERIFY(!breaker.tryAcquire());
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Open);
        m_clock.advanceMSecs(1);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        QVERIFY(breaker.tryAcquire()); // the trial
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::HalfOpen);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!breaker.tryAcquire()); // only one trial at a time
        breaker.recordSuccess();
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Closed);
        QVERIFY(!breaker.snapshot().retryAt.isValid());
        QVERIFY(breaker.tryAcquire());
        QVERIFY(breaker.tryAcquire());
    }

    void failedTrialReopens()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{2, 10s}, m_clock);
        failTimes(breaker, 2);
        m_clock.advanceMSecs(10'000);
        QVERIFY(breaker.tryAcquire());
        breaker.recordFailure(QStringLiteral("timed out"));
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Open);
        QCOMPARE(breaker.snapshot().retryAt, utc("2026-01-05T10:00:20Z"));
        QVERIFY(!breaker.tryAcquire());
    }

    void abandonedTrialFreesTheSlot()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{1, 10s}, m_clock);
        failTimes(breaker, 1);
        m_clock.advanceMSecs(10'000);
        QVERIFY(breaker.tryAcquire());
        QVERIFY(!breaker.tryAcquire());
        breaker.recordAbandoned();
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::HalfOpen);
        QVERIFY(breaker.tryAcquire());
    }

    void thresholdIsAtLeastOne()
    {
        CircuitBreaker breaker(QStringLiteral("wms"), BreakerPolicy{0, 10s}, m_clock);
        QVERIFY(breaker.tryAcquire());
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Closed);
        breaker.recordFailure(QStringLiteral("x"));
        LOCKSTEP_COMPARE_ENUM(breaker.state(), BreakerState::Open);
    }

    void healthSummary()
    {
        ConnectorHealth health;
        LOCKSTEP_COMPARE_ENUM(health.status(), HealthStatus::Healthy);
        health.retriesPending = 1;
        LOCKSTEP_COMPARE_ENUM(health.status(), HealthStatus::Retrying);
        health.breaker.state = BreakerState::Open;
        LOCKSTEP_COMPARE_ENUM(health.status(), HealthStatus::CircuitOpen);
        health.breaker.state = BreakerState::HalfOpen;
        LOCKSTEP_COMPARE_ENUM(health.status(), HealthStatus::Probing);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "test_circuit_breaker.moc"
