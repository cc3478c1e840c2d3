// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook_receiver.h"

#include "connectors/webhook_signature.h"
#include "http_request_reader.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace lockstep::core::engine {

Q_LOGGING_CATEGORY(lcWebhooks, "lockstep.webhooks")

namespace {

/// At most this many remembered deliveries: a flood cannot grow memory without bound.
constexpr qsizetype kMaxRemembered = 200'000;
/// Read from a socket at a time; also its read buffer, so a sender cannot fill memory between two reads.
constexpr qint64 kReadChunk = 64 * 1024;
/// How long an answered connection may take to close before it is cut.
constexpr int kCloseGraceMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

/// Writes the answer, then closes: one request per connection. A peer that does not take it is cut after a grace.
void answerAndClose(QTcpSocket& socket, int status, const QByteArray& text, const QByteArray& extraHeaders = {})
{
    const QByteArray body = text + '\n';
    socket.write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        QTimer::singleShot(kCloseGraceMs, &socket, [s = &socket] { s->abort(); });
}

} // namespace

/// One accepted connection while its request is read and answered. Owned by the lambdas connected to its socket, so
/// it goes when the socket does.
struct WebhookReceiver::Connection
{
    Connection(QTcpSocket* s, qint64 maxBody)
        : socket(s)
        , reader(maxBody)
    {}
    QTcpSocket* socket;
    HttpRequestReader reader;
    QTimer* deadline = nullptr; ///< child of the socket
    bool answered = false;
};

WebhookReceiver::WebhookReceiver(QList<connectors::StorefrontConnector*> storefronts,
    const Clock& clock,
    std::chrono::seconds duplicateWindow,
    WebhookLimits limits,
    QObject* parent)
    : QObject(parent)
    , m_storefronts(std::move(storefronts))
    , m_clock(clock)
    , m_window(duplicateWindow)
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &WebhookReceiver::acceptConnections);
}

WebhookReceiver::~WebhookReceiver() = default;

Result<quint16> WebhookReceiver::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return makeError(ErrorCode::Network,
            QStringLiteral("cannot listen on %1 port %2 (in use, or not an address of this computer)")
                .arg(address.toString())
                .arg(port),
            QStringLiteral("webhooks"));
    }
    m_address = address;
    m_port = m_server->serverPort();
    qCInfo(lcWebhooks).noquote() << "receiving webhooks on" << deliveryUrl(SourceSystem::WooCommerce).toString();
    return m_port;
}

QUrl WebhookReceiver::deliveryUrl(SourceSystem storefront) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool anyAddress =
        m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::AnyIPv6;
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/webhooks/") + toString(storefront));
    return url;
}

void WebhookReceiver::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_open >= m_limits.maxConnections) {
            ++m_counts.overCapacity;
            answerAndClose(*socket, 503, "busy", "Retry-After: 5\r\n");
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        socket->setReadBufferSize(kReadChunk);
        auto connection = std::make_shared<Connection>(socket, m_limits.maxBodyBytes);
        // From connect to the whole request, however the bytes trickle in: a slow sender is as costly as an idle one.
        connection->deadline = new QTimer(socket);
        connection->deadline->setSingleShot(true);
        connect(connection->deadline, &QTimer::timeout, socket, [this, c = connection.get()] {
            ++m_counts.timedOut;
            qCInfo(lcWebhooks) << "closed a connection that sent no whole request in time";
            respond(*c, {408, "request timeout"});
        });
        connection->deadline->start(m_limits.requestTimeout);
        connect(socket, &QTcpSocket::readyRead, socket, [this, connection] { readRequest(connection); });
        readRequest(connection); // bytes may have come with the connection
    }
}

