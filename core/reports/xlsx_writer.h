// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_table.h"

#include <memory>

namespace lockstep::core::reports {

/// Writes a typed XLSX workbook with libxlsxwriter in constant-memory mode (rows stream to disk):
/// text cells are strings (never formulas, so leading zeros and "=..." stay inert text), integers and
/// amounts are numbers with a number format, dates and times are Excel dates with a date format.
/// One sheet at a time; rows in order. Thread: any, one writer per workbook.
class XlsxWriter
{
public:
    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    /// Starts a new sheet (Excel limits names to 31 characters) and writes its bold, frozen header row.
    Status addSheet(const QString& name, const QList<Column>& columns);
    Status writeRow(const QList<Cell>& row);
    /// Writes the file. Nothing is on disk until this succeeds.
    Status close();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lockstep::core::reports
