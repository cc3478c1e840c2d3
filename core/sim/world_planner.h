// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rng.h"
#include "scenario.h"
#include "sim_records.h"

#include <QMap>

namespace lockstep::core::sim {

class WmsState;

/// What a scenario's seed decides before the day starts: the catalogue, the day's storefront orders (with the
/// failures planted in them) and the tills' sales and returns. Deterministic: the same seed makes the same plan on
/// every compiler (Rng), and each part draws from a stream of its own, so a change to one does not shift the others.
struct WorldPlan
{
    QList<CatalogueProduct> products;
    QList<StorefrontOrder> orders; ///< in creation order
    QList<PosEvent> posEvents; ///< in time order
    QMap<QPair<QString, QString>, int> posStock; ///< sellable units per (store location, SKU) at the start
};

/// Plans the day of `scenario` and seeds `wms` with the item master and the stock each facility starts with.
WorldPlan planWorld(const Scenario& scenario, WmsState& wms);

} // namespace lockstep::core::sim
