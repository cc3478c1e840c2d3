// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/message.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lockstep::core::store {

/// A streaming read: one prepared statement stepped a row at a time, so a report over a million rows holds one
/// row in memory. The statement keeps its read snapshot until the cursor is destroyed, so every row of one
/// export comes from the same state of the store. Thread: the thread of its Database.
template <typename T> class RowCursor
{
public:
    using Reader = T (*)(const Statement&);

    RowCursor(Statement statement, Reader read)
        : m_statement(std::move(statement))
        , m_read(read)
    {}

    /// Fills `out` with the next row: true when there was one, false at the end, or an Error.
    Result<bool> next(T& out)
    {
        auto more = m_statement.step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return false;
        out = m_read(m_statement);
        return true;
    }

private:
    Statement m_statement;
    Reader m_read;
};

/// The kinds of record where the storefront, the warehouse and the money disagree. The text (toString) is
/// the `kind` column of the discrepancy report: stable, read by scripts.
enum class DiscrepancyKind
{
    TotalsMismatch, ///< the storefront's order total differs from the WMS's order value
    ShippedNotConfirmed, ///< the carrier collected, the storefront never accepted "shipped"
    CancelledButShipped, ///< cancelled in the storefront, yet the carrier collected goods
    RefundedWithoutReturn, ///< refunded after goods shipped, and no return recorded
    StockDrift, ///< the storefront shows other stock than Lockstep pushed (open drift exceptions)
};
inline constexpr int kDiscrepancyKindCount = 5;
QString toString(DiscrepancyKind kind);
std::optional<DiscrepancyKind> discrepancyKindFromString(const QString& text);

/// One discrepancy. Amounts are minor units of `currency`; fields a kind does not have stay empty or zero
/// (`hasAmounts`, `hasUnits` say which).
struct DiscrepancyRow
{
    DiscrepancyKind kind = DiscrepancyKind::TotalsMismatch;
    QDateTime at; ///< UTC: order placed (totals, refunds), carrier collected (shipments), drift last seen
    QString storefront;
    QString storefrontOrderId;
    QString orderNumber;
    QString storefrontStatus;
    QString paymentState;
    QString currency;
    bool hasAmounts = false;
    qint64 items = 0;
    qint64 discount = 0;
    qint64 shipping = 0;
    qint64 tax = 0;
    qint64 storefrontTotal = 0;
    qint64 wmsTotal = 0; ///< totals mismatch only
    QString wmsStatus;
    QString facility;
    QString shipmentId;
    QString carrier;
    QString trackingNumber;
    QString confirmation; ///< the "shipped" message's outbox state, or "not_queued"
    QString sku;
    bool hasUnits = false;
    qint64 expectedUnits = 0; ///< shipped units, or the stock Lockstep pushed
    qint64 observedUnits = 0; ///< returned units, or the stock the storefront shows
};

/// Which orders of a day a reconciliation cell counts. Sales holds every sold order; the others split it
/// without overlap, in this order of precedence: shipped (the carrier collected goods), cancelled (not
/// shipped), refunded (neither), open (the rest: the difference still to explain).
enum class ReconciliationBucket
{
    Sales,
    Shipped,
    Cancelled,
    Refunded,
    Open
};
QString toString(ReconciliationBucket bucket);
std::optional<ReconciliationBucket> reconciliationBucketFromString(const QString& text);

/// One day (UTC) and currency of the reconciliation. Values are minor units; each count and value is the sum of
/// its bucket's drill-down rows, and sales = shipped + cancelled + refunded + open.
struct ReconciliationRow
{
    QDate day;
    QString currency;
    qint64 salesCount = 0;
    qint64 salesValue = 0;
    qint64 shippedCount = 0;
    qint64 shippedValue = 0;
    qint64 cancelledCount = 0;
    qint64 cancelledValue = 0;
    qint64 refundedCount = 0;
    qint64 refundedValue = 0;
    qint64 openCount = 0;
    qint64 openValue = 0;
};

/// One order behind a reconciliation cell.
struct ReconciliationOrder
{
    QDate day;
    QString currency;
    QString storefront;
    QString storefrontOrderId;
    QString orderNumber;
    QDateTime placedAt; ///< UTC
    QString status;
    QString paymentState;
    qint64 total = 0; ///< minor units
    ReconciliationBucket bucket = ReconciliationBucket::Open; ///< never Sales: every order is sold
};

/// One exception as the exceptions export lists it (the payload stays out: it may hold request bodies).
struct ExceptionReportRow
{
    qint64 id = 0;
    QString type;
    QString state;
    int severity = 0;
    QString ownerTeam;
    QString subject;
    QString orderRef;
    QString sku;
    QString facility;
    QString reason; ///< in English
    QString suggestedAction; ///< in English
    Message reasonMessage; ///< in any language (empty on rows older than messages)
    Message actionMessage;
    int attempts = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime slaDue;
    QString assignee;
    QString claimedBy;
};

/// The reads behind the finance reports, each one statement over an index range, streamed:
/// orders by orders_by_created, shipments by shipments_by_collected, exceptions by exceptions_tl/_sf, with
/// per-row lookups by primary or unique keys. Ranges are [from, to) in UTC. POS till sales are left out of
/// the reconciliation (handed over at the till, never shipped by the warehouse).
/// Thread: the thread of its Database (a read-only connection off the UI thread for large ranges).
class ReportRepository
{
public:
    explicit ReportRepository(Database& db)
        : m_db(db)
    {}

    /// Discrepancies of one kind in [from, to), in time order. `toleranceMinor` is the totals tolerance.
    Result<RowCursor<DiscrepancyRow>> discrepancies(
        DiscrepancyKind kind, const QDateTime& from, const QDateTime& to, qint64 toleranceMinor = 1);
    /// One row per UTC day and currency of orders placed in [from, to) and sold, in day then currency order;
    /// `storefront` empty: all web storefronts. A few rows per day: returned whole.
    Result<QList<ReconciliationRow>> reconciliation(
        const QDateTime& from, const QDateTime& to, const QString& storefront = {});
    /// The orders behind the cells of [from, to): those of one bucket (Sales: all), optionally one currency.
    Result<RowCursor<ReconciliationOrder>> reconciliationOrders(const QDateTime& from,
        const QDateTime& to,
        ReconciliationBucket bucket = ReconciliationBucket::Sales,
        const QString& currency = {},
        const QString& storefront = {});
    /// Exceptions first seen in [from, to), by state then first seen; `type`/`state` empty: all.
    Result<RowCursor<ExceptionReportRow>> exceptions(
        const QDateTime& from, const QDateTime& to, const QString& type = {}, const QString& state = {});

private:
    Database& m_db;
};

} // namespace lockstep::core::store
