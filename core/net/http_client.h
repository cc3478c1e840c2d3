// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circuit_breaker.h"
#include "connector_health.h"
#include "http_call.h"
#include "http_types.h"
#include "retry_policy.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace lockstep::core {
class Clock;
}

namespace lockstep::core::net {

class RandomSource;

/// What a client takes from outside so tests can be deterministic. Null members mean the system clock and the
/// system random source. Not owned: what is given must outlive the client.
struct HttpClientDeps
{
    const Clock* clock = nullptr;
    RandomSource* random = nullptr;
};

/// The HTTP client of one connector: every request of the connector goes through it, so the policy lives in one place
/// (timeouts, retries with full-jitter backoff, Retry-After, circuit breaker, TLS verification, redacted logging).
/// Several clients share one QNetworkAccessManager (connection pools, TLS sessions); each has its own breaker.
///
///     auto* call = client.send(HttpRequest::get(url), this, [this](const HttpResult& r) { ... });
///
/// Thread: lives in the engine thread, with the QNetworkAccessManager; healthChanged reaches the UI queued.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    /// `network` is not owned and must outlive the client; if null the client makes its own.
    HttpClient(QString connector,
        QNetworkAccessManager* network,
        HttpPolicy policy = {},
        HttpClientDeps deps = {},
        QObject* parent = nullptr);
    ~HttpClient() override;

    /// Starts a call (on the next event-loop turn) and returns it; connect to HttpCall::finished.
    HttpCall* send(HttpRequest request);

    /// Starts a call and hands its result to `onFinished`, called in `context`'s thread; not called if `context` is
    /// destroyed first, and the call is then aborted.
    template <typename Functor> HttpCall* send(HttpRequest request, const QObject* context, Functor&& onFinished)
    {
        HttpCall* call = send(std::move(request));
        const auto delivery = connect(call, &HttpCall::finished, context, std::forward<Functor>(onFinished));
        // `destroyed` comes while the context is half gone: cut the delivery before aborting.
        connect(context, &QObject::destroyed, call, [call, delivery] {
            QObject::disconnect(delivery);
            call->abort();
        });
        return call;
    }

    const QString& connector() const { return m_connector; }
    const HttpPolicy& policy() const { return m_policy; }
    BreakerSnapshot breakerState() const { return m_breaker->snapshot(); }
    ConnectorHealth health() const;

Q_SIGNALS:
    /// Breaker state or number of waiting retries changed.
    void healthChanged(const lockstep::core::net::ConnectorHealth& health);

private:
    friend class HttpCall;
    void adjustRetriesPending(int delta);
    void announceHealth();

    QString m_connector;
    HttpPolicy m_policy;
    const Clock* m_clock;
    RandomSource* m_random;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<RandomSource> m_ownRandom;
    QPointer<QNetworkAccessManager> m_network;
    CircuitBreaker* m_breaker = nullptr;
    int m_retriesPending = 0;
};

} // namespace lockstep::core::net
