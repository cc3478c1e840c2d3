// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgres.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <poll.h>
#endif

namespace lockstep::core::store::postgres {

namespace {

constexpr unsigned int kInt8Oid = 20;
constexpr unsigned int kTextOid = 25;
constexpr unsigned int kByteaOid = 17;

/// Waits until `socket` can be read (or written), at most `ms`; false when the time ran out.
bool waitForSocket(int socket, bool write, qint64 ms)
{
    if (socket < 0)
        return true; // nothing to wait on: libpq reports the broken connection itself
    const int timeout = int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
#ifdef _WIN32
    WSAPOLLFD fd{static_cast<SOCKET>(socket), static_cast<SHORT>(write ? POLLWRNORM : POLLRDNORM), 0};
    return WSAPoll(&fd, 1, timeout) != 0; // an error is left to libpq to report
#else
    pollfd fd{socket, static_cast<short>(write ? POLLOUT : POLLIN), 0};
    int n = 0;
    do {
        n = ::poll(&fd, 1, timeout);
    } while (n < 0 && errno == EINTR);
    return n != 0;
#endif
}

qint64 monotonicMs()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

bool failed(const PGresult* r)
{
    const auto status = PQresultStatus(r);
    return status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isLocalHost(const QByteArray& host)
{
    return host.isEmpty() || host.startsWith('/') || host == "localhost" || host == "127.0.0.1" || host == "::1";
}

/// The URL's host, as libpq reads it ("" for a Unix socket or none given).
QByteArray hostOf(const QByteArray& url)
{
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.constData(), &error);
    if (!options) {
        PQfreemem(error);
        return {};
    }
    QByteArray host;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (std::strcmp(o->keyword, "host") == 0 && o->val)
            host = o->val;
    }
    PQconninfoFree(options);
    return host;
}

/// SQLSTATE classes the server answers when it cannot work out a parameter's type by itself.
bool needsTypes(const char* state)
{
    return state
        && (std::strcmp(state, "42P18") == 0 || std::strcmp(state, "42725") == 0 || std::strcmp(state, "42883") == 0
            || std::strcmp(state, "42804") == 0);
}

} // namespace

QByteArray translate(QByteArrayView sql, int* parameters)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int next = 0;
    int highest = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') { // a literal or a quoted name, copied whole ('' and "" stay inside)
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            out.append(sql.sliced(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == '?') {
            qsizetype j = i + 1;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                ++j;
            const int n = j > i + 1 ? sql.sliced(i + 1, j - i - 1).toInt() : ++next;
            next = std::max(next, n);
            highest = std::max(highest, n);
            out.append('$').append(QByteArray::number(n));
            i = j - 1;
            continue;
        }
        if ((c == 'L' || c == 'l') && (i == 0 || !isWordChar(sql[i - 1])) && i + 4 <= sql.size()
            && QByteArrayView(sql.sliced(i, 4)).compare("LIKE", Qt::CaseInsensitive) == 0
            && (i + 4 == sql.size() || !isWordChar(sql[i + 4]))) {
            out.append("ILIKE");
            i += 3;
            continue;
        }
        out.append(c);
    }
    if (parameters)
        *parameters = highest;
    return out;
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& url, bool readOnly, const char* applicationName)
{
    const QByteArray target = url.toUtf8();
    const QByteArray password = qgetenv("LOCKSTEP_DB_PASSWORD");
    const QByteArray ssl = isLocalHost(hostOf(target)) ? "prefer" : "require";
    // A session left idle inside a transaction for 15 s (its program frozen or cut off mid-transaction) is ended by
    // the server, so the locks it held never stop a successor: an engine keeps no transaction open across a wait.
    const QByteArray options = readOnly
        ? "-c statement_timeout=60000 -c idle_in_transaction_session_timeout=15000 -c default_transaction_read_only=on"
        : "-c statement_timeout=60000 -c idle_in_transaction_session_timeout=15000";
    // Defaults first: the URL, expanded last, overrides any of them.
    // tcp_user_timeout: data the network does not deliver (a cut cable, a dropping firewall) fails the connection
    // in 20 s instead of the system's 15 minutes.
    std::vector<const char*> keys = {"connect_timeout",
        "application_name",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "sslmode",
        "options"};
    std::vector<const char*> values = {
        "5", applicationName, "1", "10", "5", "3", "20000", ssl.constData(), options.constData()};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back("dbname");
    values.push_back(target.constData());
    keys.push_back(nullptr);
    values.push_back(nullptr);

    std::unique_ptr<Connection> c(new Connection);
    c->m_location = displayLocation(url);
    c->m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!c->m_conn)
        return makeError(
            ErrorCode::Network, QStringLiteral("out of memory connecting to the database server"), c->m_location);
    if (PQstatus(c->m_conn) != CONNECTION_OK)
        return makeError(ErrorCode::Network,
            QStringLiteral("cannot connect to the database server: %1")
                .arg(QString::fromUtf8(PQerrorMessage(c->m_conn)).trimmed()),
            c->m_location);
    // Times are bound as numbers, never read through the session's zone; text is UTF-8 both ways.
    if (auto st = c->exec(QStringLiteral("SET client_encoding = 'UTF8'; SET client_min_messages = warning")); !st.ok())
        return st.error();
    return c;
}

