// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule_settings.h"

namespace lockstep::core::rules {

std::optional<QDateTime> overdueSince(const QDateTime& since, int minutes, const QDateTime& now)
{
    const QDateTime due = since.addSecs(qint64(minutes) * 60);
    if (!since.isValid() || due >= now)
        return std::nullopt;
    return due;
}

} // namespace lockstep::core::rules
