// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "domain/clock.h"
#include "postgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace lockstep::core::store {

Q_LOGGING_CATEGORY(lcStore, "lockstep.store")

bool isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString displayLocation(const QString& location)
{
    if (!isServerLocation(location))
        return QDir::toNativeSeparators(location);
    QUrl url(location);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString();
}

/// Idle statements of one connection, by their SQL. A statement in use is never here, so the same SQL prepared
/// twice at once (a query run inside the loop over another's rows) gets two statements.
struct StatementPool
{
    static constexpr std::size_t kLimit = 256; ///< beyond this (SQL with values written into it), finalise
    static constexpr std::size_t kPerSql = 4; ///< copies of one SQL kept (nested uses of the same query)
    std::unordered_multimap<std::string, sqlite3_stmt*> idle;
    bool closed = false;

    void finalizeAll()
    {
        for (auto& [sql, stmt] : idle)
            sqlite3_finalize(stmt);
        idle.clear();
    }
};

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db, std::shared_ptr<StatementPool> pool)
    : m_stmt(stmt)
    , m_db(db)
    , m_pool(std::move(pool))
{}

Statement::Statement() = default;

Statement::Statement(std::unique_ptr<postgres::Cursor> cursor)
    : m_pg(std::move(cursor))
{}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    const char* sql = m_pool && !m_pool->closed ? sqlite3_sql(m_stmt) : nullptr;
    if (sql && m_pool->idle.size() < StatementPool::kLimit && m_pool->idle.count(sql) < StatementPool::kPerSql) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_pool->idle.emplace(sql, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_pool.reset();
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
    , m_pool(std::move(other.m_pool))
    , m_pg(std::move(other.m_pg))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_pool = std::move(other.m_pool);
        m_pg = std::move(other.m_pg);
    }
    return *this;
}

