// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>

namespace lockstep::ui {

/// How the console writes times, durations and domain values for people. Stateless; any thread.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(lockstep::ui::DisplayFormat)

public:
    /// A compact duration: "45 s", "12 min", "3 h 05 min", "2 d 4 h", "3 w 2 d".
    static QString duration(qint64 seconds);
    /// "in 2 h 10 min" before `due`, "2 h 10 min ago" after it; empty when `due` is invalid.
    static QString timeLeft(const QDateTime& due, const QDateTime& now);
    /// Local time to the minute, "2026-11-23 14:05"; empty when invalid. Every date and time a list, a panel or a
    /// sentence shows is written this way, whatever the page: the same instant reads the same everywhere.
    static QString localTime(const QDateTime& utc);
    /// Local time of day to the second, "14:05:09", for what happened today (a job's last run, a save).
    static QString timeOfDay(const QDateTime& utc);
    /// Local date and time in full, in this console's language (with seconds and time zone), for tooltips.
    static QString fullTime(const QDateTime& utc);
    static QString severity(core::Severity severity);
    static QColor severityColor(core::Severity severity);
    static QString ownerTeam(core::OwnerTeam team);
    static QString state(core::ExceptionState state);
    /// An audit row's action in words: "exception.retry" is "Retry", "exception.raised" is "Raised".
    /// A key the console does not know stays as it is.
    static QString auditAction(const QString& action);
    /// An exception's cause (its signature, "sku-missing:MUG-WHT") in words: "SKU not in the item master: MUG-WHT".
    static QString cause(const QString& signature);
    /// An audit row's record in words: ("exception", "85") is "Exception 85".
    static QString auditSubject(const QString& type, const QString& id);
    /// A field of an audit row's before/after in words: "claimed_by" is "Claimed by".
    static QString auditField(const QString& key);
    /// A reason from the engine for people: a Qt network error name becomes plain words and an address
    /// becomes its host ("POST https://wms.example/api/orders: … (ConnectionRefusedError)" reads
    /// "wms.example: the connection was refused").
    static QString plainReason(const QString& reason);
    /// An exception's reason in this console's language (plainReason of it).
    static QString reason(const core::ExceptionRecord& r);
    /// An exception's suggested action in this console's language; empty when it has none.
    static QString suggestedAction(const core::ExceptionRecord& r);
};

} // namespace lockstep::ui
