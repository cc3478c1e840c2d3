// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_table.h"

#include "domain/clock.h"

namespace lockstep::core::reports {

QString Cell::plain() const
{
    switch (kind) {
    case CellKind::Empty:
        return {};
    case CellKind::Text:
        return text;
    case CellKind::Integer:
        return QString::number(integer);
    case CellKind::Amount:
        return Money::formatMinor(integer, decimals);
    case CellKind::Date:
        return date.toString(Qt::ISODate);
    case CellKind::DateTime:
        return dateTime.toUTC().toString(Qt::ISODate);
    }
    return {};
}

void CellSink::cell(const Cell& c)
{
    switch (c.kind) {
    case CellKind::Empty:
        return empty();
    case CellKind::Text:
        return text(c.text);
    case CellKind::Integer:
        return integer(c.integer);
    case CellKind::Amount:
        return amount(c.integer, c.decimals);
    case CellKind::Date:
        return c.date.isValid() ? date(c.date) : empty();
    case CellKind::DateTime:
        return c.dateTime.isValid() ? dateTime(c.dateTime.toMSecsSinceEpoch()) : empty();
    }
}

void CellList::dateTime(qint64 msecsUtc)
{
    m_row.append(Cell::ofDateTime(utcFromMSecs(msecsUtc)));
}

} // namespace lockstep::core::reports
