// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_command.h"

#include "domain/enum_text.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>
#include <array>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace lockstep::core::actions {

namespace {

constexpr std::array<std::pair<ActionKind, const char*>, 10> kActionNames{{{ActionKind::Retry, "retry"},
    {ActionKind::Edit, "edit"},
    {ActionKind::Acknowledge, "acknowledge"},
    {ActionKind::Assign, "assign"},
    {ActionKind::Claim, "claim"},
    {ActionKind::Unclaim, "unclaim"},
    {ActionKind::Reopen, "reopen"},
    {ActionKind::Probe, "probe"},
    {ActionKind::Comment, "comment"},
    {ActionKind::RequestIntercept, "request_intercept"}}};

constexpr std::array<std::pair<ResolutionKind, const char*>, 6> kResolutionNames{{
    {ResolutionKind::HandledInWms, "handled_in_wms"},
    {ResolutionKind::HandledWithCustomer, "handled_with_customer"},
    {ResolutionKind::HandledInStorefront, "handled_in_storefront"},
    {ResolutionKind::WontFix, "wont_fix"},
    {ResolutionKind::Duplicate, "duplicate"},
    {ResolutionKind::Other, "other"},
}};

constexpr std::array<std::pair<EditKind, const char*>, 5> kEditNames{{{EditKind::MapSku, "map_sku"},
    {EditKind::ChooseFacility, "choose_facility"},
    {EditKind::MapCustomField, "map_custom_field"},
    {EditKind::AdjustLine, "adjust_line"},
    {EditKind::LeaveOutLine, "leave_out_line"}}};

} // namespace

QString toString(ActionKind kind)
{
    return enumText(kActionNames, kind);
}
QString toString(ResolutionKind kind)
{
    return enumText(kResolutionNames, kind);
}
QString toString(EditKind kind)
{
    return enumText(kEditNames, kind);
}
std::optional<ActionKind> actionKindFromString(const QString& text)
{
    return enumFromText(kActionNames, text);
}
std::optional<ResolutionKind> resolutionKindFromString(const QString& text)
{
    return enumFromText(kResolutionNames, text);
}
std::optional<EditKind> editKindFromString(const QString& text)
{
    return enumFromText(kEditNames, text);
}

QStringList resolutionKindNames()
{
    QStringList names;
    for (const auto& entry : kResolutionNames)
        names << QLatin1String(entry.second);
    return names;
}

int ActionResult::succeededCount() const
{
    return static_cast<int>(
        std::count_if(items.cbegin(), items.cend(), [](const ItemOutcome& o) { return o.succeeded; }));
}

int ActionResult::refusedCount() const
{
    return static_cast<int>(items.size()) - succeededCount();
}

QString currentOsUser()
{
    // The account the process runs as, from the operating system. Never an environment variable: anyone can set
    // USER or USERNAME on the command line, and the audit log would then name whomever they chose.
#if defined(Q_OS_WIN)
    constexpr DWORD kLongest = 257; // UNLEN + 1 (lmcons.h): the longest account name and its terminating null
    wchar_t name[kLongest];
    DWORD size = kLongest;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size - 1)); // size counts the terminating null
    return QStringLiteral("unknown");
#elif defined(Q_OS_UNIX)
    const uid_t uid = geteuid();
    std::array<char, 4096> buffer{};
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid); // an account without a name (a container's): its number, never "unknown"
#else
    return QStringLiteral("unknown");
#endif
}

Message describe(const CurrentState& state)
{
    Message storefront;
    if (!state.storefrontRead)
        storefront = Message(
            QT_TRANSLATE_NOOP("Lockstep", "Storefront: could not be read (%1)."), {Message::of(state.storefrontError)});
    else if (state.storefrontCancelled)
        storefront = Message(QT_TRANSLATE_NOOP("Lockstep", "Storefront: cancelled."));
    else if (!state.storefrontShipped.isEmpty())
        storefront = Message(QT_TRANSLATE_NOOP("Lockstep", "Storefront: %1, %2, told it shipped (%3)."),
            {Message::of(state.storefrontStatus),
                Message::of(state.storefrontPayment),
                Message::of(state.storefrontShipped.join(QStringLiteral(", ")))});
    else
        storefront = Message(QT_TRANSLATE_NOOP("Lockstep", "Storefront: %1, %2."),
            {Message::of(state.storefrontStatus), Message::of(state.storefrontPayment)});
    Message wms;
    if (!state.wmsRead)
        wms =
            Message(QT_TRANSLATE_NOOP("Lockstep", "Warehouse: could not be read (%1)."), {Message::of(state.wmsError)});
    else if (!state.atWarehouse)
        wms = Message(QT_TRANSLATE_NOOP("Lockstep", "Warehouse: no sales order for it."));
    else
        wms = Message(QT_TRANSLATE_NOOP("Lockstep", "Warehouse: %1 %2 at %3."),
            {Message::of(state.wmsNumber), Message::of(state.wmsStatus), Message::of(state.wmsFacility)});
    return Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"), {storefront, wms});
}

} // namespace lockstep::core::actions