std::unique_ptr<Cursor> Connection::prepare(const QString& sql)
{
    int parameters = 0;
    QByteArray translated = translate(sql.toUtf8(), &parameters);
    return std::make_unique<Cursor>(this, std::move(translated), parameters);
}

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool Connection::inTransaction() const
{
    // A connection given up on, or broken, holds no transaction any more, only possibly one lost with it.
    if (m_abandoned || PQstatus(m_conn) != CONNECTION_OK)
        return m_lostTransaction;
    const auto status = PQtransactionStatus(m_conn);
    return m_lostTransaction || status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

int Connection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

void Connection::noteTransactionState()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        m_inTransaction = PQtransactionStatus(m_conn) != PQTRANS_IDLE;
    else if (m_inTransaction)
        m_lostTransaction = true; // the server rolled it back when the connection went
}

void Connection::reconnect()
{
    // PQreset's wait, bounded by the deadline rather than only by connect_timeout: a frozen server accepts the
    // connection and never answers it.
    m_prepared.clear(); // the server forgets them with the old session
    const bool started = PQresetStart(m_conn) == 1;
    QDeadlineTimer deadline(std::min(m_deadlineMs, 5000));
    PostgresPollingStatusType polling = started ? PGRES_POLLING_WRITING : PGRES_POLLING_FAILED;
    while (polling == PGRES_POLLING_READING || polling == PGRES_POLLING_WRITING) {
        if (!waitForSocket(PQsocket(m_conn), polling == PGRES_POLLING_WRITING, deadline.remainingTime())) {
            // A frozen server: not tried again for 5 s, so a window's reads fail at once meanwhile.
            m_holdOffUntilMs = monotonicMs() + 5000;
            m_abandoned = true;
            return;
        }
        polling = PQresetPoll(m_conn);
    }
    m_abandoned = false;
    if (PQstatus(m_conn) == CONNECTION_OK) {
        if (auto st = exec(QStringLiteral("SET client_encoding = 'UTF8'; SET client_min_messages = warning")); !st.ok())
            m_abandoned = true;
    }
}

Status Connection::ensureConnected()
{
    if (m_abandoned || PQstatus(m_conn) != CONNECTION_OK) {
        noteTransactionState();
        m_inTransaction = false;
        if (monotonicMs() >= m_holdOffUntilMs)
            reconnect();
    }
    // A statement of a transaction the server rolled back must not run on its own in the new session: until the
    // transaction is ended (its ROLLBACK), everything fails, its COMMIT too, so none of it is half applied.
    if (m_lostTransaction)
        return makeError(ErrorCode::Network,
            QStringLiteral("the connection to the database server was lost inside a transaction, which the server "
                           "rolled back"),
            m_location);
    if (!m_abandoned && PQstatus(m_conn) == CONNECTION_OK)
        return Status::success();
    return makeError(ErrorCode::Network,
        m_abandoned ? QStringLiteral("the database server does not answer")
                    : QStringLiteral("the database server cannot be reached: %1")
                          .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()),
        m_location);
}

