// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient against a real HTTP server on 127.0.0.1 that plays scripted answers.
#include "domain/clock.h"
#include "net/http_client.h"
#include "net/random_source.h"
#include "scripted_server.h"
#include "support.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;
using namespace lockstep::core::net;
using lockstep::core::ErrorCode;
using lockstep::core::ManualClock;
using lockstep::test::ScriptedServer;
using lockstep::test::ScriptStep;
using lockstep::test::utc;

namespace {

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// Small delays so the suite stays fast; Retry-After is still honoured at its real value.
HttpPolicy fastPolicy()
{
    HttpPolicy policy;
    policy.timeout = 2000ms;
    policy.maxAttempts = 4;
    policy.backoff = BackoffPolicy{5ms, 20ms};
    policy.breaker = BreakerPolicy{100, 30s};
    return policy;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    ScriptedServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    ManualClock m_clock{utc("2030-01-01T00:00:00Z")};
    SeededRandomSource m_random{1};

    HttpClient* makeClient(HttpPolicy policy = fastPolicy())
    {
        return new HttpClient(
            QStringLiteral("sandbox-wms"), m_network, policy, HttpClientDeps{&m_clock, &m_random}, this);
    }

    /// Sends and waits (event loop, not sleep) for the result.
    static void run(HttpClient& client, const HttpRequest& request, HttpResult& out, int timeoutMs = 10'000)
    {
        HttpCall* call = client.send(request);
        QSignalSpy spy(call, &HttpCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, timeoutMs);
        out = spy.first().at(0).value<HttpResult>();
    }

    HttpRequest postOrder() const { return HttpRequest::post(m_server->url(), R"({"externalOrderNumber":"1042"})"); }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->start());
        m_network = new QNetworkAccessManager(this);
        m_clock.setNow(utc("2030-01-01T00:00:00Z"));
    }

    void cleanup()
    {
        delete m_network;
        delete m_server;
        qDeleteAll(findChildren<HttpClient*>());
    }

    void retriesServerErrorsThenSucceeds()
    {
        m_server->setScript({ScriptStep::respond(503), ScriptStep::respond(503), ScriptStep::respond(200, "ok")});
        HttpClient* client = makeClient();
        HttpResult result;
        run(*client, HttpRequest::get(m_server->url()), result);
        QVERIFY2(result.ok(), qPrintable(result.error->toString()));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(result.response->status, 200);
        QCOMPARE(result.response->body, QByteArray("ok"));
        QCOMPARE(result.response->header("content-type"), QByteArray("application/json"));
        QCOMPARE(client->health().breaker.consecutiveFailures, 0);
        QCOMPARE(client->health().breaker.lastSuccessAt, m_clock.nowUtc());
    }

