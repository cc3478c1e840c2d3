// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lockstep::core::store {

enum class OutboxState
{
    Pending,
    Sending,
    Sent,
    Failed,
    Dead
};
QString toString(OutboxState state);

/// One outbound mutation (create a WMS order, cancel, push stock, mark shipped) waiting to be sent.
/// Written in the same transaction as the state that caused it; the idempotency key is unique, so the
/// same decision can never be queued twice.
struct OutboxEntry
{
    qint64 id = 0;
    QString idempotencyKey; ///< e.g. "wms.create:woocommerce:1042"
    QString kind; ///< e.g. "wms.create_order"
    QString target; ///< connector name
    QString payload; ///< JSON
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; ///< UTC
    QString lastError;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

/// The outbox. Thread: the engine's thread (the single writer).
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db)
        : m_db(db)
    {}

    /// Queues the entry; a second entry with the same key is refused with ErrorCode::Conflict.
    Result<qint64> enqueue(const OutboxEntry& entry);
    Result<std::optional<OutboxEntry>> findByKey(const QString& idempotencyKey);
    /// Pending or failed entries whose time has come, oldest first.
    Result<QList<OutboxEntry>> due(const QDateTime& now, int limit);
    /// Claims a pending or failed entry for sending ('sending', recorded with `claimant` and `epoch`). True only
    /// for the one caller that claimed it: a second engine, a retry running beside the outbox job, or a stale list
    /// gets false and must not send. With `epoch` > 0 the claim also needs the store's engine epoch to still be
    /// `epoch` (EngineClaim), so an engine that lost its claim can never start a send. Every mark* settles it.
    Result<bool> claim(qint64 id, const QString& claimant, qint64 epoch, const QDateTime& now);
    /// Entries left 'sending' by an engine that stopped mid-send: back to 'failed', due at `retryAt`. Their next
    /// attempt looks at the receiver first (the dispatcher always does), so none is re-sent blind.
    /// An entry still 'sending' after its sender is done with it (its outcome could not be recorded): back to
    /// 'failed', due at `retryAt`. Does nothing to an entry that was settled.
    Status unclaim(qint64 id, const QDateTime& retryAt, const QDateTime& now);
    Result<int> releaseInterrupted(const QDateTime& retryAt, const QDateTime& now);
    Status markSent(qint64 id, const QDateTime& now);
    Status markFailed(qint64 id, const QString& error, const QDateTime& nextAttemptAt, const QDateTime& now);
    Status markDead(qint64 id, const QString& error, const QDateTime& now);
    /// Puts a sent, failed or dead entry back in the queue for a retry a person asked for (same key); refused with
    /// Conflict while it is being sent.
    Status requeue(qint64 id, const QDateTime& now);
    /// Replaces the payload of an entry not yet sent (a person's edit); refused with Conflict once sent.
    Status updatePayload(qint64 id, const QString& payload, const QDateTime& now);
    Result<int> countByState(OutboxState state);
    /// Entries of `kind` not (yet) sent: pending, failed, being sent or dead, oldest first.
    Result<QList<OutboxEntry>> unsent(const QString& kind, int limit = 10000);

private:
    Status setState(qint64 id,
        OutboxState state,
        const QString& error,
        const QDateTime& next,
        const QDateTime& now,
        int addAttempts);

    Database& m_db;
};

} // namespace lockstep::core::store
