// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace lockstep::core::rules {

/// What the detectors need from the configuration, passed by value so the rules never see the engine.
struct RuleSettings
{
    int wmsAcknowledgeMinutes = 30; ///< paid -> acknowledged by the WMS
    int shipmentConfirmationMinutes = 60; ///< carrier collected -> storefront told
    int paymentPendingMinutes = 120; ///< placed -> paid
    qint64 totalsToleranceMinor = 1; ///< storefront vs WMS order value, in minor units (rounding)
    qint64 driftToleranceUnits = 0; ///< storefront stock vs what Lockstep pushed
    QHash<QString, QString> owners; ///< exception type text -> owner team text
    QHash<QString, QString> customFieldMap; ///< storefront checkout field -> WMS field
};

/// When an SLA of `minutes` counted from `since` fell due, if it has passed by `now`; none while it runs
/// (or when `since` is unknown).
std::optional<QDateTime> overdueSince(const QDateTime& since, int minutes, const QDateTime& now);

} // namespace lockstep::core::rules
