// SPDX-License-Identifier: GPL-3.0-or-later
// Stable text for every domain enum: these strings are stored in the database and in exports,
// so they never change once released.
#include "enum_text.h"
#include "exception_record.h"
#include "order.h"
#include "shipment.h"
#include "system.h"

#include <array>

namespace lockstep::core {

namespace {

constexpr std::array<std::pair<SourceSystem, const char*>, 6> kSystems{{
    {SourceSystem::WooCommerce, "woocommerce"},
    {SourceSystem::Commercetools, "commercetools"},
    {SourceSystem::Pos, "pos"},
    {SourceSystem::Deposco, "deposco"},
    {SourceSystem::Carrier, "carrier"},
    {SourceSystem::Lockstep, "lockstep"},
}};

constexpr std::array<std::pair<PaymentState, const char*>, 5> kPayments{{
    {PaymentState::Pending, "pending"},
    {PaymentState::Paid, "paid"},
    {PaymentState::Failed, "failed"},
    {PaymentState::Refunded, "refunded"},
    {PaymentState::PartiallyRefunded, "partially_refunded"},
}};

constexpr std::array<std::pair<ShipmentState, const char*>, 6> kShipments{{
    {ShipmentState::LabelCreated, "label_created"},
    {ShipmentState::Packed, "packed"},
    {ShipmentState::CarrierCollected, "carrier_collected"},
    {ShipmentState::InTransit, "in_transit"},
    {ShipmentState::Delivered, "delivered"},
    {ShipmentState::Voided, "voided"},
}};

constexpr std::array<std::pair<ExceptionType, const char*>, kExceptionTypeCount> kTypes{{
    {ExceptionType::FailedAllocation, "failed_allocation"},
    {ExceptionType::SkuMismatch, "sku_mismatch"},
    {ExceptionType::StuckPending, "stuck_pending"},
    {ExceptionType::CancellationPastCutoff, "cancellation_past_cutoff"},
    {ExceptionType::ShipmentConfirmationMissing, "shipment_confirmation_missing"},
    {ExceptionType::TotalsMismatch, "totals_mismatch"},
    {ExceptionType::InventoryDrift, "inventory_drift"},
    {ExceptionType::UnmappedCustomField, "unmapped_custom_field"},
    {ExceptionType::FacilityRoutingFailure, "facility_routing_failure"},
    {ExceptionType::TillReturnNotAtWms, "till_return_not_at_wms"},
    {ExceptionType::StoreSaleNotAtWms, "store_sale_not_at_wms"},
    {ExceptionType::StockMovedTwice, "stock_moved_twice"},
}};

constexpr std::array<std::pair<ExceptionState, const char*>, 3> kStates{{
    {ExceptionState::Open, "open"},
    {ExceptionState::Acknowledged, "acknowledged"},
    {ExceptionState::Resolved, "resolved"},
}};

constexpr std::array<std::pair<Severity, const char*>, 4> kSeverities{{
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
}};

constexpr std::array<std::pair<OwnerTeam, const char*>, 4> kTeams{{
    {OwnerTeam::Operations, "operations"},
    {OwnerTeam::CustomerService, "customer_service"},
    {OwnerTeam::Finance, "finance"},
    {OwnerTeam::ECommerce, "ecommerce"},
}};

} // namespace

QString toString(SourceSystem system)
{
    return enumText(kSystems, system);
}
std::optional<SourceSystem> sourceSystemFromString(const QString& text)
{
    return enumFromText(kSystems, text);
}
QString toString(PaymentState state)
{
    return enumText(kPayments, state);
}
std::optional<PaymentState> paymentStateFromString(const QString& text)
{
    return enumFromText(kPayments, text);
}
QString toString(ShipmentState state)
{
    return enumText(kShipments, state);
}
std::optional<ShipmentState> shipmentStateFromString(const QString& text)
{
    return enumFromText(kShipments, text);
}
QString toString(ExceptionType type)
{
    return enumText(kTypes, type);
}
QString toString(ExceptionState state)
{
    return enumText(kStates, state);
}

Message stateWord(ExceptionState state)
{
    switch (state) {
    case ExceptionState::Open:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "open"));
    case ExceptionState::Acknowledged:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "acknowledged"));
    case ExceptionState::Resolved:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "resolved"));
    }
    return Message::literal(toString(state));
}
QString toString(Severity severity)
{
    return enumText(kSeverities, severity);
}
QString toString(OwnerTeam team)
{
    return enumText(kTeams, team);
}
std::optional<ExceptionType> exceptionTypeFromString(const QString& text)
{
    return enumFromText(kTypes, text);
}
std::optional<ExceptionState> exceptionStateFromString(const QString& text)
{
    return enumFromText(kStates, text);
}
std::optional<Severity> severityFromString(const QString& text)
{
    return enumFromText(kSeverities, text);
}
std::optional<OwnerTeam> ownerTeamFromString(const QString& text)
{
    return enumFromText(kTeams, text);
}

bool isAnnounceable(ShipmentState state)
{
    return state == ShipmentState::CarrierCollected || state == ShipmentState::InTransit
        || state == ShipmentState::Delivered;
}

bool isPrimaryQueue(ExceptionType type)
{
    return type == ExceptionType::FailedAllocation || type == ExceptionType::SkuMismatch
        || type == ExceptionType::StuckPending || type == ExceptionType::CancellationPastCutoff;
}

} // namespace lockstep::core
