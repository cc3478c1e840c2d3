// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/wms_connector.h"
#include "deposco_parser.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace lockstep::core::net {
class HttpClient;
struct HttpRequest;
struct HttpResult;
}

namespace lockstep::core::connectors {
class OAuthToken;
}

namespace lockstep::core::connectors::deposco {

struct WalkCursor;

struct DeposcoSettings
{
    QUrl apiUrl; ///< the API base, e.g. https://api.deposco.com/latest
    QUrl tokenUrl; ///< OAuth2 token endpoint
    QString clientId;
    QString clientSecret;
    QString businessUnit;
    int pageSize = 100;
};

/// Deposco's current REST API (api-notes §3). The WMS does not protect against duplicate creates, so the
/// engine finds by reference (customerOrderNumber) before it creates. Tokens are cached and renewed a minute
/// before they expire, or once after a 401. Collections come newest first: a watermark moves only when a
/// walk through every page is complete. Thread: the engine's worker thread, with its HttpClient.
class DeposcoConnector : public QObject, public WmsConnector
{
    Q_OBJECT

public:
    DeposcoConnector(DeposcoSettings settings, net::HttpClient& http, QObject* parent = nullptr);

    void findOrder(const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply) override;
    void createOrder(const WmsCreateRequest& request, Reply<WmsOrder> reply) override;
    void cancelOrder(const WmsOrder& order, Reply<CancelOutcome> reply) override;
    void fetchOrdersChangedSince(const QString& cursor, Reply<WmsOrderPage> reply) override;
    void fetchShipmentsSince(const QString& cursor, Reply<ShipmentPage> reply) override;
    void fetchItems(const QString& cursor, Reply<ItemPage> reply) override;
    void fetchAvailability(Reply<QList<Stock>> reply) override;
    /// Signs in and reads one item (`GET /items?page_size=1`).
    void checkHealth(HealthReply reply) override;

private:
    using Handler = std::function<void(const net::HttpResult&)>;
    /// Sends with a bearer token, fetching or renewing it as needed; a 401 renews once and retries.
    void send(net::HttpRequest request, Handler handler);
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    /// The page a walk continues with: its next link, or the first page changed after its watermark.
    QUrl walkPage(const QString& path, const WalkCursor& cursor) const;
    void completeLines(QList<ParsedSalesOrder> orders, qsizetype index, std::function<void(Result<QList<WmsOrder>>)> done);
    void walkItems(QUrl page, QList<Item> items, QList<ParseProblem> problems, bool kits, Reply<ItemPage> reply);

    DeposcoSettings m_settings;
    net::HttpClient& m_http;
    OAuthToken* m_auth; ///< child of this connector
};

} // namespace lockstep::core::connectors::deposco
