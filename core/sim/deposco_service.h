// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "sim_service.h"
#include "token_issuer.h"

#include <QHash>
#include <QList>
#include <QUrl>

#include <functional>

namespace lockstep::core::sim {

class Ledger;
class World;
struct CustomerReturn;
struct SalesOrder;
struct SalesOrderLine;

/// Deposco's current REST API as far as it is publicly known (see README: what is taken from the generated
/// SDK's models and operations and what is assumed). OAuth2 token at `/oauth2/token`; under `/latest`: sales
/// orders (list newest first with `{data, links, complete, pages}`, camelCase filters `businessUnit`,
/// `updatedAfter`, `createdAfter`, `pageSize` ≤ 50, `number`, `orderStatus`, unknown parameters ignored;
/// create-or-update by `number`, refused past Back Ordered; order lines; cancellations inside the warehouse
/// window; manual status moves), customer returns (listed with the sales orders' filters, create-or-update by
/// `number`), outbound shipments linked by `orderHeaders`, items, kit headers with kit
/// details, facilities; records identified by `self` EntityRefs; and the legacy ATP call `/ctrl/getRestfulATP`
/// (HTTP Basic). Errors are
/// `{"errors":[{"errorMessage"}]}`, 429 has an empty body. Thread: the sandbox's thread.
class DeposcoService final : public SimService
{
public:
    DeposcoService(World* world, Ledger* ledger, QString clientId, QString clientSecret);

    QString systemName() const override { return QStringLiteral("wms"); }
    SimResponse handle(const SimRequest& request) override;
    SimResponse serverError(int status) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;
    std::optional<SimResponse> concurrentUpdate(const SimRequest& request) const override;

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    TokenIssuer& tokens() { return m_tokens; }

private:
    struct Search
    {
        QList<qint64> ids;
        int pageSize = 25;
    };

    SimResponse token(const SimRequest& request);
    SimResponse salesOrders(const SimRequest& request, const QStringList& seg);
    SimResponse createSalesOrders(const SimRequest& request);
    SimResponse customerReturns(const SimRequest& request, const QStringList& seg);
    SimResponse createCustomerReturns(const SimRequest& request);
    /// The 400 for a create body (of a `kind`: "sales order", "customer return") that is not an object or lacks its
    /// business unit or number, as both models require them; none when it has them.
    std::optional<SimResponse> createRefusal(const std::optional<Json>& body, const QString& kind) const;
    /// The 400 for a create body without lines, or with a line (SalesOrderLineDTO, CustomerReturnLineDTO alike)
    /// without `lineNumber` or `pack`, with a quantity that is not positive or an item the WMS does not know; none
    /// when every line is sound.
    std::optional<SimResponse> linesRefusal(const Json& body, const QString& kind) const;
    SimResponse shipments(const SimRequest& request, const QStringList& seg);
    SimResponse items(const SimRequest& request, const QStringList& seg);
    SimResponse atp(const SimRequest& request);
    /// `GET /locations` (facilityNumber, locator): each store facility's sales floor, `SALES-FLOOR`.
    SimResponse locations(const SimRequest& request);
    /// `GET /inventory/inventoryAdjustments` and `POST /inventory/facilities/{id}/locations/{id}/updates`.
    SimResponse inventory(const SimRequest& request, const QStringList& seg);
    /// One page of a collection: a new snapshot, or the page `page` of the snapshot `search_id`.
    SimResponse collection(const SimRequest& request,
        const QList<qint64>& newestFirst,
        int defaultPageSize,
        const std::function<Json(qint64)>& render,
        int maxPageSize = 100);
    Json salesOrderJson(int index) const;
    Json lineJson(const SalesOrder& order, const SalesOrderLine& line) const;
    Json customerReturnJson(int index) const;
    Json shipmentJson(int index) const;
    Json itemJson(int index) const;
    Json kitHeaderJson(int index) const;
    Json businessUnitRef() const;
    /// A facility's EntityRef, with the id `/facilities` serves it under.
    /// The distribution centres, then the stores the warehouse has set up (`pos.store_facilities`).
    QList<Facility> facilities() const;
    Json facilityRef(const QString& number) const;
    bool isFacility(const QString& number) const;
    /// An item's EntityRef by its number (id 0 when the WMS does not know it).
    Json itemRef(const QString& number) const;
    Json ref(const char* kind, qint64 id, const Json& businessKey) const;
    QString href(const QString& path) const;

    World* m_world;
    Ledger* m_ledger;
    QString m_clientId;
    QString m_clientSecret;
    TokenIssuer m_tokens;
    QString m_refreshToken; ///< the one refresh token that works now; empty until the first refresh
    QUrl m_baseUrl;
    QHash<QString, Search> m_searches;
    int m_nextSearch = 1;
};

/// A Deposco error body: `{"errors":[{"errorMessage": message}]}`.
SimResponse deposcoError(int status, const QString& message);

} // namespace lockstep::core::sim
