// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/shipment.h"

#include <QList>

#include <optional>

namespace lockstep::core::store {

/// Outbound shipments from the WMS, keyed by the WMS shipment id. Thread: the thread of its Database.
class ShipmentRepository
{
public:
    explicit ShipmentRepository(Database& db)
        : m_db(db)
    {}

    Status upsert(const Shipment& shipment);
    Result<std::optional<Shipment>> findByWmsId(const QString& wmsShipmentId);
    Result<QList<Shipment>> forOrder(SourceSystem storefront, const QString& storefrontOrderId);
    Result<QList<Shipment>> byTrackingNumber(const QString& trackingNumber);
    /// Shipments the carrier collected at or after `since`, oldest collection first, at most `limit`
    /// (via shipments_by_collected).
    Result<QList<Shipment>> collectedSince(const QDateTime& since, int limit = 100000);

private:
    Result<QList<Shipment>> query(const char* where, const QString& a, const QString& b = {});

    Database& m_db;
};

} // namespace lockstep::core::store
