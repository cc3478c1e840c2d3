// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests: a fresh migrated store, a SQLite file in a temporary folder or, when the test
// runs against the suite's PostgreSQL server (tests/postgres/README.md), a database of its own on that server.
#pragma once

#include "store/schema.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>

namespace lockstep::test {

/// The suite's PostgreSQL server (its URL, to its maintenance database), when this test runs against it: the
/// environment's LOCKSTEP_TEST_POSTGRES names the file tests/postgres/server.sh wrote the URL to. Empty otherwise.
inline QString testServer()
{
    const QString file = qEnvironmentVariable("LOCKSTEP_TEST_POSTGRES");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("LOCKSTEP_TEST_POSTGRES is set, but %s cannot be read: is the server running?", qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

/// `server`'s URL with another database.
inline QString withDatabase(const QString& server, const QString& database)
{
    QUrl url(server);
    url.setPath(u'/' + database);
    return url.toString();
}

#ifdef LOCKSTEP_PG_SERVER_SCRIPT
/// A PostgreSQL server of the test's own (tests/postgres/server.sh), for a test that stops, freezes or restarts it,
/// which the suite's shared server must not be: started by the constructor, thawed and stopped by the destructor.
class OwnServer
{
public:
    OwnServer() { m_started = run(QStringLiteral("start")); }
    ~OwnServer()
    {
        if (!m_started)
            return;
        run(QStringLiteral("thaw"));
        run(QStringLiteral("stop"));
    }
    OwnServer(const OwnServer&) = delete;
    OwnServer& operator=(const OwnServer&) = delete;

    bool isRunning() const { return m_started; }
    /// server.sh's `action` on it (pause, resume, freeze, thaw); true when it succeeded.
    bool run(const QString& action) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral(LOCKSTEP_PG_SERVER_SCRIPT), action, m_state.path()});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    /// Its URL, to its maintenance database.
    QString url() const
    {
        QFile f(m_state.filePath(QStringLiteral("url")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

private:
    QTemporaryDir m_state;
    bool m_started = false;
};
#endif

/// Runs `sql` (no results) on `server`'s maintenance database, or stops the test.
inline void onServer(const QString& server, const QString& sql)
{
    auto db = core::store::Database::open(server);
    if (!db.ok())
        qFatal("cannot reach the test server: %s", qPrintable(db.error().toString()));
    if (auto st = db->exec(sql); !st.ok())
        qFatal("%s: %s", qPrintable(sql), qPrintable(st.error().toString()));
}

/// A new database on the test server, copied from a template migrated once per schema version (the first test
/// to need it migrates it, under an advisory lock, while the others wait).
inline QString newServerDatabase(const QString& server)
{
    static std::atomic<int> counter{0};
    const QString templ = QStringLiteral("lockstep_template_%1").arg(core::store::latestSchemaVersion());
    {
        auto admin = core::store::Database::open(server);
        if (!admin.ok())
            qFatal("cannot reach the test server: %s", qPrintable(admin.error().toString()));
        if (auto st = admin->exec(QStringLiteral("SELECT pg_advisory_lock(7411)")); !st.ok())
            qFatal("%s", qPrintable(st.error().toString()));
        auto exists = admin->prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?1"));
        exists->bind(1, templ);
        if (!exists->step().valueOr(false) || exists->int64(0) == 0) {
            if (auto st = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(templ)); !st.ok())
                qFatal("%s", qPrintable(st.error().toString()));
            auto migrated = core::store::openStore(withDatabase(server, templ));
            if (!migrated.ok())
                qFatal("cannot migrate the template: %s", qPrintable(migrated.error().toString()));
        }
        (void)admin->exec(QStringLiteral("SELECT pg_advisory_unlock(7411)"));
    }
    const QString name = QStringLiteral("t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetch_add(1))
                             .arg(QDateTime::currentMSecsSinceEpoch() % 1000000);
    onServer(server, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templ));
    return withDatabase(server, name);
}

/// A real store, migrated to the latest schema, open for writing: a SQLite file in its own temporary folder, or a
/// database of its own on the suite's PostgreSQL server (dropped with it) when the test runs against one.
struct TempStore
{
    QTemporaryDir dir;
    QString server = testServer();
    QString path = server.isEmpty() ? dir.filePath(QStringLiteral("lockstep.sqlite")) : newServerDatabase(server);
    core::store::Database db = open();

    TempStore() = default;
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;
    ~TempStore()
    {
        if (server.isEmpty())
            return;
        db = core::store::Database();
        auto admin = core::store::Database::open(server);
        if (admin.ok())
            (void)admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(path).path().mid(1)));
    }

    core::store::Database open()
    {
        auto r = core::store::openStore(path);
        if (!r.ok())
            qFatal("cannot open test store: %s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }
};

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// Waits until `spy` holds at least one signal. QSignalSpy::wait() waits for a new one, so a signal from another
/// thread that came in before the wait started (an action refused at once) would be missed and the wait time out.
inline bool waitForSignal(QSignalSpy& spy, int timeoutMs)
{
    return QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, timeoutMs);
}

} // namespace lockstep::test

#define LOCKSTEP_VERIFY_OK(expr)                                                                                       \
    do {                                                                                                               \
        const auto& lockstep_r_ = (expr);                                                                              \
        QVERIFY2(lockstep_r_.ok(), lockstep_r_.ok() ? "" : qPrintable(lockstep_r_.error().toString()));                \
    } while (false)

/// Query-plan tests read SQLite's EXPLAIN QUERY PLAN. On PostgreSQL the benchmarks measure the same queries at
/// scale (tests/benchmarks/README.md), where its planner's choices mean something.
#define LOCKSTEP_SKIP_PLAN_ON_SERVER(db)                                                                               \
    do {                                                                                                               \
        if ((db).dialect() == lockstep::core::store::Dialect::Postgres)                                                \
            QSKIP("a SQLite query plan; on PostgreSQL the benchmarks measure this query at scale");                    \
    } while (false)

/// Compares two enum values (QCOMPARE would pick up the domain's QString toString() through ADL).
#define LOCKSTEP_COMPARE_ENUM(actual, expected)                                                                        \
    QVERIFY2((actual) == (expected),                                                                                   \
        qPrintable(QStringLiteral("%1 != %2").arg(static_cast<int>(actual)).arg(static_cast<int>(expected))))
