// SPDX-License-Identifier: GPL-3.0-or-later
// The executable against databases it must not work on, run as a user would: a damaged file and a read-only one are
// refused at start with the cause and a non-zero exit (and the self-test's remedy for damage is a backup, not
// permissions); a database deleted while the headless engine runs stops it with a message and a non-zero exit;
// several processes opening one new file at once all migrate it; the export says what to do about a schema that is
// newer or not yet migrated; and the audit log names the OS account, whatever USER says.
#include "rules/exception_catalog.h"
#include "store/audit_repository.h"
#include "store/exception_repository.h"
#include "store/order_repository.h"
#include "store/schema.h"
#include "support.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

using namespace lockstep::core;
using namespace lockstep::core::store;

namespace {

const QString kBinary = QStringLiteral(LOCKSTEP_BINARY);

struct Run
{
    int exitCode = -1;
    QString output; ///< stdout and stderr
};

/// The environment of every run: English, and settings and logs in `dir`, apart from the user's.
QProcessEnvironment environment(const QTemporaryDir& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void startLockstep(QProcess& p, const QTemporaryDir& dir, const QStringList& args)
{
    p.setProcessEnvironment(environment(dir));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kBinary, args);
}

Run finish(QProcess& p, int timeoutMs = 120000)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAll()) + QStringLiteral("\n(killed: did not finish)")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

Run runLockstep(const QTemporaryDir& dir, const QStringList& args)
{
    QProcess p;
    startLockstep(p, dir, args);
    return finish(p);
}

/// A migrated database with a few thousand orders, closed (its WAL checkpointed into the file).
void writeDatabase(const QString& path)
{
    auto db = openStore(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    OrderRepository orders(db.value());
    Transaction tx(db.value());
    for (int i = 0; i < 3000; ++i) {
        Order o;
        o.storefront = SourceSystem::WooCommerce;
        o.storefrontId = QString::number(5000 + i);
        o.number = o.storefrontId;
        o.status = QStringLiteral("processing");
        o.currency = QStringLiteral("EUR");
        o.totals.total = Money::fromMinor(1000, o.currency);
        o.lines.append(OrderLine{1, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, {}, {}, {}, {}});
        QVERIFY(orders.upsert(o).ok());
    }
    QVERIFY(tx.commit().ok());
}

/// Overwrites three pages of orders deep in the file, as a failing disk or a stray write leaves them: the schema is
/// intact, so the file opens, and only a check of every page finds the damage.
void damage(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 64 * 1024);
    QVERIFY(file.seek(file.size() * 3 / 4 / 4096 * 4096));
    QCOMPARE(file.write(QByteArray(3 * 4096, '\xA5')), qint64(3 * 4096));
}

QString osAccount()
{
#if defined(Q_OS_UNIX)
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
#else
    return {};
#endif
}

} // namespace

class TestAppDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDamagedDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        writeDatabase(path);
        damage(path);

        const Run headless = runLockstep(dir, {QStringLiteral("--headless"), QStringLiteral("--db"), path});
        QVERIFY2(headless.exitCode != 0, qPrintable(headless.output));
        QVERIFY2(headless.output.contains(QLatin1String("damaged")), qPrintable(headless.output));
        QVERIFY2(!headless.output.contains(QLatin1String("ready")), qPrintable(headless.output));

        const Run selfTest = runLockstep(dir, {QStringLiteral("--self-test"), QStringLiteral("--db"), path});
        QVERIFY2(selfTest.exitCode != 0, qPrintable(selfTest.output));
        QVERIFY2(selfTest.output.contains(QLatin1String("[Failed] Database")), qPrintable(selfTest.output));
        QVERIFY2(
            selfTest.output.contains(QLatin1String("Restore the file from a backup")), qPrintable(selfTest.output));
        QVERIFY2(!selfTest.output.contains(QLatin1String("writable")), qPrintable(selfTest.output));
    }

    void aReadOnlyDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("read-only.sqlite"));
        writeDatabase(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QProcess p;
#if defined(Q_OS_UNIX)
        if (geteuid() == 0) {
            // Root writes a read-only file regardless: the program runs as an ordinary account here, which can
            // reach the file and its folder but, like the user of the report, not write the file.
            QVERIFY(QFile::setPermissions(dir.path(),
                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther
                    | QFile::ExeOther | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup));
            p.setChildProcessModifier([] {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(99);
            });
        }
#endif
        startLockstep(p, dir, {QStringLiteral("--headless"), QStringLiteral("--db"), path});
        const Run headless = finish(p);
        QVERIFY2(headless.exitCode != 0 && headless.exitCode != 99, qPrintable(headless.output));
        QVERIFY2(headless.output.contains(QLatin1String("read")), qPrintable(headless.output));
        QVERIFY2(!headless.output.contains(QLatin1String("ready")), qPrintable(headless.output));
    }

    void aDatabaseDeletedWhileRunningStopsTheEngine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("running.sqlite"));
        QProcess p;
        startLockstep(p, dir, {QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--db"), path});
        QVERIFY(p.waitForStarted());
        QByteArray output;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         output += p.readAll();
                         return output.contains("cycle done") || p.state() == QProcess::NotRunning;
                     },
                     170000),
            output.constData());
        QVERIFY2(p.state() == QProcess::Running, output.constData());

        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        QVERIFY(!QFileInfo::exists(path));
        const Run stopped = finish(p);
        const QString all = QString::fromUtf8(output) + stopped.output;
        QVERIFY2(stopped.exitCode != 0 && stopped.exitCode != -1, qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("the engine stopped: the database file was deleted")), qPrintable(all));
    }

    void processesOpeningOneNewFileAtOnceAllMigrateIt()
    {
        constexpr int kProcesses = 6;
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new.sqlite"));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < kProcesses; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                startLockstep(*processes.back(), dir, {QStringLiteral("--headless"), QStringLiteral("--db"), path});
            }
            for (auto& p : processes) {
                const Run run = finish(*p);
                QVERIFY2(run.exitCode == 0, qPrintable(run.output));
                QVERIFY2(run.output.contains(QLatin1String("ready")), qPrintable(run.output));
            }
            auto db = openStore(path, Database::Mode::ReadOnly);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            QCOMPARE(db->userVersion(), latestSchemaVersion());
        }
    }

    void exportSaysWhatToDoAboutTheSchema()
    {
        QTemporaryDir dir;
        const QStringList exportArgs = {QStringLiteral("export"),
            QStringLiteral("audit"),
            QStringLiteral("--from"),
            QStringLiteral("yesterday"),
            QStringLiteral("--to"),
            QStringLiteral("today"),
            QStringLiteral("--out"),
            dir.filePath(QStringLiteral("audit.csv")),
            QStringLiteral("--db")};

        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        {
            auto db = Database::open(older);
            QVERIFY(db.ok());
            QVERIFY(migrate(db.value(), 3).ok());
        }
        const Run notMigrated = runLockstep(dir, exportArgs + QStringList{older});
        QCOMPARE(notMigrated.exitCode, 1);
        QVERIFY2(notMigrated.output.contains(QLatin1String("start this version of Lockstep once")),
            qPrintable(notMigrated.output));
        QVERIFY2(!notMigrated.output.contains(QLatin1String("newer")), qPrintable(notMigrated.output));

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = openStore(newer);
            QVERIFY(db.ok());
            QVERIFY(db->setUserVersion(latestSchemaVersion() + 1).ok());
        }
        const Run tooNew = runLockstep(dir, exportArgs + QStringList{newer});
        QCOMPARE(tooNew.exitCode, 1);
        QVERIFY2(tooNew.output.contains(QLatin1String("update Lockstep")), qPrintable(tooNew.output));
        QVERIFY2(!tooNew.output.contains(QLatin1String("migrat")), qPrintable(tooNew.output));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("audit.csv"))));
    }

    void theAuditActorIsTheOsAccountNotUser()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actor.sqlite"));
        qint64 id = 0;
        {
            auto db = openStore(path);
            QVERIFY(db.ok());
            ExceptionRecord r = rules::makeException(ExceptionType::SkuMismatch,
                QStringLiteral("woocommerce:77"),
                Severity::High,
                Message::literal(QStringLiteral("Order 77 cannot go to the warehouse.")),
                Message::literal(QStringLiteral("Map the SKU.")),
                QStringLiteral("sku-missing:X"),
                QDateTime::currentDateTimeUtc(),
                {});
            auto raised = ExceptionRepository(db.value()).upsert(r);
            QVERIFY(raised.ok());
            id = raised->id;
        }
        QProcess p;
        QProcessEnvironment env = environment(dir);
        for (const char* name : {"USER", "USERNAME", "LOGNAME"})
            env.insert(QString::fromLatin1(name), QStringLiteral("mallory"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(kBinary,
            {QStringLiteral("exceptions"),
                QStringLiteral("ack"),
                QString::number(id),
                QStringLiteral("--note"),
                QStringLiteral("Handled by phone"),
                QStringLiteral("--db"),
                path});
        const Run acked = finish(p);
        QVERIFY2(acked.exitCode == 0, qPrintable(acked.output));

        auto db = openStore(path, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        auto history = AuditRepository(db.value()).forSubject(QStringLiteral("exception"), QString::number(id));
        QVERIFY(history.ok());
        QVERIFY(!history->isEmpty());
        // "account (role)": no role is saved in this fresh configuration, so the role in effect is the supervisor's.
        const QString actor = history->constLast().actor;
        QVERIFY2(!actor.startsWith(QLatin1String("mallory")), qPrintable(actor));
        QVERIFY2(actor.endsWith(QLatin1String(" (supervisor)")), qPrintable(actor));
        QVERIFY(actor != QLatin1String(" (supervisor)"));
        if (!osAccount().isEmpty())
            QCOMPARE(actor, osAccount() + QStringLiteral(" (supervisor)"));
    }
};

QTEST_GUILESS_MAIN(TestAppDatabase)
#include "test_app_database.moc"
