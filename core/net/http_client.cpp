// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_client.h"

#include "domain/clock.h"
#include "net_log.h"
#include "random_source.h"

#include <QNetworkAccessManager>

namespace lockstep::core::net {

HttpClient::HttpClient(
    QString connector, QNetworkAccessManager* network, HttpPolicy policy, HttpClientDeps deps, QObject* parent)
    : QObject(parent)
    , m_connector(std::move(connector))
    , m_policy(std::move(policy))
    , m_clock(deps.clock)
    , m_random(deps.random)
    , m_network(network)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    if (!m_random) {
        m_ownRandom = std::make_unique<SystemRandomSource>();
        m_random = m_ownRandom.get();
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
    m_breaker = new CircuitBreaker(m_connector, m_policy.breaker, *m_clock, this);
    connect(m_breaker, &CircuitBreaker::stateChanged, this, &HttpClient::announceHealth);
}

HttpClient::~HttpClient()
{
    // Calls are children; delete them while the breaker and the clock they use still exist.
    const auto calls = findChildren<HttpCall*>(Qt::FindDirectChildrenOnly);
    for (HttpCall* call : calls)
        delete call;
}

HttpCall* HttpClient::send(HttpRequest request)
{
    auto* call = new HttpCall(std::move(request), *this);
    QMetaObject::invokeMethod(call, &HttpCall::startAttempt, Qt::QueuedConnection);
    return call;
}

ConnectorHealth HttpClient::health() const
{
    return ConnectorHealth{m_breaker->snapshot(), m_retriesPending};
}

void HttpClient::adjustRetriesPending(int delta)
{
    m_retriesPending += delta;
    Q_ASSERT(m_retriesPending >= 0);
    announceHealth();
}

void HttpClient::announceHealth()
{
    Q_EMIT healthChanged(health());
}

} // namespace lockstep::core::net