    void givesUpAfterMaxAttempts()
    {
        m_server->setScript({ScriptStep::respond(503, "busy"),
            ScriptStep::respond(503, "busy"),
            ScriptStep::respond(503, "busy"),
            ScriptStep::respond(200)});
        HttpClient* client = makeClient();
        HttpRequest request = HttpRequest::get(m_server->url());
        request.maxAttempts = 3;
        HttpResult result;
        run(*client, request, result);
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::HttpStatus);
        LOCKSTEP_COMPARE_ENUM(result.error->code, ErrorCode::Network);
        QVERIFY(!result.outcomeUnknown);
        QCOMPARE(result.response->status, 503);
        QCOMPARE(result.response->body, QByteArray("busy"));
    }

    void throttledToTheLastAttemptIsNotARefusal()
    {
        // A server that answers 429 to every attempt did not execute the request: the error says "try later"
        // (Network), not "refused" (which the outbox hands to a person as final).
        m_server->setScript({ScriptStep::respond(429, {}, {{"Retry-After", "0"}}),
            ScriptStep::respond(429, {}, {{"Retry-After", "0"}})});
        HttpClient* client = makeClient();
        HttpRequest request = postOrder();
        request.maxAttempts = 2;
        HttpResult result;
        run(*client, request, result);
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 2);
        QCOMPARE(result.response->status, 429);
        QVERIFY(!result.outcomeUnknown);
        LOCKSTEP_COMPARE_ENUM(result.error->code, ErrorCode::Network);
    }

    void definiteAnswersAreNotRetried()
    {
        m_server->setScript({ScriptStep::respond(404, R"({"errors":[]})"), ScriptStep::respond(200)});
        HttpClient* client = makeClient();
        HttpResult result;
        run(*client, HttpRequest::get(m_server->url()), result);
        QCOMPARE(result.attempts, 1);
        LOCKSTEP_COMPARE_ENUM(result.error->code, ErrorCode::NotFound);
        QCOMPARE(result.response->body, QByteArray(R"({"errors":[]})"));
    }

    void honoursRetryAfterSeconds()
    {
        m_server->setScript({ScriptStep::respond(429, {}, {{"Retry-After", "1"}}), ScriptStep::respond(200)});
        HttpClient* client = makeClient();
        QElapsedTimer elapsed;
        elapsed.start();
        HttpResult result;
        run(*client, postOrder(), result); // a 429 was not executed: resending even a POST is safe
        QVERIFY2(result.ok(), qPrintable(result.error->toString()));
        QCOMPARE(result.attempts, 2);
        QVERIFY2(elapsed.elapsed() >= 1000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void honoursRetryAfterHttpDate()
    {
        // The client's clock reads 2030-01-01T00:00:00Z; the server asks to come back one second later.
        m_server->setScript({ScriptStep::respond(429, {}, {{"Retry-After", "Tue, 01 Jan 2030 00:00:01 GMT"}}),
            ScriptStep::respond(200)});
        HttpClient* client = makeClient();
        QSignalSpy healthSpy(client, &HttpClient::healthChanged);
        QElapsedTimer elapsed;
        elapsed.start();
        HttpResult result;
        run(*client, HttpRequest::get(m_server->url()), result);
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        QVERIFY2(elapsed.elapsed() >= 1000, qPrintable(QString::number(elapsed.elapsed())));
        // While it waited, the connector showed "retrying".
        bool sawRetrying = false;
        for (const auto& args : healthSpy)
            sawRetrying = sawRetrying || args.at(0).value<ConnectorHealth>().status() == HealthStatus::Retrying;
        QVERIFY(sawRetrying);
        LOCKSTEP_COMPARE_ENUM(client->health().status(), HealthStatus::Healthy);
    }

    void retriesAfterATimeout()
    {
        m_server->setScript({ScriptStep::hang(), ScriptStep::respond(200, "late but fine")});
        HttpClient* client = makeClient();
        HttpRequest request = HttpRequest::get(m_server->url());
        request.timeout = 200ms;
        QElapsedTimer elapsed;
        elapsed.start();
        HttpResult result;
        run(*client, request, result);
        QVERIFY2(result.ok(), qPrintable(result.error->toString()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(elapsed.elapsed() >= 200);
    }

    void retriesADroppedConnection()
    {
        // Qt itself may resend an idempotent request once when the connection closes before any answer, so the
        // server can see more requests than the policy's attempts; the policy's own retries come on top.
        m_server->setScript({ScriptStep::drop(), ScriptStep::respond(200)});
        HttpClient* client = makeClient();
        HttpResult result;
        run(*client, HttpRequest::get(m_server->url()), result);
        QVERIFY2(result.ok(), qPrintable(result.error->toString()));
        QCOMPARE(m_server->requestCount(), 2);

        m_server->setScript(QList<ScriptStep>(8, ScriptStep::drop()));
        HttpRequest request = HttpRequest::get(m_server->url());
        request.maxAttempts = 2;
        run(*client, request, result);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::Connection);
        QCOMPARE(result.attempts, 2);
        QVERIFY(!result.outcomeUnknown);
    }

    void nonIdempotentPostIsNotResent_data()
    {
        QTest::addColumn<ScriptStep>("first");
        QTest::addColumn<int>("failure");
        QTest::newRow("500") << ScriptStep::respond(500) << int(HttpFailure::HttpStatus);
        QTest::newRow("503") << ScriptStep::respond(503) << int(HttpFailure::HttpStatus);
        QTest::newRow("timeout") << ScriptStep::hang() << int(HttpFailure::Timeout);
        QTest::newRow("dropped") << ScriptStep::drop() << int(HttpFailure::Connection);
    }

    void nonIdempotentPostIsNotResent()
    {
        QFETCH(ScriptStep, first);
        QFETCH(int, failure);
        m_server->setScript({first, ScriptStep::respond(201)});
        HttpClient* client = makeClient();
        HttpRequest request = postOrder();
        request.timeout = 200ms;
        HttpResult result;
        run(*client, request, result);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.failure), failure);
        QVERIFY(result.outcomeUnknown);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->methods().first(), QByteArray("POST"));
        QVERIFY(result.error->message.contains(QStringLiteral("outcome unknown")));
    }

    void refusedConnectionIsRetriedEvenForPost()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        HttpClient* client = makeClient();
        HttpRequest request = HttpRequest::post(QUrl(QStringLiteral("http://127.0.0.1:%1/script").arg(port)), "{}");
        request.maxAttempts = 3;
        HttpResult result;
        run(*client, request, result);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::Connection);
        QCOMPARE(result.attempts, 3);
        QVERIFY(!result.outcomeUnknown);
    }

    void breakerOpensFailsFastAndClosesAfterCoolDown()
    {
        HttpPolicy policy = fastPolicy();
        policy.maxAttempts = 1;
        policy.breaker = BreakerPolicy{3, 30s};
        HttpClient* client = makeClient(policy);
        QSignalSpy healthSpy(client, &HttpClient::healthChanged);
        m_server->setScript({ScriptStep::respond(503), ScriptStep::respond(503), ScriptStep::respond(503)});
        HttpResult result;
        for (int i = 0; i < 3; ++i) {
            run(*client, HttpRequest::get(m_server->url()), result);
            QCOMPARE(result.attempts, 1);
        }
        LOCKSTEP_COMPARE_ENUM(client->breakerState().state, BreakerState::Open);
        QCOMPARE(client->breakerState().consecutiveFailures, 3);
        QCOMPARE(client->breakerState().retryAt, utc("2030-01-01T00:00:30Z"));
        QVERIFY(client->breakerState().lastError.contains(QStringLiteral("HTTP 503")));

        // Open: fails fast, nothing reaches the server.
        m_server->setScript({ScriptStep::respond(200)});
        run(*client, HttpRequest::get(m_server->url()), result);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::CircuitOpen);
        LOCKSTEP_COMPARE_ENUM(result.error->code, ErrorCode::Network); // transient: callers retry later
        QCOMPARE(result.attempts, 0);
        QCOMPARE(m_server->requestCount(), 3);
        QVERIFY2(result.error->message.contains(QStringLiteral("next trial at 2030-01-01T00:00:30Z")),
            qPrintable(result.error->message));

        // After the cool-down one trial goes through; its success closes the circuit.
        m_clock.advanceMSecs(30'000);
        run(*client, HttpRequest::get(m_server->url()), result);
        QVERIFY(result.ok());
        QCOMPARE(m_server->requestCount(), 4);
        LOCKSTEP_COMPARE_ENUM(client->breakerState().state, BreakerState::Closed);
        QCOMPARE(client->breakerState().lastSuccessAt, utc("2030-01-01T00:00:30Z"));

        QStringList states; // the distinct states announced, in order
        for (const auto& args : healthSpy) {
            const QString s = toString(args.at(0).value<ConnectorHealth>().breaker.state);
            if (states.isEmpty() || states.last() != s)
                states << s;
        }
        QCOMPARE(states.join(u' '), QStringLiteral("closed open half-open closed"));
    }

    void refusesANonHttpUrl()
    {
        HttpClient* client = makeClient();
        HttpResult result;
        run(*client, HttpRequest::get(QUrl(QStringLiteral("ftp://127.0.0.1/script"))), result);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::InvalidRequest);
        LOCKSTEP_COMPARE_ENUM(result.error->code, ErrorCode::InvalidArgument);
        QCOMPARE(result.attempts, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void abortFinishesAsCancelled()
    {
        m_server->setScript({ScriptStep::hang()});
        HttpClient* client = makeClient();
        HttpCall* call = client->send(HttpRequest::get(m_server->url()));
        QSignalSpy spy(call, &HttpCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 5000);
        call->abort();
        QCOMPARE(spy.count(), 1);
        const auto result = spy.first().at(0).value<HttpResult>();
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::Cancelled);
        QCOMPARE(result.attempts, 1);
    }

    void destroyingTheClientStopsItsCalls()
    {
        m_server->setScript({ScriptStep::hang()});
        HttpClient* client = makeClient();
        QPointer<HttpCall> call = client->send(HttpRequest::get(m_server->url()));
        QSignalSpy spy(call.data(), &HttpCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 5000);
        delete client; // the reply in flight is aborted with its call; no finished() afterwards
        QVERIFY(call.isNull());
        // Run the event loop through another call, so the aborted reply's queued events have run too.
        m_server->setScript({ScriptStep::respond(200)});
        HttpResult result;
        run(*makeClient(), HttpRequest::get(m_server->url()), result);
        QVERIFY(result.ok());
        QCOMPARE(spy.count(), 0);
    }

    void destroyedContextGetsNoCallback()
    {
        m_server->setScript({ScriptStep::respond(200)});
        HttpClient* client = makeClient();
        auto* context = new QObject;
        bool called = false;
        HttpCall* call =
            client->send(HttpRequest::get(m_server->url()), context, [&called](const HttpResult&) { called = true; });
        QSignalSpy spy(call, &HttpCall::finished);
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QVERIFY(!called);
        LOCKSTEP_COMPARE_ENUM(spy.first().at(0).value<HttpResult>().failure, HttpFailure::Cancelled);
    }

    void refusesAnAnswerDeclaredOverTheLimit()
    {
        // Headers that promise 100 MB, a few bytes, then silence: refused from Content-Length, not waited for.
        const QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{\"orders\": [";
        m_server->setScript({ScriptStep::raw(head), ScriptStep::raw(head)});
        HttpPolicy policy = fastPolicy();
        policy.maxResponseBytes = 64 * 1024;
        policy.timeout = 60s; // a wait for the body would end as a timeout, not as too large
        HttpClient* client = makeClient(policy);
        HttpResult result;
        run(*client, HttpRequest::get(m_server->url()), result);
        QVERIFY(!result.ok());
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::TooLarge);
        QCOMPARE(result.attempts, 1); // the same answer would come again
        QCOMPARE(result.error->code, ErrorCode::Network);
        QVERIFY(!result.outcomeUnknown);
        QVERIFY2(
            result.error->message.contains(QStringLiteral("from 127.0.0.1 is larger than the limit of 65536 bytes")),
            qPrintable(result.error->message));
        QVERIFY2(result.error->message.contains(QStringLiteral("104857600")), qPrintable(result.error->message));

        // A POST was executed even though its answer was not read.
        run(*client, postOrder(), result);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::TooLarge);
        QVERIFY(result.outcomeUnknown);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void stopsReadingAStreamOverTheLimit()
    {
        // Chunked, so no length is declared: 8 chunks of 16 KiB and no last chunk. Reading stops past 64 KiB.
        QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 8; ++i)
            answer += "4000\r\n" + QByteArray(16 * 1024, 'x') + "\r\n";
        m_server->setScript({ScriptStep::raw(answer)});
        HttpPolicy policy = fastPolicy();
        policy.maxResponseBytes = 64 * 1024;
        policy.timeout = 60s;
        HttpClient* client = makeClient(policy);
        HttpResult result;
        run(*client, HttpRequest::get(m_server->url()), result);
        LOCKSTEP_COMPARE_ENUM(result.failure, HttpFailure::TooLarge);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(
            result.error->message.contains(QStringLiteral("limit of 65536 bytes")), qPrintable(result.error->message));

        // Within the limit, the same kind of answer is read whole.
        m_server->setScript({ScriptStep::respond(200, QByteArray(60 * 1024, 'y'))});
        run(*client, HttpRequest::get(m_server->url()), result);
        QVERIFY(result.ok());
        QCOMPARE(result.response->body.size(), 60 * 1024);
    }

    void secretsNeverReachTheLog()
    {
        const QList<QByteArray> secrets = {
            "cs_TOPSECRET1", "tok_TOPSECRET2", "BODYSECRET3", "SRVSECRET4", "userpw_SECRET5", "hook_SECRET6"};
        QLoggingCategory::setFilterRules(QStringLiteral("lockstep.net.debug=true"));
        g_logLines.clear();
        g_previousHandler = qInstallMessageHandler(captureLog);

        m_server->setScript({ScriptStep::respond(503, R"({"access_token":"SRVSECRET4"})"),
            ScriptStep::respond(503, R"({"access_token":"SRVSECRET4"})")});
        HttpClient* client = makeClient();
        HttpRequest request;
        request.method = HttpMethod::Put;
        request.url = m_server->url(QStringLiteral("/script?consumer_key=ck_x&consumer_secret=cs_TOPSECRET1&page=1"));
        request.url.setUserInfo(QStringLiteral("svc:userpw_SECRET5"));
        request.setHeader("Authorization", "Bearer tok_TOPSECRET2");
        request.setHeader("X-WC-Webhook-Signature", "hook_SECRET6");
        request.setHeader("Content-Type", "application/json");
        request.body = R"({"client_secret":"BODYSECRET3","sku":"A-1"})";
        request.maxAttempts = 2;
        HttpResult result;
        run(*client, request, result);

        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!result.ok());
        QVERIFY2(g_logLines.size() >= 4, qPrintable(g_logLines.join(u'\n')));
        const QString all = g_logLines.join(u'\n') + u'\n' + result.error->toString();
        QVERIFY(all.contains(QStringLiteral("***")));
        QVERIFY(all.contains(QStringLiteral("page=1"))); // redaction keeps what is harmless
        for (const QByteArray& secret : secrets)
            QVERIFY2(!all.contains(QString::fromLatin1(secret)), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
