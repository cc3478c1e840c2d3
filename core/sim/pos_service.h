// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim_service.h"

#include <QSet>

namespace lockstep::core::sim {

class World;

/// The store tills as Square serves them (`square/connect-api-specification` api.json; tests/schemas/square holds
/// the subset the conformance test checks): `GET /v2/locations` (one ACTIVE location per scenario store, the store
/// code as its id), `GET /v2/catalog/list?types=ITEM_VARIATION` (one variation per SKU, 100 a page with a cursor),
/// `POST /v2/orders/search` (by location_ids, one date-time filter whose field the sort must name, state filter,
/// `limit` 1–1000, default 500, an opaque `cursor` that keeps the query's end time), `GET /v2/orders/{order_id}`,
/// `POST /v2/inventory/counts/batch-retrieve` (IN_STOCK and WASTE counts, quantities as decimal strings, `limit`
/// up to 1000 with a cursor) and `POST /v2/inventory/changes/batch-create` (PHYSICAL_COUNT changes, at most 100,
/// `idempotency_key` required: a key seen before answers as before without applying anything). A sale is an order
/// with `line_items`; a return is an order whose `returns[]` name the sale (`source_order_id`,
/// `source_line_item_uid`). Errors are Square's `{errors: [{category, code, detail, field}]}`; a Bearer access
/// token is required. Thread: the sandbox's thread.
class PosService final : public SimService
{
public:
    PosService(World* world, QString accessToken);

    QString systemName() const override { return QStringLiteral("pos"); }
    SimResponse handle(const SimRequest& request) override;
    SimResponse serverError(int status) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;

    /// The catalog item variation id the sandbox gives a SKU (stable: derived from the SKU).
    static QString variationId(const QString& sku);
    /// The catalog item id of the SKU's item.
    static QString itemId(const QString& sku);

private:
    SimResponse locations() const;
    SimResponse catalogList(const SimRequest& request) const;
    SimResponse searchOrders(const Json& body) const;
    SimResponse retrieveOrder(const QString& id) const;
    SimResponse countsBatchRetrieve(const Json& body) const;
    SimResponse changesBatchCreate(const Json& body);
    Json orderJson(int eventIndex) const;
    QString skuOfVariation(const QString& id) const;

    World* m_world;
    QString m_accessToken;
    QHash<QString, Json> m_idempotentAnswers; ///< batch-create answers by idempotency_key
};

} // namespace lockstep::core::sim