Statement& Statement::bindInt64(int index, qint64 value)
{
    if (m_pg) {
        m_pg->bindInt64(index, value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (m_pg) {
        m_pg->bindText(index, value.toUtf8());
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (m_pg) {
        m_pg->bindBlob(index, value);
        return *this;
    }
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    if (!value.isValid())
        return bindNull(index);
    return bindInt64(index, value.toMSecsSinceEpoch());
}

Statement& Statement::bindNull(int index)
{
    if (m_pg) {
        m_pg->bindNull(index);
        return *this;
    }
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindIdOrNull(int index, qint64 value)
{
    return value == 0 ? bindNull(index) : bindInt64(index, value);
}

Result<bool> Statement::step()
{
    if (m_pg)
        return m_pg->step();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return lastError("step");
}

Status Statement::exec()
{
    for (;;) {
        auto r = step();
        if (!r.ok())
            return r.error();
        if (!r.value())
            return Status::success();
    }
}

Result<qint64> Statement::insertedId()
{
    auto row = step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Database, QStringLiteral("the insert returned no id"));
    const qint64 id = int64(0);
    if (auto st = exec(); !st.ok())
        return st.error();
    return id;
}

void Statement::reset()
{
    if (m_pg) {
        m_pg->reset();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    if (m_pg)
        return m_pg->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 Statement::int64(int column) const
{
    if (m_pg)
        return m_pg->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (m_pg)
        return m_pg->text(column);
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    if (m_pg)
        return m_pg->blob(column);
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return utcFromMSecs(int64(column));
}

namespace {

/// SQLite's result code as an error code: a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) is ErrorCode::Parse,
/// since no retry or permission helps it; a duplicate key is ErrorCode::Conflict.
ErrorCode errorCodeOf(int extendedCode)
{
    if (extendedCode == SQLITE_CONSTRAINT_UNIQUE || extendedCode == SQLITE_CONSTRAINT_PRIMARYKEY)
        return ErrorCode::Conflict;
    const int primary = extendedCode & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return ErrorCode::Parse;
    return ErrorCode::Database;
}

constexpr int kBusyTimeoutMs = 5000;

} // namespace

Error Statement::lastError(const char* what) const
{
    return makeError(errorCodeOf(sqlite3_extended_errcode(m_db)),
        QString::fromUtf8(sqlite3_errmsg(m_db)),
        QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_sql(m_stmt)).left(120));
}

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::close()
{
    m_cache.clear(); // finalise statements before closing
    if (m_pool) {
        m_pool->closed = true; // statements still out are finalised when they are destroyed
        m_pool->finalizeAll();
    }
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_pg.reset();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_pg(std::move(other.m_pg))
    , m_mode(other.m_mode)
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
    , m_pool(std::move(other.m_pool))
    , m_writeFence(std::move(other.m_writeFence))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_pg = std::move(other.m_pg);
        m_mode = other.m_mode;
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        m_pool = std::move(other.m_pool);
        m_writeFence = std::move(other.m_writeFence);
    }
    return *this;
}

Result<Database> Database::open(const QString& path, Mode mode)
{
    if (isServerLocation(path)) {
        auto connection = postgres::Connection::open(path, mode == Mode::ReadOnly);
        if (!connection.ok())
            return connection.error();
        Database db;
        db.m_pg = std::move(connection).value();
        db.m_mode = mode;
        db.m_path = path;
        return db;
    }
    if (mode == Mode::ReadWrite && path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(
                ErrorCode::Io, QStringLiteral("cannot create the folder for the database"), info.absolutePath());
    }
    Database db;
    db.m_pool = std::make_shared<StatementPool>();
    db.m_mode = mode;
    db.m_path = path;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const QByteArray file = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return db.lastError(QStringLiteral("open ") + path);
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, kBusyTimeoutMs);

    if (mode == Mode::ReadWrite) {
        // Switching a new file to WAL needs it alone for a moment, and SQLite answers "locked" at once, without
        // its busy handler, while another connection does the same (processes started together on a new file):
        // try again within the busy timeout, as the handler would.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const Status wal = db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            if (wal.ok())
                break;
            if ((sqlite3_extended_errcode(db.m_db) & 0xff) != SQLITE_BUSY || waited.elapsed() > kBusyTimeoutMs)
                return wal.error();
            sqlite3_sleep(10);
        }
    }
    const QString pragmas = mode == Mode::ReadOnly
        ? QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA query_only = ON;")
        : QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    if (auto st = db.exec(pragmas); !st.ok())
        return st.error();
    return db;
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (m_pg)
        return Statement(m_pg->prepare(sql));
    const QByteArray utf8 = sql.toUtf8();
    if (m_pool) {
        const auto it = m_pool->idle.find(std::string(utf8.constData(), std::size_t(utf8.size())));
        if (it != m_pool->idle.end()) {
            sqlite3_stmt* stmt = it->second;
            m_pool->idle.erase(it);
            return Statement(stmt, m_db, m_pool);
        }
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(
            m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK)
        return lastError(QStringLiteral("prepare: ") + sql.left(200));
    return Statement(stmt, m_db, m_pool);
}

Result<Statement*> Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end() && m_pg) {
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_pg->prepare(QString::fromUtf8(sql)))).first;
    } else if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            return lastError(QStringLiteral("prepare: ") + QString::fromUtf8(sql).left(200));
        it = m_cache.emplace(sql, std::make_unique<Statement>(stmt, m_db)).first;
    } else {
        it->second->reset();
    }
    return it->second.get();
}

Status Database::exec(const QString& sql)
{
    if (m_pg)
        return m_pg->exec(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e = makeError(errorCodeOf(sqlite3_extended_errcode(m_db)),
            message ? QString::fromUtf8(message) : QStringLiteral("SQLite error %1").arg(rc),
            sql.simplified().left(200));
        sqlite3_free(message);
        return e;
    }
    return Status::success();
}