void WebhookReceiver::readRequest(const std::shared_ptr<Connection>& connection)
{
    Connection& c = *connection;
    if (c.answered) {
        (void)c.socket->skip(c.socket->bytesAvailable()); // what follows an answered request is not read
        return;
    }
    while (c.socket->bytesAvailable() > 0 && c.reader.state() == HttpRequestReader::State::Reading) {
        c.reader.feed(c.socket->read(kReadChunk));
        if (c.reader.takeContinueRequest())
            c.socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    switch (c.reader.state()) {
    case HttpRequestReader::State::Reading:
        return;
    case HttpRequestReader::State::Failed:
        if (c.reader.failureStatus() == 413) {
            ++m_counts.tooLarge;
            qCWarning(lcWebhooks).noquote() << "refused a webhook:" << c.reader.failureReason();
        } else {
            qCInfo(lcWebhooks).noquote() << "refused a request:" << c.reader.failureReason();
        }
        respond(c, {c.reader.failureStatus(), c.reader.failureStatus() == 413 ? "too large" : "bad request"});
        return;
    case HttpRequestReader::State::Complete:
        respond(c, route(c));
        return;
    }
}

WebhookReceiver::Answer WebhookReceiver::route(const Connection& c)
{
    static const QRegularExpression path(QStringLiteral("^/webhooks/([^/?]+)(\\?.*)?$"));
    const auto match = path.match(QString::fromLatin1(c.reader.target()));
    if (!match.hasMatch())
        return {404, "not found"};
    if (c.reader.method() != "POST")
        return {405, "method not allowed"};
    const QString storefront = QString::fromUtf8(QByteArray::fromPercentEncoding(match.captured(1).toLatin1()));
    return handle(storefront, c.reader.headers(), c.reader.body());
}

void WebhookReceiver::respond(Connection& c, const Answer& answer)
{
    if (c.answered)
        return;
    c.answered = true;
    c.deadline->stop();
    answerAndClose(*c.socket, answer.status, answer.text, answer.status == 405 ? "Allow: POST\r\n" : QByteArray());
}

WebhookReceiver::Answer WebhookReceiver::handle(
    const QString& storefront, const QHash<QByteArray, QByteArray>& headers, const QByteArray& body)
{
    const auto refuse = [this](int status, const QString& why, const char* text) {
        ++m_counts.refused;
        qCWarning(lcWebhooks).noquote() << "refused a webhook:" << why;
        Q_EMIT deliveryRefused(why);
        return Answer{status, text};
    };
    const auto system = sourceSystemFromString(storefront);
    connectors::StorefrontConnector* connector = nullptr;
    for (auto* s : std::as_const(m_storefronts)) {
        if (system && s->system() == *system)
            connector = s;
    }
    if (!connector)
        return refuse(404,
            QStringLiteral("no storefront called \"%1\" is configured").arg(storefront.left(40)),
            "unknown storefront");

    // WooCommerce's ping when a webhook is saved: form-encoded, unsigned, and it wants exactly 200.
    static const QRegularExpression ping(QStringLiteral("^webhook_id=\\d+$"));
    if (connectors::headerCaseInsensitive(headers, "X-WC-Webhook-Signature").isEmpty()
        && ping.match(QString::fromLatin1(body)).hasMatch())
        return {200, "pong"};

    auto event = connector->verifyWebhook(headers, body);
    if (!event.ok()) {
        const bool unreadable = event.error().code == ErrorCode::Parse;
        return refuse(unreadable ? 400 : 401,
            storefront + QStringLiteral(": ") + event.error().message,
            unreadable ? "unreadable body" : "signature refused");
    }
    if (seenBefore(storefront + u'|' + event->dedupeKey)) {
        ++m_counts.duplicates;
        return {200, "duplicate"};
    }
    ++m_counts.accepted;
    Q_EMIT orderChanged(*system, event->resourceId);
    return {200, "accepted"};
}

bool WebhookReceiver::seenBefore(const QString& key)
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 windowMs = qint64(m_window.count()) * 1000;
    while (
        !m_seenOrder.isEmpty() && (m_seenOrder.head().first <= now - windowMs || m_seenOrder.size() > kMaxRemembered)) {
        const auto [at, old] = m_seenOrder.dequeue();
        if (m_seenAt.value(old, -1) == at)
            m_seenAt.remove(old);
    }
    if (const auto it = m_seenAt.constFind(key); it != m_seenAt.cend() && it.value() > now - windowMs)
        return true;
    m_seenAt.insert(key, now);
    m_seenOrder.enqueue({now, key});
    return false;
}

} // namespace lockstep::core::engine
