// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "system.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lockstep::core {

/// Shipment progress. Only CarrierCollected (and later) may be announced to the customer as "shipped".
enum class ShipmentState
{
    LabelCreated,
    Packed,
    CarrierCollected,
    InTransit,
    Delivered,
    Voided
};

QString toString(ShipmentState state);
std::optional<ShipmentState> shipmentStateFromString(const QString& text);
bool isAnnounceable(ShipmentState state);

/// One line of a shipment: how many units of a SKU it carried.
struct ShippedLine
{
    QString sku;
    qint64 quantity = 0;
    friend bool operator==(const ShippedLine&, const ShippedLine&) = default;
};

/// An outbound shipment from the WMS for one storefront order.
struct Shipment
{
    QString wmsShipmentId;
    SourceSystem storefront = SourceSystem::WooCommerce;
    QString storefrontOrderId;
    QString facility;
    QString carrier;
    QString trackingNumber;
    ShipmentState state = ShipmentState::LabelCreated;
    int shippedUnits = 0; ///< a label may exist with no units shipped
    QDateTime updatedAt; ///< UTC
    QDateTime collectedAt; ///< UTC, invalid until the carrier collected
    /// What it carried, line by line, when the WMS listed every line (empty when it did not: a collection cut
    /// short); read from the WMS, not kept in the store.
    QList<ShippedLine> lines;

    friend bool operator==(const Shipment&, const Shipment&) = default;
};

} // namespace lockstep::core
