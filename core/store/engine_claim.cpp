// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_claim.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace lockstep::core::store {

QString EngineHolder::describe() const
{
    QString text = QStringLiteral("pid %1 on %2").arg(pid).arg(host);
    if (!holder.isEmpty())
        text += QStringLiteral(" (%1)").arg(holder);
    if (since.isValid())
        text += QStringLiteral(", since %1").arg(since.toString(Qt::ISODate));
    return text;
}

EngineHolder thisProcessAsHolder(const QString& program)
{
    EngineHolder me;
    me.holder = program;
    me.pid = QCoreApplication::applicationPid();
    me.host = QSysInfo::machineHostName();
    me.since = QDateTime::currentDateTimeUtc();
    return me;
}

QString EngineClaim::lockPath(const QString& databasePath)
{
    return databasePath + QStringLiteral("-engine");
}

namespace {

/// The server's clock in milliseconds since the epoch: a lease is judged by it, never by a holder's own clock.
constexpr const char* kServerNowMs = "(extract(epoch from clock_timestamp()) * 1000)::bigint";
/// How long a holder trusts its lease by its own clock after asking for it: the time to live less a margin for the
/// renewal's round trip and a clock that runs a little fast (2 s, or a quarter of a short lease).
QDeadlineTimer trustedFromNow(std::chrono::milliseconds ttl)
{
    return QDeadlineTimer(ttl.count() - std::min<qint64>(2000, ttl.count() / 4));
}

} // namespace

EngineClaim::~EngineClaim()
{
    if (m_lock)
        sqlite3_close_v2(m_lock); // the OS lock goes with the last handle on the file
    if (m_server && !m_lost) {
        // Given back, so a successor need not wait for it to run out (a crash leaves that wait).
        m_server->setResponseDeadline(std::chrono::milliseconds(2000));
        if (auto st = m_server->prepare(
                QStringLiteral("UPDATE engine_claim SET lease_until = 0 WHERE id = 1 AND epoch = ?1"));
            st.ok())
            (void)st->bindInt64(1, m_holder.epoch).exec();
    }
}

namespace {

/// The refusal of a take: who holds the store, when the store says.
Error heldByAnother(const Result<std::optional<EngineHolder>>& holder, const QString& databasePath)
{
    const QString who = holder.ok() && holder.value()
        ? QStringLiteral("another engine holds this store: %1").arg(holder.value()->describe())
        : QStringLiteral("another engine holds this store");
    return makeError(ErrorCode::Conflict, who, displayLocation(databasePath));
}

} // namespace

QString EngineClaim::fenceSql() const
{
    if (!isLease())
        return {};
    return QStringLiteral("SELECT 1 FROM engine_claim WHERE id = 1 AND epoch = %1 AND lease_until > %2 FOR SHARE")
        .arg(m_holder.epoch)
        .arg(QLatin1String(kServerNowMs));
}

bool EngineClaim::isHeld(Database& db, const QString& databasePath)
{
    if (!db.server())
        return isHeld(databasePath);
    auto st = db.prepare(
        QStringLiteral("SELECT count(*) FROM engine_claim WHERE id = 1 AND lease_until > %1").arg(kServerNowMs));
    if (!st.ok() || !st->step().valueOr(false))
        return false;
    return st->int64(0) > 0;
}

