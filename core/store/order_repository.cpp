// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_repository.h"

#include <functional>

namespace lockstep::core::store {

namespace {

/// The shortest text the lookup matches as the start of an email, a name or a surname.
constexpr qsizetype kMinPrefix = 3;

constexpr const char* kColumns =
    "id, storefront, storefront_id, number, status, payment_state, currency, subtotal_minor, discount_minor, "
    "shipping_minor, tax_minor, total_minor, customer_name, customer_email, ship_to_country, channel, created_at, "
    "modified_at, paid_at, ship_to_first_name, ship_to_last_name, ship_to_company, ship_to_line1, ship_to_line2, "
    "ship_to_city, ship_to_postal_code, ship_to_state, ship_to_phone";

Order readOrder(const Statement& s)
{
    Order o;
    o.id = s.int64(0);
    o.storefront = sourceSystemFromString(s.text(1)).value_or(SourceSystem::WooCommerce);
    o.storefrontId = s.text(2);
    o.number = s.text(3);
    o.status = s.text(4);
    o.paymentState = paymentStateFromString(s.text(5)).value_or(PaymentState::Pending);
    o.currency = s.text(6);
    o.totals.subtotal = Money::fromMinor(s.int64(7), o.currency);
    o.totals.discount = Money::fromMinor(s.int64(8), o.currency);
    o.totals.shipping = Money::fromMinor(s.int64(9), o.currency);
    o.totals.tax = Money::fromMinor(s.int64(10), o.currency);
    o.totals.total = Money::fromMinor(s.int64(11), o.currency);
    o.customerName = s.text(12);
    o.customerEmail = s.text(13);
    o.shipToCountry = s.text(14);
    o.channel = s.text(15);
    o.createdAt = s.dateTime(16);
    o.modifiedAt = s.dateTime(17);
    o.paidAt = s.dateTime(18);
    o.shipTo.firstName = s.text(19);
    o.shipTo.lastName = s.text(20);
    o.shipTo.company = s.text(21);
    o.shipTo.line1 = s.text(22);
    o.shipTo.line2 = s.text(23);
    o.shipTo.city = s.text(24);
    o.shipTo.postalCode = s.text(25);
    o.shipTo.stateProvince = s.text(26);
    o.shipTo.phone = s.text(27);
    if (!o.shipTo.isEmpty()) { // the country and e-mail are kept once, on the order
        o.shipTo.country = o.shipToCountry;
        o.shipTo.email = o.customerEmail;
    }
    return o;
}

QString select(const char* where)
{
    return QStringLiteral("SELECT %1 FROM orders WHERE %2").arg(QLatin1String(kColumns), QLatin1String(where));
}

} // namespace

Result<qint64> OrderRepository::upsert(const Order& order)
{
    auto st = m_db.cached(R"SQL(
        INSERT INTO orders (storefront, storefront_id, number, status, payment_state, currency, subtotal_minor,
            discount_minor, shipping_minor, tax_minor, total_minor, customer_name, customer_email, ship_to_country,
            channel, created_at, modified_at, paid_at, ship_to_first_name, ship_to_last_name, ship_to_company,
            ship_to_line1, ship_to_line2, ship_to_city, ship_to_postal_code, ship_to_state, ship_to_phone)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
            ?23, ?24, ?25, ?26, ?27)
        ON CONFLICT (storefront, storefront_id) DO UPDATE SET
            number = excluded.number, status = excluded.status, payment_state = excluded.payment_state,
            currency = excluded.currency, subtotal_minor = excluded.subtotal_minor,
            discount_minor = excluded.discount_minor, shipping_minor = excluded.shipping_minor,
            tax_minor = excluded.tax_minor, total_minor = excluded.total_minor,
            customer_name = excluded.customer_name, customer_email = excluded.customer_email,
            ship_to_country = excluded.ship_to_country, channel = excluded.channel,
            created_at = excluded.created_at, modified_at = excluded.modified_at, paid_at = excluded.paid_at,
            ship_to_first_name = excluded.ship_to_first_name, ship_to_last_name = excluded.ship_to_last_name,
            ship_to_company = excluded.ship_to_company, ship_to_line1 = excluded.ship_to_line1,
            ship_to_line2 = excluded.ship_to_line2, ship_to_city = excluded.ship_to_city,
            ship_to_postal_code = excluded.ship_to_postal_code, ship_to_state = excluded.ship_to_state,
            ship_to_phone = excluded.ship_to_phone
        RETURNING id)SQL");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, toString(order.storefront))
        .bind(2, order.storefrontId)
        .bind(3, order.number)
        .bind(4, order.status)
        .bind(5, toString(order.paymentState))
        .bind(6, order.currency)
        .bind(7, order.totals.subtotal.minorUnits())
        .bind(8, order.totals.discount.minorUnits())
        .bind(9, order.totals.shipping.minorUnits())
        .bind(10, order.totals.tax.minorUnits())
        .bind(11, order.totals.total.minorUnits())
        .bind(12, order.customerName)
        .bind(13, order.customerEmail)
        .bind(14, order.shipToCountry)
        .bind(15, order.channel)
        .bind(16, order.createdAt)
        .bind(17, order.modifiedAt)
        .bind(18, order.paidAt)
        .bind(19, order.shipTo.firstName)
        .bind(20, order.shipTo.lastName)
        .bind(21, order.shipTo.company)
        .bind(22, order.shipTo.line1)
        .bind(23, order.shipTo.line2)
        .bind(24, order.shipTo.city)
        .bind(25, order.shipTo.postalCode)
        .bind(26, order.shipTo.stateProvince)
        .bind(27, order.shipTo.phone);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const qint64 id = s.int64(0);
    s.reset();

