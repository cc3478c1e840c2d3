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

QList<Cell> discrepancyCells(const store::DiscrepancyRow& r, qint64 tolerance)
{
    const bool totals = r.kind == store::DiscrepancyKind::TotalsMismatch;
    const auto amountCell = [&](qint64 minor, bool present) {
        return present ? money(minor, r.currency) : Cell::empty();
    };
    QString explainedBy;
    if (totals) {
        const auto m = [&](qint64 minor) { return Money::fromMinor(minor, r.currency); };
        const OrderTotals t{m(r.items), m(r.discount), m(r.shipping), m(r.tax), m(r.storefrontTotal)};
        explainedBy = rules::explainTotalsDifference(t, r.storefrontTotal - r.wmsTotal, tolerance);
    }
    return {Cell::ofText(store::toString(r.kind)),
        timeOrEmpty(r.at),
        textOrEmpty(r.storefront),
        textOrEmpty(r.orderNumber),
        textOrEmpty(r.storefrontOrderId),
        textOrEmpty(r.storefrontStatus),
        textOrEmpty(r.paymentState),
        textOrEmpty(r.currency),
        amountCell(r.items, totals),
        amountCell(r.discount, totals),
        amountCell(r.shipping, totals),
        amountCell(r.tax, totals),
        amountCell(r.storefrontTotal, r.hasAmounts),
        amountCell(r.wmsTotal, totals),
        amountCell(r.storefrontTotal - r.wmsTotal, totals),
        textOrEmpty(explainedBy),
        textOrEmpty(r.wmsStatus),
        textOrEmpty(r.facility),
        textOrEmpty(r.shipmentId),
        textOrEmpty(r.carrier),
        textOrEmpty(r.trackingNumber),
        textOrEmpty(r.confirmation),
        textOrEmpty(r.sku),
        r.hasUnits ? Cell::ofInteger(r.expectedUnits) : Cell::empty(),
        r.hasUnits ? Cell::ofInteger(r.observedUnits) : Cell::empty(),
        r.hasUnits ? Cell::ofInteger(r.observedUnits - r.expectedUnits) : Cell::empty()};
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

Result<bool> DiscrepancySource::next(QList<Cell>& row)
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
        auto more = m_cursor->next(m_row);
        if (!more.ok())
            return more.error();
        if (more.value()) {
            row = discrepancyCells(m_row, m_tolerance);
            return true;
        }
        m_cursor.reset(); // this kind is done: the next one
    }
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
                Cell::ofText(shownText(r.reasonMessage, r.reason)),
                textOrEmpty(shownText(r.actionMessage, r.suggestedAction)),
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
        textOrEmpty(e.shownNote())};
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

TitledColumns::TitledColumns(RowSource& source, const QHash<QString, QString>& titles)
    : m_source(source)
    , m_columns(source.columns())
{
    for (Column& c : m_columns)
        c.header = titles.value(c.header, c.header);
}

} // namespace lockstep::core::reports
