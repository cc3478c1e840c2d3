// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"
#include "order_judgement.h"
#include "rules/rule_settings.h"
#include "rules/shipment_confirmation.h"
#include "rules/store_sale.h"
#include "rules/till_return.h"
#include "store/outbox_repository.h"

#include <QSet>

namespace lockstep::core::engine {

/// What the store knows about whether the storefront heard "shipped" for `shipment`: its order and the outbox
/// row that tells it.
Result<rules::ShipmentFacts> shipmentFacts(store::Database& db, const Shipment& shipment);

/// What the store knows about a till return's customer return from its outbox row (`entry`, of kind
/// kWmsCreateReturn): the till return, its units and facility, and where the row stands.
Result<rules::TillReturnFacts> tillReturnFacts(store::Database& db, const store::OutboxEntry& entry);
/// The same for a till sale's stock moves (an outbox row of kind kWmsStoreSale).
Result<rules::StoreSaleFacts> storeSaleFacts(store::Database& db, const store::OutboxEntry& entry);

/// The sweep: runs the detectors of core/rules over what the store knows, with no network, and keeps the
/// exception queues true: a detector that fires raises (or refreshes) its exception; an open exception whose
/// condition no longer holds is resolved, audited. Held orders (unknown SKU, no facility) are taken in again
/// so that a mapping or item added since lets them through.
///
/// Covers: stuck pending orders, shipment confirmations missing, order totals mismatches, bundles with a
/// component missing from the item master, unmapped custom fields (clearing), till returns not at the warehouse,
/// and re-checks of held orders (a till return held by its SKU or store included).
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
    Status tillReturns(CycleSummary& summary);
    Status storeSales(CycleSummary& summary);
    /// The unsent till returns or sales (outbox rows of `kind`): raised by `detect` when overdue or refused, and the
    /// open ones of `type` not raised again resolved with `landed`.
    Status tillDeliveries(const QString& kind,
        Result<rules::TillReturnFacts> (*factsOf)(store::Database&, const store::OutboxEntry&),
        std::optional<ExceptionRecord> (*detect)(
            const rules::TillReturnFacts&, const rules::RuleSettings&, const QDateTime&),
        ExceptionType type,
        const Message& landed,
        CycleSummary& summary);
    /// Resolves the open exceptions of `type` (subjects starting with `prefix`) that this pass did not raise.
    Status resolveRest(ExceptionType type,
        const QString& prefix,
        const QSet<QString>& raised,
        const Message& why,
        CycleSummary& summary);

    EngineContext& m_context;
    rules::RuleSettings m_settings;
    QDateTime m_now;
};

} // namespace lockstep::core::engine