    auto del = m_db.cached("DELETE FROM order_lines WHERE order_id = ?1");
    if (!del.ok())
        return del.error();
    if (auto r = del.value()->bind(1, id).exec(); !r.ok())
        return r.error();
    auto delFields = m_db.cached("DELETE FROM order_custom_fields WHERE order_id = ?1");
    if (!delFields.ok())
        return delFields.error();
    if (auto r = delFields.value()->bind(1, id).exec(); !r.ok())
        return r.error();

    for (const OrderLine& line : order.lines) {
        auto ins = m_db.cached(R"SQL(
            INSERT INTO order_lines (order_id, line_number, sku, name, quantity, unit_price_minor, total_minor,
                tax_minor, storefront_line_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))SQL");
        if (!ins.ok())
            return ins.error();
        ins.value()
            ->bind(1, id)
            .bind(2, line.lineNumber)
            .bind(3, line.sku)
            .bind(4, line.name)
            .bind(5, line.quantity)
            .bind(6, line.unitPrice.minorUnits())
            .bind(7, line.total.minorUnits())
            .bind(8, line.tax.minorUnits())
            .bind(9, line.storefrontLineId);
        if (auto r = ins.value()->exec(); !r.ok())
            return r.error();
    }
    for (const CustomField& field : order.customFields) {
        auto ins = m_db.cached("INSERT INTO order_custom_fields (order_id, key, value) VALUES (?1, ?2, ?3)");
        if (!ins.ok())
            return ins.error();
        if (auto r = ins.value()->bind(1, id).bind(2, field.key).bind(3, field.value).exec(); !r.ok())
            return r.error();
    }
    return id;
}

Result<std::optional<Order>> OrderRepository::findWhere(
    const char* where, const std::function<void(Statement&)>& binder)
{
    auto st = m_db.prepare(select(where));
    if (!st.ok())
        return st.error();
    binder(st.value());
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Order>();
    Order order = readOrder(st.value());
    if (auto d = loadDetails(order); !d.ok())
        return d.error();
    return std::optional<Order>(std::move(order));
}

Result<QList<Order>> OrderRepository::openSince(const QDateTime& since, int limit)
{
    auto st = m_db.prepare(select("created_at >= ?1 AND lower(status) NOT IN ('completed', 'complete', 'cancelled', "
                                  "'canceled', 'refunded', 'failed', 'trash') ORDER BY created_at, id LIMIT ?2"));
    if (!st.ok())
        return st.error();
    st->bind(1, since).bind(2, std::max(1, limit));
    return collectRows<Order>(st.value(), readOrder);
}

Result<qint64> OrderRepository::unitsPaidBetween(
    SourceSystem storefront, const QString& sku, const QDateTime& after, const QDateTime& upTo)
{
    auto st = m_db.cached("SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                          "WHERE l.sku = ?2 AND o.storefront = ?1 AND o.paid_at > ?3 AND o.paid_at <= ?4 "
                          "AND o.payment_state IN ('paid', 'partially_refunded') "
                          "AND lower(o.status) NOT IN ('cancelled', 'canceled', 'refunded', 'failed', 'trash')");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, toString(storefront)).bind(2, sku).bind(3, after).bind(4, upTo);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const qint64 units = row.value() ? s.int64(0) : 0;
    s.reset();
    return units;
}

Result<std::optional<Order>> OrderRepository::findById(qint64 id)
{
    return findWhere("id = ?1", [&](Statement& s) { s.bind(1, id); });
}

