// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/storefront_connector.h"
#include "square_parser.h"

#include <QStringList>

namespace lockstep::core::connectors::pos {

/// A till system's back office (api-notes §5, "adapter shape"): store sales and returns as orders with the store
/// location as their channel (a return has negative quantities and names its sale in the custom field
/// "source_order_id"), and stock per (SKU, store location), read and set. Square is the one implemented
/// (SquareConnector); another till system implements this interface the same way.
///
/// Beyond the storefront interface: a stock level's `location` names the store location it is for, and
/// fetchStoreStock reads what the tills count as sellable. Thread: the engine's worker thread.
class PosConnector : public StorefrontConnector
{
public:
    SourceSystem system() const override { return SourceSystem::Pos; }
    /// The store locations this connector reads and writes (as configured, or every active one the API lists once
    /// it has been asked); empty before the first call when none is configured.
    virtual QStringList locations() const = 0;
    /// Sellable stock per SKU in one store location (every configured location when `location` is empty).
    virtual void fetchStoreStock(const QString& location, Reply<QList<StoreStock>> reply) = 0;
};

} // namespace lockstep::core::connectors::pos
