// SPDX-License-Identifier: GPL-3.0-or-later
// The shared client-credentials token against a scripted server on 127.0.0.1: cached, renewed before expiry, one
// re-sign-in after a 401 and no more, one token request for calls that wait together, no secret in errors.
#include "connector_test_support.h"
#include "connectors/oauth_token.h"
#include "net/http_client.h"
#include "oauth_fixtures.h"
#include "scripted_server.h"

#include <QTest>

using namespace std::chrono_literals;
using lockstep::core::ErrorCode;
using lockstep::core::connectors::OAuthSettings;
using lockstep::core::connectors::OAuthToken;
using lockstep::core::net::HttpClient;
using lockstep::core::net::HttpPolicy;
using lockstep::core::net::HttpRequest;
using lockstep::core::net::HttpResult;
using lockstep::test::ScriptedServer;
using lockstep::test::ScriptStep;

class TestOAuthToken : public QObject
{
    Q_OBJECT

private:
    ScriptedServer m_server;
    std::unique_ptr<HttpClient> m_http;

    std::unique_ptr<OAuthToken> token() const
    {
        return std::make_unique<OAuthToken>(OAuthSettings{m_server.url(QStringLiteral("/script?oauth-token")),
                                                QStringLiteral("client"),
                                                QStringLiteral("s3cret-value"),
                                                {},
                                                QStringLiteral("test sign-in"),
                                                {}},
            *m_http);
    }

    std::optional<HttpResult> call(OAuthToken& t)
    {
        std::optional<HttpResult> out;
        t.send(HttpRequest::get(m_server.url(QStringLiteral("/script?api"))), this, [&out](const HttpResult& r) {
            out = r;
        });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 10000);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        HttpPolicy policy;
        policy.timeout = 2000ms;
        policy.maxAttempts = 1; // the token logic is under test, not the retry policy
        m_http = std::make_unique<HttpClient>(QStringLiteral("oauth-test"), nullptr, policy);
    }

    void cachesTheToken()
    {
        auto t = token();
        m_server.setScript(
            {ScriptStep::respond(200, kTokenA), ScriptStep::respond(200, "{}"), ScriptStep::respond(200, "{}")});
        const int before = m_server.requestCount();
        QVERIFY(call(*t).value().ok());
        QVERIFY(call(*t).value().ok());
        QCOMPARE(m_server.requestCount() - before, 3); // one token, two calls
    }

    void renewsATokenAboutToExpire()
    {
        auto t = token();
        // 30 s left is inside the one-minute margin: every call asks for a new token.
        m_server.setScript({ScriptStep::respond(200, kTokenShort),
            ScriptStep::respond(200, "{}"),
            ScriptStep::respond(200, kTokenA),
            ScriptStep::respond(200, "{}")});
        const int before = m_server.requestCount();
        QVERIFY(call(*t).value().ok());
        QVERIFY(call(*t).value().ok());
        QCOMPARE(m_server.requestCount() - before, 4);
    }

    void signsInAgainOnceAfter401()
    {
        auto t = token();
        m_server.setScript({ScriptStep::respond(200, kTokenA),
            ScriptStep::respond(401, "{}"),
            ScriptStep::respond(200, kTokenB),
            ScriptStep::respond(200, "{}")});
        const int before = m_server.requestCount();
        QVERIFY(call(*t).value().ok());
        QCOMPARE(m_server.requestCount() - before, 4);

        // A second 401 after the re-sign-in is the answer: no loop.
        auto u = token();
        m_server.setScript({ScriptStep::respond(200, kTokenA),
            ScriptStep::respond(401, "{}"),
            ScriptStep::respond(200, kTokenB),
            ScriptStep::respond(401, "{}"),
            ScriptStep::respond(200, "{}")});
        const int again = m_server.requestCount();
        const auto r = call(*u);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->response->status, 401);
        QCOMPARE(m_server.requestCount() - again, 4);
    }

    void callsWaitingTogetherShareOneTokenRequest()
    {
        auto t = token();
        m_server.setScript({ScriptStep::respond(200, kTokenA),
            ScriptStep::respond(200, "{}"),
            ScriptStep::respond(200, "{}"),
            ScriptStep::respond(200, "{}")});
        const int before = m_server.requestCount();
        int done = 0;
        for (int i = 0; i < 3; ++i)
            t->send(HttpRequest::get(m_server.url(QStringLiteral("/script?api"))), this, [&done](const HttpResult& r) {
                done += r.ok() ? 1 : 100;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 10000);
        QCOMPARE(m_server.requestCount() - before, 4);
    }

    void refusedSignInNamesNoSecret()
    {
        auto t = token();
        m_server.setScript({ScriptStep::respond(401, kInvalidClient)});
        const auto r = call(*t);
        QVERIFY(r && !r->ok());
        QVERIFY(r->error->toString().contains(QStringLiteral("test sign-in")));
        QVERIFY(!r->error->toString().contains(QStringLiteral("s3cret-value")));

        auto u = token();
        m_server.setScript({ScriptStep::respond(200, kTokenNone)});
        const auto n = call(*u);
        QVERIFY(n && !n->ok());
        QVERIFY(n->error->code == ErrorCode::Refused);
    }
};

QTEST_GUILESS_MAIN(TestOAuthToken)
#include "test_oauth_token.moc"
