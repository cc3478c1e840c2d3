// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/storefront_connector.h"
#include "connectors/wms_connector.h"
#include "domain/shipment.h"
#include "store/database.h"
#include "store/outbox_repository.h"

#include <QString>

namespace lockstep::core::engine {

/// Outbox kinds and idempotency keys. A key names the decision, not the attempt: retries reuse it.
inline const QString kWmsCreateOrder = QStringLiteral("wms.create_order");
inline const QString kWmsCancelOrder = QStringLiteral("wms.cancel_order");
inline const QString kStorefrontFulfil = QStringLiteral("storefront.mark_fulfilled");
inline const QString kWmsCreateReturn = QStringLiteral("wms.create_customer_return");
QString createOrderKey(const QString& orderSubject);
QString cancelOrderKey(const QString& orderSubject);
/// One customer return per till return: "wms.return:pos:R-000012".
QString customerReturnKey(const QString& returnSubject);
/// A till's sale taken off the store facility's stock at the WMS: "wms.sale:pos:S-000012" (kWmsStoreSale), and the
/// look a while after it was sent at how many times the WMS holds each move: "wms.sale_check:pos:S-000012".
inline const QString kWmsStoreSale = QStringLiteral("wms.store_sale");
inline const QString kWmsStoreSaleCheck = QStringLiteral("wms.store_sale_check");
QString storeSaleKey(const QString& saleSubject);
QString storeSaleCheckKey(const QString& saleSubject);
/// One "shipped" message per WMS shipment: "storefront.fulfil:woocommerce:1042:SH-77".
QString fulfilKey(const QString& orderSubject, const QString& wmsShipmentId);
/// The order subject an outbox row belongs to ("woocommerce:1042"), read back from its idempotency key.
QString orderSubjectOfKey(const QString& idempotencyKey);

/// Queues the cancellation of a storefront order at the WMS, in the caller's transaction. True when it was queued
/// now; false when it already waits. A cancellation already sent ("nothing to cancel") is queued again, because a
/// create that was in flight meanwhile may since have reached the WMS.
Result<bool> queueWmsCancel(store::Database& db, const QString& orderSubject, const QDateTime& now);

/// The outbox payload of a WMS create: JSON that round-trips every field, money as minor units.
QString encodeCreateRequest(const connectors::WmsCreateRequest& request);
Result<connectors::WmsCreateRequest> decodeCreateRequest(const QString& json);

/// The outbox payload of a WMS customer return (a till return).
QString encodeReturnRequest(const connectors::WmsReturnRequest& request);
Result<connectors::WmsReturnRequest> decodeReturnRequest(const QString& json);
/// A till's sale for the WMS: one stock move per line, each with its own transaction ("pos:S-000012#1").
struct StoreSale
{
    QString reference; ///< the till sale ("pos:S-000012")
    QString saleNumber; ///< the till's number of the sale
    QString store; ///< the store location it was sold at
    QList<connectors::WmsStockMove> moves;
    qint64 units() const;
};
QString encodeStoreSale(const StoreSale& sale);
Result<StoreSale> decodeStoreSale(const QString& json);

/// The outbox payload of a "shipped" message to a storefront.
struct FulfilPayload
{
    SourceSystem storefront = SourceSystem::WooCommerce;
    connectors::FulfilmentUpdate update;
};
QString encodeFulfil(const FulfilPayload& payload);
Result<FulfilPayload> decodeFulfil(const QString& json);

/// The outbox entry that tells the storefront `s` shipped (carrier, tracking, collection time), under
/// fulfilKey(): the tracker queues it on carrier collection, a retry re-queues the same one.
store::OutboxEntry fulfilEntry(const Shipment& s, bool completesOrder, const QDateTime& now);

/// The same, judging from the store whether `s` (already stored) completes its order: the units of the order's
/// collected shipments reach the units ordered at the WMS, or the WMS says Ship Complete. An order the WMS has
/// not been read for counts as complete, as before shipments carried their lines.
Result<store::OutboxEntry> fulfilEntry(store::Database& db, const Shipment& s, const QDateTime& now);

} // namespace lockstep::core::engine
