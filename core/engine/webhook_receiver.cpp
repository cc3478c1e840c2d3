// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook_receiver.h"

#include "connectors/webhook_signature.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace lockstep::core::engine {

Q_LOGGING_CATEGORY(lcWebhooks, "lockstep.webhooks")

namespace {

/// At most this many remembered deliveries: a flood cannot grow memory without bound.
constexpr qsizetype kMaxRemembered = 200'000;

QHttpServerResponse answer(QHttpServerResponse::StatusCode status, const char* text)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray(text) + '\n', status);
}

} // namespace

WebhookReceiver::WebhookReceiver(QList<connectors::StorefrontConnector*> storefronts,
    const Clock& clock,
    std::chrono::seconds duplicateWindow,
    QObject* parent)
    : QObject(parent)
    , m_storefronts(std::move(storefronts))
    , m_clock(clock)
    , m_window(duplicateWindow)
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/webhooks/<arg>"),
        QHttpServerRequest::Method::Post,
        [this](const QString& storefront, const QHttpServerRequest& request) { return handle(storefront, request); });
}

WebhookReceiver::~WebhookReceiver() = default;

Result<quint16> WebhookReceiver::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        return makeError(ErrorCode::Network,
            QStringLiteral("cannot listen on %1 port %2 (in use, or not an address of this computer)")
                .arg(address.toString())
                .arg(port),
            QStringLiteral("webhooks"));
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcWebhooks).noquote() << "receiving webhooks on" << deliveryUrl(SourceSystem::WooCommerce).toString();
    return bound;
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

QHttpServerResponse WebhookReceiver::handle(const QString& storefront, const QHttpServerRequest& request)
{
    const auto refuse = [this](QHttpServerResponse::StatusCode status, const QString& why, const char* text) {
        ++m_counts.refused;
        qCWarning(lcWebhooks).noquote() << "refused a webhook:" << why;
        Q_EMIT deliveryRefused(why);
        return answer(status, text);
    };
    const auto system = sourceSystemFromString(storefront);
    connectors::StorefrontConnector* connector = nullptr;
    for (auto* s : std::as_const(m_storefronts)) {
        if (system && s->system() == *system)
            connector = s;
    }
    if (!connector)
        return refuse(QHttpServerResponse::StatusCode::NotFound,
            QStringLiteral("no storefront called \"%1\" is configured").arg(storefront.left(40)),
            "unknown storefront");

    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : request.headers())
        headers.insert(name, value);
    const QByteArray body = request.body();
    // WooCommerce's ping when a webhook is saved: form-encoded, unsigned, and it wants exactly 200.
    static const QRegularExpression ping(QStringLiteral("^webhook_id=\\d+$"));
    if (connectors::headerCaseInsensitive(headers, "X-WC-Webhook-Signature").isEmpty()
        && ping.match(QString::fromLatin1(body)).hasMatch())
        return answer(QHttpServerResponse::StatusCode::Ok, "pong");

    auto event = connector->verifyWebhook(headers, body);
    if (!event.ok()) {
        const bool unreadable = event.error().code == ErrorCode::Parse;
        return refuse(
            unreadable ? QHttpServerResponse::StatusCode::BadRequest : QHttpServerResponse::StatusCode::Unauthorized,
            storefront + QStringLiteral(": ") + event.error().message,
            unreadable ? "unreadable body" : "signature refused");
    }
    if (seenBefore(storefront + u'|' + event->dedupeKey)) {
        ++m_counts.duplicates;
        return answer(QHttpServerResponse::StatusCode::Ok, "duplicate");
    }
    ++m_counts.accepted;
    Q_EMIT orderChanged(*system, event->resourceId);
    return answer(QHttpServerResponse::StatusCode::Ok, "accepted");
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
