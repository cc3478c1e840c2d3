// SPDX-License-Identifier: GPL-3.0-or-later
#include "wms_status.h"

#include <array>
#include <utility>

namespace lockstep::core {

namespace {

constexpr std::array<std::pair<WmsOrderStatus, const char*>, 17> kTexts{{
    {WmsOrderStatus::Draft, "Draft"},
    {WmsOrderStatus::New, "New"},
    {WmsOrderStatus::Hold, "Hold"},
    {WmsOrderStatus::ReadyForFulfillment, "Ready for Fulfillment"},
    {WmsOrderStatus::WaveBuilt, "Wave Built"},
    {WmsOrderStatus::BackOrdered, "Back Ordered"},
    {WmsOrderStatus::PartiallyReleased, "Partially Released"},
    {WmsOrderStatus::Released, "Released"},
    {WmsOrderStatus::Picking, "Picking"},
    {WmsOrderStatus::PickComplete, "Pick Complete"},
    {WmsOrderStatus::PartiallyStaged, "Partially Staged"},
    {WmsOrderStatus::Staged, "Staged"},
    {WmsOrderStatus::PartiallyLoaded, "Partially Loaded"},
    {WmsOrderStatus::Loaded, "Loaded"},
    {WmsOrderStatus::PartiallyShipped, "Partially Shipped"},
    {WmsOrderStatus::ShipComplete, "Ship Complete"},
    {WmsOrderStatus::Canceled, "Canceled"},
}};

} // namespace

QString toWmsText(WmsOrderStatus status)
{
    for (const auto& [s, text] : kTexts) {
        if (s == status)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<WmsOrderStatus> wmsOrderStatusFromText(const QString& text)
{
    const QString t = text.simplified();
    for (const auto& [s, name] : kTexts) {
        if (t.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return s;
    }
    // "Cancelled" is the storefront spelling; accept it rather than lose the order.
    if (t.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0)
        return WmsOrderStatus::Canceled;
    return std::nullopt;
}

CancelScope cancelScope(WmsOrderStatus status)
{
    if (status <= WmsOrderStatus::BackOrdered)
        return CancelScope::WholeOrder;
    if (status == WmsOrderStatus::PartiallyReleased)
        return CancelScope::BackOrderedOnly;
    return CancelScope::Nothing;
}

bool isAcknowledged(WmsOrderStatus status)
{
    return status != WmsOrderStatus::Draft && status != WmsOrderStatus::Canceled;
}

} // namespace lockstep::core
