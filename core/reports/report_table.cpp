// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_table.h"

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

} // namespace lockstep::core::reports
