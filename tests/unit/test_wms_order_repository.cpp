// SPDX-License-Identifier: GPL-3.0-or-later
// The WMS's view of orders: first seen kept (the acknowledgement time), status history, stock pushes.
#include "engine/engine_context.h"
#include "store/wms_order_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::utc;

class TestWmsOrderRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsFirstSeenAndReportsPreviousStatus()
    {
        lockstep::test::TempStore s;
        WmsOrderRepository repo(s.db);
        connectors::WmsOrder o;
        o.wmsId = QStringLiteral("88121");
        o.number = QStringLiteral("SO-88121");
        o.reference = QStringLiteral("woocommerce:1042");
        o.status = WmsOrderStatus::New;
        o.facility = QStringLiteral("DAL-1");
        o.total = Money::fromMinor(6886, QStringLiteral("EUR"));
        o.lines = {{QStringLiteral("l1"), 1, QStringLiteral("MUG-WHT"), 2, 1, 1, 0, 0},
            {QStringLiteral("l2"), 2, QStringLiteral("TEA"), 3, 3, 0, 0, 0}};
        o.updatedAt = utc("2026-11-23T10:00:00Z");
        auto first = repo.upsert(engine::wmsOrderStateOf(o));
        LOCKSTEP_VERIFY_OK(first);
        QVERIFY(!first->has_value());

        o.status = WmsOrderStatus::BackOrdered;
        o.updatedAt = utc("2026-11-23T11:00:00Z");
        auto second = repo.upsert(engine::wmsOrderStateOf(o));
        QVERIFY(second.value() == WmsOrderStatus::New);

        const auto stored = repo.find(QStringLiteral("woocommerce:1042")).value().value();
        QVERIFY(stored.status == WmsOrderStatus::BackOrdered);
        QCOMPARE(stored.firstSeen, utc("2026-11-23T10:00:00Z"));
        QCOMPARE(stored.updatedAt, utc("2026-11-23T11:00:00Z"));
        QCOMPARE(stored.orderedUnits, 5);
        QCOMPARE(stored.allocatedUnits, 4);
        QCOMPARE(stored.backOrderedUnits, 1);
        QCOMPARE(stored.total, o.total);
        QVERIFY(!repo.find(QStringLiteral("woocommerce:1")).value().has_value());
    }

    void remembersStockPushes()
    {
        lockstep::test::TempStore s;
        WmsOrderRepository repo(s.db);
        QVERIFY(!repo.lastStockPush(SourceSystem::WooCommerce, QStringLiteral("MUG")).value().has_value());
        LOCKSTEP_VERIFY_OK(
            repo.recordStockPush(SourceSystem::WooCommerce, QStringLiteral("MUG"), 12, utc("2026-11-23T10:00:00Z")));
        LOCKSTEP_VERIFY_OK(
            repo.recordStockPush(SourceSystem::WooCommerce, QStringLiteral("MUG"), 9, utc("2026-11-23T10:05:00Z")));
        QCOMPARE(repo.lastStockPush(SourceSystem::WooCommerce, QStringLiteral("MUG")).value().value(), 9);
        QVERIFY(!repo.lastStockPush(SourceSystem::Commercetools, QStringLiteral("MUG")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestWmsOrderRepository)
#include "test_wms_order_repository.moc"
