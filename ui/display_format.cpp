// SPDX-License-Identifier: GPL-3.0-or-later
#include "display_format.h"

namespace lockstep::ui {

QString DisplayFormat::duration(qint64 seconds)
{
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    constexpr qint64 kWeek = 7 * kDay;
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < kMinute)
        return tr("%1 s").arg(s);
    if (s < kHour)
        return tr("%1 min").arg(s / kMinute);
    if (s < kDay)
        return tr("%1 h %2 min").arg(s / kHour).arg((s % kHour) / kMinute, 2, 10, QChar(u'0'));
    if (s < kWeek)
        return tr("%1 d %2 h").arg(s / kDay).arg((s % kDay) / kHour);
    return tr("%1 w %2 d").arg(s / kWeek).arg((s % kWeek) / kDay);
}

QString DisplayFormat::timeLeft(const QDateTime& due, const QDateTime& now)
{
    if (!due.isValid())
        return {};
    const qint64 left = now.secsTo(due);
    return left >= 0 ? tr("in %1").arg(duration(left)) : tr("%1 ago").arg(duration(-left));
}

QString DisplayFormat::localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayFormat::severity(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Low:
        return tr("Low");
    case core::Severity::Medium:
        return tr("Medium");
    case core::Severity::High:
        return tr("High");
    case core::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QColor DisplayFormat::severityColor(core::Severity severity)
{
    // Readable on light and dark palettes; the text says the same, colour is only a cue.
    switch (severity) {
    case core::Severity::Low:
        return QColor(0x8a, 0x94, 0x9e);
    case core::Severity::Medium:
        return QColor(0x2f, 0x80, 0xc8);
    case core::Severity::High:
        return QColor(0xe0, 0x8a, 0x1e);
    case core::Severity::Critical:
        return QColor(0xd6, 0x36, 0x36);
    }
    return {};
}

QString DisplayFormat::ownerTeam(core::OwnerTeam team)
{
    switch (team) {
    case core::OwnerTeam::Operations:
        return tr("Operations");
    case core::OwnerTeam::CustomerService:
        return tr("Customer service");
    case core::OwnerTeam::Finance:
        return tr("Finance");
    case core::OwnerTeam::ECommerce:
        return tr("eCommerce");
    }
    return {};
}

QString DisplayFormat::state(core::ExceptionState state)
{
    switch (state) {
    case core::ExceptionState::Open:
        return tr("Open");
    case core::ExceptionState::Acknowledged:
        return tr("Acknowledged");
    case core::ExceptionState::Resolved:
        return tr("Resolved");
    }
    return {};
}

} // namespace lockstep::ui
