// SPDX-License-Identifier: GPL-3.0-or-later
// Builders that put realistic orders, warehouse state, shipments, events, exceptions, cursors and audit rows
// into a test store. Shared by the repository tests, the page tests and the screenshot tool.
#pragma once

#include "store/audit_repository.h"
#include "store/cursor_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"

#include <QTest>

#include <type_traits>

namespace lockstep::test {

/// Fails the calling test (via qFatal, so it works outside test functions too) when `r` is an error.
template <typename R> auto must(R&& r)
{
    if (!r.ok())
        qFatal("seeding failed: %s", qPrintable(r.error().toString()));
    if constexpr (!std::is_same_v<std::decay_t<R>, core::Status>)
        return std::forward<R>(r).value();
}

/// A paid WooCommerce order with one or two lines.
inline core::Order makeOrder(const QString& number, const QString& email, const QDateTime& createdAt)
{
    using namespace core;
    Order o;
    o.storefront = SourceSystem::WooCommerce;
    o.storefrontId = number;
    o.number = number;
    o.status = QStringLiteral("processing");
    o.paymentState = PaymentState::Paid;
    o.currency = QStringLiteral("USD");
    o.totals.total = Money::fromMinor(6886, o.currency);
    o.customerName = QStringLiteral("Example Customer");
    o.customerEmail = email;
    o.shipToCountry = QStringLiteral("US");
    o.createdAt = createdAt;
    o.modifiedAt = createdAt.addSecs(120);
    o.paidAt = createdAt.addSecs(120);
    o.lines = {
        {1,
            QStringLiteral("MUG-WHT"),
            QStringLiteral("Stoneware mug, white"),
            2,
            Money::fromMinor(1450, o.currency),
            Money::fromMinor(2900, o.currency),
            Money::fromMinor(0, o.currency),
            QStringLiteral("1")},
        {2,
            QStringLiteral("TEA-EARL"),
            QStringLiteral("Earl Grey loose tea, 250 g"),
            3,
            Money::fromMinor(1329, o.currency),
            Money::fromMinor(3986, o.currency),
            Money::fromMinor(0, o.currency),
            QStringLiteral("2")},
    };
    return o;
}

inline qint64 addOrder(core::store::Database& db, const core::Order& o)
{
    return must(core::store::OrderRepository(db).upsert(o));
}

/// The WMS acknowledges the order at `firstSeen`.
inline void acknowledge(core::store::Database& db,
    const core::Order& o,
    const QDateTime& firstSeen,
    core::WmsOrderStatus status = core::WmsOrderStatus::New,
    qint64 backOrdered = 0)
{
    core::store::WmsOrderState w;
    w.reference = core::toString(o.storefront) + u':' + o.storefrontId;
    w.wmsId = QStringLiteral("88%1").arg(o.storefrontId);
    w.number = QStringLiteral("SO-%1").arg(o.storefrontId);
    w.status = status;
    w.facility = QStringLiteral("DAL-1");
    w.total = o.totals.total;
    w.orderedUnits = 5;
    w.allocatedUnits = 5 - backOrdered;
    w.backOrderedUnits = backOrdered;
    w.firstSeen = firstSeen;
    w.updatedAt = firstSeen;
    must(core::store::WmsOrderRepository(db).upsert(w));
}

inline void addEvent(core::store::Database& db,
    qint64 orderId,
    const QDateTime& at,
    core::SourceSystem source,
    const QString& kind,
    const QString& detail)
{
    must(core::store::LifecycleRepository(db).append({0, orderId, at, source, kind, detail, {}}));
}

inline core::ExceptionRecord makeException(core::ExceptionType type, const QString& subject, const QDateTime& firstSeen)
{
    core::ExceptionRecord r;
    r.type = type;
    r.subjectKey = subject;
    r.reason = QStringLiteral("Not enough stock at DAL-1 to allocate 1 of 5 units");
    r.suggestedAction = QStringLiteral("Move stock or pick another facility, then retry");
    r.facility = QStringLiteral("DAL-1");
    r.firstSeen = firstSeen;
    r.lastSeen = firstSeen;
    return r;
}

inline qint64 addException(core::store::Database& db, const core::ExceptionRecord& r)
{
    return must(core::store::ExceptionRepository(db).upsert(r)).id;
}

inline void setCursor(core::store::Database& db, const QString& name, const QDateTime& updatedAt)
{
    must(core::store::CursorRepository(db).set(name, updatedAt.toString(Qt::ISODate), updatedAt));
}

} // namespace lockstep::test
