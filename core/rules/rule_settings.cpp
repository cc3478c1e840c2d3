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

QString describeWait(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 120)
        return QStringLiteral("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return QStringLiteral("%1 h %2 min").arg(hours).arg(minutes % 60);
    return QStringLiteral("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace lockstep::core::rules
