// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_table.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>

namespace lockstep::core::reports {

/// Writes RFC 4180 CSV that Excel opens cleanly: UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted only when they must be, amounts with a dot, ISO dates.
///
/// Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
/// return) are neutralised with a leading apostrophe. Numbers are never touched, so "-5.00" stays a
/// negative amount.
///
/// Rows arrive either as Cells (writeRow) or cell by cell through the CellSink calls and endRow(), which
/// take text as UTF-8 bytes straight from a statement: both end in the same byte-level formatting, so they
/// write the same file. writeHeader() and writeRow() are on the device when they return; rows ended with
/// endRow() gather in a large buffer until it is full or finish() is called. Everything is hashed (SHA-256)
/// as it goes to the device, so the finished file need not be read again for its checksum.
/// Thread: any, one writer per device.
class CsvWriter final : public CellSink
{
public:
    explicit CsvWriter(QIODevice* device);

    Status writeHeader(const QList<Column>& columns);
    Status writeRow(const QList<Cell>& row);

    // CellSink: one cell of the current row.
    void empty() override;
    void text(QByteArrayView utf8) override;
    void text(const QString& value) override;
    void integer(qint64 value) override;
    void amount(qint64 minor, int decimals) override;
    void date(QDate value) override;
    void dateTime(qint64 msecsUtc) override;
    /// Ends the current row (CellSink calls); writes the buffer out when it is full.
    Status endRow();

    /// Writes out what is buffered. After it, sha256() is that of every byte written.
    Status finish();
    /// Hex SHA-256 of everything written so far (call after finish()).
    QByteArray sha256() const { return m_hash.result().toHex(); }

    /// The text as a spreadsheet must see it: neutralised when it would start a formula.
    static QString neutralise(const QString& text);
    /// One field, quoted and escaped when it contains a comma, quote, CR or LF.
    static QByteArray field(const QString& text);

private:
    void separate();
    /// Appends valid UTF-8 text, neutralised and quoted as field(neutralise()) would.
    void appendText(QByteArrayView utf8);
    Status flushBuffer();
    /// Ends the row and writes the buffer out.
    Status writeThrough();

    QIODevice* m_device;
    QByteArray m_buffer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    bool m_rowStarted = false;
};

} // namespace lockstep::core::reports
