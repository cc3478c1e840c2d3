// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/exception_record.h"

#include <QHash>
#include <QList>

#include <optional>
#include <variant>

namespace lockstep::core::store {

/// Sort columns a queue can be ordered by; each has an index ending in id, so paging never sorts.
enum class ExceptionSort
{
    LastSeen,
    FirstSeen,
    Severity,
    OrderRef
};

/// What a queue shows. Empty fields do not filter.
struct ExceptionFilter
{
    std::optional<ExceptionType> type;
    std::optional<ExceptionState> state;
    QString text; ///< contained in order ref, SKU, facility or reason (case-insensitive)
    QString facility;
    std::optional<OwnerTeam> owner;
    QDateTime firstSeenBefore; ///< only records older than this (UTC)
    QString signature;
    QString sku; ///< exactly this SKU
    std::optional<QString> assignee; ///< exactly this assignee; an empty string: assigned to nobody
    bool aboutAnOrder = false; ///< only records about one order (an order ref), not about a SKU or a stock level
};

/// How many rows of a queue's filter are assigned to one person and to nobody (the "Mine" and "Unassigned" views).
struct AssigneeCounts
{
    qint64 mine = 0;
    qint64 unassigned = 0;
    friend bool operator==(const AssigneeCounts&, const AssigneeCounts&) = default;
};

/// A keyset position: the sort column's value and the id of the row it belongs to.
struct PageKey
{
    std::variant<qint64, QString> value;
    qint64 id = 0;
    friend bool operator==(const PageKey&, const PageKey&) = default;
};

/// One page request. With neither `after` nor `before` it returns the first page, or the last when
/// `fromEnd` is set. Rows always come back in display order.
struct PageRequest
{
    ExceptionFilter filter;
    ExceptionSort sort = ExceptionSort::LastSeen;
    bool descending = false;
    std::optional<PageKey> after; ///< rows strictly after this key, in display order
    std::optional<PageKey> before; ///< rows strictly before this key, in display order
    bool fromEnd = false;
    int limit = 200;
};

struct ExceptionPage
{
    QList<ExceptionRecord> rows;
    bool hasMore = false; ///< more rows exist beyond this page in the direction it was read
};

/// What upsert() did.
struct UpsertOutcome
{
    qint64 id = 0;
    bool created = false;
    bool reopened = false;
};

/// Open exceptions with the same cause: one normalised signature of one type.
struct CauseGroup
{
    ExceptionType type = ExceptionType::FailedAllocation;
    QString signature;
    qint64 count = 0;
    QDateTime oldest; ///< first seen of the oldest, UTC
};

/// Open exceptions about the same order: one case.
struct CaseGroup
{
    qint64 orderId = 0;
    QString orderRef;
    qint64 count = 0;
    Severity worst = Severity::Low;
    QDateTime oldest; ///< UTC
};

/// Exception records. Thread: the thread of its Database (engine writes; UI reads on its own connection).
class ExceptionRepository
{
public:
    explicit ExceptionRepository(Database& db)
        : m_db(db)
    {}

    /// Inserts or, when (type, subjectKey) exists, updates the facts and last seen. A resolved record is
    /// reopened. The version changes only when something a person sees changed.
    Result<UpsertOutcome> upsert(const ExceptionRecord& record);
    Result<std::optional<ExceptionRecord>> findById(qint64 id);
    Result<std::optional<ExceptionRecord>> findBySubject(ExceptionType type, const QString& subjectKey);

    /// Marks an open record resolved (the condition cleared) and bumps its version. False if it was not open.
    Result<bool> markResolved(qint64 id, const QDateTime& now);
    /// Writes what a person's action changes (state, assignee, claim, attempts, the suggested action) if the record is
    /// still at `expectedVersion`, and bumps the version. False when another change came first.
    Result<bool> applyAction(const ExceptionRecord& changed, qint64 expectedVersion);
    /// Ids of the records matching `filter`, ascending, after `afterId`, at most `limit` (keyset on id).
    Result<QList<qint64>> idsMatching(const ExceptionFilter& filter, qint64 afterId, int limit);

    Result<ExceptionPage> page(const PageRequest& request);
    Result<qint64> count(const ExceptionFilter& filter);
    /// True when the filter's text (three characters or more) matches at most kFewTextMatches rows of the
    /// trigram index: page() and count() then read those rows by id rather than walk the queue's index.
    Result<bool> fewTextMatches(const ExceptionFilter& filter);
    static constexpr int kFewTextMatches = 2000;
    /// Open exceptions per type, for the navigation counts.
    Result<QHash<ExceptionType, qint64>> openCountsByType();
    /// Exceptions about one order (any state), newest first, at most `limit`, via exceptions_by_order.
    Result<QList<ExceptionRecord>> forOrder(qint64 orderId, int limit = 50);

    /// True when the order has an open exception of one of `types` (via exceptions_by_case).
    Result<bool> hasOpenForOrder(qint64 orderId, const QList<ExceptionType>& types);
    /// Open exceptions of `type` whose subject starts with `subjectPrefix` (empty: all), at most `limit`, by id.
    Result<QList<ExceptionRecord>> open(ExceptionType type, const QString& subjectPrefix = {}, int limit = 100000);

    /// Open exceptions grouped by (type, signature), the largest group first, at most `limit` groups.
    /// Walks exceptions_by_cause (covering); only the groups are sorted.
    Result<QList<CauseGroup>> openCauses(std::optional<ExceptionType> type = std::nullopt, int limit = 100);
    /// Rows matching `filter` (its assignee ignored) assigned to `person`, and to nobody. Two index range counts
    /// (exceptions_by_assignee) when the filter names the type and state.
    Result<AssigneeCounts> assigneeCounts(const ExceptionFilter& filter, const QString& person);
    /// The causes among the rows matching `filter` (its signature ignored), the largest first, at most `limit`:
    /// (type, signature) with the count and the oldest first seen. Walks exceptions_by_cause when the filter is a
    /// queue's type and state; only the groups are sorted.
    Result<QList<CauseGroup>> causes(const ExceptionFilter& filter, int limit = 50);
    /// Open exceptions grouped by order (cases), worst severity then largest first; via exceptions_by_case.
    Result<QList<CaseGroup>> openCases(int limit = 100);
    /// Open exceptions of `type` that have a warehouse cutoff, the least time left first (cutoffAt, then id),
    /// continuing after `after` (keyset: keyOfCutoff()). Via exceptions_by_cutoff, never sorted.
    Result<QList<ExceptionRecord>> openByCutoff(
        ExceptionType type, std::optional<PageKey> after = std::nullopt, int limit = 200);

    static PageKey keyOf(const ExceptionRecord& record, ExceptionSort sort);
    /// The keyset position of a record in openByCutoff().
    static PageKey keyOfCutoff(const ExceptionRecord& record)
    {
        return {record.cutoffAt.toMSecsSinceEpoch(), record.id};
    }

private:
    Database& m_db;
};

} // namespace lockstep::core::store
