// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_table.h"

#include <QByteArray>
#include <QByteArrayView>
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
/// Rows gather in a large buffer that goes to the device when it is full and at finish(); everything is
/// hashed (SHA-256) as it goes, so the finished file need not be read again for its checksum.
/// Thread: any, one writer per device.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device);

    Status writeHeader(const QList<Column>& columns);
    Status writeRow(const QList<Cell>& row);
    /// Writes out what is buffered. After it, sha256() is that of every byte written.
    Status finish();
    /// Hex SHA-256 of everything written so far (call after finish()).
    QByteArray sha256() const { return m_hash.result().toHex(); }

    /// The text as a spreadsheet must see it: neutralised when it would start a formula.
    static QString neutralise(const QString& text);
    /// One field, quoted and escaped when it contains a comma, quote, CR or LF.
    static QByteArray field(const QString& text);

private:
    void appendCell(const Cell& cell);
    /// Appends valid UTF-8 text, neutralised and quoted as field(neutralise()) would.
    void appendText(QByteArrayView utf8);
    /// As Money::formatMinor.
    void appendAmount(qint64 minor, int decimals);
    /// As QDateTime::toString(Qt::ISODate) of the UTC time.
    void appendDateTime(qint64 msecsUtc);
    /// Ends the line; writes the buffer out when it is full.
    Status endLine();
    Status flushBuffer();

    QIODevice* m_device;
    QByteArray m_buffer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace lockstep::core::reports
