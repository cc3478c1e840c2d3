// SPDX-License-Identifier: GPL-3.0-or-later
// Looking inside written exports: a member of an XLSX (a zip, read with the `unzip` tool) and the files a
// folder holds, hidden temporary ones included.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStringList>

namespace lockstep::test {

inline QByteArray unzipMember(const QString& zip, const QString& member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

inline QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace lockstep::test
