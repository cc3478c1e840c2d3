// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_catalog.h"

#include "domain/system.h"

namespace lockstep::core::rules {

OwnerTeam defaultOwner(ExceptionType type)
{
    switch (type) {
    case ExceptionType::FailedAllocation:
    case ExceptionType::CancellationPastCutoff:
    case ExceptionType::FacilityRoutingFailure:
    case ExceptionType::TillReturnNotAtWms:
    case ExceptionType::StoreSaleNotAtWms:
    case ExceptionType::StockMovedTwice:
        return OwnerTeam::Operations;
    case ExceptionType::SkuMismatch:
    case ExceptionType::UnmappedCustomField:
    case ExceptionType::InventoryDrift:
        return OwnerTeam::ECommerce;
    case ExceptionType::StuckPending:
    case ExceptionType::ShipmentConfirmationMissing:
        return OwnerTeam::CustomerService;
    case ExceptionType::TotalsMismatch:
        return OwnerTeam::Finance;
    }
    return OwnerTeam::Operations;
}

OwnerTeam ownerFor(ExceptionType type, const QHash<QString, QString>& configured)
{
    if (const auto team = ownerTeamFromString(configured.value(toString(type))))
        return *team;
    return defaultOwner(type);
}

ExceptionRecord makeException(ExceptionType type,
    const QString& subjectKey,
    Severity severity,
    const Message& reason,
    const Message& action,
    const QString& signature,
    const QDateTime& now,
    const QHash<QString, QString>& owners)
{
    ExceptionRecord r;
    r.type = type;
    r.subjectKey = subjectKey;
    r.severity = severity;
    r.ownerTeam = ownerFor(type, owners);
    r.reason = reason.english();
    r.suggestedAction = action.english();
    r.reasonMessage = reason;
    r.actionMessage = action;
    r.signature = signature;
    r.firstSeen = now;
    r.lastSeen = now;
    return r;
}

} // namespace lockstep::core::rules
