// SPDX-License-Identifier: GPL-3.0-or-later
// The rotating log file: rotation at the size limit, the number of old files kept, and secrets redacted on the way
// to the disk, both when written directly and through Qt's message handler.
#include "engine/log_file.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
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

QTEST_GUILESS_MAIN(TestLogFile)
#include "test_log_file.moc"
