// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <type_traits>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace lockstep::core::store {

struct StatementPool;

/// One prepared statement. Move-only. Prepared by Database::prepare(), it goes back to its connection's pool on
/// destruction (reset, bindings cleared) so the same SQL is not compiled again: the intake prepares the same
/// dozen statements for every order, and compiling them was a fifth of its time. Parameters are 1-based, columns
/// 0-based. Thread: the thread of the Database that prepared it.
class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt, sqlite3* db, std::shared_ptr<StatementPool> pool = {});
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
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDateTime dateTime(int column) const; ///< invalid when NULL

    bool isValid() const { return m_stmt != nullptr; }

private:
    Error lastError(const char* what) const;
    void release(); ///< back to the pool, or finalised

    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementPool> m_pool;
};

/// An open SQLite connection. Move-only; closed on destruction.
/// Thread: a connection belongs to the thread that opened it and never crosses threads.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating in ReadWrite mode) the file, with WAL, foreign keys and a busy timeout set.
    /// Does not migrate: see Store::open().
    static Result<Database> open(const QString& path, Mode mode = Mode::ReadWrite);

    Result<Statement> prepare(const QString& sql);
    /// A statement kept for the life of the connection, reset and with its bindings cleared.
    /// For hot paths: the pointer stays valid until the Database is destroyed.
    Result<Statement*> cached(const char* sql);
    /// Runs one or more statements without results.
    Status exec(const QString& sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    Status setUserVersion(int version);
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Error lastError(const QString& context) const;

    sqlite3* m_db = nullptr;
    Mode m_mode = Mode::ReadWrite;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::shared_ptr<StatementPool> m_pool; ///< statements prepare() handed out and got back
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

/// RAII transaction: rolls back on destruction unless committed.
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
