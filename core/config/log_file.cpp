// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_file.h"

#include "net/redact.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutexLocker>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace lockstep::core::engine {

namespace {

std::unique_ptr<LogFile> g_log; // owned here; g_current is what the handler reads
std::atomic<LogFile*> g_current{nullptr};
QtMessageHandler g_previous = nullptr;
bool g_handlerInstalled = false;

/// At exit the installed log goes before the objects above do: defined after them, it is destroyed first, and
/// restores Qt's handler, so a message during the rest of the exit (a library's or a thread's) never reaches a
/// deleted log.
struct UninstallAtExit
{
    ~UninstallAtExit()
    {
        g_current.store(nullptr);
        if (g_handlerInstalled)
            qInstallMessageHandler(g_previous);
        g_handlerInstalled = false;
    }
} g_uninstallAtExit;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString redacted = net::redact(QStringView(message));
    if (LogFile* log = g_current.load())
        log->write(type, context.category, redacted);
    if (g_previous)
        g_previous(type, context, redacted);
}

} // namespace

QString defaultLogDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs"));
}

LogFile::LogFile(LogFileOptions options)
    : m_options(std::move(options))
{
    if (m_options.directory.isEmpty())
        m_options.directory = defaultLogDirectory();
    m_options.keptFiles = std::max(0, m_options.keptFiles);
    m_options.maxBytes = std::max<qint64>(1024, m_options.maxBytes);
}

LogFile::~LogFile() = default;

QString LogFile::pathOf(int index) const
{
    const QString name = index == 0 ? m_options.baseName + QStringLiteral(".log")
                                    : QStringLiteral("%1.%2.log").arg(m_options.baseName).arg(index);
    return QDir(m_options.directory).filePath(name);
}

QString LogFile::currentPath() const
{
    return pathOf(0);
}

Status LogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_options.directory))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the log folder"), m_options.directory);
    m_file.close();
    m_file.setFileName(pathOf(0));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return makeError(ErrorCode::Io, m_file.errorString(), m_file.fileName());
    return Status::success();
}

QString LogFile::formatLine(QtMsgType type, const char* category, const QString& message)
{
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString text = net::redact(QStringView(message));
    text.replace(u'\n', QStringLiteral("\n    ")); // a multi-line message stays recognisable as one entry
    const QString cat = category && *category ? QString::fromLatin1(category) : QStringLiteral("default");
    return QStringLiteral("%1 %2 %3: %4").arg(when, QString::fromLatin1(levelName(type)), cat, text);
}

void LogFile::write(QtMsgType type, const char* category, const QString& message)
{
    const QByteArray line = (formatLine(type, category, message) + u'\n').toUtf8();
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    // Other processes (the console, a headless engine, the command line) write the same file and rotate it too.
    if (!isCurrentFile())
        reopen(); // another process rotated it: ours is lockstep.1.log now
    if (m_file.isOpen() && m_file.size() > 0 && m_file.size() + line.size() > m_options.maxBytes)
        rotate(line.size());
    if (!m_file.isOpen())
        return;
    m_file.write(line); // appended (O_APPEND): lines of several processes never overwrite each other
    m_file.flush(); // a crash must not take the last lines with it
}

bool LogFile::isCurrentFile() const
{
#if defined(Q_OS_UNIX)
    struct stat ours = {};
    struct stat atPath = {};
    if (::fstat(m_file.handle(), &ours) != 0)
        return false;
    if (::stat(QFile::encodeName(m_file.fileName()).constData(), &atPath) != 0)
        return false; // renamed away or deleted
    return ours.st_ino == atPath.st_ino && ours.st_dev == atPath.st_dev;
#else
    // Windows renames no file another process has open, so the one at the path is ours while it exists.
    return QFileInfo::exists(m_file.fileName());
#endif
}

void LogFile::reopen()
{
    m_file.close();
    m_file.setFileName(pathOf(0));
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void LogFile::rotate(qint64 nextLine)
{
    // One process rotates at a time. Whoever gets the lock second finds the file rotated already (a new, small
    // one at the path) and only reopens it, so a rotation is never done twice for one full file.
    QLockFile rotation(QDir(m_options.directory).filePath(m_options.baseName + QStringLiteral(".log.lock")));
    rotation.setStaleLockTime(30'000); // a process that died while rotating (renames take microseconds)
    if (!rotation.tryLock(2000))
        return; // another process is stuck rotating: keep writing here, the next line tries again
    if (!isCurrentFile()) {
        reopen();
        return;
    }
    if (m_file.size() == 0 || m_file.size() + nextLine <= m_options.maxBytes)
        return;
    m_file.close();
    // The full file is moved aside first: where that is refused (Windows, while another process has it open) nothing
    // else moves, and the next line tries again.
    const QString full = pathOf(0) + QStringLiteral(".rotating");
    QFile::remove(full); // left by a process that died mid-rotation
    if (!QFile::rename(pathOf(0), full)) {
        reopen();
        return;
    }
    QFile::remove(m_options.keptFiles == 0 ? full : pathOf(m_options.keptFiles));
    for (int i = m_options.keptFiles - 1; i >= 1; --i) {
        if (QFile::exists(pathOf(i)))
            QFile::rename(pathOf(i), pathOf(i + 1));
    }
    if (m_options.keptFiles > 0)
        QFile::rename(full, pathOf(1));
    reopen();
}

void LogFile::install(std::unique_ptr<LogFile> log)
{
    g_current.store(log.get());
    std::unique_ptr<LogFile> old = std::exchange(g_log, std::move(log));
    if (g_log && !g_handlerInstalled) {
        g_previous = qInstallMessageHandler(handleMessage);
        g_handlerInstalled = true;
    } else if (!g_log && g_handlerInstalled) {
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
        g_handlerInstalled = false;
    }
    // `old` is deleted here. A thread writing to it right now would race; installs happen at start-up and in
    // tests, when no other thread logs.
}

LogFile* LogFile::installed()
{
    return g_current.load();
}

} // namespace lockstep::core::engine
