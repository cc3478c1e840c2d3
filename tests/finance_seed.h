// SPDX-License-Identifier: GPL-3.0-or-later
// A store where every finance discrepancy happens once, next to orders where storefront, warehouse and money
// agree, written through the same repositories and rules the engine uses. Shared by the report tests and the
// Reports page test.
#pragma once

#include "engine/outbox_payloads.h"
#include "rules/inventory_drift.h"
#include "rules/rule_settings.h"
#include "seed.h"
#include "store/outbox_repository.h"
#include "support.h"

namespace lockstep::test {

struct FinanceOrder
{
    QString number;
    qint64 total = 0;
    QString currency = QStringLiteral("USD");
    QString status = QStringLiteral("completed");
    core::PaymentState payment = core::PaymentState::Paid;
    qint64 wmsTotal = -1; ///< -1: as the storefront
    bool shipped = true;
    bool confirmed = true; ///< the storefront accepted "shipped"
    bool returned = false; ///< a return event in the lifecycle
};

/// One order through intake, the warehouse, the carrier and the storefront confirmation, as the engine
/// would record it. Returns the order's row id.
inline qint64 addFinanceOrder(core::store::Database& db, const FinanceOrder& f, const QDateTime& placed)
{
    using namespace core;
    Order o = makeOrder(f.number, QStringLiteral("buyer%1@example.com").arg(f.number), placed);
    o.status = f.status;
    o.paymentState = f.payment;
    o.currency = f.currency;
    // items - discount + shipping + tax = total
    const qint64 shipping = 500;
    const qint64 tax = 800;
    const qint64 discount = 200;
    o.totals.subtotal = Money::fromMinor(f.total - shipping - tax + discount, f.currency);
    o.totals.discount = Money::fromMinor(discount, f.currency);
    o.totals.shipping = Money::fromMinor(shipping, f.currency);
    o.totals.tax = Money::fromMinor(tax, f.currency);
    o.totals.total = Money::fromMinor(f.total, f.currency);
    const qint64 id = addOrder(db, o);
    Order atWms = o;
    atWms.totals.total = Money::fromMinor(f.wmsTotal < 0 ? f.total : f.wmsTotal, f.currency);
    acknowledge(db, atWms, placed.addSecs(600), f.shipped ? WmsOrderStatus::ShipComplete : WmsOrderStatus::Released);
    if (!f.shipped)
        return id;
    Shipment s;
    s.wmsShipmentId = QStringLiteral("SH-%1").arg(f.number);
    s.storefront = o.storefront;
    s.storefrontOrderId = o.storefrontId;
    s.facility = QStringLiteral("DAL-1");
    s.carrier = QStringLiteral("UPS");
    s.trackingNumber = QStringLiteral("1Z%1").arg(f.number);
    s.state = ShipmentState::CarrierCollected;
    s.shippedUnits = 5;
    s.collectedAt = placed.addSecs(4 * 3600);
    s.updatedAt = s.collectedAt;
    must(store::ShipmentRepository(db).upsert(s));
    addEvent(db, id, s.collectedAt, SourceSystem::Carrier, QStringLiteral("carrier.collected"), s.trackingNumber);
    if (f.confirmed) {
        store::OutboxEntry e;
        e.idempotencyKey = engine::fulfilKey(toString(o.storefront) + u':' + o.storefrontId, s.wmsShipmentId);
        e.kind = QStringLiteral("storefront.fulfil");
        e.target = toString(o.storefront);
        e.payload = QStringLiteral("{}");
        e.nextAttemptAt = s.collectedAt;
        e.createdAt = s.collectedAt;
        e.updatedAt = s.collectedAt;
        const qint64 outboxId = must(store::OutboxRepository(db).enqueue(e));
        must(store::OutboxRepository(db).markSent(outboxId, s.collectedAt.addSecs(30)));
    }
    if (f.returned)
        addEvent(db,
            id,
            s.collectedAt.addDays(3),
            SourceSystem::Deposco,
            QStringLiteral("wms.returned"),
            QStringLiteral("5 units"));
    return id;
}

/// Stock drift as the detector raises it, stored as the sweep would.
inline void addDrift(
    core::store::Database& db, const QString& sku, qint64 pushed, qint64 observed, const QDateTime& now)
{
    core::rules::StockFacts f;
    f.storefront = core::SourceSystem::WooCommerce;
    f.sku = sku;
    f.pushed = pushed;
    f.pushedAt = now.addSecs(-3600);
    f.observed = observed;
    const auto r = core::rules::detectInventoryDrift(f, core::rules::RuleSettings{}, now);
    if (r)
        addException(db, *r);
}

/// `count` automatic audit entries from 2026-11-01, `stepMSecs` apart: a large export to cancel.
inline void seedAuditRows(core::store::Database& db, int count, qint64 stepMSecs)
{
    core::store::Transaction tx(db);
    core::store::AuditRepository audit(db);
    core::store::AuditEntry e;
    e.actor = QStringLiteral("engine");
    e.action = QStringLiteral("exception.auto_resolved");
    e.subjectType = QStringLiteral("exception");
    const QDateTime start = utc("2026-11-01T00:00:00Z");
    for (int i = 0; i < count; ++i) {
        e.at = start.addMSecs(i * stepMSecs);
        e.subjectId = QString::number(i);
        must(audit.append(e));
    }
    must(tx.commit());
}

/// Day 1 (2026-11-02) and day 2 (2026-11-03), UTC. Every kind once, and as many orders that agree:
///   9001 totals mismatch (the WMS lacks the shipping: 500), 9002 shipped, never confirmed,
///   9003 cancelled in the storefront but shipped, 9004 refunded after shipping, no return,
///   SKU MUG-WHT drifted (pushed 10, storefront shows 14).
/// Agreeing: 9101 shipped and confirmed, 9102 refunded with a return, 9103 cancelled before shipping,
///   9104 open (paid, not shipped yet), 9105 EUR shipped on day 2, 9106 refunded before shipping.
inline void seedFinance(core::store::Database& db)
{
    using core::PaymentState;
    const QDateTime day1 = utc("2026-11-02T09:00:00Z");
    const QDateTime day2 = utc("2026-11-03T11:00:00Z");
    core::store::Transaction tx(db);
    addFinanceOrder(db,
        {QStringLiteral("9001"), 10000, QStringLiteral("USD"), QStringLiteral("completed"), PaymentState::Paid, 9500},
        day1);
    FinanceOrder unconfirmed{QStringLiteral("9002"), 4200};
    unconfirmed.status = QStringLiteral("processing");
    unconfirmed.confirmed = false;
    addFinanceOrder(db, unconfirmed, day1.addSecs(600));
    addFinanceOrder(
        db, {QStringLiteral("9003"), 3100, QStringLiteral("USD"), QStringLiteral("cancelled")}, day1.addSecs(1200));
    addFinanceOrder(db,
        {QStringLiteral("9004"), 2500, QStringLiteral("USD"), QStringLiteral("refunded"), PaymentState::Refunded},
        day1.addSecs(1800));
    addFinanceOrder(db, {QStringLiteral("9101"), 6886}, day1.addSecs(2400));
    FinanceOrder returned{
        QStringLiteral("9102"), 1999, QStringLiteral("USD"), QStringLiteral("refunded"), PaymentState::Refunded};
    returned.returned = true;
    addFinanceOrder(db, returned, day1.addSecs(3000));
    FinanceOrder cancelled{QStringLiteral("9103"), 1500, QStringLiteral("USD"), QStringLiteral("cancelled")};
    cancelled.shipped = false;
    addFinanceOrder(db, cancelled, day1.addSecs(3600));
    FinanceOrder open{QStringLiteral("9104"), 2750, QStringLiteral("USD"), QStringLiteral("processing")};
    open.shipped = false;
    addFinanceOrder(db, open, day2);
    addFinanceOrder(db, {QStringLiteral("9105"), 4990, QStringLiteral("EUR")}, day2.addSecs(600));
    FinanceOrder refundedEarly{
        QStringLiteral("9106"), 1200, QStringLiteral("USD"), QStringLiteral("refunded"), PaymentState::Refunded};
    refundedEarly.shipped = false;
    addFinanceOrder(db, refundedEarly, day2.addSecs(1200));
    addDrift(db, QStringLiteral("MUG-WHT"), 10, 14, day2.addSecs(1800));
    addDrift(db, QStringLiteral("TEA-EARL"), 8, 8, day2.addSecs(1800)); // agrees: nothing raised
    must(tx.commit());
}

} // namespace lockstep::test
