// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipment_repository.h"

namespace lockstep::core::store {

namespace {

Shipment readShipment(const Statement& s)
{
    Shipment sh;
    sh.wmsShipmentId = s.text(0);
    sh.storefront = sourceSystemFromString(s.text(1)).value_or(SourceSystem::WooCommerce);
    sh.storefrontOrderId = s.text(2);
    sh.facility = s.text(3);
    sh.carrier = s.text(4);
    sh.trackingNumber = s.text(5);
    sh.state = shipmentStateFromString(s.text(6)).value_or(ShipmentState::LabelCreated);
    sh.shippedUnits = s.int32(7);
    sh.updatedAt = s.dateTime(8);
    sh.collectedAt = s.dateTime(9);
    return sh;
}

} // namespace

Status ShipmentRepository::upsert(const Shipment& sh)
{
    auto st = m_db.cached(R"SQL(
        INSERT INTO shipments (wms_shipment_id, storefront, storefront_order_id, facility, carrier, tracking_number,
            state, shipped_units, updated_at, collected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (wms_shipment_id) DO UPDATE SET storefront = excluded.storefront,
            storefront_order_id = excluded.storefront_order_id, facility = excluded.facility,
            carrier = excluded.carrier, tracking_number = excluded.tracking_number, state = excluded.state,
            shipped_units = excluded.shipped_units, updated_at = excluded.updated_at,
            collected_at = excluded.collected_at)SQL");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, sh.wmsShipmentId)
        .bind(2, toString(sh.storefront))
        .bind(3, sh.storefrontOrderId)
        .bind(4, sh.facility)
        .bind(5, sh.carrier)
        .bind(6, sh.trackingNumber)
        .bind(7, toString(sh.state))
        .bind(8, sh.shippedUnits)
        .bind(9, sh.updatedAt)
        .bind(10, sh.collectedAt)
        .exec();
}

Result<QList<Shipment>> ShipmentRepository::query(const char* where, const QString& a, const QString& b)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT wms_shipment_id, storefront, storefront_order_id, facility, carrier, tracking_number, state, "
        "shipped_units, updated_at, collected_at FROM shipments WHERE %1 ORDER BY id")
                               .arg(QLatin1String(where)));
    if (!st.ok())
        return st.error();
    st->bind(1, a);
    if (!b.isNull())
        st->bind(2, b);
    return collectRows<Shipment>(st.value(), readShipment);
}

Result<QList<Shipment>> ShipmentRepository::collectedSince(const QDateTime& since, int limit)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT wms_shipment_id, storefront, storefront_order_id, facility, carrier, tracking_number, state, "
        "shipped_units, updated_at, collected_at FROM shipments WHERE collected_at >= ?1 ORDER BY collected_at LIMIT "
        "?2"));
    if (!st.ok())
        return st.error();
    st->bind(1, since).bind(2, std::max(1, limit));
    return collectRows<Shipment>(st.value(), readShipment);
}

Result<std::optional<Shipment>> ShipmentRepository::findByWmsId(const QString& wmsShipmentId)
{
    auto rows = query("wms_shipment_id = ?1", wmsShipmentId);
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<Shipment>() : std::optional<Shipment>(rows->constFirst());
}

Result<QList<Shipment>> ShipmentRepository::forOrder(SourceSystem storefront, const QString& storefrontOrderId)
{
    return query("storefront = ?1 AND storefront_order_id = ?2", toString(storefront), storefrontOrderId);
}

Result<QList<Shipment>> ShipmentRepository::byTrackingNumber(const QString& trackingNumber)
{
    return query("tracking_number = ?1", trackingNumber);
}

} // namespace lockstep::core::store
