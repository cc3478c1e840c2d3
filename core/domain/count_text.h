// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

namespace lockstep::core {

/// "1 unit", "3 units", "0 units": a count with its noun, for the English texts the engine writes into the store
/// (exception reasons, action results), which are kept as written. The console's own texts use tr() with %n.
inline QString countOf(qint64 n, QLatin1String one, QLatin1String many)
{
    return QString::number(n) + u' ' + ((n == 1 || n == -1) ? one : many);
}

} // namespace lockstep::core
