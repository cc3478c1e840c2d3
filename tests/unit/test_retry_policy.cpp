// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/random_source.h"
#include "net/retry_policy.h"
#include "support.h"

#include <QTest>

using namespace std::chrono_literals;
using namespace lockstep::core::net;

namespace {

class TopRandom final : public RandomSource
{
public:
    qint64 uniformUpTo(qint64 highest) override { return highest; }
};

AttemptOutcome status(int code, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt)
{
    AttemptOutcome outcome;
    outcome.status = code;
    outcome.retryAfter = retryAfter;
    return outcome;
}

/// A 409 from a server that says it turned the write away unapplied (Deposco's "updated by a concurrent request").
AttemptOutcome rejectedConflict()
{
    AttemptOutcome outcome = status(409);
    outcome.conflictRejected = true;
    return outcome;
}

AttemptOutcome transport(HttpFailure failure, bool reachedServer = true)
{
    AttemptOutcome outcome;
    outcome.transport = failure;
    outcome.mayHaveReachedServer = reachedServer;
    return outcome;
}

} // namespace

Q_DECLARE_METATYPE(lockstep::core::net::AttemptOutcome)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<AttemptOutcome>("outcome");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("breaker");
        QTest::addColumn<qint64>("delayMs");
        const int retry = int(RetryVerdict::Retry), fail = int(RetryVerdict::Fail),
                  unknown = int(RetryVerdict::FailOutcomeUnknown), ok = int(RetryVerdict::Succeed);
        const int success = int(BreakerEffect::Success), failure = int(BreakerEffect::Failure),
                  neutral = int(BreakerEffect::Neutral);
        // backoff 100 ms base, top of the range: 100, 200, 400 ...
        QTest::newRow("200") << status(200) << true << 1 << ok << success << qint64(0);
        QTest::newRow("201 post") << status(201) << false << 1 << ok << success << qint64(0);
        QTest::newRow("503 get") << status(503) << true << 1 << retry << failure << qint64(100);
        QTest::newRow("502 get third") << status(502) << true << 3 << retry << failure << qint64(400);
        QTest::newRow("503 get last") << status(503) << true << 4 << fail << failure << qint64(0);
        QTest::newRow("503 with retry-after") << status(503, 7s) << true << 1 << retry << failure << qint64(7000);
        QTest::newRow("500 post") << status(500) << false << 1 << unknown << failure << qint64(0);
        QTest::newRow("503 post") << status(503) << false << 1 << unknown << failure << qint64(0);
        QTest::newRow("501 get") << status(501) << true << 1 << fail << failure << qint64(0);
        QTest::newRow("429 post") << status(429, 1s) << false << 1 << retry << neutral << qint64(1000);
        QTest::newRow("429 no header") << status(429) << true << 2 << retry << neutral << qint64(200);
        QTest::newRow("429 last") << status(429, 1s) << true << 4 << fail << neutral << qint64(0);
        QTest::newRow("408 post") << status(408) << false << 1 << retry << neutral << qint64(100);
        QTest::newRow("404") << status(404) << true << 1 << fail << success << qint64(0);
        QTest::newRow("409") << status(409) << false << 1 << fail << success << qint64(0);
        QTest::newRow("409 rejected post") << rejectedConflict() << false << 1 << retry << neutral << qint64(100);
        QTest::newRow("409 rejected third") << rejectedConflict() << false << 3 << retry << neutral << qint64(400);
        QTest::newRow("409 rejected last") << rejectedConflict() << false << 4 << fail << neutral << qint64(0);
        QTest::newRow("timeout get") << transport(HttpFailure::Timeout) << true << 1 << retry << failure << qint64(100);
        QTest::newRow("timeout post") << transport(HttpFailure::Timeout) << false << 1 << unknown << failure
                                      << qint64(0);
        QTest::newRow("reset get") << transport(HttpFailure::Connection) << true << 2 << retry << failure
                                   << qint64(200);
        QTest::newRow("reset post") << transport(HttpFailure::Connection) << false << 1 << unknown << failure
                                    << qint64(0);
        QTest::newRow("refused post") << transport(HttpFailure::Connection, false) << false << 1 << retry << failure
                                      << qint64(100);
        QTest::newRow("refused last") << transport(HttpFailure::Connection, false) << false << 4 << fail << failure
                                      << qint64(0);
        QTest::newRow("tls") << transport(HttpFailure::Tls) << true << 1 << fail << failure << qint64(0);
        // An answer over the size limit: the server is up and would say the same again.
        QTest::newRow("too large get") << transport(HttpFailure::TooLarge) << true << 1 << fail << neutral << qint64(0);
        QTest::newRow("too large post") << transport(HttpFailure::TooLarge) << false << 1 << unknown << neutral
                                        << qint64(0);
    }

    void decisions()
    {
        QFETCH(AttemptOutcome, outcome);
        QFETCH(bool, idempotent);
        QFETCH(int, attemptsMade);
        QFETCH(int, verdict);
        QFETCH(int, breaker);
        QFETCH(qint64, delayMs);
        TopRandom random;
        const auto d = decideRetry(outcome, idempotent, attemptsMade, 4, BackoffPolicy{100ms, 10s}, random);
        QCOMPARE(int(d.verdict), verdict);
        QCOMPARE(int(d.breaker), breaker);
        if (d.verdict == RetryVerdict::Retry)
            QCOMPARE(d.delay.count(), delayMs);
    }

    void requestIdempotenceFollowsTheMethod()
    {
        HttpRequest r = HttpRequest::get(QUrl(QStringLiteral("https://a.example/")));
        QVERIFY(r.isIdempotent());
        r.method = HttpMethod::Put;
        QVERIFY(r.isIdempotent());
        r.method = HttpMethod::Delete;
        QVERIFY(r.isIdempotent());
        r = HttpRequest::post(QUrl(QStringLiteral("https://a.example/")), "{}");
        QVERIFY(!r.isIdempotent());
        QCOMPARE(headerValue(r.headers, "content-type"), QByteArray("application/json"));
        r.idempotent = true; // e.g. a POST carrying an idempotency key the server honours
        QVERIFY(r.isIdempotent());
        r.method = HttpMethod::Patch;
        r.idempotent.reset();
        QVERIFY(!r.isIdempotent());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retry_policy.moc"
