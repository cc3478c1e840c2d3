// SPDX-License-Identifier: GPL-3.0-or-later
#include "connector_set.h"

#include "config/secrets.h"
#include "connectors/commercetools/ct_connector.h"
#include "connectors/deposco/deposco_connector.h"
#include "connectors/pos/square_connector.h"
#include "connectors/woocommerce/woo_connector.h"
#include "net/http_client.h"

namespace lockstep::core::engine {

ConnectorSet makeConnectors(const Config& config,
    const EngineCredentials& credentials,
    QNetworkAccessManager* network,
    const net::HttpPolicy& policy,
    QObject* parent,
    PosUse pos)
{
    ConnectorSet set;
    const auto client = [&](const QString& name) {
        auto* c = new net::HttpClient(name, network, policy, {}, parent);
        set.clients.append(c);
        return c;
    };
    if (config.wms.enabled) {
        connectors::deposco::DeposcoSettings wms;
        wms.apiUrl = config.wms.baseUrl;
        wms.tokenUrl = config.wms.authUrl.isValid()
            ? config.wms.authUrl
            : config.wms.baseUrl.resolved(QUrl(QStringLiteral("/oauth2/token")));
        wms.clientId = credentials.wmsClientId;
        wms.clientSecret = credentials.wmsClientSecret;
        wms.refreshToken = credentials.wmsRefreshToken;
        wms.scope = config.wms.scope;
        wms.businessUnit = config.wms.businessUnit;
        wms.atpUrl = config.wms.atpUrl;
        wms.atpUser = credentials.wmsAtpUser;
        wms.atpPassword = credentials.wmsAtpPassword;
        wms.atpFacility = config.defaultFacility;
        wms.storeLocation = config.wms.storeLocation;
        const std::pair<const char*, const ConnectorConfig*> storefronts[] = {
            {"woocommerce", &config.woocommerce}, {"commercetools", &config.commercetools}, {"pos", &config.pos}};
        for (const auto& [name, storefront] : storefronts) {
            if (storefront->hasWmsOrderPrefix)
                wms.orderPrefixes.insert(QLatin1String(name), storefront->wmsOrderPrefix);
        }
        set.wms = new connectors::deposco::DeposcoConnector(wms, *client(QStringLiteral("wms")), parent);
    }
    if (config.woocommerce.enabled) {
        connectors::woocommerce::WooSettings woo;
        woo.baseUrl = config.woocommerce.baseUrl;
        woo.consumerKey = credentials.wooKey;
        woo.consumerSecret = credentials.wooSecret;
        woo.webhookSecret = credentials.wooWebhookSecret;
        woo.credentials = config.woocommerce.auth == QLatin1String("query_string")
            ? connectors::woocommerce::WooCredentials::QueryString
            : connectors::woocommerce::WooCredentials::Header;
        set.storefronts.append(
            new connectors::woocommerce::WooConnector(woo, *client(QStringLiteral("woocommerce")), parent));
    }
    if (config.commercetools.enabled) {
        connectors::commercetools::CtSettings ct;
        ct.apiUrl = config.commercetools.baseUrl;
        ct.authUrl = config.commercetools.authUrl;
        ct.projectKey = config.commercetools.projectKey;
        ct.clientId = credentials.ctClientId;
        ct.clientSecret = credentials.ctClientSecret;
        ct.supplyChannelKey = config.defaultFacility; // stock is pushed to the default facility's channel
        ct.paymentGate = connectors::commercetools::paymentGateFromKey(config.commercetools.paymentGate)
                             .value_or(connectors::commercetools::PaymentGate::PaymentState);
        set.storefronts.append(
            new connectors::commercetools::CtConnector(ct, *client(QStringLiteral("commercetools")), parent));
    }
    if (config.pos.enabled) {
        connectors::pos::SquareSettings settings;
        settings.baseUrl = config.pos.baseUrl;
        settings.accessToken = credentials.posAccessToken;
        settings.locationIds = config.pos.locationIds;
        set.till = new connectors::pos::SquareConnector(settings, *client(QStringLiteral("pos")), parent);
        if (pos == PosUse::Include)
            set.storefronts.append(set.till);
    }
    return set;
}

} // namespace lockstep::core::engine
