// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"
#include "order_judgement.h"
#include "rules/rule_settings.h"
#include "rules/shipment_confirmation.h"

#include <QSet>

namespace lockstep::core::engine {

/// What the store knows about whether the storefront heard "shipped" for `shipment`: its order and the outbox
/// row that tells it.
Result<rules::ShipmentFacts> shipmentFacts(store::Database& db, const Shipment& shipment);

/// The sweep: runs the detectors of core/rules over what the store knows, with no network, and keeps the
/// exception queues true: a detector that fires raises (or refreshes) its exception; an open exception whose
/// condition no longer holds is resolved, audited. Held orders (unknown SKU, no facility) are taken in again
/// so that a mapping or item added since lets them through.
///
/// Covers: stuck pending orders, shipment confirmations missing, order totals mismatches, bundles with a
/// component missing from the item master, unmapped custom fields (clearing), and re-checks of held orders.
/// Failed allocations and cancellations past cutoff are raised where the warehouse answers (wms_tracker,
/// outbox_dispatcher). Thread: the engine's worker thread; synchronous, one transaction per detector.
class Sweep
{
public:
    explicit Sweep(EngineContext& context);

    CycleSummary run();

private:
    Status orders(CycleSummary& summary);
    Status shipments(CycleSummary& summary);
    Status bundles(CycleSummary& summary);
    Status heldOrders(CycleSummary& summary);
    Status customFields(CycleSummary& summary);
    /// Resolves the open exceptions of `type` (subjects starting with `prefix`) that this pass did not raise.
    Status resolveRest(ExceptionType type,
        const QString& prefix,
        const QSet<QString>& raised,
        const QString& why,
        CycleSummary& summary);

    EngineContext& m_context;
    rules::RuleSettings m_settings;
    QDateTime m_now;
};

} // namespace lockstep::core::engine
