// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"

namespace lockstep::core::rules {

/// One line for a group of open exceptions sharing a signature, with the count, e.g.
/// "SKU TSHIRT-M-BLK is not in the WMS item master; 14 open orders contain it".
QString describeCause(ExceptionType type, const QString& signature, qint64 count);

} // namespace lockstep::core::rules
