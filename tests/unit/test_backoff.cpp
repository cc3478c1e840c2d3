// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/backoff.h"
#include "net/random_source.h"

#include <QTest>

#include <array>
#include <cmath>
#include <limits>

using namespace std::chrono_literals;
using lockstep::core::net::backoffCeiling;
using lockstep::core::net::BackoffPolicy;
using lockstep::core::net::fullJitterDelay;
using lockstep::core::net::RandomSource;
using lockstep::core::net::SeededRandomSource;

namespace {

/// Always answers the same end of the range.
class EdgeRandom final : public RandomSource
{
public:
    explicit EdgeRandom(bool top)
        : m_top(top)
    {}
    qint64 uniformUpTo(qint64 highest) override { return m_top ? highest : 0; }

private:
    bool m_top;
};

} // namespace

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheCap()
    {
        const BackoffPolicy policy{500ms, 30s};
        QCOMPARE(backoffCeiling(policy, 0), 500ms);
        QCOMPARE(backoffCeiling(policy, 1), 1000ms);
        QCOMPARE(backoffCeiling(policy, 2), 2000ms);
        QCOMPARE(backoffCeiling(policy, 5), 16'000ms);
        QCOMPARE(backoffCeiling(policy, 6), 30'000ms);
        QCOMPARE(backoffCeiling(policy, 7), 30'000ms);
    }

    void ceilingNeverOverflows()
    {
        const BackoffPolicy policy{500ms, std::chrono::milliseconds(std::numeric_limits<qint64>::max())};
        const auto large = backoffCeiling(policy, 200);
        QVERIFY(large.count() > 0);
        QCOMPARE(backoffCeiling(BackoffPolicy{500ms, 30s}, std::numeric_limits<int>::max()), 30s);
    }

    void degenerateInputs()
    {
        QCOMPARE(backoffCeiling(BackoffPolicy{500ms, 30s}, -3), 500ms);
        QCOMPARE(backoffCeiling(BackoffPolicy{0ms, 30s}, std::numeric_limits<int>::max()), 0ms);
        QCOMPARE(backoffCeiling(BackoffPolicy{-5ms, 30s}, 3), 0ms);
        QCOMPARE(backoffCeiling(BackoffPolicy{500ms, 200ms}, 0), 200ms);
    }

    void jitterCoversTheWholeRange()
    {
        const BackoffPolicy policy{100ms, 10s};
        EdgeRandom low(false);
        EdgeRandom high(true);
        QCOMPARE(fullJitterDelay(policy, 3, low), 0ms);
        QCOMPARE(fullJitterDelay(policy, 3, high), 800ms);
    }

    void jitterIsUniformWithinBounds()
    {
        const BackoffPolicy policy{100ms, 10s};
        SeededRandomSource random(42);
        constexpr int kDraws = 20'000;
        const qint64 ceiling = backoffCeiling(policy, 4).count(); // 1600 ms
        qint64 sum = 0;
        std::array<int, 4> quarters{};
        for (int i = 0; i < kDraws; ++i) {
            const qint64 d = fullJitterDelay(policy, 4, random).count();
            QVERIFY(d >= 0 && d <= ceiling);
            sum += d;
            ++quarters[std::min<qint64>(3, d * 4 / (ceiling + 1))];
        }
        // Full jitter: the mean is half the ceiling and each quarter of the range gets about a quarter of the draws.
        const double mean = double(sum) / kDraws;
        QVERIFY2(std::abs(mean - ceiling / 2.0) < ceiling * 0.02, qPrintable(QString::number(mean)));
        for (int count : quarters)
            QVERIFY2(std::abs(count - kDraws / 4) < kDraws / 40, qPrintable(QString::number(count)));
    }

    void seededSourceIsReproducible()
    {
        SeededRandomSource a(7);
        SeededRandomSource b(7);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a.uniformUpTo(1000), b.uniformUpTo(1000));
        QCOMPARE(a.uniformUpTo(0), 0);
        QVERIFY(a.uniformUpTo(std::numeric_limits<qint64>::max()) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "test_backoff.moc"
