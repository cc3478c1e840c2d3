// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_repository.h"

#include "domain/enum_text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace lockstep::core::store {

namespace {

constexpr std::array<std::pair<DiscrepancyKind, const char*>, kDiscrepancyKindCount> kKinds{{
    {DiscrepancyKind::TotalsMismatch, "totals_mismatch"},
    {DiscrepancyKind::ShippedNotConfirmed, "shipped_not_confirmed"},
    {DiscrepancyKind::CancelledButShipped, "cancelled_but_shipped"},
    {DiscrepancyKind::RefundedWithoutReturn, "refunded_without_return"},
    {DiscrepancyKind::StockDrift, "stock_drift"},
}};

constexpr std::array<std::pair<ReconciliationBucket, const char*>, 5> kBuckets{{
    {ReconciliationBucket::Sales, "sales"},
    {ReconciliationBucket::Shipped, "shipped"},
    {ReconciliationBucket::Cancelled, "cancelled"},
    {ReconciliationBucket::Refunded, "refunded"},
    {ReconciliationBucket::Open, "open"},
}};

// A goods-carrying shipment of order `o` that the carrier collected.
constexpr const char* kCollected = "EXISTS (SELECT 1 FROM shipments s WHERE s.storefront = o.storefront "
                                   "AND s.storefront_order_id = o.storefront_id AND s.collected_at IS NOT NULL "
                                   "AND s.shipped_units > 0)";

// Every sold order placed in [?1, ?2), with its UTC day and its reconciliation bucket; ?3 storefront or ''.
QString soldOrders(Dialect dialect)
{
    const QLatin1String day = dialect == Dialect::Postgres
        ? QLatin1String("to_char(to_timestamp(o.created_at / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
        : QLatin1String("date(o.created_at / 1000, 'unixepoch')");
    return QStringLiteral(
        "SELECT o.id, o.created_at, %2 AS day, o.currency, o.storefront, "
        "o.storefront_id, o.number, o.status, o.payment_state, o.total_minor, "
        "CASE WHEN %1 THEN 'shipped' "
        "WHEN lower(o.status) IN ('cancelled', 'canceled') THEN 'cancelled' "
        "WHEN o.payment_state IN ('refunded', 'partially_refunded') THEN 'refunded' ELSE 'open' END AS bucket "
        "FROM orders o WHERE o.created_at >= ?1 AND o.created_at < ?2 AND o.storefront <> 'pos' "
        "AND (?3 = '' OR o.storefront = ?3) "
        "AND (o.paid_at IS NOT NULL OR o.payment_state IN ('paid', 'refunded', 'partially_refunded'))")
        .arg(QLatin1String(kCollected), day);
}

QDateTime at(const Statement& s, int column)
{
    return s.dateTime(column).toUTC();
}

DiscrepancyRow readTotals(const Statement& s)
{
    DiscrepancyRow r;
    r.kind = DiscrepancyKind::TotalsMismatch;
    r.at = at(s, 0);
    r.storefront = s.text(1);
    r.storefrontOrderId = s.text(2);
    r.orderNumber = s.text(3);
    r.currency = s.text(4);
    r.hasAmounts = true;
    r.items = s.int64(5);
    r.discount = s.int64(6);
    r.shipping = s.int64(7);
    r.tax = s.int64(8);
    r.storefrontTotal = s.int64(9);
    r.wmsTotal = s.int64(10);
    r.wmsStatus = s.text(11);
    r.facility = s.text(12);
    r.storefrontStatus = s.text(13);
    r.paymentState = s.text(14);
    return r;
}

// Shipment kinds: collected_at, storefront, order id, number, currency, total, shipment, carrier, tracking,
// facility, units, order status, payment state, WMS status, outbox state.
DiscrepancyRow readShipment(const Statement& s)
{
    DiscrepancyRow r;
    r.at = at(s, 0);
    r.storefront = s.text(1);
    r.storefrontOrderId = s.text(2);
    r.orderNumber = s.text(3);
    r.currency = s.text(4);
    r.hasAmounts = !s.isNull(5);
    r.storefrontTotal = s.int64(5);
    r.shipmentId = s.text(6);
    r.carrier = s.text(7);
    r.trackingNumber = s.text(8);
    r.facility = s.text(9);
    r.hasUnits = true;
    r.expectedUnits = s.int64(10);
    r.storefrontStatus = s.text(11);
    r.paymentState = s.text(12);
    r.wmsStatus = s.text(13);
    r.confirmation = s.isNull(14) ? QStringLiteral("not_queued") : s.text(14);
    return r;
}

DiscrepancyRow readNotConfirmed(const Statement& s)
{
    DiscrepancyRow r = readShipment(s);
    r.kind = DiscrepancyKind::ShippedNotConfirmed;
    return r;
}

DiscrepancyRow readCancelledShipped(const Statement& s)
{
    DiscrepancyRow r = readShipment(s);
    r.kind = DiscrepancyKind::CancelledButShipped;
    return r;
}

DiscrepancyRow readRefund(const Statement& s)
{
    DiscrepancyRow r;
    r.kind = DiscrepancyKind::RefundedWithoutReturn;
    r.at = at(s, 0);
    r.storefront = s.text(1);
    r.storefrontOrderId = s.text(2);
    r.orderNumber = s.text(3);
    r.currency = s.text(4);
    r.hasAmounts = true;
    r.storefrontTotal = s.int64(5);
    r.storefrontStatus = s.text(6);
    r.paymentState = s.text(7);
    r.hasUnits = true;
    r.expectedUnits = s.int64(8);
    r.observedUnits = 0; // no return recorded, by the query
    r.wmsStatus = s.text(9);
    return r;
}

DiscrepancyRow readDrift(const Statement& s)
{
    DiscrepancyRow r;
    r.kind = DiscrepancyKind::StockDrift;
    r.at = at(s, 0);
    r.sku = s.text(1);
    r.facility = s.text(2);
    r.confirmation = s.text(3); // the exception's state
    // The detector keeps the figures in the payload (rules/inventory_drift.cpp).
    const QJsonObject p = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
    r.storefront = p.value(QLatin1String("storefront")).toString();
    r.hasUnits = p.contains(QLatin1String("pushed"));
    r.expectedUnits = p.value(QLatin1String("pushed")).toInteger();
    r.observedUnits = p.value(QLatin1String("observed")).toInteger();
    return r;
}

ReconciliationOrder readOrder(const Statement& s)
{
    ReconciliationOrder r;
    r.placedAt = at(s, 1);
    r.day = QDate::fromString(s.text(2), Qt::ISODate);
    r.currency = s.text(3);
    r.storefront = s.text(4);
    r.storefrontOrderId = s.text(5);
    r.orderNumber = s.text(6);
    r.status = s.text(7);
    r.paymentState = s.text(8);
    r.total = s.int64(9);
    r.bucket = reconciliationBucketFromString(s.text(10)).value_or(ReconciliationBucket::Open);
    return r;
}

ExceptionReportRow readException(const Statement& s)
{
    ExceptionReportRow r;
    r.id = s.int64(0);
    r.type = s.text(1);
    r.state = s.text(2);
    r.severity = s.int32(3);
    r.ownerTeam = s.text(4);
    r.subject = s.text(5);
    r.orderRef = s.text(6);
    r.sku = s.text(7);
    r.facility = s.text(8);
    r.reason = s.text(9);
    r.suggestedAction = s.text(10);
    r.attempts = s.int32(11);
    r.firstSeen = at(s, 12);
    r.lastSeen = at(s, 13);
    r.slaDue = at(s, 14);
    r.assignee = s.text(15);
    r.claimedBy = s.text(16);
    r.reasonMessage = Message::fromStored(s.text(17)).value_or(Message());
    r.actionMessage = Message::fromStored(s.text(18)).value_or(Message());
    return r;
}

// The shipment kinds share their columns; `where` adds the kind's condition.
QString shipmentQuery(const char* where)
{
    return QStringLiteral(
        "SELECT s.collected_at, s.storefront, s.storefront_order_id, o.number, o.currency, o.total_minor, "
        "s.wms_shipment_id, s.carrier, s.tracking_number, s.facility, s.shipped_units, o.status, "
        "o.payment_state, w.status, x.state "
        "FROM shipments s "
        "LEFT JOIN orders o ON o.storefront = s.storefront AND o.storefront_id = s.storefront_order_id "
        "LEFT JOIN wms_orders w ON w.reference = s.storefront || ':' || s.storefront_order_id "
        "LEFT JOIN outbox x ON x.idempotency_key = "
        "'storefront.fulfil:' || s.storefront || ':' || s.storefront_order_id || ':' || s.wms_shipment_id "
        "WHERE s.collected_at >= ?1 AND s.collected_at < ?2 AND s.shipped_units > 0 AND s.state <> 'voided' "
        "AND %1 ORDER BY s.collected_at, s.id")
        .arg(QLatin1String(where));
}

} // namespace

QString toString(DiscrepancyKind kind)
{
    return enumText(kKinds, kind);
}
std::optional<DiscrepancyKind> discrepancyKindFromString(const QString& text)
{
    return enumFromText(kKinds, text);
}
QString toString(ReconciliationBucket bucket)
{
    return enumText(kBuckets, bucket);
}
std::optional<ReconciliationBucket> reconciliationBucketFromString(const QString& text)
{
    return enumFromText(kBuckets, text);
}

Result<RowCursor<DiscrepancyRow>> ReportRepository::discrepancies(
    DiscrepancyKind kind, const QDateTime& from, const QDateTime& to, qint64 toleranceMinor)
{
    QString sql;
    RowCursor<DiscrepancyRow>::Reader read = nullptr;
    switch (kind) {
    case DiscrepancyKind::TotalsMismatch:
        // A zero WMS value means "not known" and another currency is not comparable (as the detector says).
        sql = QStringLiteral(
            "SELECT o.created_at, o.storefront, o.storefront_id, o.number, o.currency, o.subtotal_minor, "
            "o.discount_minor, o.shipping_minor, o.tax_minor, o.total_minor, w.total_minor, w.status, w.facility, "
            "o.status, o.payment_state FROM orders o "
            "JOIN wms_orders w ON w.reference = o.storefront || ':' || o.storefront_id "
            "WHERE o.created_at >= ?1 AND o.created_at < ?2 AND w.total_minor <> 0 AND w.currency = o.currency "
            "AND abs(o.total_minor - w.total_minor) > ?3 ORDER BY o.created_at, o.id");
        read = readTotals;
        break;
    case DiscrepancyKind::ShippedNotConfirmed:
        sql = shipmentQuery("s.storefront <> 'pos' AND (x.state IS NULL OR x.state <> 'sent')");
        read = readNotConfirmed;
        break;
    case DiscrepancyKind::CancelledButShipped:
        sql = shipmentQuery("lower(o.status) IN ('cancelled', 'canceled')");
        read = readCancelledShipped;
        break;
    case DiscrepancyKind::RefundedWithoutReturn:
        // A return is a lifecycle event whose kind ends in ".returned" (e.g. "wms.returned").
        sql = QStringLiteral(
            "SELECT o.created_at, o.storefront, o.storefront_id, o.number, o.currency, o.total_minor, o.status, "
            "o.payment_state, (SELECT coalesce(sum(s.shipped_units), 0) FROM shipments s WHERE s.storefront = "
            "o.storefront AND s.storefront_order_id = o.storefront_id AND s.collected_at IS NOT NULL), "
            "(SELECT w.status FROM wms_orders w WHERE w.reference = o.storefront || ':' || o.storefront_id) "
            "FROM orders o WHERE o.created_at >= ?1 AND o.created_at < ?2 "
            "AND o.payment_state IN ('refunded', 'partially_refunded') AND %1 "
            "AND NOT EXISTS (SELECT 1 FROM lifecycle_events e WHERE e.order_id = o.id AND e.kind LIKE '%.returned') "
            "ORDER BY o.created_at, o.id")
                  .arg(QLatin1String(kCollected));
        read = readRefund;
        break;
    case DiscrepancyKind::StockDrift:
        // Drift is measured by the detector against what Lockstep pushed; open and acknowledged ones still
        // disagree (a resolved one agrees again).
        sql = QStringLiteral(
            "SELECT last_seen, sku, facility, state, payload FROM exceptions WHERE type = 'inventory_drift' "
            "AND state IN ('acknowledged', 'open') AND last_seen >= ?1 AND last_seen < ?2 "
            "ORDER BY state, last_seen, id");
        read = readDrift;
        break;
    }
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, from).bind(2, to);
    if (kind == DiscrepancyKind::TotalsMismatch)
        st->bind(3, toleranceMinor);
    return RowCursor<DiscrepancyRow>(std::move(st).value(), read);
}