bool EngineClaim::isHeld(const QString& databasePath)
{
    if (isServerLocation(databasePath)) {
        auto server = Database::open(databasePath, Database::Mode::ReadOnly);
        return server.ok() && isHeld(server.value(), databasePath);
    }
    const QString path = lockPath(databasePath);
    if (!QFile::exists(path))
        return false;
    sqlite3* handle = nullptr;
    const QByteArray file = QDir::toNativeSeparators(path).toUtf8();
    if (sqlite3_open_v2(file.constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return false;
    }
    sqlite3_busy_timeout(handle, 0);
    const int rc = sqlite3_exec(handle, "BEGIN EXCLUSIVE; ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close_v2(handle);
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

Result<std::optional<EngineHolder>> EngineClaim::recorded(Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT epoch, holder, pid, host, since FROM engine_claim WHERE id = 1"));
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<EngineHolder>();
    EngineHolder h;
    h.epoch = st->int64(0);
    h.holder = st->text(1);
    h.pid = st->int64(2);
    h.host = st->text(3);
    h.since = st->dateTime(4);
    return std::optional<EngineHolder>(h);
}

Result<std::unique_ptr<EngineClaim>> EngineClaim::take(
    Database& db, const QString& databasePath, EngineHolder me, std::chrono::milliseconds leaseTtl)
{
    std::unique_ptr<EngineClaim> claim(new EngineClaim);
    if (isServerLocation(databasePath))
        return takeOnServer(std::move(claim), db, databasePath, std::move(me), leaseTtl);
    const QString path = lockPath(databasePath);
    const QByteArray file = QDir::toNativeSeparators(path).toUtf8();
    const auto prior = recorded(db); // before the attempt: a take under way shows as a new epoch after it
    const auto failure = [&claim, &path](ErrorCode code, const QString& what) -> Error {
        const QString detail = claim->m_lock ? QString::fromUtf8(sqlite3_errmsg(claim->m_lock)) : QString();
        return makeError(code, detail.isEmpty() ? what : what + QStringLiteral(": ") + detail, path);
    };
    // In exclusive locking mode the first write takes the file's exclusive lock and keeps it until the handle closes.
    // An attempt that meets a lock closes its handle before the next: in exclusive mode a refused attempt may keep
    // the shared lock it got on the way, and two engines starting together would then each block the other's take
    // until both gave up. Another process merely looking (isHeld(), a second demo) holds the file for a moment
    // only, so a held claim is one still refused after a second of attempts.
    const QDeadlineTimer attempts(1000);
    int rc = SQLITE_BUSY;
    for (;;) {
        if (sqlite3_open_v2(file.constData(),
                &claim->m_lock,
                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                nullptr)
            != SQLITE_OK)
            return failure(ErrorCode::Io, QStringLiteral("cannot open the engine's lock file"));
        sqlite3_busy_timeout(claim->m_lock, 50);
        rc = sqlite3_exec(claim->m_lock,
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (at INTEGER); "
            "DELETE FROM held; INSERT INTO held VALUES (strftime('%s', 'now')); COMMIT;",
            nullptr,
            nullptr,
            nullptr);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_close_v2(claim->m_lock);
        claim->m_lock = nullptr;
        if (attempts.hasExpired())
            break;
        QThread::msleep(10 + QRandomGenerator::global()->bounded(40)); // apart, so one of two starting together wins
    }
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        // The holder records itself (a new epoch) just after it locked the file. If that has not happened yet, the
        // record still names the previous holder: a take is done in milliseconds, so wait a little for a new epoch,
        // and name whoever is recorded then.
        QDeadlineTimer patience(2000);
        auto now = prior;
        while (!patience.hasExpired()) {
            auto again = recorded(db);
            if (again.ok())
                now = again;
            const bool newEpoch = again.ok() && again.value()
                && (!prior.ok() || !prior.value() || again.value()->epoch != prior.value()->epoch);
            if (newEpoch)
                break;
            QThread::msleep(50);
        }
        return heldByAnother(now, databasePath);
    }
    if (rc != SQLITE_OK)
        return failure(ErrorCode::Io, QStringLiteral("cannot lock the engine's lock file"));
    return recordHolder(std::move(claim), db, std::move(me));
}

Result<std::unique_ptr<EngineClaim>> EngineClaim::takeOnServer(std::unique_ptr<EngineClaim> claim,
    Database& db,
    const QString& databasePath,
    EngineHolder me,
    std::chrono::milliseconds leaseTtl)
{
    auto server = Database::open(databasePath);
    if (!server.ok())
        return server.error();
    claim->m_server = std::make_unique<Database>(std::move(server).value());
    claim->m_ttl = leaseTtl;
    // A renewal that waits longer than a third of the lease is not worth its answer.
    claim->m_server->setResponseDeadline(std::max(leaseTtl / 3, std::chrono::milliseconds(1000)));
    // Taken only when no lease runs (none yet, given back, or run out by the server's clock), in one statement, so
    // of two engines starting together exactly one gets it; each take is a new epoch.
    me.since = QDateTime::currentDateTimeUtc();
    const QDeadlineTimer validFromNow = trustedFromNow(leaseTtl);
    auto st = claim->m_server->prepare(QStringLiteral(
        "INSERT INTO engine_claim (id, epoch, holder, pid, host, since, lease_until) "
        "VALUES (1, 1, ?1, ?2, ?3, ?4, %1 + ?5) "
        "ON CONFLICT (id) DO UPDATE SET epoch = engine_claim.epoch + 1, holder = excluded.holder, "
        "pid = excluded.pid, host = excluded.host, since = excluded.since, lease_until = excluded.lease_until "
        "WHERE engine_claim.lease_until IS NULL OR engine_claim.lease_until <= %1 RETURNING epoch")
                                           .arg(kServerNowMs));
    if (!st.ok())
        return st.error();
    st->bind(1, me.holder).bindInt64(2, me.pid).bind(3, me.host).bind(4, me.since).bindInt64(5, leaseTtl.count());
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return heldByAnother(recorded(db), databasePath);
    me.epoch = st->int64(0);
    claim->m_holder = me;
    claim->m_validUntil = validFromNow;
    return claim;
}

Status EngineClaim::renew()
{
    if (!m_server)
        return Status::success();
    if (m_lost)
        return makeError(ErrorCode::Conflict, QStringLiteral("the engine's lease was taken over"));
    const QDeadlineTimer validFromNow = trustedFromNow(m_ttl);
    auto st = m_server->prepare(
        QStringLiteral("UPDATE engine_claim SET lease_until = %1 + ?2 WHERE id = 1 AND epoch = ?1").arg(kServerNowMs));
    if (!st.ok())
        return st.error();
    if (auto r = st->bindInt64(1, m_holder.epoch).bindInt64(2, m_ttl.count()).exec(); !r.ok())
        return r;
    if (m_server->changes() == 0) {
        m_lost = true;
        const auto now = recorded(*m_server);
        return makeError(ErrorCode::Conflict,
            now.ok() && now.value()
                ? QStringLiteral("the engine's lease was taken over by %1").arg(now.value()->describe())
                : QStringLiteral("the engine's lease was taken over"),
            displayLocation(m_server->path()));
    }
    m_validUntil = validFromNow;
    return Status::success();
}

bool EngineClaim::holdsLease() const
{
    return !m_server || (!m_lost && !m_validUntil.hasExpired());
}

Result<std::unique_ptr<EngineClaim>> EngineClaim::recordHolder(
    std::unique_ptr<EngineClaim> claim, Database& db, EngineHolder me)
{
    // Ours now: a new epoch, and who we are, for other processes to read.
    me.since = QDateTime::currentDateTimeUtc();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO engine_claim (id, epoch, holder, pid, host, since) VALUES (1, 1, ?1, ?2, ?3, ?4) "
        "ON CONFLICT (id) DO UPDATE SET epoch = engine_claim.epoch + 1, holder = excluded.holder, pid = excluded.pid, "
        "host = excluded.host, since = excluded.since"));
    if (!st.ok())
        return st.error();
    if (auto r = st->bind(1, me.holder).bindInt64(2, me.pid).bind(3, me.host).bind(4, me.since).exec(); !r.ok())
        return r.error();
    auto recordedNow = recorded(db);
    if (!recordedNow.ok())
        return recordedNow.error();
    if (auto c = tx.commit(); !c.ok())
        return c.error();
    me.epoch = recordedNow.value() ? recordedNow.value()->epoch : 1;
    claim->m_holder = me;
    return claim;
}

} // namespace lockstep::core::store
