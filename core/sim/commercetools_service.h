// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim_service.h"
#include "token_issuer.h"

#include <QList>
#include <QString>

#include <functional>

namespace lockstep::core::sim {

class Ledger;
class World;

/// A commercetools project: `/oauth/token` (client credentials, Basic auth), orders (query with where on
/// lastModifiedAt/createdAt/orderNumber/orderState, sort, limit ≤ 500, offset ≤ 10000, withTotal; get by id or
/// order number; update with version + actions, 409 ConcurrentModification on a stale version), inventory entries
/// per supply channel (one per sku and channel, versioned), product projections, channels. Each order references one
/// Payment (expanded on `expand=paymentInfo.payments[*]`); `paymentState` is left out when the scenario says so. Money
/// as centPrecision TypedMoney. Thread: the sandbox's thread.
class CommercetoolsService final : public SimService
{
public:
    CommercetoolsService(World* world, Ledger* ledger, QString projectKey, QString clientId, QString clientSecret);

    QString systemName() const override { return QStringLiteral("commercetools"); }
    SimResponse handle(const SimRequest& request) override;
    SimResponse serverError(int status) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;
    /// The inventory entry of (sku, channel `location`; empty: the first channel) gets `quantity` on stock.
    bool editListedStock(const QString& sku, qint64 quantity, const QString& location) override;

    TokenIssuer& tokens() { return m_tokens; }
    /// The order; its payment reference carries the Payment (`obj`) when `expandPayments`.
    Json orderJson(int orderIndex, bool expandPayments = false) const;

private:
    struct Channel
    {
        QString id;
        QString key;
        QString name;
    };
    struct InventoryEntry
    {
        QString id;
        qint64 version = 1;
        QString sku;
        QString channelId;
        qint64 quantityOnStock = 0;
        qint64 createdMSecs = 0;
        qint64 modifiedMSecs = 0;
    };
    struct Clause
    {
        QString field;
        QString op;
        QString value;
    };

    SimResponse token(const SimRequest& request);
    SimResponse queryOrders(const SimRequest& request);
    SimResponse updateOrder(const SimRequest& request, int index);
    SimResponse inventory(const SimRequest& request, const QStringList& rest);
    /// `GET /product-projections`: the published catalogue, one product per SKU (commercetools refuses a SKU
    /// twice, so WooCommerce's duplicate listing is not here), paged like every query.
    SimResponse productProjections(const SimRequest& request);
    Json productProjectionJson(int productIndex) const;
    /// The order's one Payment: amountPlanned the total, one Charge transaction (Pending, Success once paid).
    Json paymentJson(int orderIndex) const;
    /// Whether the request asks for `expand=paymentInfo.payments[*]`.
    static bool expandsPayments(const SimRequest& request);
    std::optional<QList<Clause>> parseWhere(const QStringList& predicates) const;
    struct Query
    {
        int limit = 20;
        int offset = 0;
        QList<Clause> clauses;
    };
    /// Reads limit, offset and where; an InvalidInput error response when one is malformed.
    std::optional<SimResponse> parseQuery(const SimRequest& request, Query& query) const;
    /// `{limit, offset, count, total, results}` for the query's page of `picked` (total left out on withTotal=false).
    SimResponse page(const SimRequest& request,
        const Query& query,
        const QList<int>& picked,
        const std::function<Json(int)>& render) const;
    Json money(qint64 minor) const;
    Json inventoryJson(const InventoryEntry& entry) const;

    World* m_world;
    Ledger* m_ledger;
    QString m_projectKey;
    QString m_clientId;
    QString m_clientSecret;
    TokenIssuer m_tokens;
    QList<Channel> m_channels;
    QList<InventoryEntry> m_inventory;
};

/// A commercetools ErrorResponse: `{"statusCode", "message", "errors": [{"code", "message", ...extra}]}`.
SimResponse ctError(int status, const char* code, const QString& message, const Json& extra = Json::object());

} // namespace lockstep::core::sim