Result<QList<ReconciliationRow>> ReportRepository::reconciliation(
    const QDateTime& from, const QDateTime& to, const QString& storefront)
{
    // Summed here from the drill-down's one index-ordered scan rather than by GROUP BY, which would sort every
    // order of the range first: memory is one row per day and currency, and each cell is by construction the
    // sum of the orders behind it.
    auto orders = reconciliationOrders(from, to, ReconciliationBucket::Sales, {}, storefront);
    if (!orders.ok())
        return orders.error();
    QMap<std::pair<QDate, QString>, ReconciliationRow> cells;
    ReconciliationOrder o;
    for (;;) {
        auto more = orders->next(o);
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        ReconciliationRow& r = cells[{o.day, o.currency}];
        r.day = o.day;
        r.currency = o.currency;
        ++r.salesCount;
        r.salesValue += o.total;
        switch (o.bucket) {
        case ReconciliationBucket::Shipped:
            ++r.shippedCount;
            r.shippedValue += o.total;
            break;
        case ReconciliationBucket::Cancelled:
            ++r.cancelledCount;
            r.cancelledValue += o.total;
            break;
        case ReconciliationBucket::Refunded:
            ++r.refundedCount;
            r.refundedValue += o.total;
            break;
        case ReconciliationBucket::Sales:
        case ReconciliationBucket::Open:
            ++r.openCount;
            r.openValue += o.total;
            break;
        }
    }
    return cells.values(); // in (day, currency) order
}

