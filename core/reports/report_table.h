// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lockstep::core::reports {

/// The type a column holds. Exports keep it: numbers stay numbers, dates stay dates, text stays text
/// (so a SKU such as 000123 keeps its leading zeros).
enum class CellKind { Empty, Text, Integer, Amount, Date, DateTime };

/// One value of a report row. Amounts are exact minor units with their currency's decimals.
struct Cell
{
    CellKind kind = CellKind::Empty;
    QString text;
    qint64 integer = 0; ///< Integer, or an Amount's minor units
    int decimals = 0; ///< Amount only
    QDate date;
    QDateTime dateTime; ///< UTC

    static Cell empty() { return {}; }
    static Cell ofText(QString value) { return {CellKind::Text, std::move(value), 0, 0, {}, {}}; }
    static Cell ofInteger(qint64 value) { return {CellKind::Integer, {}, value, 0, {}, {}}; }
    static Cell ofAmount(const Money& m) { return {CellKind::Amount, {}, m.minorUnits(), m.decimals(), {}, {}}; }
    static Cell ofDate(QDate value) { return {CellKind::Date, {}, 0, 0, value, {}}; }
    static Cell ofDateTime(QDateTime value) { return {CellKind::DateTime, {}, 0, 0, {}, std::move(value)}; }

    /// Locale-independent text: "12.50", "-5.00", "2026-11-23", "2026-11-23T10:00:00Z".
    QString plain() const;
};

/// A column: a stable header name (exports are read by scripts) and the kind of its cells.
struct Column
{
    QString header;
    CellKind kind = CellKind::Text;
};

/// Takes one row's cells in column order as a source reads them, without building Cell values: the export's
/// fast path (CsvWriter is one). Text may arrive as UTF-8 bytes borrowed from the statement, valid only during
/// the call. What each call writes must equal what the same value as a Cell writes.
/// Thread: that of the export.
class CellSink
{
public:
    virtual ~CellSink() = default;
    virtual void empty() = 0;
    /// UTF-8 as stored; the sink checks it (invalid bytes are written as a QString would decode them).
    virtual void text(QByteArrayView utf8) = 0;
    virtual void text(const QString& value) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void amount(qint64 minor, int decimals) = 0;
    virtual void date(QDate value) = 0;
    /// Milliseconds since the epoch, UTC.
    virtual void dateTime(qint64 msecsUtc) = 0;

    /// One Cell, through the calls above.
    void cell(const Cell& c);
};

/// A CellSink that builds the row as Cells: the same cells for next() as nextInto() writes.
class CellList final : public CellSink
{
public:
    explicit CellList(QList<Cell>& row)
        : m_row(row)
    {
        m_row.clear();
    }
    void empty() override { m_row.append(Cell::empty()); }
    void text(QByteArrayView utf8) override { m_row.append(Cell::ofText(QString::fromUtf8(utf8))); }
    void text(const QString& value) override { m_row.append(Cell::ofText(value)); }
    void integer(qint64 value) override { m_row.append(Cell::ofInteger(value)); }
    void amount(qint64 minor, int decimals) override
    {
        Cell c{CellKind::Amount, {}, minor, decimals, {}, {}};
        m_row.append(std::move(c));
    }
    void date(QDate value) override { m_row.append(Cell::ofDate(value)); }
    void dateTime(qint64 msecsUtc) override;

private:
    QList<Cell>& m_row;
};

/// Rows of one report, read one at a time so a million rows never sit in memory.
/// Thread: whichever thread runs the export; never the UI thread for large reports.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual QList<Column> columns() const = 0;
    /// Fills `row` with the next row: true when there was one, false at the end, or an Error.
    virtual Result<bool> next(QList<Cell>& row) = 0;
    /// Writes the next row's cells into `sink` (no end of row: the caller adds it): true when there was one.
    /// Sources over a statement override it to copy bytes straight out; this one goes through next(), with
    /// `scratch` kept by the caller so no list is allocated per row.
    virtual Result<bool> nextInto(CellSink& sink, QList<Cell>& scratch)
    {
        auto more = next(scratch);
        if (!more.ok() || !more.value())
            return more;
        for (const Cell& c : std::as_const(scratch))
            sink.cell(c);
        return true;
    }
};

/// Rows held in memory: small reports, summaries and tests.
class ListSource final : public RowSource
{
public:
    ListSource(QList<Column> columns, QList<QList<Cell>> rows)
        : m_columns(std::move(columns))
        , m_rows(std::move(rows))
    {
    }
    QList<Column> columns() const override { return m_columns; }
    Result<bool> next(QList<Cell>& row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        return true;
    }

private:
    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
    qsizetype m_next = 0;
};

} // namespace lockstep::core::reports
