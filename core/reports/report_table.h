// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lockstep::core::reports {

/// The type a column holds. Exports keep it: numbers stay numbers, dates stay dates, text stays text
/// (so a SKU such as 000123 keeps its leading zeros).
enum class CellKind
{
    Empty,
    Text,
    Integer,
    Amount,
    Date,
    DateTime
};

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

/// Rows of one report, read one at a time so a million rows never sit in memory.
/// Thread: whichever thread runs the export; never the UI thread for large reports.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual QList<Column> columns() const = 0;
    /// Fills `row` with the next row: true when there was one, false at the end, or an Error.
    virtual Result<bool> next(QList<Cell>& row) = 0;
};

/// Rows held in memory: small reports, summaries and tests.
class ListSource final : public RowSource
{
public:
    ListSource(QList<Column> columns, QList<QList<Cell>> rows)
        : m_columns(std::move(columns))
        , m_rows(std::move(rows))
    {}
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
