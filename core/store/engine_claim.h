// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDateTime>
#include <QDeadlineTimer>

#include <chrono>
#include <memory>
#include <optional>

struct sqlite3;

namespace lockstep::core::store {

/// Who runs the engine on a store, as the store records it.
struct EngineHolder
{
    qint64 epoch = 0; ///< changes with every new holder: a fencing token for what the holder sends
    QString holder; ///< the program, e.g. "lockstep --headless"
    qint64 pid = 0;
    QString host;
    QDateTime since; ///< UTC

    /// "pid 4242 on warehouse-pc-2 (lockstep --headless), since 08:14 UTC" for messages and the status bar.
    QString describe() const;
};

/// The exclusive right to run the engine's jobs on one store: at most one process holds it at a time.
///
/// The right is an operating-system lock on a file beside the database (`<database>-engine`), taken through
/// SQLite's own locking (fcntl on Unix, LockFileEx on Windows). The OS releases it when the process ends in any
/// way, so a killed engine never blocks its successor, and no stale-lock guessing is needed. Taking it bumps the
/// epoch in the store's `engine_claim` row and records the holder there, so a second process can say who holds it.
/// On a PostgreSQL store the right is a lease in the `engine_claim` row, judged by the server's clock: taken when
/// the last one ran out (or was given back), renewed by its holder well within its time to live (renew()), given
/// back by the destructor. A holder that stops renewing (frozen, cut off from the server, killed) is replaced once
/// its lease has run out, with a new epoch; the outbox claim (OutboxRepository::claim) is fenced by that epoch and
/// by the lease not having run out, so the old holder cannot start a send after it, even when it wakes up.
///
/// Thread: the thread that took it (the engine's); released by the destructor.
class EngineClaim
{
public:
    ~EngineClaim();
    EngineClaim(const EngineClaim&) = delete;
    EngineClaim& operator=(const EngineClaim&) = delete;

    /// Takes the claim for the store at `databasePath` (whose schema is up to date) and records `me` as holder
    /// with a new epoch, through `db` (the engine's writer). Fails with ErrorCode::Conflict while another process
    /// (or another engine in this one) holds it; the message names that holder when the store knows it.
    static Result<std::unique_ptr<EngineClaim>> take(
        Database& db, const QString& databasePath, EngineHolder me, std::chrono::milliseconds leaseTtl = kLeaseTtl);

    /// A server lease's time to live; the engine renews it every third of it.
    static constexpr std::chrono::milliseconds kLeaseTtl{30000};

    /// On a server, extends the lease (by the server's clock). Fails with Conflict when another holder has taken it
    /// over (then this claim is lost for good), with Network when the server cannot be asked (the lease still runs
    /// until it runs out). Does nothing on a file, whose lock needs no renewing.
    Status renew();
    /// Whether this holder may still start a send as far as it can tell by itself: on a server, not lost and renewed
    /// within the time to live less a margin, by its own monotonic clock (the store's fence is the guarantee).
    bool holdsLease() const;
    bool isLease() const { return m_server != nullptr; }
    /// On a server, the query that passes only while this claim's lease runs (its epoch, by the server's clock), and
    /// keeps a takeover waiting until the transaction that ran it has ended (FOR SHARE on the claim's row): the
    /// engine's writer runs it before every commit (Database::setWriteFence). Empty on a file.
    QString fenceSql() const;
    std::chrono::milliseconds leaseTtl() const { return m_ttl; }

    /// The holder the store records (the current one while the claim is held, else the last), if any.
    static Result<std::optional<EngineHolder>> recorded(Database& db);
    /// Whether a process holds the claim on the store at `databasePath` right now (a look, not a take).
    static bool isHeld(const QString& databasePath);
    /// The same, through a connection the caller has to that store (on a server, no new connection is opened).
    static bool isHeld(Database& db, const QString& databasePath);
    /// The file whose lock is the claim.
    static QString lockPath(const QString& databasePath);

    const EngineHolder& holder() const { return m_holder; }
    qint64 epoch() const { return m_holder.epoch; }

private:
    EngineClaim() = default;
    static Result<std::unique_ptr<EngineClaim>> takeOnServer(std::unique_ptr<EngineClaim> claim,
        Database& db,
        const QString& databasePath,
        EngineHolder me,
        std::chrono::milliseconds leaseTtl);
    static Result<std::unique_ptr<EngineClaim>> recordHolder(
        std::unique_ptr<EngineClaim> claim, Database& db, EngineHolder me);

    sqlite3* m_lock = nullptr; ///< holds the OS lock for as long as it is open
    std::unique_ptr<Database> m_server; ///< on PostgreSQL: the lease's own connection
    std::chrono::milliseconds m_ttl{kLeaseTtl};
    QDeadlineTimer m_validUntil; ///< by this process's clock: the lease's end less a margin, as of the last renewal
    bool m_lost = false; ///< another holder took the lease over
    EngineHolder m_holder;
};

/// This process, as an engine holder (pid, host name, and `program`).
EngineHolder thisProcessAsHolder(const QString& program);

} // namespace lockstep::core::store
