// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace lockstep::core::engine {

/// Where and how much is logged.
struct LogFileOptions
{
    QString directory; ///< empty: defaultLogDirectory()
    QString baseName = QStringLiteral("lockstep"); ///< the current file is <baseName>.log, older ones <baseName>.N.log
    qint64 maxBytes = 5 * 1024 * 1024; ///< a file is rotated before a line would take it past this size
    int keptFiles = 5; ///< rotated files kept besides the current one; the oldest beyond that is deleted
};

/// <AppDataLocation>/logs: ~/.local/share/Lockstep/Lockstep/logs on Linux, %APPDATA%\Lockstep\Lockstep\logs on
/// Windows. Needs the application's organisation and name set first.
QString defaultLogDirectory();

/// A log file that rotates by size: when the next line would make `<base>.log` larger than `maxBytes`, it becomes
/// `<base>.1.log` (the older ones move up one number, the one past `keptFiles` is deleted) and a new file starts.
/// Every line is passed through net::redact() first, so a token, password or Authorization header that reached a
/// log message never reaches the disk. One line per message: "2026-01-05T07:00:00.000Z warning lockstep.net: ...".
/// Several processes may write one file (the console, a headless engine, a command): lines are appended, a rotation
/// happens under a lock file (`<base>.log.lock`) and only when the file at the path is still full, and a process whose
/// file was rotated away by another opens the new one before its next line.
/// Thread: any; writes are serialised by a mutex (Qt's message handler is called from every thread).
class LogFile
{
public:
    explicit LogFile(LogFileOptions options = {});
    ~LogFile();

    /// Creates the folder and opens (appends to) the current file.
    Status open();
    /// Writes one message as a line, redacted, rotating first when needed.
    void write(QtMsgType type, const char* category, const QString& message);
    QString currentPath() const;
    QString directory() const { return m_options.directory; }
    const LogFileOptions& options() const { return m_options; }

    /// The formatted, redacted line write() appends (without the newline). Exposed for tests.
    static QString formatLine(QtMsgType type, const char* category, const QString& message);

    /// Makes `log` the Qt message handler of this process (every qDebug/qInfo/qWarning/qCInfo… of every thread goes
    /// to it), keeping the previous handler behind it so messages still reach the console, redacted too. Replaces an
    /// earlier installed log; null uninstalls. The process owns the log until it is replaced.
    static void install(std::unique_ptr<LogFile> log);
    /// The installed log, or null.
    static LogFile* installed();

private:
    QString pathOf(int index) const;
    /// Whether the open file is still the one at the current path (another process may have rotated it away).
    bool isCurrentFile() const;
    void reopen();
    /// Rotates under a lock file shared by every process writing the folder, when the next line would not fit.
    void rotate(qint64 nextLine);

    LogFileOptions m_options;
    QMutex m_mutex;
    QFile m_file;
};

} // namespace lockstep::core::engine
