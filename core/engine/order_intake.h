// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "connectors/wms_connector.h"
#include "domain/clock.h"
#include "domain/exception_record.h"
#include "domain/order.h"
#include "store/database.h"

#include <QList>
#include <QSet>

namespace lockstep::core::engine {

/// An order's lines in the WMS's items.
struct WmsLines
{
    QList<connectors::WmsCreateRequest::Line> lines;
    QStringList missing; ///< what no WMS item matches, as people read it
    QString firstMissingSku; ///< the first unknown SKU itself (a SKU may hold spaces); empty when lines lack a SKU
};

/// `lines` in the WMS's items: a person's SKU mapping first, then the item master; a bundle as its components (at
/// price zero: the price stays on the order). Quantities as given.
Result<WmsLines> toWmsLines(
    store::Database& db, SourceSystem storefront, const QList<OrderLine>& lines, const QString& currency);

/// What taking in one storefront order did.
struct IntakeOutcome
{
    qint64 orderId = 0;
    bool created = false; ///< first time Lockstep saw this order
    bool queuedCreate = false; ///< a WMS create was queued by this intake
    bool queuedCancel = false; ///< a WMS cancel was queued by this intake
    bool queuedReturn = false; ///< a WMS customer return (a till return) was queued by this intake
    bool queuedSale = false; ///< a till sale's stock moves were queued for the WMS by this intake
    bool withdrawnCreate = false; ///< cancelled before it was sent: the queued create will never go
    QList<ExceptionRecord> raised; ///< exceptions raised or refreshed
    int newExceptions = 0; ///< of those, the ones that were new (or reopened)
    int resolvedExceptions = 0; ///< held-order exceptions (SKU, routing) resolved because the order could go, and a
                                ///< stuck-pending one the news cleared
    QSet<ExceptionType> changedQueues; ///< the queues of the exceptions raised, reopened or resolved
};

/// Takes a storefront order into the store and decides what goes to the WMS, all in one transaction:
/// the order, its lifecycle events, any exception, and the outbox row commit together or not at all.
///
/// Payment gating: only a paid order is queued. Exactly once: the create's idempotency key is the
/// order's identity, so a duplicate webhook, a re-poll or a crash and restart can never queue a second.
/// Facility routing: the order's channel through the configured map, else the default facility.
/// SKUs: a person's mapping first, then the WMS item master; a bundle explodes into its components.
/// Values: a line quantity of zero or less or a negative amount (rules::invalidOrderValues) holds the order as a SKU
/// mismatch naming the line, the SKU and the value, never sent.
/// An unknown SKU or an unroutable order is held as an exception, not sent; once a later intake can send it
/// (the SKU was mapped or added, a facility was configured), those exceptions are resolved, audited.
/// Thread: the engine's (the single writer connection).
class OrderIntake
{
public:
    OrderIntake(store::Database& db, const Config& config, const Clock& clock);

    Result<IntakeOutcome> ingest(const Order& order);

private:
    Status decideWms(const Order& order, IntakeOutcome& out);
    /// A till order (POS): a sale was handed over at the till and goes nowhere; a return's lines go to the WMS as
    /// one customer return for the store's facility (order_intake_till.cpp).
    Status decideTill(const Order& order, IntakeOutcome& out);
    Status decideTillReturn(const Order& order, const QList<OrderLine>& returned, IntakeOutcome& out);
    /// A sale at a store mapped to a facility of its own: its units leave that facility's stock at the WMS.
    Status decideTillSale(const Order& order, const QList<OrderLine>& sold, IntakeOutcome& out);
    /// Queues a till sale's or return's outbox row for the WMS and clears what held it, in the caller's transaction.
    Status queueForWarehouse(const QString& key,
        const QString& kind,
        const QString& payload,
        const QString& subject,
        const QString& facility,
        IntakeOutcome& out);
    /// Holds a till sale (`sale`) or return whose SKUs the WMS lacks, as a SKU mismatch.
    Status holdForMissingItems(const Order& order,
        const QString& subject,
        const WmsLines& lines,
        const QString& facility,
        bool sale,
        IntakeOutcome& out);
    /// The warehouse facility for `order`: a person's choice, else the channel's mapping, else the default facility.
    Result<QString> facilityFor(const Order& order);
    /// An exception about `order`, now, owned as configured.
    ExceptionRecord exceptionAbout(const Order& order,
        ExceptionType type,
        Severity severity,
        const Message& reason,
        const Message& action,
        const QString& signature) const;
    /// Resolves what held `subject` (an unknown SKU, no facility) now that it went to the outbox.
    Status clearHolds(const QString& subject, const Message& why, IntakeOutcome& out);
    Status raise(ExceptionRecord record, IntakeOutcome& out);
    Status event(qint64 orderId, SourceSystem source, const QString& kind, const Message& detail, const QDateTime& at);

    store::Database& m_db;
    const Config& m_config;
    const Clock& m_clock;
};

} // namespace lockstep::core::engine
