// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_writer.h"

#include "domain/clock.h"

#include <charconv>
#include <cstring>

namespace lockstep::core::reports {

namespace {

constexpr qsizetype kFlushAt = 1 << 20; // 1 MiB a write: few system calls, little memory

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool needsQuotes(QByteArrayView text)
{
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendUnsigned(QByteArray& out, std::uint64_t value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendTwo(char*& at, int value)
{
    *at++ = char('0' + value / 10);
    *at++ = char('0' + value % 10);
}

/// Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil, inverted).
void civilFromDays(qint64 z, qint64& y, int& m, int& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
    m_buffer.reserve(kFlushAt + 64 * 1024);
}

QString CsvWriter::neutralise(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
        return u'\'' + text;
    return text;
}

QByteArray CsvWriter::field(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (needsQuotes(utf8)) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

Status CsvWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return Status::success();
    m_hash.addData(m_buffer);
    const bool written = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear(); // keeps its capacity
    if (!written)
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the export"), m_device->errorString());
    return Status::success();
}

Status CsvWriter::endLine()
{
    m_buffer += "\r\n";
    return m_buffer.size() >= kFlushAt ? flushBuffer() : Status::success();
}

Status CsvWriter::finish()
{
    return flushBuffer();
}

Status CsvWriter::writeHeader(const QList<Column>& columns)
{
    m_buffer += QByteArrayLiteral("\xEF\xBB\xBF"); // BOM: Excel reads the file as UTF-8
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += field(neutralise(columns[i].header));
    }
    return endLine();
}

Status CsvWriter::writeRow(const QList<Cell>& row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        appendCell(row[i]);
    }
    return endLine();
}

void CsvWriter::appendCell(const Cell& c)
{
    // The same text as field(neutralise(text)) for text and field(plain()) otherwise, formatted into the buffer
    // without a QString or QDateTime per cell (at a million rows that was half the export's time).
    switch (c.kind) {
    case CellKind::Empty:
        return;
    case CellKind::Text:
        return appendText(c.text.toUtf8());
    case CellKind::Integer: {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, c.integer).ptr;
        m_buffer.append(digits, end - digits);
        return;
    }
    case CellKind::Amount:
        return appendAmount(c.integer, c.decimals);
    case CellKind::Date:
        if (c.date.isValid())
            m_buffer += c.date.toString(Qt::ISODate).toLatin1();
        return;
    case CellKind::DateTime:
        if (c.dateTime.isValid())
            appendDateTime(c.dateTime.toMSecsSinceEpoch());
        return;
    }
}

void CsvWriter::appendText(QByteArrayView utf8)
{
    // The same bytes as field(neutralise(text)): the apostrophe is part of the field, so it is inside the quotes.
    const bool neutral = !utf8.isEmpty() && startsFormula(utf8.front());
    if (!needsQuotes(utf8)) {
        if (neutral)
            m_buffer.append('\'');
        m_buffer.append(utf8.data(), utf8.size());
        return;
    }
    m_buffer.append('"');
    if (neutral)
        m_buffer.append('\'');
    const char* from = utf8.data();
    const char* const end = from + utf8.size();
    while (from < end) {
        const char* quote = static_cast<const char*>(std::memchr(from, '"', std::size_t(end - from)));
        if (!quote) {
            m_buffer.append(from, end - from);
            break;
        }
        m_buffer.append(from, quote - from + 1);
        m_buffer.append('"');
        from = quote + 1;
    }
    m_buffer.append('"');
}

void CsvWriter::appendAmount(qint64 minor, int decimals)
{
    // As Money::formatMinor: the magnitude as unsigned so INT64_MIN does not overflow, at least one digit
    // before the dot.
    const bool negative = minor < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(minor + 1)) + 1u : static_cast<std::uint64_t>(minor);
    if (decimals <= 0) {
        if (negative)
            m_buffer.append('-');
        appendUnsigned(m_buffer, magnitude);
        return;
    }
    char digits[24];
    int size = int(std::to_chars(digits, digits + sizeof digits, magnitude).ptr - digits);
    if (negative)
        m_buffer.append('-');
    if (size <= decimals) {
        m_buffer.append('0');
        m_buffer.append('.');
        m_buffer.append(QByteArray(decimals - size, '0'));
        m_buffer.append(digits, size);
        return;
    }
    m_buffer.append(digits, size - decimals);
    m_buffer.append('.');
    m_buffer.append(digits + size - decimals, decimals);
}

void CsvWriter::appendDateTime(qint64 msecsUtc)
{
    // QDateTime::toString(Qt::ISODate) of the UTC time, without building one per cell: yyyy-MM-ddTHH:mm:ssZ.
    const qint64 secs = msecsUtc >= 0 ? msecsUtc / 1000 : (msecsUtc - 999) / 1000;
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int ofDay = int(secs - days * 86400);
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999) { // outside four digits (Qt has no year 0): as Qt says it
        m_buffer.append(utcFromMSecs(msecsUtc).toString(Qt::ISODate).toLatin1());
        return;
    }
    char out[20];
    char* at = out;
    appendTwo(at, int(year / 100));
    appendTwo(at, int(year % 100));
    *at++ = '-';
    appendTwo(at, month);
    *at++ = '-';
    appendTwo(at, day);
    *at++ = 'T';
    appendTwo(at, ofDay / 3600);
    *at++ = ':';
    appendTwo(at, ofDay / 60 % 60);
    *at++ = ':';
    appendTwo(at, ofDay % 60);
    *at++ = 'Z';
    m_buffer.append(out, at - out);
}

} // namespace lockstep::core::reports