Result<RowCursor<ReconciliationOrder>> ReportRepository::reconciliationOrders(const QDateTime& from,
    const QDateTime& to,
    ReconciliationBucket bucket,
    const QString& currency,
    const QString& storefront)
{
    auto st = m_db.prepare(QStringLiteral("SELECT * FROM (%1) AS sold WHERE (?4 = 'sales' OR bucket = ?4) "
                                          "AND (?5 = '' OR currency = ?5) ORDER BY created_at, id")
                               .arg(soldOrders(m_db.dialect())));
    if (!st.ok())
        return st.error();
    st->bind(1, from).bind(2, to).bind(3, storefront).bind(4, toString(bucket)).bind(5, currency);
    return RowCursor<ReconciliationOrder>(std::move(st).value(), readOrder);
}

Result<RowCursor<ExceptionReportRow>> ReportRepository::exceptions(
    const QDateTime& from, const QDateTime& to, const QString& type, const QString& state)
{
    // state IN (...) walks exceptions_sf (or exceptions_tf with a type) once per state, in index order.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, type, state, severity, owner_team, subject_key, order_ref, sku, facility, reason, "
        "suggested_action, attempts, first_seen, last_seen, sla_due, assignee, claimed_by, reason_message, "
        "action_message FROM exceptions "
        "WHERE state IN ('acknowledged', 'open', 'resolved') AND first_seen >= ?1 AND first_seen < ?2 "
        "AND (?3 = '' OR type = ?3) AND (?4 = '' OR state = ?4) ORDER BY state, first_seen, id"));
    if (!st.ok())
        return st.error();
    st->bind(1, from).bind(2, to).bind(3, type).bind(4, state);
    return RowCursor<ExceptionReportRow>(std::move(st).value(), readException);
}

} // namespace lockstep::core::store
