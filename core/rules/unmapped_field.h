// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/order.h"

#include <QHash>
#include <QStringList>

namespace lockstep::core::rules {

/// The order's checkout fields that have no WMS mapping, in the order's order. The order still ships; the
/// warehouse just does not see these fields. Used when the order is taken in, and by the sweep to see
/// whether a mapping made since then clears the exception.
QStringList unmappedFields(const QList<CustomField>& fields, const QHash<QString, QString>& customFieldMap);

} // namespace lockstep::core::rules
