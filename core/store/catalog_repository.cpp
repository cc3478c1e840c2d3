// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_repository.h"

namespace lockstep::core::store {

namespace {

Stock readStock(const Statement& s)
{
    return Stock{s.text(0), s.text(1), s.int64(2), s.int64(3), s.int64(4), s.dateTime(5)};
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

Status CatalogRepository::upsertItem(const Item& item)
{
    auto st = m_db.cached(R"SQL(
        INSERT INTO items (sku, wms_item_id, name, active) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (sku) DO UPDATE SET wms_item_id = excluded.wms_item_id, name = excluded.name,
            active = excluded.active)SQL");
    if (!st.ok())
        return st.error();
    if (auto r = st.value()->bind(1, item.sku).bind(2, item.wmsItemId).bind(3, item.name).bind(4, item.active).exec();
        !r.ok())
        return r;
    auto del = m_db.cached("DELETE FROM bundle_components WHERE bundle_sku = ?1");
    if (!del.ok())
        return del.error();
    if (auto r = del.value()->bind(1, item.sku).exec(); !r.ok())
        return r;
    for (const BundleComponent& c : item.components) {
        auto ins =
            m_db.cached("INSERT INTO bundle_components (bundle_sku, component_sku, quantity) VALUES (?1, ?2, ?3)");
        if (!ins.ok())
            return ins.error();
        if (auto r = ins.value()->bind(1, item.sku).bind(2, c.sku).bind(3, c.quantity).exec(); !r.ok())
            return r;
    }
    return Status::success();
}

Result<std::optional<Item>> CatalogRepository::findItem(const QString& sku)
{
    auto st = m_db.prepare(QStringLiteral("SELECT sku, wms_item_id, name, active FROM items WHERE sku = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, sku);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Item>();
    Item item{st->text(1), st->text(0), st->text(2), st->int64(3) != 0, {}};
    auto comps = m_db.prepare(QStringLiteral(
        "SELECT component_sku, quantity FROM bundle_components WHERE bundle_sku = ?1 ORDER BY component_sku"));
    if (!comps.ok())
        return comps.error();
    comps->bind(1, sku);
    auto list = collectRows<BundleComponent>(comps.value(), [](const Statement& s) {
        return BundleComponent{s.text(0), s.int32(1)};
    });
    if (!list.ok())
        return list.error();
    item.components = list.value();
    return std::optional<Item>(item);
}

Result<QList<Item>> CatalogRepository::searchItems(const QString& text, int limit)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT sku, wms_item_id, name, active FROM items WHERE sku LIKE ?1 ESCAPE '\\' OR name LIKE ?1 ESCAPE '\\' "
        "ORDER BY sku LIMIT ?2"));
    if (!st.ok())
        return st.error();
    st->bind(1, likePattern(text)).bind(2, limit);
    return collectRows<Item>(st.value(), [](const Statement& s) {
        return Item{s.text(1), s.text(0), s.text(2), s.int64(3) != 0, {}};
    });
}

Status CatalogRepository::upsertSkuMapping(const SkuMapping& m)
{
    auto st = m_db.cached(R"SQL(
        INSERT INTO sku_map (storefront, storefront_sku, wms_sku, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (storefront, storefront_sku) DO UPDATE SET wms_sku = excluded.wms_sku,
            created_by = excluded.created_by, created_at = excluded.created_at)SQL");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, toString(m.storefront))
        .bind(2, m.storefrontSku)
        .bind(3, m.wmsSku)
        .bind(4, m.createdBy)
        .bind(5, m.createdAt)
        .exec();
}

Result<std::optional<SkuMapping>> CatalogRepository::findSkuMapping(
    SourceSystem storefront, const QString& storefrontSku)
{
    auto st = m_db.cached(
        "SELECT wms_sku, created_by, created_at FROM sku_map WHERE storefront = ?1 AND storefront_sku = ?2");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, toString(storefront)).bind(2, storefrontSku);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    std::optional<SkuMapping> out;
    if (row.value())
        out = SkuMapping{storefront, storefrontSku, s.text(0), s.text(1), s.dateTime(2)};
    s.reset();
    return out;
}

Result<QString> CatalogRepository::resolveSku(SourceSystem storefront, const QString& storefrontSku)
{
    auto m = findSkuMapping(storefront, storefrontSku);
    if (!m.ok())
        return m.error();
    return m.value() ? m.value()->wmsSku : storefrontSku;
}

Status CatalogRepository::upsertStock(const Stock& stock)
{
    auto st = m_db.cached(R"SQL(
        INSERT INTO stock (sku, facility, on_hand, allocated, available, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (sku, facility) DO UPDATE SET on_hand = excluded.on_hand, allocated = excluded.allocated,
            available = excluded.available, updated_at = excluded.updated_at)SQL");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, stock.sku)
        .bind(2, stock.facility)
        .bind(3, stock.onHand)
        .bind(4, stock.allocated)
        .bind(5, stock.availableToSell)
        .bind(6, stock.updatedAt)
        .exec();
}

Result<std::optional<Stock>> CatalogRepository::findStock(const QString& sku, const QString& facility)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT sku, facility, on_hand, allocated, available, updated_at FROM stock WHERE sku = ?1 AND facility = ?2"));
    if (!st.ok())
        return st.error();
    st->bind(1, sku).bind(2, facility);
    auto rows = collectRows<Stock>(st.value(), readStock);
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<Stock>() : std::optional<Stock>(rows->constFirst());
}

Result<QList<Stock>> CatalogRepository::stockForSku(const QString& sku)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT sku, facility, on_hand, allocated, available, updated_at FROM stock WHERE sku = ?1 ORDER BY facility"));
    if (!st.ok())
        return st.error();
    st->bind(1, sku);
    return collectRows<Stock>(st.value(), readStock);
}

} // namespace lockstep::core::store
