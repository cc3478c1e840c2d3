// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_table.h"

#include <QByteArray>
#include <QIODevice>

namespace lockstep::core::reports {

/// Writes RFC 4180 CSV that Excel opens cleanly: UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted only when they must be, amounts with a dot, ISO dates.
///
/// Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
/// return) are neutralised with a leading apostrophe. Numbers are never touched, so "-5.00" stays a
/// negative amount. Thread: any, one writer per device.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device);

    Status writeHeader(const QList<Column>& columns);
    Status writeRow(const QList<Cell>& row);

    /// The text as a spreadsheet must see it: neutralised when it would start a formula.
    static QString neutralise(const QString& text);
    /// One field, quoted and escaped when it contains a comma, quote, CR or LF.
    static QByteArray field(const QString& text);

private:
    Status write(const QByteArray& bytes);

    QIODevice* m_device;
    QByteArray m_line;
};

} // namespace lockstep::core::reports
