// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"

#include <QObject>

namespace lockstep::core::engine {

/// Reads what each storefront lists now (products, variations, their stock) and keeps two kinds of exception
/// true: inventory drift (the storefront's stock against what Lockstep last pushed less what the storefront sold
/// between the push and the read, beyond `tolerances.stock_drift_units`) and the listing SKU checks (one SKU on several
/// products, a variation showing its parent's SKU). Found again: refreshed; no longer found: resolved with an audit
/// row. A storefront whose listing cannot be read keeps its exceptions as they are. Runs at the end of the stock job,
/// after the push. For a storefront whose sales take stock off by themselves (WooCommerce), its orders are taken in
/// right after the read (OrderPoller), so that the sales paid between the push and the read of each item, both on the
/// storefront's clock
/// (`Date` of the answers), are
/// known and expected; only what no order explains raises.
/// Thread: the engine's worker thread.
class ListingCheck : public QObject
{
    Q_OBJECT

public:
    explicit ListingCheck(EngineContext& context, QObject* parent = nullptr);

    /// Every storefront in turn, then `done`.
    void run(JobDone done);

    /// Applies one storefront's listing to the store (no network): drift and SKU checks, raised and resolved,
    /// in one transaction. The sales counted are those of the orders already taken in.
    Status apply(SourceSystem storefront, const connectors::StorefrontListing& listing, CycleSummary& summary);

private:
    void check(qsizetype index, CycleSummary summary, JobDone done);

    EngineContext& m_context;
};

} // namespace lockstep::core::engine
