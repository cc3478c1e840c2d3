// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver against the sandbox's WooCommerce, which signs and delivers real webhooks over HTTP
// on 127.0.0.1 (every one twice here): each change is handed on once, duplicates are dropped within the
// window, forged, unsigned and misaddressed deliveries are refused, and WooCommerce's ping gets its 200.
// Then hostile senders over raw sockets: a body over the limit is refused from its Content-Length before it is sent,
// a half-sent or silent request is closed after the request timeout, connections beyond the cap are refused, and a
// signed delivery still gets through, chunked or after "Expect: 100-continue".
#include "connectors/webhook_signature.h"
#include "connectors/woocommerce/woo_connector.h"
#include "engine/webhook_receiver.h"
#include "net/http_client.h"
#include "sim/sandbox.h"
#include "sim/webhook_sender.h"
#include "sim_test_client.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

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

/// Signed as WooCommerce signs (the sandbox's signature, checked against a fixed vector in test_woocommerce_sim).
QList<std::pair<QByteArray, QByteArray>> signedHeaders(const QByteArray& body, const QByteArray& secret)
{
    return {{"X-WC-Webhook-Topic", "order.updated"}, {"X-WC-Webhook-Signature", sim::webhookSignature(body, secret)}};
}

/// Connects a raw socket to the receiver (nothing sent yet).
std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([&socket] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000);
    return socket;
}

/// Waits until the receiver has closed the connection, then returns all it answered.
QByteArray answerOf(QTcpSocket& socket)
{
    (void)QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    return socket.readAll();
}

/// A WooCommerce connector that is only asked to verify signatures (no requests are made).
struct Verifier
{
    net::HttpClient http{QStringLiteral("woocommerce"), nullptr, net::HttpPolicy{}, {}};
    connectors::woocommerce::WooConnector woo{{QUrl(QStringLiteral("http://127.0.0.1:1")),
                                                  QStringLiteral("ck"),
                                                  QStringLiteral("cs"),
                                                  QString::fromLatin1(kSecret)},
        http};
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    quint16 port = 0;

    /// A receiver with these limits, listening on a free loopback port (`port`).
    std::unique_ptr<engine::WebhookReceiver> listen(const engine::WebhookLimits& limits)
    {
        auto receiver = std::make_unique<engine::WebhookReceiver>(
            QList<connectors::StorefrontConnector*>{&woo}, clock, std::chrono::seconds(600), limits);
        port = receiver->listen(QHostAddress::LocalHost, 0).value();
        return receiver;
    }
};

const QByteArray kOrderBody =
    "{\"id\": 99002, \"status\": \"processing\", \"date_modified_gmt\": \"2026-11-23T10:00:00\"}";