int Database::changes() const
{
    if (m_pg)
        return m_pg->changes();
    return sqlite3_changes(m_db);
}

void Database::setResponseDeadline(std::chrono::milliseconds deadline)
{
    if (m_pg)
        m_pg->setResponseDeadline(int(deadline.count()));
}

bool Database::inTransaction() const
{
    if (m_pg)
        return m_pg->inTransaction();
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    if (m_pg) {
        // The table is made by the first migration; before it the version is 0. Read from the catalogue itself with
        // this statement's snapshot, not by to_regclass(): that looks the name up in the session's cache, which
        // still says "no such table" after another program created it while this one waited for the migration lock
        // (the cache is brought up to date only when a table is locked or a transaction starts), and the first
        // migration would then be applied twice.
        auto exists = prepare(QStringLiteral(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = 'schema_migrations' AND n.nspname = current_schema()"));
        if (!exists.ok() || !exists->step().valueOr(false))
            return -1;
        if (exists->int64(0) == 0)
            return 0;
        auto st = prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        if (!st.ok() || !st->step().valueOr(false))
            return -1;
        return st->int32(0);
    }
    auto st = prepare(QStringLiteral("PRAGMA user_version"));
    if (!st.ok() || !st->step().valueOr(false))
        return -1;
    return st->int32(0);
}

Status Database::setUserVersion(int version)
{
    if (m_pg) {
        auto st = prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2) "
                                         "ON CONFLICT (version) DO NOTHING"));
        if (!st.ok())
            return st.error();
        return st->bind(1, version).bind(2, QDateTime::currentMSecsSinceEpoch()).exec();
    }
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Error Database::lastError(const QString& context) const
{
    return makeError(
        ErrorCode::Database, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory"), context);
}

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
{
    QString begin = kind == Kind::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (m_db.dialect() == Dialect::Postgres && kind == Kind::Immediate)
        begin = QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(postgres::kWriterLockKey);
    else if (m_db.dialect() == Dialect::Postgres)
        begin = QStringLiteral("BEGIN");
    if (m_db.inTransaction()) {
        // Already inside a transaction: SQLite has no nested BEGIN, but savepoints nest. One name serves every
        // depth: RELEASE and ROLLBACK TO act on the most recent savepoint of that name, and these objects are
        // scoped, so the most recent is always this one.
        m_savepoint = QStringLiteral("lockstep_nested");
        begin = QStringLiteral("SAVEPOINT ") + m_savepoint;
    }
    const bool outermost = m_savepoint.isEmpty();
    const Status st = m_db.exec(begin);
    m_active = st.ok();
    if (!m_active) {
        m_error = st.error();
        // PostgreSQL keeps a transaction whose lock wait failed open, refusing everything until it is ended.
        if (outermost && m_db.dialect() == Dialect::Postgres && m_db.inTransaction())
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // A rollback that fails (SQLite may have rolled back already, e.g. on a full disk) leaves nothing half-written:
    // SQLite never commits what was not committed. It is logged, for the one who reads why a write did not stick.
    const Status st = isNested() ? m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint))
                                 : m_db.exec(QStringLiteral("ROLLBACK"));
    if (!st.ok())
        qCWarning(lcStore).noquote() << "rollback:" << st.error().toString();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    if (!isNested() && m_db.dialect() == Dialect::Postgres && !m_db.writeFence().isEmpty()) {
        auto fence = m_db.prepare(m_db.writeFence());
        if (!fence.ok())
            return fence.error();
        auto passed = fence->step();
        if (!passed.ok())
            return passed.error();
        if (!passed.value())
            return makeError(ErrorCode::Conflict,
                QStringLiteral("this engine's lease on the store was taken over: its transaction was not committed"),
                displayLocation(m_db.path()));
    }
    const Status st = m_db.exec(isNested() ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT"));
    if (st.ok())
        m_active = false;
    return st;
}

} // namespace lockstep::core::store
