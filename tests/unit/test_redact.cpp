// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/redact.h"

#include <QTest>

using lockstep::core::net::isSensitiveHeader;
using lockstep::core::net::isSensitiveName;
using lockstep::core::net::redact;
using lockstep::core::net::redactBody;
using lockstep::core::net::redactHeaders;
using lockstep::core::net::redactHeaderValue;

class TestRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        for (const char* name : {"consumer_key",
                 "consumer_secret",
                 "access_token",
                 "client_secret",
                 "refresh_token",
                 "password",
                 "key",
                 "token",
                 "secret",
                 "signature",
                 "api_key",
                 "apiKey",
                 "X-Api-Key",
                 "id_token",
                 "sig",
                 "Password",
                 "oauth_signature"}) {
            QVERIFY2(isSensitiveName(QString::fromLatin1(name)), name);
        }
        for (const char* name : {"per_page", "after", "status", "orderNumber", "sku", "page", "keyword"})
            QVERIFY2(!isSensitiveName(QString::fromLatin1(name)), name);
        for (const char* header : {"Authorization",
                 "proxy-authorization",
                 "Cookie",
                 "Set-Cookie",
                 "X-WC-Webhook-Signature",
                 "X-Api-Key",
                 "X-Auth-Token",
                 "X-Client-Secret"}) {
            QVERIFY2(isSensitiveHeader(header), header);
        }
        for (const char* header : {"Content-Type", "Accept", "Retry-After", "X-WP-Total", "Link"})
            QVERIFY2(!isSensitiveHeader(header), header);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("woo keys")
            << "https://shop.example/wp-json/wc/v3/orders?consumer_key=ck_abc&consumer_secret=cs_def&"
               "per_page=100"
            << "https://shop.example/wp-json/wc/v3/orders?consumer_key=***&consumer_secret=***&"
               "per_page=100";
        QTest::newRow("user info") << "https://user:pa55@api.example/v1/items"
                                   << "https://api.example/v1/items";
        QTest::newRow("token in fragment") << "https://api.example/cb#access_token=tok123&state=x"
                                           << "https://api.example/cb#access_token=***&state=x";
        QTest::newRow("plain") << "http://127.0.0.1:8080/orders?page=2"
                               << "http://127.0.0.1:8080/orders?page=2";
        QTest::newRow("encoded name") << "https://a.example/?refresh%5Ftoken=r1"
                                      << "https://a.example/?refresh_token=***";
        QTest::newRow("signature and key") << "https://a.example/hook?signature=abc&key=k1&id=5"
                                           << "https://a.example/hook?signature=***&key=***&id=5";
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(redact(QUrl(url)), expected);
    }

    void headers()
    {
        QCOMPARE(redactHeaderValue("Authorization", "Bearer eyJhbGciOi.x.y"), QByteArray("Bearer ***"));
        QCOMPARE(redactHeaderValue("authorization", "Basic dXNlcjpwYXNz"), QByteArray("Basic ***"));
        QCOMPARE(redactHeaderValue("Authorization", "opaque"), QByteArray("***"));
        QCOMPARE(redactHeaderValue("X-WC-Webhook-Signature", "c2lnbmF0dXJl"), QByteArray("***"));
        QCOMPARE(redactHeaderValue("Cookie", "session=abc"), QByteArray("***"));
        QCOMPARE(redactHeaderValue("Content-Type", "application/json"), QByteArray("application/json"));
        const QString joined = redactHeaders({{"Accept", "application/json"}, {"X-Api-Key", "k-123"}});
        QCOMPARE(joined, QStringLiteral("Accept: application/json; X-Api-Key: ***"));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("form body") << "grant_type=client_credentials&client_secret=S3cr3t&scope=view_orders"
                                   << "S3cr3t";
        QTest::newRow("refresh form") << "grant_type=refresh_token&refresh_token=rt-999"
                                      << "rt-999";
        QTest::newRow("json token")
            << "{\"access_token\": \"tok-abc\", \"expires_in\": 172800, \"token_type\": \"Bearer\"}"
            << "tok-abc";
        QTest::newRow("json password") << "{\"user\":\"a\",\"password\":\"hunter2\"}"
                                       << "hunter2";
        QTest::newRow("json escaped") << "{\"client_secret\":\"a\\\"b-SECRET\"}"
                                      << "SECRET";
        QTest::newRow("json number") << "{\"pin_token\": 123456}"
                                     << "123456";
        QTest::newRow("bearer in text") << "sent Bearer abc.def.ghi to the server"
                                        << "abc.def.ghi";
        QTest::newRow("header line") << "Authorization: Basic Zm9vOmJhcg=="
                                     << "Zm9vOmJhcg==";
        QTest::newRow("header after separator") << "Accept: */*; X-Auth-Token: t0k3n"
                                                << "t0k3n";
        QTest::newRow("error string")
            << "Error transferring https://shop.example/wp-json/wc/v3/orders?consumer_key=ck_live_1 - server replied: "
               "Service Unavailable"
            << "ck_live_1";
        QTest::newRow("user info in text") << "cannot reach https://svc:pw-xyz@api.example/path"
                                           << "pw-xyz";
    }

    void text()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QVERIFY(text.contains(secret)); // the row really carries the secret
        const QString out = redact(QStringView(text));
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("***")), qPrintable(out));
    }

    void keepsHarmlessText()
    {
        const QString text = QStringLiteral("{\"id\": 42, \"status\": \"processing\", \"total\": \"29.35\"} page=2");
        QCOMPARE(redact(QStringView(text)), text);
        QCOMPARE(redactBody(QByteArray("x").repeated(50), 10), QStringLiteral("xxxxxxxxxx... (50 bytes)"));
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "test_redact.moc"