Result<PGresult*> Connection::answer(int sent, const QString& context)
{
    if (!sent) {
        noteTransactionState();
        return errorOf(nullptr, context);
    }
    QDeadlineTimer deadline(m_deadlineMs);
    const auto abandon = [this, &context](PGresult* kept) -> Result<PGresult*> {
        if (kept)
            PQclear(kept);
        // Whatever the server did with it is unknown, and a transaction around it is over: the server rolls it back
        // when it notices the connection gone.
        if (m_inTransaction)
            m_lostTransaction = true;
        m_inTransaction = false;
        m_abandoned = true;
        return makeError(ErrorCode::Network,
            QStringLiteral("the database server did not answer within %1 s").arg(m_deadlineMs / 1000.0),
            context);
    };
    for (int flushed = PQflush(m_conn); flushed != 0; flushed = PQflush(m_conn)) {
        if (flushed < 0)
            break; // the broken connection is reported by the result below
        if (!waitForSocket(PQsocket(m_conn), true, deadline.remainingTime()))
            return abandon(nullptr);
    }
    PGresult* kept = nullptr;
    for (;;) {
        while (PQisBusy(m_conn)) {
            if (!waitForSocket(PQsocket(m_conn), false, deadline.remainingTime()))
                return abandon(kept);
            if (!PQconsumeInput(m_conn))
                break; // lost: PQgetResult gives the error
        }
        PGresult* r = PQgetResult(m_conn);
        if (!r)
            break;
        if (kept && failed(kept)) {
            PQclear(r); // the first failure is the one to tell
            continue;
        }
        if (kept)
            PQclear(kept);
        kept = r;
    }
    noteTransactionState();
    if (!kept)
        return errorOf(nullptr, context);
    return kept;
}

Error Connection::errorOf(const PGresult* result, const QString& context) const
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    ErrorCode code = ErrorCode::Database;
    if (state && std::strcmp(state, "23505") == 0)
        code = ErrorCode::Conflict;
    else if (PQstatus(m_conn) != CONNECTION_OK || (state && std::strncmp(state, "08", 2) == 0)
        || (state && std::strcmp(state, "57014") == 0))
        code = ErrorCode::Network; // lost, refused, or cancelled by the statement timeout
    return makeError(code, message, context);
}

Status Connection::exec(const QString& sql)
{
    if (m_lostTransaction && sql.trimmed().compare(QLatin1String("ROLLBACK"), Qt::CaseInsensitive) == 0) {
        m_lostTransaction = false; // the end of the transaction the server already rolled back
        return Status::success();
    }
    if (auto st = ensureConnected(); !st.ok())
        return st;
    const QString context = sql.simplified().left(200);
    auto result = answer(PQsendQuery(m_conn, sql.toUtf8().constData()), context);
    if (!result.ok())
        return result.error();
    Status out = Status::success();
    if (!failed(result.value()))
        m_changes = std::atoi(PQcmdTuples(result.value()));
    else
        out = errorOf(result.value(), context);
    PQclear(result.value());
    return out;
}

Result<std::string> Connection::prepared(const QByteArray& sql, const std::vector<Param>& params)
{
    // How the parameters' types are given: 0, integers as bigint (a time in milliseconds added to an integer
    // expression must not be read as a 32-bit integer) and the rest left to the server; 1, all left to the server
    // (an integer where a function takes int); 2, every one as bound (a parameter the server cannot place at all).
    const std::string sqlKey(sql.constData(), std::size_t(sql.size()));
    const auto known = m_modes.find(sqlKey);
    const int mode = known == m_modes.end() ? 0 : known->second;
    std::vector<unsigned int> types(params.size(), 0);
    std::string key = sqlKey;
    key.push_back('\0');
    for (std::size_t i = 0; i < params.size(); ++i) {
        const unsigned int bound = params[i].null ? 0 : params[i].type;
        if (bound == kByteaOid) // a blob is sent binary: always say so
            types[i] = kByteaOid;
        else if (mode == 0)
            types[i] = bound == kInt8Oid ? kInt8Oid : 0;
        else if (mode == 2)
            types[i] = bound == 0 ? kTextOid : bound;
        key.append(std::to_string(types[i])).push_back(',');
    }
    if (const auto it = m_prepared.find(key); it != m_prepared.end())
        return it->second;
    const std::string name = "s" + std::to_string(++m_nextName);
    // A failed prepare would abort the transaction around it, and the next attempt must still run in it.
    const bool guarded = mode < 2 && inTransaction();
    if (guarded) {
        if (auto st = exec(QStringLiteral("SAVEPOINT lockstep_prepare")); !st.ok())
            return st.error();
    }
    auto answered = answer(PQsendPrepare(m_conn, name.c_str(), sql.constData(), int(params.size()), types.data()),
        QStringLiteral("prepare: ") + QString::fromUtf8(sql).left(200));
    if (!answered.ok())
        return answered.error();
    PGresult* result = answered.value();
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const bool retry = mode < 2 && needsTypes(state);
        Error e = errorOf(result, QStringLiteral("prepare: ") + QString::fromUtf8(sql).left(200));
        PQclear(result);
        if (guarded) {
            if (auto st = exec(QStringLiteral("ROLLBACK TO SAVEPOINT lockstep_prepare; RELEASE lockstep_prepare"));
                !st.ok())
                return st.error();
        }
        if (!retry)
            return e;
        m_modes[sqlKey] = mode + 1;
        return prepared(sql, params);
    }
    PQclear(result);
    if (guarded) {
        if (auto st = exec(QStringLiteral("RELEASE lockstep_prepare")); !st.ok())
            return st.error();
    }
    m_prepared.emplace(key, name);
    return name;
}

