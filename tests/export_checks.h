// SPDX-License-Identifier: GPL-3.0-or-later
// Looking inside written exports: a member of an XLSX (a zip, read with the `unzip` tool) and the files a
// folder holds, hidden temporary ones included; and a source that makes an export take the Cell path.
#pragma once

#include "reports/report_table.h"

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStringList>

namespace lockstep::test {

/// Another source's rows through next() only, so writing them takes the Cell path (RowSource's own nextInto)
/// where the source itself would hand the CSV its statement's bytes.
class CellsOnly final : public core::reports::RowSource
{
public:
    explicit CellsOnly(core::reports::RowSource& source)
        : m_source(source)
    {}
    QList<core::reports::Column> columns() const override { return m_source.columns(); }
    core::Result<bool> next(QList<core::reports::Cell>& row) override { return m_source.next(row); }

private:
    core::reports::RowSource& m_source;
};

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
