// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/system.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace lockstep::core::rules {

/// Who owns each exception type unless the configuration says otherwise.
OwnerTeam defaultOwner(ExceptionType type);

/// Owner from the configuration's table (type text -> team text), else the default.
OwnerTeam ownerFor(ExceptionType type, const QHash<QString, QString>& configured);

/// A record with identity, owner, severity, times, the reason and the suggested action filled in (as messages, and
/// in English). `reason` and `action` come from the rule that raised it and carry the facts.
ExceptionRecord makeException(ExceptionType type,
    const QString& subjectKey,
    Severity severity,
    const Message& reason,
    const Message& action,
    const QString& signature,
    const QDateTime& now,
    const QHash<QString, QString>& owners);

} // namespace lockstep::core::rules