Result<PGresult*> Connection::run(const QByteArray& sql, const std::vector<Param>& params)
{
    if (auto st = ensureConnected(); !st.ok())
        return st.error();
    auto name = prepared(sql, params);
    if (!name.ok())
        return name.error();
    std::vector<const char*> values(params.size());
    std::vector<int> lengths(params.size());
    std::vector<int> formats(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        values[i] = params[i].null ? nullptr : params[i].value.constData();
        lengths[i] = int(params[i].value.size());
        formats[i] = params[i].format;
    }
    const QString context = QString::fromUtf8(sql).simplified().left(160);
    auto answered =
        answer(PQsendQueryPrepared(
                   m_conn, name->c_str(), int(params.size()), values.data(), lengths.data(), formats.data(), 0),
            context);
    if (!answered.ok())
        return answered.error();
    PGresult* result = answered.value();
    if (failed(result)) {
        Error e = errorOf(result, context);
        PQclear(result);
        return e;
    }
    m_changes = std::atoi(PQcmdTuples(result));
    return result;
}

Cursor::Cursor(Connection* connection, QByteArray sql, int parameters)
    : m_connection(connection)
    , m_sql(std::move(sql))
    , m_params(std::size_t(std::max(0, parameters)))
{}

Cursor::~Cursor()
{
    clearResult();
}

void Cursor::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_executed = false;
    m_row = -1;
    m_rows = 0;
}

Connection::Param& Cursor::param(int index)
{
    if (index > int(m_params.size()))
        m_params.resize(std::size_t(index));
    return m_params[std::size_t(index - 1)];
}

void Cursor::bindInt64(int index, qint64 value)
{
    param(index) = {QByteArray::number(value), false, kInt8Oid, 0};
}

void Cursor::bindText(int index, QByteArray utf8)
{
    param(index) = {std::move(utf8), false, kTextOid, 0};
}

void Cursor::bindBlob(int index, const QByteArray& value)
{
    param(index) = {value, false, kByteaOid, 1};
}

void Cursor::bindNull(int index)
{
    param(index) = {};
}

Result<bool> Cursor::step()
{
    if (!m_executed) {
        auto result = m_connection->run(m_sql, m_params);
        m_executed = true;
        if (!result.ok())
            return result.error();
        m_result = result.value();
        m_rows = PQntuples(m_result);
    }
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

void Cursor::reset()
{
    clearResult();
    for (auto& p : m_params)
        p = {};
}

bool Cursor::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

qint64 Cursor::int64(int column) const
{
    if (isNull(column))
        return 0;
    const char* v = PQgetvalue(m_result, m_row, column);
    if (v[0] == 't' && v[1] == '\0') // a boolean expression
        return 1;
    if (v[0] == 'f' && v[1] == '\0')
        return 0;
    char* end = nullptr;
    const long long n = std::strtoll(v, &end, 10);
    if (end && *end == '.') // numeric, from sum() or avg(): truncated, as SQLite's integer read does
        return static_cast<qint64>(std::strtod(v, nullptr));
    return n;
}

QString Cursor::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QByteArray Cursor::blob(int column) const
{
    if (isNull(column))
        return {};
    std::size_t length = 0;
    unsigned char* bytes =
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, m_row, column)), &length);
    if (!bytes)
        return {};
    QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

} // namespace lockstep::core::store::postgres
