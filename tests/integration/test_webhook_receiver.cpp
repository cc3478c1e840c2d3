// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver against the sandbox's WooCommerce, which signs and delivers real webhooks over HTTP
// on 127.0.0.1 (every one twice here): each change is handed on once, duplicates are dropped within the
// window, forged, unsigned and misaddressed deliveries are refused, and WooCommerce's ping gets its 200.
#include "connectors/webhook_signature.h"
#include "connectors/woocommerce/woo_connector.h"
#include "engine/webhook_receiver.h"
#include "net/http_client.h"
#include "sim/sandbox.h"
#include "sim_test_client.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace lockstep::core;

namespace {

const QByteArray kSecret = QByteArrayLiteral("hook-secret &amp; more");

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer post(QNetworkAccessManager& network,
    const QUrl& url,
    const QByteArray& body,
    const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.post(request, body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll().trimmed()};
    reply->deleteLater();
    return a;
}

QList<std::pair<QByteArray, QByteArray>> signedHeaders(const QByteArray& body, const QByteArray& secret)
{
    return {{"X-WC-Webhook-Topic", "order.updated"},
        {"X-WC-Webhook-Signature", connectors::hmacSha256Base64(secret, body)}};
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveriesFromTheSandbox()
    {
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario();
        scenario.faults.duplicateWebhookRate = 1.0; // every webhook delivered twice
        QVERIFY(sandbox.start(scenario).ok());

        QNetworkAccessManager network;
        net::HttpClient http(QStringLiteral("woocommerce"), &network, {}, {});
        connectors::woocommerce::WooSettings settings;
        settings.baseUrl = sandbox.endpoints().woocommerce.baseUrl;
        settings.consumerKey = sandbox.endpoints().woocommerce.consumerKey;
        settings.consumerSecret = sandbox.endpoints().woocommerce.consumerSecret;
        settings.webhookSecret = QString::fromUtf8(kSecret);
        connectors::woocommerce::WooConnector woo(settings, http);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        engine::WebhookReceiver receiver({&woo}, clock, std::chrono::seconds(600));
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0).ok());
        QSignalSpy changed(&receiver, &engine::WebhookReceiver::orderChanged);
        const QUrl url = receiver.deliveryUrl(SourceSystem::WooCommerce);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.path(), QStringLiteral("/webhooks/woocommerce"));

        sandbox.addWebhook(QStringLiteral("order.created"), url, kSecret);
        sandbox.advance(2 * 3600 * 1000); // two hours of orders: each one delivered twice
        const int events = sandbox.ledger().counter(QStringLiteral("webhooks.events"));
        QVERIFY(events > 5);
        QVERIFY(QTest::qWaitFor(
            [&] { return sandbox.ledger().counter(QStringLiteral("webhooks.delivered")) == 2 * events; }, 20000));
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("webhooks.failed")), 0); // duplicates are answered 200 too
        QCOMPARE(changed.size(), events); // each change once
        QCOMPARE(receiver.counts().accepted, events);
        QCOMPARE(receiver.counts().duplicates, events);
        QSet<QString> ids;
        for (const auto& args : std::as_const(changed)) {
            QVERIFY(args.at(0).value<SourceSystem>() == SourceSystem::WooCommerce);
            ids.insert(args.at(1).toString());
        }
        QCOMPARE(ids.size(), events);

        // Forged, unsigned, misaddressed: refused, and nothing handed on.
        const QByteArray body =
            "{\"id\": 99001, \"status\": \"processing\", \"date_modified_gmt\": \"2026-11-23T10:00:00\"}";
        changed.clear();
        QCOMPARE(post(network, url, body, signedHeaders(body, "not the secret")).status, 401);
        QCOMPARE(post(network, url, body, {{"X-WC-Webhook-Topic", "order.updated"}}).status, 401);
        QByteArray tampered = body;
        tampered.replace("processing", "cancelled");
        QCOMPARE(post(network, url, tampered, signedHeaders(body, kSecret)).status, 401);
        QUrl elsewhere = url;
        elsewhere.setPath(QStringLiteral("/webhooks/shopify"));
        QCOMPARE(post(network, elsewhere, body, signedHeaders(body, kSecret)).status, 404);
        QCOMPARE(post(network, url, "{not json", signedHeaders("{not json", kSecret)).status, 400);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(receiver.counts().refused, 5);

        // WooCommerce's ping when the webhook is saved: unsigned, form-encoded, wants exactly 200.
        QCOMPARE(post(network, url, "webhook_id=7", {}).status, 200);
        QCOMPARE(changed.size(), 0);

        // A genuine change: accepted once; a re-delivery within the window is dropped; after it, accepted again.
        QCOMPARE(post(network, url, body, signedHeaders(body, kSecret)).body, QByteArrayLiteral("accepted"));
        QCOMPARE(post(network, url, body, signedHeaders(body, kSecret)).body, QByteArrayLiteral("duplicate"));
        clock.advanceMSecs(599 * 1000);
        QCOMPARE(post(network, url, body, signedHeaders(body, kSecret)).body, QByteArrayLiteral("duplicate"));
        clock.advanceMSecs(2 * 1000);
        QCOMPARE(post(network, url, body, signedHeaders(body, kSecret)).body, QByteArrayLiteral("accepted"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("99001"));
    }

    void aPortInUseIsAClearError()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        engine::WebhookReceiver first({}, clock, std::chrono::seconds(60));
        auto port = first.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        engine::WebhookReceiver second({}, clock, std::chrono::seconds(60));
        auto clash = second.listen(QHostAddress::LocalHost, port.value());
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(QString::number(port.value())));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "test_webhook_receiver.moc"
