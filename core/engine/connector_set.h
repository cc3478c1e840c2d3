// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "connectors/storefront_connector.h"
#include "connectors/wms_connector.h"
#include "net/retry_policy.h"

#include <QList>

class QNetworkAccessManager;
class QObject;

namespace lockstep::core::net {
class HttpClient;
}

namespace lockstep::core::engine {

struct EngineCredentials;

/// The configured connectors, each with an HttpClient of its own (its own circuit breaker) named after its
/// configuration key ("woocommerce", "commercetools", "wms", "pos"). All are children of the parent they were made
/// with. Thread: the parent's thread (the engine's, or the self-test's worker).
struct ConnectorSet
{
    QList<net::HttpClient*> clients;
    connectors::WmsConnector* wms = nullptr; ///< null when no WMS is configured
    QList<connectors::StorefrontConnector*> storefronts; ///< WooCommerce, commercetools (and POS: PosUse::Include)
    connectors::StorefrontConnector* till = nullptr; ///< the POS, when enabled, whatever PosUse says
};

/// Which storefronts a ConnectorSet gets besides the WMS.
enum class PosUse
{
    Leave, ///< the sync engine: the till is apart (`till`): its sales never go to the warehouse as orders
    Include, ///< the self-test: a configured POS is checked like a storefront
};

/// Builds every enabled connector of `config` with the resolved `credentials` over `network` (not owned).
ConnectorSet makeConnectors(const Config& config,
    const EngineCredentials& credentials,
    QNetworkAccessManager* network,
    const net::HttpPolicy& policy,
    QObject* parent,
    PosUse pos);

} // namespace lockstep::core::engine
