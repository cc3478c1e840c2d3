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
    /// Local time to the minute, "2026-11-23 14:05"; empty when invalid.
    static QString localTime(const QDateTime& utc);
    static QString severity(core::Severity severity);
    static QColor severityColor(core::Severity severity);
    static QString ownerTeam(core::OwnerTeam team);
    static QString state(core::ExceptionState state);
};

} // namespace lockstep::ui
