// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "subject_key.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace lockstep::core {

/// The kinds of record that need a person. The first four are the primary queues.
enum class ExceptionType
{
    FailedAllocation,
    SkuMismatch,
    StuckPending,
    CancellationPastCutoff,
    ShipmentConfirmationMissing,
    TotalsMismatch,
    InventoryDrift,
    UnmappedCustomField,
    FacilityRoutingFailure,
    TillReturnNotAtWms, ///< a store return the WMS does not know of ("ghost stock")
    StoreSaleNotAtWms, ///< a till's sale the WMS has not taken off the store's stock
    StockMovedTwice, ///< a stock move the WMS holds twice (a sync loop: the store's stock is low by the sale)
};
inline constexpr int kExceptionTypeCount = 12;

/// Claiming and assigning are fields, not states, so a queue is always one state (indexed paging).
enum class ExceptionState
{
    Open,
    Acknowledged,
    Resolved
};
enum class Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4
};
enum class OwnerTeam
{
    Operations,
    CustomerService,
    Finance,
    ECommerce
};

QString toString(ExceptionType type);
QString toString(ExceptionState state);
/// The state as a word in a sentence ("is already acknowledged"), in the reader's language.
Message stateWord(ExceptionState state);
QString toString(Severity severity);
QString toString(OwnerTeam team);
std::optional<ExceptionType> exceptionTypeFromString(const QString& text);
std::optional<ExceptionState> exceptionStateFromString(const QString& text);
std::optional<Severity> severityFromString(const QString& text);
std::optional<OwnerTeam> ownerTeamFromString(const QString& text);
bool isPrimaryQueue(ExceptionType type);

/// A record that fell out of step. Identity is (type, subjectKey): detecting it again updates it.
struct ExceptionRecord
{
    qint64 id = 0;
    ExceptionType type = ExceptionType::FailedAllocation;
    QString subjectKey; ///< what it is about, e.g. "woocommerce:1042" or "sku:TSHIRT-M-BLK"
    ExceptionState state = ExceptionState::Open;
    Severity severity = Severity::Medium;
    OwnerTeam ownerTeam = OwnerTeam::Operations;
    QString orderRef; ///< storefront order number, when about an order
    qint64 orderId = 0; ///< local order row id, 0 when not about one order
    QString sku;
    QString facility;
    QString signature; ///< normalised cause: equal signatures are one cause
    QString reason; ///< plain language with the facts, in English (search, logs, plain exports)
    QString suggestedAction; ///< in English
    Message reasonMessage; ///< the reason to show, in the reader's language (empty on rows older than messages)
    Message actionMessage; ///< the suggested action to show, likewise
    QString payload; ///< JSON: the facts and the request/response involved
    int attempts = 0;
    QDateTime firstSeen; ///< UTC
    QDateTime lastSeen; ///< UTC
    QDateTime slaDue; ///< UTC; invalid when the type has no SLA
    QDateTime cutoffAt; ///< UTC warehouse cutoff, when it matters
    QString assignee;
    QString claimedBy;
    qint64 version = 1; ///< optimistic concurrency: bumped by every change

    friend bool operator==(const ExceptionRecord&, const ExceptionRecord&) = default;
};

} // namespace lockstep::core
