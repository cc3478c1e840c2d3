// SPDX-License-Identifier: GPL-3.0-or-later
// The rotating log file: rotation at the size limit, the number of old files kept, and secrets redacted on the way
// to the disk, both when written directly and through Qt's message handler; and one file shared by several writers
// (two logs written in turn, and three processes at once), rotated once per full file.
#include "config/log_file.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lockstep::core::engine::LogFile;
using lockstep::core::engine::LogFileOptions;

namespace {

Q_LOGGING_CATEGORY(lcTest, "lockstep.test")

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList logFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
}

/// Options for the shared-file tests: small files, three kept.
LogFileOptions sharedOptions(const QString& dir)
{
    LogFileOptions options;
    options.directory = dir;
    options.maxBytes = 2048;
    options.keptFiles = 3;
    return options;
}

QString sharedLine(const QString& writer, int i)
{
    return QStringLiteral("%1 %2 %3").arg(writer).arg(i, 4, 10, QChar(u'0')).arg(QString(60, u'x'));
}

/// A writer process for sharedFileOfSeveralProcesses: `<test binary> --write-log DIR NAME COUNT`.
int writeLogAsChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    LogFile log(sharedOptions(QString::fromLocal8Bit(argv[2])));
    if (!log.open().ok())
        return 1;
    const QString name = QString::fromLocal8Bit(argv[3]);
    const int count = QByteArray(argv[4]).toInt();
    for (int i = 0; i < count; ++i)
        log.write(QtInfoMsg, "lockstep.test", sharedLine(name, i));
    return 0;
}

