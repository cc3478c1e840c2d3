// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <string>
#include <type_traits>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace lockstep::core::store {

struct StatementPool;
namespace postgres {
class Connection;
class Cursor;
} // namespace postgres

/// Which SQL a connection speaks. The repositories write one portable text per query; the few that differ ask.
enum class Dialect
{
    Sqlite,
    Postgres,
};

/// Whether `location` names a PostgreSQL server (a `postgresql://` or `postgres://` URL) rather than a SQLite file.
bool isServerLocation(const QString& location);
/// `location` fit for logs and messages: a server URL without its password.
QString displayLocation(const QString& location);

/// One prepared statement, of SQLite or PostgreSQL (postgres.h). Move-only. Prepared by Database::prepare(), it goes
/// back to its connection's pool on destruction (reset, bindings cleared) so the same SQL is not compiled again: the
/// intake prepares the same dozen statements for every order, and compiling them was a fifth of its time. Parameters
/// are 1-based, columns 0-based. Thread: the thread of the Database that prepared it.
class Statement
{
public:
    Statement();
    explicit Statement(sqlite3_stmt* stmt, sqlite3* db, std::shared_ptr<StatementPool> pool = {});
    explicit Statement(std::unique_ptr<postgres::Cursor> cursor);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Any integer (and bool, as 0/1) binds as a 64-bit integer.
    template <typename I>
    requires std::is_integral_v<I> Statement& bind(int index, I value)
    {
        return bindInt64(index, static_cast<qint64>(value));
    }
    Statement& bind(int index, const QString& value); ///< always text (a null QString binds ''); use bindNull for NULL
    Statement& bind(int index, const QByteArray& value); ///< as a blob
    Statement& bind(int index, const QDateTime& value); ///< milliseconds since the epoch, UTC; invalid binds NULL
    Statement& bindNull(int index);
    Statement& bindInt64(int index, qint64 value);
    /// Binds `value` or NULL when it is 0 (used for optional foreign keys).
    Statement& bindIdOrNull(int index, qint64 value);

    /// Advances one row: true when a row is available, false when done, or an Error.
    Result<bool> step();
    /// Runs to completion (for INSERT/UPDATE/DELETE).
    Status exec();
    /// Runs an INSERT ending in `RETURNING id` to completion: the new row's id.
    Result<qint64> insertedId();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDateTime dateTime(int column) const; ///< invalid when NULL

    bool isValid() const { return m_stmt != nullptr || m_pg != nullptr; }

private:
    Error lastError(const char* what) const;
    void release(); ///< back to the pool, or finalised

    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementPool> m_pool;
    std::unique_ptr<postgres::Cursor> m_pg; ///< set instead of m_stmt on a PostgreSQL connection
};

/// An open connection: to a SQLite file, or to a PostgreSQL server when opened with a `postgresql://` URL (the
/// repositories run unchanged on both; postgres.h says what the PostgreSQL side translates). Move-only; closed on
/// destruction.
/// Thread: a connection belongs to the thread that opened it and never crosses threads.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    Database();
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating in ReadWrite mode) the file, with WAL, foreign keys and a busy timeout set; or, for a
    /// `postgresql://` URL, connects to the server with connect and statement timeouts (postgres.h).
    /// Does not migrate: see openStore().
    static Result<Database> open(const QString& path, Mode mode = Mode::ReadWrite);

    Result<Statement> prepare(const QString& sql);
    /// A statement kept for the life of the connection, reset and with its bindings cleared.
    /// For hot paths: the pointer stays valid until the Database is destroyed.
    Result<Statement*> cached(const char* sql);
    /// Runs one or more statements without results.
    Status exec(const QString& sql);

    /// Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;
    /// The schema version: SQLite's user_version; on PostgreSQL the highest row of schema_migrations (0 when the
    /// table does not exist yet). -1 when it cannot be read.
    int userVersion();
    /// Records `version` (a PostgreSQL row of schema_migrations is added, never removed).
    Status setUserVersion(int version);
    /// Whether a transaction is open on this connection.
    bool inTransaction() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    Dialect dialect() const { return m_pg ? Dialect::Postgres : Dialect::Sqlite; }
    /// The file, or the server's URL (with its password, if it had one: show displayLocation(path())).
    const QString& path() const { return m_path; }
    /// The SQLite handle; nullptr on PostgreSQL.
    sqlite3* handle() const { return m_db; }
    /// The PostgreSQL connection; nullptr on SQLite.
    postgres::Connection* server() const { return m_pg.get(); }
    /// On a server, how long any statement's answer is waited for before it fails as a Network error
    /// (postgres::Connection::setResponseDeadline); the window's own connections wait seconds, not a minute. A file
    /// answers at once or reports busy: nothing to set.
    void setResponseDeadline(std::chrono::milliseconds deadline);
    /// A query every outermost transaction on this connection runs just before its COMMIT (on a server; a file's
    /// writer is fenced by its lock): no row back, and the transaction is rolled back and fails with Conflict. The
    /// engine sets EngineClaim::fenceSql(), so nothing it writes commits once its lease was taken over. Empty: none.
    void setWriteFence(QString sql) { m_writeFence = std::move(sql); }
    const QString& writeFence() const { return m_writeFence; }

private:
    Error lastError(const QString& context) const;
    void close();

    sqlite3* m_db = nullptr;
    std::unique_ptr<postgres::Connection> m_pg;
    Mode m_mode = Mode::ReadWrite;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::shared_ptr<StatementPool> m_pool; ///< statements prepare() handed out and got back
    QString m_writeFence;
};

/// Steps `statement` to the end, calling `onRow(statement)` for each row.
template <typename F> Status forEachRow(Statement& statement, F&& onRow)
{
    for (;;) {
        auto row = statement.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return Status::success();
        onRow(statement);
    }
}

/// Collects one value per row, made by `read(statement)`.
template <typename T, typename F> Result<QList<T>> collectRows(Statement& statement, F&& read)
{
    QList<T> out;
    if (auto st = forEachRow(statement, [&](Statement& s) { out.append(read(s)); }); !st.ok())
        return st.error();
    return out;
}

/// RAII transaction: rolls back on destruction unless committed. An Immediate one is the store's only writer
/// while it lasts: SQLite's write lock, and on PostgreSQL a transaction-scoped advisory lock every Immediate
/// transaction takes, so code that reads and then writes inside one behaves alike on both.
/// Nests: opened while the connection is already inside a transaction, it is a savepoint of that transaction
/// (commit releases it, destruction without commit undoes only its own writes), so code written as one
/// transaction can be run many times inside a larger one (the intake takes a page of orders in one commit,
/// each order its own savepoint). Thread: the connection's.
class Transaction
{
public:
    enum class Kind
    {
        Deferred,
        Immediate
    };

    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// True when BEGIN (or SAVEPOINT) succeeded; when false, error() says why.
    bool isActive() const { return m_active; }
    /// True when this is a savepoint inside an enclosing transaction: its commit is final only with that one's.
    bool isNested() const { return !m_savepoint.isEmpty(); }
    const Error& error() const { return m_error; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    QString m_savepoint; ///< empty for an outermost transaction
    Error m_error;
};

} // namespace lockstep::core::store
