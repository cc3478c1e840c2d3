// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopback_server.h"

#include "ledger.h"
#include "net/retry_after.h"
#include "sim_service.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

#include <cmath>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#elif defined(Q_OS_WIN)
#include <winsock2.h>
#endif

Q_LOGGING_CATEGORY(lcSimServer, "lockstep.sim.server")

namespace lockstep::core::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

void resetConnection(QTcpSocket* socket)
{
    // SO_LINGER with a zero timeout makes close() send RST, which clients see as "connection reset".
#if defined(Q_OS_UNIX)
    const linger option{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#elif defined(Q_OS_WIN)
    const linger option{1, 0};
    ::setsockopt(static_cast<SOCKET>(socket->socketDescriptor()),
        SOL_SOCKET,
        SO_LINGER,
        reinterpret_cast<const char*>(&option),
        sizeof option);
#endif
    socket->abort();
}

LoopbackServer::LoopbackServer(SimService* service, Ledger* ledger, std::uint64_t seed, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_ledger(ledger)
    , m_rng(seed)
{}

LoopbackServer::~LoopbackServer()
{
    stop();
}

Result<quint16> LoopbackServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0)
        return makeError(ErrorCode::Network, QStringLiteral("cannot listen on 127.0.0.1"), m_service->systemName());
    return m_port;
}

void LoopbackServer::stop()
{
    for (auto* server : servers())
        server->close();
    for (const auto& socket : std::as_const(m_held)) {
        if (socket)
            socket->abort();
    }
    m_held.clear();
}

QUrl LoopbackServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool LoopbackServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SimRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    // As PHP and servlet containers do, a '+' in the query string is a space (a literal plus arrives as %2B).
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(u'+', QStringLiteral("%20"));
    req.query = QUrlQuery(rawQuery);
    req.headers = request.headers();
    req.body = request.body();
    const bool keepAlive = request.value("Connection").compare("close", Qt::CaseInsensitive) != 0;
    // Dated on arrival: everything the world holds up to this second is visible to the request.
    const QByteArray date = dateNow();

    if (req.path.startsWith(QStringLiteral("/_sandbox/"))) {
        reply(socket, sandboxRoute(req), keepAlive, date);
        return true;
    }

    const QString system = m_service->systemName();
    m_ledger->countRequest(system);
    const double u = m_rng.uniform();
    double edge = m_faults.resetRate;
    if (u < edge) {
        m_ledger->countFault(system, QStringLiteral("reset"));
        resetConnection(socket);
        return true;
    }
    const bool isWrite = req.method != "GET" && req.method != "HEAD";
    if (isWrite && m_rng.chance(m_faults.conflictRate)) {
        if (auto conflict = m_service->concurrentUpdate(req)) {
            m_ledger->countFault(system, QStringLiteral("409"));
            reply(socket, *conflict, keepAlive, date);
            return true;
        }
    }
    if (u < (edge += m_faults.rateLimitRate)) {
        m_ledger->countFault(system, QStringLiteral("429"));
        reply(socket, m_service->rateLimited(m_faults.retryAfterSeconds), keepAlive, date);
        return true;
    }
    if (u < (edge += m_faults.serverErrorRate)) {
        m_ledger->countFault(system, QStringLiteral("5xx"));
        static constexpr int kStatuses[] = {500, 502, 503};
        reply(socket, m_service->serverError(kStatuses[m_rng.range(0, 2)]), keepAlive, date);
        return true;
    }
    const bool timeout = u < (edge += m_faults.timeoutRate);

    // The request is applied now; only its answer is delayed or lost.
    if (m_beforeRequest)
        m_beforeRequest();
    SimResponse response = m_service->handle(req);
    if (m_observer)
        m_observer({system, req, response});
    if (timeout) {
        m_ledger->countFault(system, QStringLiteral("timeout"));
        hold(socket);
        return true;
    }
    const int delay = drawLatencyMs();
    if (delay <= 0) {
        reply(socket, response, keepAlive, date);
        return true;
    }
    // Requests answered late overlap: the ledger keeps how many this server held at once.
    ++m_delayed;
    m_ledger->noteMax(QStringLiteral("in_flight_max.") + system, m_delayed);
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(delay, this, [this, guarded, response, keepAlive, date] {
        --m_delayed;
        if (guarded)
            reply(guarded, response, keepAlive, date);
    });
    return true;
}

void LoopbackServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    reply(socket, SimResponse::empty(404), true, dateNow());
}

SimResponse LoopbackServer::sandboxRoute(const SimRequest& request)
{
    if (request.path == QStringLiteral("/_sandbox/ledger") && request.method == "GET")
        return SimResponse::json(200, m_ledger->toJson());
    if (request.path == QStringLiteral("/_sandbox/faults")) {
        if (request.method == "GET")
            return SimResponse::json(200, m_faults.toJson());
        if (request.method == "PUT") {
            const auto body = request.jsonBody();
            if (!body)
                return SimResponse::json(400, Json{{"error", "body is not JSON"}});
            auto profile = FaultProfile::fromJson(*body);
            if (!profile)
                return SimResponse::json(400, Json{{"error", toStd(profile.error().toString())}});
            m_faults = profile.value();
            return SimResponse::json(200, m_faults.toJson());
        }
    }
    if (request.path == QStringLiteral("/_sandbox/stock") && request.method == "PUT") {
        // {"sku": "LS-1002", "quantity": 7, "location": "DC-EAST"}: a hand edit in the storefront's back office.
        const auto body = request.jsonBody();
        if (!body || !body->is_object() || !body->contains("sku") || !body->at("sku").is_string()
            || !body->contains("quantity") || !body->at("quantity").is_number_integer())
            return SimResponse::json(400, Json{{"error", "body must be {\"sku\": text, \"quantity\": integer}"}});
        const QString location = fromStd(body->value("location", std::string()));
        if (!m_service->editListedStock(
                fromStd(body->at("sku").get<std::string>()), body->at("quantity").get<qint64>(), location))
            return SimResponse::json(404, Json{{"error", "no such SKU listed here"}});
        return SimResponse::json(200, *body);
    }
    return SimResponse::json(404, Json{{"error", "no such sandbox route"}});
}

QByteArray LoopbackServer::dateNow() const
{
    return m_clock ? net::formatHttpDate(m_clock->nowUtc()) : QByteArray();
}

void LoopbackServer::reply(QTcpSocket* socket, const SimResponse& response, bool keepAlive, const QByteArray& date)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!date.isEmpty()) // RFC 9110 §6.6.1: an origin server with a clock sends Date
        head += "Date: " + date + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void LoopbackServer::hold(QTcpSocket* socket)
{
    QPointer<QTcpSocket> guarded(socket);
    m_held.removeAll(nullptr);
    m_held.append(guarded);
    QTimer::singleShot(m_faults.timeoutHoldMs, socket, [guarded] {
        if (guarded)
            guarded->abort();
    });
}

int LoopbackServer::drawLatencyMs()
{
    if (m_faults.latencyMedianMs <= 0)
        return 0;
    // Log-normal through the median and the 99th percentile (z = 2.326).
    const double mu = std::log(static_cast<double>(m_faults.latencyMedianMs));
    const double sigma = m_faults.latencyP99Ms > m_faults.latencyMedianMs
        ? (std::log(static_cast<double>(m_faults.latencyP99Ms)) - mu) / 2.326
        : 0.0;
    return static_cast<int>(std::lround(std::exp(mu + sigma * m_rng.normal())));
}

} // namespace lockstep::core::sim
