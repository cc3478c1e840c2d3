// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL side of Database and Statement (database.h), on libpq's C API. Only database.cpp and the store's
// checks include it; the repositories see Database and Statement alone.
#pragma once

#include "database.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

using PGconn = struct pg_conn;
using PGresult = struct pg_result;

namespace lockstep::core::store::postgres {

/// The repositories' SQL as PostgreSQL reads it, the store's whole dialect translation:
/// - `?N` becomes `$N`, a bare `?` the next number;
/// - `LIKE` becomes `ILIKE` (SQLite's LIKE ignores ASCII case, and the filters people type rely on it);
/// nothing inside string literals or quoted names is touched. `parameters` gets the highest parameter number.
QByteArray translate(QByteArrayView sql, int* parameters = nullptr);

/// The key of the advisory lock every Immediate transaction takes: one writer at a time, as on SQLite.
constexpr qint64 kWriterLockKey = 0x4c6f636b73746570; // "Lockstep"

class Cursor;

/// One connection to a server. Prepared statements are made once per connection and SQL, named `s1`, `s2`, ...
/// A connection found broken is reset before the next statement (its prepared statements are made again), so a
/// server that went away and came back is used again without reopening anything. A transaction open when it went is
/// not continued in the new session: its statements and its COMMIT fail until its ROLLBACK.
class Connection
{
public:
    /// Connects to `url` (a libpq `postgresql://` URI), with the defaults a console needs unless the URL says
    /// otherwise: a 5 s connect timeout, TCP keepalives, a 60 s statement timeout, TLS required unless the server
    /// is on this computer, the password from LOCKSTEP_DB_PASSWORD (or libpq's PGPASSWORD and .pgpass) when the URL
    /// has none. A ReadOnly connection's transactions are read-only. `applicationName` is what the server's session
    /// list shows (a console's change feed names itself, so an administrator, or a test, tells it apart).
    static Result<std::unique_ptr<Connection>> open(
        const QString& url, bool readOnly, const char* applicationName = "Lockstep");
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    std::unique_ptr<Cursor> prepare(const QString& sql);
    /// Runs one or more statements without parameters or results.
    Status exec(const QString& sql);
    int changes() const { return m_changes; }
    bool inTransaction() const;
    /// The server's version number (e.g. 150004), 0 when not connected.
    int serverVersion() const;
    const QString& location() const { return m_location; }
    /// libpq's connection, for what waits on its socket (the change feed's notifications); null when not connected.
    PGconn* handle() const { return m_conn; }
    /// How long a statement's answer is waited for on this side, whatever the server does (a server that is frozen or
    /// cut off by the network never answers, and the server's own statement timeout cannot fire): past it the
    /// statement fails as a Network error and the connection is made again before the next one. Reconnecting waits
    /// at most the same time. Default 65 s (the server's statement timeout is 60 s); a console's window uses less.
    void setResponseDeadline(int ms) { m_deadlineMs = ms; }

    struct Param
    {
        QByteArray value;
        bool null = true;
        unsigned int type = 0; ///< the bound value's type (Connection::prepared() says when the server is told)
        int format = 0; ///< 1 for a blob, sent as binary
    };
    /// Executes `sql` (already translated) with `params`; the result, owned by the caller (PQclear), or an Error.
    Result<PGresult*> run(const QByteArray& sql, const std::vector<Param>& params);

private:
    Connection() = default;
    Status ensureConnected();
    /// After each command: whether a transaction is open, and whether one was lost with the connection.
    void noteTransactionState();
    Error errorOf(const PGresult* result, const QString& context) const;
    Result<std::string> prepared(const QByteArray& sql, const std::vector<Param>& params);
    /// The answer to the command just sent (`sent`: what PQsend* returned): its last result, or its first failed
    /// one; an Error when the server does not answer within the deadline (the connection is then abandoned).
    Result<PGresult*> answer(int sent, const QString& context);
    /// Makes the connection again, waiting at most the deadline.
    void reconnect();

    PGconn* m_conn = nullptr;
    int m_deadlineMs = 65000;
    bool m_abandoned = false; ///< a command went unanswered: the connection is made again before the next one
    qint64 m_holdOffUntilMs = 0; ///< after a reconnect that timed out, the next try waits until then (monotonic ms)
    QString m_location; ///< the URL without its password
    int m_changes = 0;
    bool m_inTransaction = false; ///< as of the last command
    bool m_lostTransaction = false; ///< the connection went inside a transaction not yet ended (ensureConnected())
    int m_nextName = 0;
    std::unordered_map<std::string, std::string> m_prepared; ///< SQL and its parameters' types → name
    std::unordered_map<std::string, int> m_modes; ///< SQL whose parameters need other types given (prepared())
};

/// A prepared statement's binds and, once stepped, its whole result (read row by row by step()).
class Cursor
{
public:
    Cursor(Connection* connection, QByteArray sql, int parameters);
    ~Cursor();
    Cursor(const Cursor&) = delete;
    Cursor& operator=(const Cursor&) = delete;

    void bindInt64(int index, qint64 value);
    void bindText(int index, QByteArray utf8);
    void bindBlob(int index, const QByteArray& value);
    void bindNull(int index);

    Result<bool> step();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    Connection::Param& param(int index);
    void clearResult();

    Connection* m_connection;
    QByteArray m_sql;
    std::vector<Connection::Param> m_params;
    PGresult* m_result = nullptr;
    bool m_executed = false;
    int m_row = -1;
    int m_rows = 0;
};

} // namespace lockstep::core::store::postgres