QByteArray signedHead(const QByteArray& body, const QByteArray& framing)
{
    return "POST /webhooks/woocommerce HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "X-WC-Webhook-Topic: order.updated\r\nX-WC-Webhook-Signature: "
        + sim::webhookSignature(body, kSecret) + "\r\n" + framing + "\r\n";
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

        // The secret as a person typed it in WooCommerce ("&") or as WooCommerce stored it ("&amp;"): both verify.
        connectors::woocommerce::WooSettings typed = settings;
        typed.webhookSecret = QStringLiteral("hook-secret & more");
        connectors::woocommerce::WooConnector typedWoo(typed, http);
        QHash<QByteArray, QByteArray> headers;
        for (const auto& [name, value] : signedHeaders(body, kSecret))
            headers.insert(name, value);
        QVERIFY(typedWoo.verifyWebhook(headers, body).ok());
        QVERIFY(woo.verifyWebhook(headers, body).ok());
    }

    void refusesAnOversizeBodyBeforeReadingIt()
    {
        Verifier v;
        const auto receiver = v.listen({1024, std::chrono::seconds(60), 8});
        const quint16 port = v.port;

        // 300 MB announced, nothing of it sent: answered at once (the timeout is a minute away) and closed.
        auto announced = connectTo(port);
        announced->write("POST /webhooks/woocommerce HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 314572800\r\n\r\n");
        const QByteArray refused = answerOf(*announced);
        QVERIFY2(refused.startsWith("HTTP/1.1 413 "), refused.constData());
        QVERIFY(refused.contains("Connection: close"));

        // Chunked, so no length is announced: refused when the chunks pass the limit, not at their end.
        auto chunked = connectTo(port);
        chunked->write("POST /webhooks/woocommerce HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 3; ++i)
            chunked->write("200\r\n" + QByteArray(512, 'x') + "\r\n");
        QVERIFY(answerOf(*chunked).startsWith("HTTP/1.1 413 "));

        // Headers without end are bounded too.
        auto endlessHead = connectTo(port);
        endlessHead->write("POST /webhooks/woocommerce HTTP/1.1\r\nX-Filler: " + QByteArray(20 * 1024, 'h'));
        QVERIFY(answerOf(*endlessHead).startsWith("HTTP/1.1 431 "));

        QCOMPARE(receiver->counts().tooLarge, 2);
        QCOMPARE(receiver->counts().accepted, 0);
        QTRY_COMPARE(receiver->openConnections(), 0);
    }

    void closesAHalfSentOrSilentRequestAfterTheTimeout()
    {
        Verifier v;
        const auto receiver = v.listen({1024, std::chrono::milliseconds(300), 8});
        const quint16 port = v.port;

        auto halfSent = connectTo(port);
        halfSent->write(signedHead(kOrderBody, "Content-Length: " + QByteArray::number(kOrderBody.size()) + "\r\n")
            + kOrderBody.left(10));
        auto silent = connectTo(port);
        QTRY_COMPARE(receiver->openConnections(), 2);

        const QByteArray answer = answerOf(*halfSent);
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
        QVERIFY(answerOf(*silent).startsWith("HTTP/1.1 408 "));
        QCOMPARE(receiver->counts().timedOut, 2);
        QCOMPARE(receiver->counts().accepted, 0);
        QTRY_COMPARE(receiver->openConnections(), 0);
    }

    void refusesConnectionsBeyondTheCapAndStillTakesSignedDeliveries()
    {
        Verifier v;
        const auto receiver = v.listen({1024, std::chrono::seconds(60), 2});
        const quint16 port = v.port;
        QSignalSpy changed(receiver.get(), &engine::WebhookReceiver::orderChanged);

        auto first = connectTo(port);
        auto second = connectTo(port);
        QTRY_COMPARE(receiver->openConnections(), 2);
        auto third = connectTo(port);
        const QByteArray busy = answerOf(*third);
        QVERIFY2(busy.startsWith("HTTP/1.1 503 "), busy.constData());
        QCOMPARE(receiver->counts().overCapacity, 1);
        QCOMPARE(receiver->openConnections(), 2);

        // A place frees up: a signed delivery in chunks gets through.
        first->abort();
        QTRY_COMPARE(receiver->openConnections(), 1);
        auto chunked = connectTo(port);
        chunked->write(signedHead(kOrderBody, "Transfer-Encoding: chunked\r\n"));
        chunked->write(QByteArray::number(20, 16) + "\r\n" + kOrderBody.left(20) + "\r\n");
        chunked->write(
            QByteArray::number(kOrderBody.size() - 20, 16) + ";ext=1\r\n" + kOrderBody.mid(20) + "\r\n0\r\n\r\n");
        const QByteArray accepted = answerOf(*chunked);
        QVERIFY2(accepted.startsWith("HTTP/1.1 200 ") && accepted.endsWith("accepted\n"), accepted.constData());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("99002"));

        // "Expect: 100-continue": told to go on before the body is sent; the same change is then a duplicate.
        auto expecting = connectTo(port);
        expecting->write(signedHead(
            kOrderBody, "Content-Length: " + QByteArray::number(kOrderBody.size()) + "\r\nExpect: 100-continue\r\n"));
        QByteArray interim;
        QVERIFY(QTest::qWaitFor(
            [&] {
                interim += expecting->readAll();
                return interim.contains("\r\n\r\n");
            },
            10000));
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), interim.constData());
        expecting->write(kOrderBody);
        QVERIFY(answerOf(*expecting).endsWith("duplicate\n"));

        // An ordinary client, with a forged signature and with the right one.
        QNetworkAccessManager network;
        const QUrl url = receiver->deliveryUrl(SourceSystem::WooCommerce);
        const QByteArray other =
            "{\"id\": 99003, \"status\": \"processing\", \"date_modified_gmt\": \"2026-11-23T11:00:00\"}";
        QCOMPARE(post(network, url, other, signedHeaders(other, "not the secret")).status, 401);
        const Answer ok = post(network, url, other, signedHeaders(other, kSecret));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArrayLiteral("accepted"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(receiver->counts().refused, 1);
        second->abort();
        QTRY_COMPARE(receiver->openConnections(), 0);
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
