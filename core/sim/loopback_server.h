// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "fault_profile.h"
#include "http_exchange.h"
#include "rng.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace lockstep::core::sim {

class Ledger;
class SimService;

/// An HTTP server on 127.0.0.1 (a free port) in front of one SimService. It injects the faults of its
/// FaultProfile (resets, held requests, 429, 5xx, 409 on writes, latency) with its own seeded random
/// stream, counts requests and faults in the ledger, and serves `GET /_sandbox/ledger` and
/// `GET|PUT /_sandbox/faults` itself.
///
/// Responses are written straight to the socket so that delays, resets and held requests are possible.
/// Thread: lives in the sandbox's thread. Owns nothing but its sockets' fate; the service and ledger
/// must outlive it.
class LoopbackServer final : public QAbstractHttpServer
{
public:
    LoopbackServer(SimService* service, Ledger* ledger, std::uint64_t seed, QObject* parent = nullptr);
    ~LoopbackServer() override;

    Result<quint16> start();
    void stop();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    FaultProfile faultProfile() const { return m_faults; }
    void setFaultProfile(const FaultProfile& profile) { m_faults = profile; }
    /// Called before a request reaches the service (the sandbox brings the world up to the clock's time).
    void setBeforeRequest(std::function<void()> hook) { m_beforeRequest = std::move(hook); }
    /// Called with every request the service handled and its answer (for conformance checks of both sides).
    void setExchangeObserver(std::function<void(const SimExchange&)> observer) { m_observer = std::move(observer); }
    /// The simulated clock every answer's `Date` header is read from, as a real server's is from its own
    /// (none: no `Date`). Read when the request arrives, before the world moves up to the clock.
    void setClock(const Clock* clock) { m_clock = clock; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SimResponse sandboxRoute(const SimRequest& request);
    void reply(QTcpSocket* socket, const SimResponse& response, bool keepAlive, const QByteArray& date);
    QByteArray dateNow() const;
    void hold(QTcpSocket* socket);
    int drawLatencyMs();

    SimService* m_service;
    Ledger* m_ledger;
    Rng m_rng;
    FaultProfile m_faults;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_held;
    int m_delayed = 0; ///< answers waiting out their latency
    std::function<void()> m_beforeRequest;
    std::function<void(const SimExchange&)> m_observer;
    const Clock* m_clock = nullptr;
};

/// Resets a connection (RST where the platform allows it) instead of closing it cleanly.
void resetConnection(QTcpSocket* socket);

} // namespace lockstep::core::sim