/// What a rotation shared by several writers must leave: the configured number of old files, each of them full when
/// it was rotated (a second rotation of a file already rotated would move a nearly empty one up), none far past the
/// limit, and whole lines only. `slack`: bytes a file may pass the limit by (concurrent writers that checked its size
/// at the same moment each add their line).
void verifySharedRotation(const LogFileOptions& options, qint64 lineBytes, qint64 slack)
{
    const QDir dir(options.directory);
    QCOMPARE(logFiles(options.directory),
        QStringList({"lockstep.1.log", "lockstep.2.log", "lockstep.3.log", "lockstep.log"}));
    for (int i = 1; i <= options.keptFiles; ++i) {
        const QString name = QStringLiteral("lockstep.%1.log").arg(i);
        const qint64 size = QFileInfo(dir.filePath(name)).size();
        QVERIFY2(size > options.maxBytes - lineBytes && size <= options.maxBytes + slack,
            qPrintable(QStringLiteral("%1: %2 bytes").arg(name).arg(size)));
    }
    for (const QString& name : logFiles(options.directory)) {
        const QByteArray text = readAll(dir.filePath(name));
        QCOMPARE(text.count('\n'), text.count(" info lockstep.test: "));
    }
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatesAtTheSizeLimitAndKeepsTheConfiguredNumber()
    {
        QTemporaryDir dir;
        LogFileOptions options;
        options.directory = dir.filePath(QStringLiteral("logs")); // created by open()
        options.maxBytes = 2048;
        options.keptFiles = 3;
        LogFile log(options);
        QVERIFY(log.open().ok());
        const QString filler(100, u'x');
        for (int i = 0; i < 200; ++i) // ~30 KB: many more rotations than files kept
            log.write(QtInfoMsg, "lockstep.test", QStringLiteral("line %1 %2").arg(i, 3, 10, QChar(u'0')).arg(filler));

        QCOMPARE(logFiles(options.directory),
            QStringList({"lockstep.1.log", "lockstep.2.log", "lockstep.3.log", "lockstep.log"}));
        for (const QString& name : logFiles(options.directory)) {
            const qint64 size = QFileInfo(QDir(options.directory).filePath(name)).size();
            QVERIFY2(size > 0 && size <= options.maxBytes, qPrintable(name + QString::number(size)));
        }
        // The newest line is in the current file, the older ones in order behind it, the oldest gone.
        QVERIFY(readAll(log.currentPath()).contains("line 199"));
        const QByteArray first = readAll(QDir(options.directory).filePath(QStringLiteral("lockstep.1.log")));
        const QByteArray third = readAll(QDir(options.directory).filePath(QStringLiteral("lockstep.3.log")));
        QVERIFY(!first.isEmpty() && !third.isEmpty());
        QVERIFY(first.mid(first.indexOf("line ") + 5, 3).toInt() > third.mid(third.indexOf("line ") + 5, 3).toInt());
        QByteArray all;
        for (const QString& name : logFiles(options.directory))
            all += readAll(QDir(options.directory).filePath(name));
        QVERIFY(!all.contains("line 000 "));
        QCOMPARE(all.count('\n'), all.count("lockstep.test: line")); // whole lines only, nothing cut
    }

    void appendsToTheFileOfAnEarlierRun()
    {
        QTemporaryDir dir;
        LogFileOptions options;
        options.directory = dir.path();
        {
            LogFile log(options);
            QVERIFY(log.open().ok());
            log.write(QtWarningMsg, "lockstep.app", QStringLiteral("first run"));
        }
        LogFile log(options);
        QVERIFY(log.open().ok());
        log.write(QtInfoMsg, "lockstep.app", QStringLiteral("second run"));
        const QByteArray text = readAll(log.currentPath());
        QVERIFY(text.contains(" warning lockstep.app: first run\n"));
        QVERIFY(text.contains(" info lockstep.app: second run\n"));
    }

    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        LogFileOptions options;
        options.directory = dir.path();
        auto log = std::make_unique<LogFile>(options);
        QVERIFY(log->open().ok());
        const QString path = log->currentPath();
        log->write(QtInfoMsg,
            "lockstep.net",
            QStringLiteral("POST https://shop.example.com/token?access_token=tok-123-secret"));
        LogFile::install(std::move(log));
        QCOMPARE(LogFile::installed()->currentPath(), path);
        qCWarning(lcTest) << "request failed; Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig";
        qInfo("sign-in with {\"client_secret\": \"s3cr3t-value\", \"client_id\": \"visible-id\"}");
        LogFile::install(nullptr); // back to Qt's own handler
        qInfo("after uninstall: not in the file");

        const QByteArray text = readAll(path);
        QVERIFY(!text.contains("tok-123-secret"));
        QVERIFY(!text.contains("eyJhbGciOiJIUzI1NiJ9"));
        QVERIFY(!text.contains("s3cr3t-value"));
        QVERIFY(text.contains("access_token=***"));
        QVERIFY(text.contains(" warning lockstep.test: request failed; Authorization: ***"));
        QVERIFY(text.contains("visible-id")); // only the secret goes, not the whole message
        QVERIFY(!text.contains("after uninstall"));
    }

    void twoWritersOfOneFileRotateItOnce()
    {
        // Two logs of one folder, as two processes have them, writing in turn: when one rotates the file, the other
        // must write to the new file, not to the rotated one, and must not rotate the new one again.
        QTemporaryDir dir;
        const LogFileOptions options = sharedOptions(dir.path());
        LogFile a(options);
        LogFile b(options);
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        const qint64 lineBytes =
            LogFile::formatLine(QtInfoMsg, "lockstep.test", sharedLine(QStringLiteral("a"), 0)).toUtf8().size() + 1;
        for (int i = 0; i < 200; ++i)
            (i % 2 == 0 ? a : b)
                .write(
                    QtInfoMsg, "lockstep.test", sharedLine(i % 2 == 0 ? QStringLiteral("a") : QStringLiteral("b"), i));
        verifySharedRotation(options, lineBytes, 0);
        // Written in turn, the kept lines are the last ones, oldest file first, none missing in between.
        QList<int> kept;
        for (const char* name : {"lockstep.3.log", "lockstep.2.log", "lockstep.1.log", "lockstep.log"}) {
            for (const QByteArray& line : readAll(dir.filePath(QString::fromLatin1(name))).split('\n')) {
                const qsizetype at = line.indexOf(" info lockstep.test: ");
                if (at >= 0)
                    kept.append(line.mid(at + 23, 4).toInt());
            }
        }
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept.constLast(), 199);
        for (qsizetype i = 1; i < kept.size(); ++i)
            QCOMPARE(kept.at(i), kept.at(i - 1) + 1);
    }

    void sharedFileOfSeveralProcesses()
    {
        // Three processes write the same folder at once, each rotating when it finds the file full.
        QTemporaryDir dir;
        const LogFileOptions options = sharedOptions(dir.path());
        constexpr int kWriters = 3;
        constexpr int kLines = 400;
        QList<QProcess*> writers;
        for (int w = 0; w < kWriters; ++w) {
            auto* p = new QProcess(this);
            p->setProcessChannelMode(QProcess::ForwardedChannels);
            p->start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--write-log"), dir.path(), QStringLiteral("w%1").arg(w), QString::number(kLines)});
            writers.append(p);
        }
        for (QProcess* p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        const qint64 lineBytes =
            LogFile::formatLine(QtInfoMsg, "lockstep.test", sharedLine(QStringLiteral("w0"), 0)).toUtf8().size() + 1;
        verifySharedRotation(options, lineBytes, 2 * kWriters * lineBytes);
    }

    void aFolderThatCannotBeCreatedIsAnError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        LogFileOptions options;
        options.directory = file.fileName() + QStringLiteral("/logs");
        LogFile log(options);
        const auto opened = log.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().context.contains(QStringLiteral("plain-file")));
        log.write(QtInfoMsg, "lockstep.test", QStringLiteral("dropped, no crash"));
    }
};

int main(int argc, char** argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--write-log") == 0)
        return writeLogAsChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestLogFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_log_file.moc"
