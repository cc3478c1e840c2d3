// SPDX-License-Identifier: GPL-3.0-or-later
#include "wms_order_repository.h"

namespace lockstep::core::store {

Result<std::optional<WmsOrderStatus>> WmsOrderRepository::upsert(const WmsOrderState& s)
{
    auto before = find(s.reference);
    if (!before.ok())
        return before.error();
    auto st = m_db.cached(R"SQL(
        INSERT INTO wms_orders (reference, wms_id, number, status, facility, currency, total_minor, ordered_units,
            allocated_units, back_ordered_units, shipped_units, first_seen, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        ON CONFLICT (reference) DO UPDATE SET wms_id = excluded.wms_id, number = excluded.number,
            status = excluded.status, facility = excluded.facility, currency = excluded.currency,
            total_minor = excluded.total_minor, ordered_units = excluded.ordered_units,
            allocated_units = excluded.allocated_units, back_ordered_units = excluded.back_ordered_units,
            shipped_units = excluded.shipped_units, updated_at = excluded.updated_at)SQL");
    if (!st.ok())
        return st.error();
    const QDateTime firstSeen = s.firstSeen.isValid() ? s.firstSeen : s.updatedAt;
    auto r = st.value()
                 ->bind(1, s.reference)
                 .bind(2, s.wmsId)
                 .bind(3, s.number)
                 .bind(4, toWmsText(s.status))
                 .bind(5, s.facility)
                 .bind(6, s.total.currency())
                 .bind(7, s.total.minorUnits())
                 .bind(8, s.orderedUnits)
                 .bind(9, s.allocatedUnits)
                 .bind(10, s.backOrderedUnits)
                 .bind(11, s.shippedUnits)
                 .bind(12, firstSeen)
                 .bind(13, s.updatedAt)
                 .exec();
    if (!r.ok())
        return r.error();
    return before.value() ? std::optional<WmsOrderStatus>(before.value()->status) : std::optional<WmsOrderStatus>();
}

Result<std::optional<WmsOrderState>> WmsOrderRepository::find(const QString& reference)
{
    auto st = m_db.cached(R"SQL(
        SELECT reference, wms_id, number, status, facility, currency, total_minor, ordered_units, allocated_units,
            back_ordered_units, shipped_units, first_seen, updated_at FROM wms_orders WHERE reference = ?1)SQL");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, reference);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    std::optional<WmsOrderState> out;
    if (row.value()) {
        WmsOrderState w;
        w.reference = s.text(0);
        w.wmsId = s.text(1);
        w.number = s.text(2);
        w.status = wmsOrderStatusFromText(s.text(3)).value_or(WmsOrderStatus::New);
        w.facility = s.text(4);
        w.total = Money::fromMinor(s.int64(6), s.text(5));
        w.orderedUnits = s.int64(7);
        w.allocatedUnits = s.int64(8);
        w.backOrderedUnits = s.int64(9);
        w.shippedUnits = s.int64(10);
        w.firstSeen = s.dateTime(11);
        w.updatedAt = s.dateTime(12);
        out = w;
    }
    s.reset();
    return out;
}

Result<std::optional<QString>> WmsOrderRepository::referenceOfWmsNumber(const QString& number)
{
    auto st = m_db.cached("SELECT reference FROM wms_orders WHERE number = ?1 LIMIT 1");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, number);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    std::optional<QString> out;
    if (row.value())
        out = s.text(0);
    s.reset();
    return out;
}

Status WmsOrderRepository::recordStockPush(
    SourceSystem storefront, const QString& sku, qint64 quantity, const QDateTime& at, const QDateTime& storefrontAt)
{
    auto st = m_db.cached(
        "INSERT INTO stock_pushes (storefront, sku, quantity, pushed_at, storefront_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (storefront, sku) DO UPDATE SET quantity = excluded.quantity, pushed_at = excluded.pushed_at, "
        "storefront_at = excluded.storefront_at");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, toString(storefront))
        .bind(2, sku)
        .bind(3, quantity)
        .bind(4, at)
        .bind(5, storefrontAt)
        .exec();
}

Result<std::optional<qint64>> WmsOrderRepository::lastStockPush(SourceSystem storefront, const QString& sku)
{
    auto st = m_db.cached("SELECT quantity FROM stock_pushes WHERE storefront = ?1 AND sku = ?2");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, toString(storefront)).bind(2, sku);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    std::optional<qint64> out;
    if (row.value())
        out = s.int64(0);
    s.reset();
    return out;
}

Result<QHash<QString, StockPush>> WmsOrderRepository::stockPushes(SourceSystem storefront)
{
    auto st = m_db.cached("SELECT sku, quantity, pushed_at, storefront_at FROM stock_pushes WHERE storefront = ?1");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, toString(storefront));
    QHash<QString, StockPush> out;
    for (;;) {
        auto row = s.step();
        if (!row.ok()) {
            s.reset();
            return row.error();
        }
        if (!row.value())
            break;
        out.insert(s.text(0), {s.int64(1), s.dateTime(2), s.dateTime(3)});
    }
    s.reset();
    return out;
}

Status WmsOrderRepository::forgetStockPush(SourceSystem storefront, const QString& sku)
{
    auto st = m_db.cached("DELETE FROM stock_pushes WHERE storefront = ?1 AND sku = ?2");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, toString(storefront)).bind(2, sku).exec();
}

} // namespace lockstep::core::store