Result<std::optional<Order>> OrderRepository::findByNumber(
    std::optional<SourceSystem> storefront, const QString& number)
{
    auto st =
        m_db.cached(storefront ? "SELECT id FROM orders WHERE number = ?1 AND storefront = ?2 ORDER BY id DESC LIMIT 1"
                               : "SELECT id FROM orders WHERE number = ?1 ORDER BY id DESC LIMIT 1");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, number);
    if (storefront)
        s.bind(2, toString(*storefront));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const qint64 id = row.value() ? s.int64(0) : 0;
    s.reset();
    if (id == 0)
        return std::optional<Order>();
    return findWhere("id = ?1", [&](Statement& q) { q.bind(1, id); });
}

Result<std::optional<Order>> OrderRepository::findByStorefrontId(SourceSystem storefront, const QString& storefrontId)
{
    return findWhere("storefront = ?1 AND storefront_id = ?2",
        [&](Statement& s) { s.bind(1, toString(storefront)).bind(2, storefrontId); });
}

Status OrderRepository::loadDetails(Order& order)
{
    auto lines = m_db.prepare(QStringLiteral(
        "SELECT line_number, sku, name, quantity, unit_price_minor, total_minor, tax_minor, storefront_line_id "
        "FROM order_lines WHERE order_id = ?1 ORDER BY line_number"));
    if (!lines.ok())
        return lines.error();
    lines->bind(1, order.id);
    auto linesRead = forEachRow(lines.value(), [&](const Statement& s) {
        OrderLine l;
        l.lineNumber = s.int32(0);
        l.sku = s.text(1);
        l.name = s.text(2);
        l.quantity = s.int32(3);
        l.unitPrice = Money::fromMinor(s.int64(4), order.currency);
        l.total = Money::fromMinor(s.int64(5), order.currency);
        l.tax = Money::fromMinor(s.int64(6), order.currency);
        l.storefrontLineId = s.text(7);
        order.lines.append(l);
    });
    if (!linesRead.ok())
        return linesRead;
    auto fields =
        m_db.prepare(QStringLiteral("SELECT key, value FROM order_custom_fields WHERE order_id = ?1 ORDER BY key"));
    if (!fields.ok())
        return fields.error();
    fields->bind(1, order.id);
    return forEachRow(fields.value(), [&](const Statement& s) { order.customFields.append({s.text(0), s.text(1)}); });
}

Result<QList<Order>> OrderRepository::lookup(const QString& query, int limit)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return QList<Order>();
    // Each branch is an index search, an equality or a prefix range ([?4, ?5) under NOCASE, the indexes'
    // collation); UNION removes an order found by two keys. A prefix shorter than three characters would match
    // half the customers: its bounds stay NULL, which matches nothing.
    // PostgreSQL has no NOCASE: its indexes are on lower(column) in the byte order "C" (schema.cpp).
    const bool server = m_db.dialect() == Dialect::Postgres;
    const auto nocase = [server](const char* column, const char* op, const char* parameter) {
        return server ? QStringLiteral("lower(%1) COLLATE \"C\" %2 lower(%3)").arg(column, op, parameter)
                      : QStringLiteral("%1 %2 %3 COLLATE NOCASE").arg(column, op, parameter);
    };
    const auto prefix = [&](const char* column) {
        return nocase(column, ">=", "?4") + QStringLiteral(" AND ") + nocase(column, "<", "?5");
    };
    auto st = m_db.prepare(QStringLiteral(R"SQL(
        SELECT %1 FROM orders WHERE id IN (
            SELECT id FROM orders WHERE number = ?1
            UNION SELECT id FROM orders WHERE number = ?3
            UNION SELECT id FROM orders WHERE storefront_id = ?1 AND storefront IN
                ('woocommerce', 'commercetools', 'pos')
            UNION SELECT id FROM orders WHERE %2
            UNION SELECT o.id FROM shipments s JOIN orders o
                ON o.storefront = s.storefront AND o.storefront_id = s.storefront_order_id
                WHERE s.tracking_number = ?1
            UNION SELECT id FROM orders WHERE %3
            UNION SELECT id FROM orders WHERE %4
            UNION SELECT id FROM orders WHERE %5)
        ORDER BY created_at DESC, id DESC LIMIT ?2)SQL")
                               .arg(QLatin1String(kColumns),
                                   nocase("customer_email", "=", "?1"),
                                   prefix("customer_email"),
                                   prefix("customer_name"),
                                   prefix("ship_to_last_name")));
    if (!st.ok())
        return st.error();
    // "#1072" is how storefronts print order 1072.
    const QString number = q.startsWith(u'#') ? q.mid(1).trimmed() : q;
    st->bind(1, q).bind(2, limit).bind(3, number);
    if (q.size() >= kMinPrefix) {
        // Every text that starts with q sorts at or after q and before q followed by the highest code point.
        st->bind(4, q).bind(5, q + QString::fromUcs4(U"\U0010FFFF", 1));
    }
    return collectRows<Order>(st.value(), readOrder);
}

} // namespace lockstep::core::store
