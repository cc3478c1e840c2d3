// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lockstep::core {

/// The WMS sales-order status model (Deposco's current API). The order of the enumerators is the
/// order an order moves through the warehouse; Canceled stands apart.
enum class WmsOrderStatus
{
    Draft,
    New,
    Hold,
    ReadyForFulfillment,
    WaveBuilt,
    BackOrdered,
    PartiallyReleased,
    Released,
    Picking,
    PickComplete,
    PartiallyStaged,
    Staged,
    PartiallyLoaded,
    Loaded,
    PartiallyShipped,
    ShipComplete,
    Canceled,
};

/// What a cancellation may still take away from an order in a given status: the warehouse cutoff.
enum class CancelScope
{
    WholeOrder, ///< Draft … Back Ordered
    BackOrderedOnly, ///< Partially Released: only back-ordered quantities
    Nothing, ///< Released onward, and Canceled
};

/// The WMS's own text for the status ("Ready for Fulfillment", "Back Ordered").
QString toWmsText(WmsOrderStatus status);
std::optional<WmsOrderStatus> wmsOrderStatusFromText(const QString& text);
CancelScope cancelScope(WmsOrderStatus status);
/// True once the WMS holds the order as its own (anything but Draft and Canceled): the storefront
/// order counts as acknowledged by the warehouse.
bool isAcknowledged(WmsOrderStatus status);

} // namespace lockstep::core
