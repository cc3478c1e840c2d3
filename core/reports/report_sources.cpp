// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_sources.h"

#include "rules/totals_mismatch.h"

namespace lockstep::core::reports {

namespace {

using store::RowCursor;

Column text(const char* header)
{
    return {QString::fromLatin1(header), CellKind::Text};
}
Column integer(const char* header)
{
    return {QString::fromLatin1(header), CellKind::Integer};
}
Column amount(const char* header)
{
    return {QString::fromLatin1(header), CellKind::Amount};
}
Column date(const char* header)
{
    return {QString::fromLatin1(header), CellKind::Date};
}
Column dateTime(const char* header)
{
    return {QString::fromLatin1(header), CellKind::DateTime};
}

Cell money(qint64 minor, const QString& currency)
{
    return Cell::ofAmount(Money::fromMinor(minor, currency));
}
Cell textOrEmpty(const QString& value)
{
    return value.isEmpty() ? Cell::empty() : Cell::ofText(value);
}
Cell timeOrEmpty(const QDateTime& value)
{
    return value.isValid() ? Cell::ofDateTime(value) : Cell::empty();
}

/// Opens the cursor on first use, then reads one row into `row` and `out` (through `cells`).
template <typename T, typename Open, typename Cells>
Result<bool> pull(std::optional<RowCursor<T>>& cursor, T& row, QList<Cell>& out, Open&& open, Cells&& cells)
{
    if (!cursor) {
        auto opened = open();
        if (!opened.ok())
            return opened.error();
        cursor.emplace(std::move(opened).value());
    }
    auto more = cursor->next(row);
    if (!more.ok() || !more.value())
        return more;
    out = cells(row);
    return true;
}

void textOrEmpty(CellSink& sink, const QString& value)
{
    if (value.isEmpty())
        sink.empty();
    else
        sink.text(value);
}
void textOrEmpty(CellSink& sink, QByteArrayView value)
{
    if (value.isEmpty())
        sink.empty();
    else
        sink.text(value);
}

/// The part of a totals difference that explains it, from minor units of one currency.
QString explainTotals(qint64 items,
    qint64 discount,
    qint64 shipping,
    qint64 tax,
    qint64 total,
    qint64 wms,
    const QString& currency,
    qint64 tolerance)
{
    const auto m = [&](qint64 minor) { return Money::fromMinor(minor, currency); };
    const OrderTotals t{m(items), m(discount), m(shipping), m(tax), m(total)};
    return rules::explainTotalsDifference(t, total - wms, tolerance);
}

/// The totals-mismatch columns after `at` and the order's fields: the breakdown, then the WMS's fields.
/// Shared by the row (Cells) and the statement (bytes) readers so both write the same cells.
template <typename Text>
void totalsTail(CellSink& sink,
    qint64 items,
    qint64 discount,
    qint64 shipping,
    qint64 tax,
    qint64 total,
    qint64 wms,
    int decimals,
    const QString& explainedBy,
    const Text& wmsStatus,
    const Text& facility)
{
    for (const qint64 minor : {items, discount, shipping, tax, total, wms, total - wms})
        sink.amount(minor, decimals);
    textOrEmpty(sink, explainedBy);
    textOrEmpty(sink, wmsStatus);
    textOrEmpty(sink, facility);
    for (int i = 0; i < 8; ++i) // shipment, carrier, tracking number, state, sku, units: not a totals field
        sink.empty();
}

/// The columns after `kind`: `at`, then the order's storefront, number, id, status, payment state, currency.
template <typename Text>
void discrepancyHead(CellSink& sink, std::optional<qint64> atMsecs, std::initializer_list<Text> order)
{
    if (atMsecs)
        sink.dateTime(*atMsecs);
    else
        sink.empty();
    for (const Text& value : order)
        textOrEmpty(sink, value);
}

void discrepancyCells(const store::DiscrepancyRow& r, qint64 tolerance, CellSink& sink)
{
    const bool totals = r.kind == store::DiscrepancyKind::TotalsMismatch;
    sink.text(store::toString(r.kind));
    discrepancyHead(sink,
        r.at.isValid() ? std::optional<qint64>(r.at.toMSecsSinceEpoch()) : std::nullopt,
        {r.storefront, r.orderNumber, r.storefrontOrderId, r.storefrontStatus, r.paymentState, r.currency});
    const int decimals = Money::decimalsFor(r.currency);
    if (totals) {
        totalsTail(sink,
            r.items,
            r.discount,
            r.shipping,
            r.tax,
            r.storefrontTotal,
            r.wmsTotal,
            decimals,
            explainTotals(r.items, r.discount, r.shipping, r.tax, r.storefrontTotal, r.wmsTotal, r.currency, tolerance),
            r.wmsStatus,
            r.facility);
        return;
    }
    for (int i = 0; i < 4; ++i) // items, discount, shipping, tax
        sink.empty();
    if (r.hasAmounts)
        sink.amount(r.storefrontTotal, decimals);
    else
        sink.empty();
    for (int i = 0; i < 3; ++i) // WMS total, difference, explained by
        sink.empty();
    textOrEmpty(sink, r.wmsStatus);
    textOrEmpty(sink, r.facility);
    textOrEmpty(sink, r.shipmentId);
    textOrEmpty(sink, r.carrier);
    textOrEmpty(sink, r.trackingNumber);
    textOrEmpty(sink, r.confirmation);
    textOrEmpty(sink, r.sku);
    if (r.hasUnits) {
        sink.integer(r.expectedUnits);
        sink.integer(r.observedUnits);
        sink.integer(r.observedUnits - r.expectedUnits);
    } else {
        for (int i = 0; i < 3; ++i)
            sink.empty();
    }
}

} // namespace

// ---- discrepancies

DiscrepancySource::DiscrepancySource(
    store::Database& db, QDateTime from, QDateTime to, QList<store::DiscrepancyKind> kinds, qint64 toleranceMinor)
    : m_repo(db)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_kinds(std::move(kinds))
    , m_tolerance(toleranceMinor)
{
    if (m_kinds.isEmpty()) {
        for (int k = 0; k < store::kDiscrepancyKindCount; ++k)
            m_kinds.append(static_cast<store::DiscrepancyKind>(k));
    }
}

QList<Column> DiscrepancySource::headers()
{
    return {text("kind"),
        dateTime("at"),
        text("storefront"),
        text("order"),
        text("storefront_order_id"),
        text("storefront_status"),
        text("payment_state"),
        text("currency"),
        amount("items"),
        amount("discount"),
        amount("shipping"),
        amount("tax"),
        amount("storefront_total"),
        amount("wms_total"),
        amount("difference"),
        text("explained_by"),
        text("wms_status"),
        text("facility"),
        text("shipment"),
        text("carrier"),
        text("tracking_number"),
        text("state"),
        text("sku"),
        integer("units_expected"),
        integer("units_observed"),
        integer("units_difference")};
}

Result<bool> DiscrepancySource::step()
{
    for (;;) {
        if (!m_cursor) {
            if (++m_kindIndex >= m_kinds.size())
                return false;
            auto opened = m_repo.discrepancies(m_kinds.at(m_kindIndex), m_from, m_to, m_tolerance);
            if (!opened.ok())
                return opened.error();
            m_cursor.emplace(std::move(opened).value());
        }
        auto more = m_cursor->step();
        if (!more.ok())
            return more.error();
        if (more.value())
            return true;
        m_cursor.reset(); // this kind is done: the next one
    }
}

Result<bool> DiscrepancySource::next(QList<Cell>& row)
{
    auto more = step();
    if (!more.ok() || !more.value())
        return more;
    CellList cells(row);
    discrepancyCells(m_cursor->read(), m_tolerance, cells);
    return true;
}

Result<bool> DiscrepancySource::nextInto(CellSink& sink, QList<Cell>& /*scratch*/)
{
    auto more = step();
    if (!more.ok() || !more.value())
        return more;
    if (m_kinds.at(m_kindIndex) != store::DiscrepancyKind::TotalsMismatch) {
        discrepancyCells(m_cursor->read(), m_tolerance, sink);
        return true;
    }
    // The one kind that can run to a million rows: its bytes straight from the statement, as readTotals and
    // discrepancyCells would make them.
    using namespace store;
    const Statement& s = m_cursor->statement();
    const QByteArrayView currency = s.utf8(TotalsCurrency);
    if (currency != m_currencyBytes) {
        m_currencyBytes = currency.toByteArray();
        m_currency = QString::fromUtf8(m_currencyBytes);
        m_decimals = Money::decimalsFor(m_currency);
    }
    sink.text(QByteArrayView("totals_mismatch"));
    discrepancyHead(sink,
        s.isNull(TotalsPlacedAt) ? std::nullopt : std::optional<qint64>(s.int64(TotalsPlacedAt)),
        {s.utf8(TotalsStorefront),
            s.utf8(TotalsNumber),
            s.utf8(TotalsStorefrontOrderId),
            s.utf8(TotalsStatus),
            s.utf8(TotalsPaymentState),
            currency});
    const qint64 items = s.int64(TotalsItems), discount = s.int64(TotalsDiscount), shipping = s.int64(TotalsShipping),
                 tax = s.int64(TotalsTax), total = s.int64(TotalsTotal), wms = s.int64(TotalsWmsTotal);
    totalsTail(sink,
        items,
        discount,
        shipping,
        tax,
        total,
        wms,
        m_decimals,
        explainTotals(items, discount, shipping, tax, total, wms, m_currency, m_tolerance),
        s.utf8(TotalsWmsStatus),
        s.utf8(TotalsFacility));
    return true;
}

// ---- reconciliation

ReconciliationSource::ReconciliationSource(store::Database& db, QDateTime from, QDateTime to, QString storefront)
    : m_repo(db)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_storefront(std::move(storefront))
{}

QList<Column> ReconciliationSource::headers()
{
    return {date("day"),
        text("currency"),
        integer("sales_count"),
        amount("sales_value"),
        integer("shipped_count"),
        amount("shipped_value"),
        integer("cancelled_count"),
        amount("cancelled_value"),
        integer("refunded_count"),
        amount("refunded_value"),
        integer("difference_count"),
        amount("difference_value")};
}

Result<bool> ReconciliationSource::next(QList<Cell>& row)
{
    if (!m_days) {
        auto days = m_repo.reconciliation(m_from, m_to, m_storefront);
        if (!days.ok())
            return days.error();
        m_days = std::move(days).value();
    }
    if (m_next >= m_days->size())
        return false;
    const store::ReconciliationRow& r = m_days->at(m_next++);
    row = {Cell::ofDate(r.day),
        Cell::ofText(r.currency),
        Cell::ofInteger(r.salesCount),
        money(r.salesValue, r.currency),
        Cell::ofInteger(r.shippedCount),
        money(r.shippedValue, r.currency),
        Cell::ofInteger(r.cancelledCount),
        money(r.cancelledValue, r.currency),
        Cell::ofInteger(r.refundedCount),
        money(r.refundedValue, r.currency),
        Cell::ofInteger(r.openCount),
        money(r.openValue, r.currency)};
    return true;
}

ReconciliationOrdersSource::ReconciliationOrdersSource(store::Database& db,
    QDateTime from,
    QDateTime to,
    store::ReconciliationBucket bucket,
    QString currency,
    QString storefront)
    : m_repo(db)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_bucket(bucket)
    , m_currency(std::move(currency))
    , m_storefront(std::move(storefront))
{}

QList<Column> ReconciliationOrdersSource::headers()
{
    return {date("day"),
        text("currency"),
        text("bucket"),
        text("storefront"),
        text("order"),
        text("storefront_order_id"),
        dateTime("placed_at"),
        text("storefront_status"),
        text("payment_state"),
        amount("total")};
}

Result<bool> ReconciliationOrdersSource::next(QList<Cell>& row)
{
    return pull(
        m_cursor,
        m_row,
        row,
        [this] { return m_repo.reconciliationOrders(m_from, m_to, m_bucket, m_currency, m_storefront); },
        [](const store::ReconciliationOrder& r) -> QList<Cell> {
            // "open" orders are the difference the reconciliation shows.
            const QString bucket = r.bucket == store::ReconciliationBucket::Open ? QStringLiteral("difference")
                                                                                 : store::toString(r.bucket);
            return {Cell::ofDate(r.day),
                Cell::ofText(r.currency),
                Cell::ofText(bucket),
                Cell::ofText(r.storefront),
                Cell::ofText(r.orderNumber),
                Cell::ofText(r.storefrontOrderId),
                timeOrEmpty(r.placedAt),
                Cell::ofText(r.status),
                Cell::ofText(r.paymentState),
                money(r.total, r.currency)};
        });
}

// ---- exceptions

ExceptionsSource::ExceptionsSource(store::Database& db, QDateTime from, QDateTime to, QString type, QString state)
    : m_repo(db)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_type(std::move(type))
    , m_state(std::move(state))
{}

QList<Column> ExceptionsSource::headers()
{
    return {integer("id"),
        text("type"),
        text("state"),
        integer("severity"),
        text("owner_team"),
        text("subject"),
        text("order"),
        text("sku"),
        text("facility"),
        text("reason"),
        text("suggested_action"),
        integer("attempts"),
        dateTime("first_seen"),
        dateTime("last_seen"),
        dateTime("sla_due"),
        text("assignee"),
        text("claimed_by")};
}

Result<bool> ExceptionsSource::next(QList<Cell>& row)
{
    return pull(
        m_cursor,
        m_row,
        row,
        [this] { return m_repo.exceptions(m_from, m_to, m_type, m_state); },
        [](const store::ExceptionReportRow& r) -> QList<Cell> {
            return {Cell::ofInteger(r.id),
                Cell::ofText(r.type),
                Cell::ofText(r.state),
                Cell::ofInteger(r.severity),
                Cell::ofText(r.ownerTeam),
                Cell::ofText(r.subject),
                textOrEmpty(r.orderRef),
                textOrEmpty(r.sku),
                textOrEmpty(r.facility),
                Cell::ofText(r.reason),
                textOrEmpty(r.suggestedAction),
                Cell::ofInteger(r.attempts),
                timeOrEmpty(r.firstSeen),
                timeOrEmpty(r.lastSeen),
                timeOrEmpty(r.slaDue),
                textOrEmpty(r.assignee),
                textOrEmpty(r.claimedBy)};
        });
}

// ---- audit

AuditSource::AuditSource(store::Database& db, QDateTime from, QDateTime to, QString text)
    : m_repo(db)
{
    m_query.from = std::move(from);
    m_query.to = std::move(to);
    m_query.text = std::move(text);
    m_query.newestFirst = false;
    m_query.limit = 2000;
}

QList<Column> AuditSource::headers()
{
    return {integer("id"),
        dateTime("at"),
        text("actor"),
        text("action"),
        text("subject_type"),
        text("subject_id"),
        text("before"),
        text("after"),
        text("note")};
}

Result<bool> AuditSource::next(QList<Cell>& row)
{
    if (m_next >= m_page.size()) {
        if (m_done)
            return false;
        auto page = m_repo.page(m_query);
        if (!page.ok())
            return page.error();
        m_page = std::move(page).value();
        m_next = 0;
        m_done = m_page.size() < m_query.limit;
        if (m_page.isEmpty())
            return false;
        m_query.after = store::AuditKey{m_page.constLast().at, m_page.constLast().id};
    }
    const store::AuditEntry& e = m_page.at(m_next++);
    row = {Cell::ofInteger(e.id),
        timeOrEmpty(e.at),
        Cell::ofText(e.actor),
        Cell::ofText(e.action),
        Cell::ofText(e.subjectType),
        Cell::ofText(e.subjectId),
        textOrEmpty(e.before),
        textOrEmpty(e.after),
        textOrEmpty(e.note)};
    return true;
}

// ---- column choice

SelectedColumns::SelectedColumns(RowSource& source, const QStringList& headers)
    : m_source(source)
{
    const QList<Column> all = source.columns();
    for (const QString& h : headers) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].header == h && !m_indices.contains(i)) {
                m_indices.append(i);
                m_columns.append(all[i]);
            }
        }
    }
    if (m_indices.isEmpty()) {
        for (qsizetype i = 0; i < all.size(); ++i)
            m_indices.append(i);
        m_columns = all;
    }
}

Result<bool> SelectedColumns::next(QList<Cell>& row)
{
    auto more = m_source.next(m_row);
    if (!more.ok() || !more.value())
        return more;
    row.resize(m_indices.size());
    for (qsizetype i = 0; i < m_indices.size(); ++i)
        row[i] = m_row.value(m_indices[i]);
    return true;
}

} // namespace lockstep::core::reports
