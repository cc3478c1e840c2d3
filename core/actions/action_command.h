// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/exception_repository.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace lockstep::core::actions {

/// What a person does to exceptions. Executed by the engine (the single writer) as a command value.
enum class ActionKind
{
    Retry,
    Edit,
    Acknowledge,
    Assign,
    Claim,
    Unclaim,
    Reopen,
    Probe, ///< reads the order at both systems, live, and changes nothing (needs the engine)
    Comment, ///< adds `note` to the exception's thread; changes nothing else (no version, claim or state check)
    /// A cancellation past cutoff: a person asked the warehouse to pull the order (by phone or mail: Deposco takes no
    /// note or hold once an order is released). Kept with `note` (how and whom they asked); the exception stays open,
    /// waiting for the warehouse: it resolves when the warehouse cancels the order, and turns into a return for
    /// customer service if the carrier collects it.
    RequestIntercept,
};

/// Why an acknowledged exception needs no more work. Stored apart from the failure, kept for reports.
enum class ResolutionKind
{
    HandledInWms,
    HandledWithCustomer,
    HandledInStorefront,
    WontFix,
    Duplicate,
    Other
};

/// The type-specific corrections of an Edit.
enum class EditKind
{
    MapSku, ///< storefront SKU -> WMS item, kept in the SKU map and applied to every open mismatch with that SKU
    ChooseFacility, ///< another facility for this order
    MapCustomField, ///< a checkout field -> a WMS field, kept for every later order
    AdjustLine, ///< change a line's WMS item or quantity while the order has not reached the warehouse
    LeaveOutLine, ///< send an order held by a SKU mismatch without that storefront SKU's line (a gift card)
};

QString toString(ActionKind kind);
QString toString(ResolutionKind kind);
QString toString(EditKind kind);
std::optional<ActionKind> actionKindFromString(const QString& text);
std::optional<ResolutionKind> resolutionKindFromString(const QString& text);
std::optional<EditKind> editKindFromString(const QString& text);
QStringList resolutionKindNames();

/// One exception the person saw, at the version they saw. A version of 0 skips the check (a bulk by filter).
struct ExceptionTarget
{
    qint64 id = 0;
    qint64 expectedVersion = 0;

    friend bool operator==(const ExceptionTarget&, const ExceptionTarget&) = default;
};

/// The correction an Edit makes; which fields matter depends on `kind`.
struct EditSpec
{
    EditKind kind = EditKind::MapSku;
    QString storefrontSku; ///< MapSku, LeaveOutLine: empty means the exception's SKU
    QString wmsSku; ///< MapSku, AdjustLine (the new WMS item; empty keeps it)
    QString facility; ///< ChooseFacility
    QString storefrontField; ///< MapCustomField
    QString wmsField; ///< MapCustomField
    int lineNumber = 0; ///< AdjustLine: the line of the WMS order
    qint64 quantity = 0; ///< AdjustLine: the new quantity (> 0); 0 keeps it
    bool retryAfter = true; ///< then retry the exceptions it touched

    friend bool operator==(const EditSpec&, const EditSpec&) = default;
};

/// A command: one action on a selection (`targets`) or on everything matching `filter`. Plain values, so
/// the UI can post it to the engine's thread by a queued call.
struct ActionCommand
{
    qint64 requestId = 0; ///< echoed in the result, so the sender can match them
    ActionKind kind = ActionKind::Retry;
    QList<ExceptionTarget> targets;
    std::optional<store::ExceptionFilter> filter; ///< bulk: every exception matching it (at the time it runs)
    QString actor; ///< the signed-in OS user; empty means currentOsUser()
    QString role; ///< the role the person acts in ("finance"); named beside the actor in the audit row when set
    QString note; ///< required for Acknowledge and Comment (the comment's text); kept in the audit log for every action
    ResolutionKind resolution = ResolutionKind::Other; ///< Acknowledge
    QString assignee; ///< Assign: a person or a team; empty unassigns
    EditSpec edit; ///< Edit
};

/// Why an item was refused.
enum class Refusal
{
    None,
    NotFound,
    StaleVersion, ///< someone changed it since it was read; the message names what and who
    NoteRequired,
    ClaimedByOther,
    WrongState, ///< e.g. acknowledging an acknowledged exception, reopening an open one
    NotRetryable, ///< nothing to send again (not about an order, or already where it should be)
    EditNotAllowed,
    NeedsConfiguration, ///< deciding again needs the engine's configuration
    StillFailing, ///< tried again; the cause remains
    StoreError,
};

/// One exception's order as both systems hold it right now, read live by the engine: before every retry
/// (which then decides from it) and by a Probe (which changes nothing). Plain values, for the console.
struct CurrentState
{
    QDateTime readAt; ///< UTC
    QString orderRef; ///< the storefront's order number
    bool storefrontRead = false; ///< false: `storefrontError` says why
    QString storefrontStatus; ///< as the storefront says it ("processing", "Confirmed", …)
    QString storefrontPayment; ///< paid, pending, …
    bool storefrontCancelled = false;
    QStringList storefrontShipped; ///< WMS shipment ids the storefront already holds "shipped" for
    QString storefrontError;
    bool wmsRead = false; ///< false: `wmsError` says why
    bool atWarehouse = false;
    QString wmsNumber;
    QString wmsStatus;
    QString wmsFacility;
    QString wmsError;

    friend bool operator==(const CurrentState&, const CurrentState&) = default;
};

/// "Storefront: processing, paid. Warehouse: SO-1042 Released at DC-EAST." Translated.
Message describe(const CurrentState& state);

/// What happened to one exception. `message` is translated, with the facts.
struct ItemOutcome
{
    ItemOutcome() = default;
    ItemOutcome(qint64 id, bool ok, Refusal why, const Message& said, qint64 versionAfter = 0)
        : exceptionId(id)
        , succeeded(ok)
        , refusal(why)
        , message(said.english())
        , text(said)
        , version(versionAfter)
    {}
    /// What the person reads, in this program's language.
    QString shown() const { return shownText(text, message); }
    /// Sets what the person reads (and its English).
    void say(const Message& said)
    {
        text = said;
        message = said.english();
    }

    qint64 exceptionId = 0;
    bool succeeded = false;
    Refusal refusal = Refusal::None;
    QString message; ///< in English: logs, the CLI's JSON
    Message text; ///< what the person reads, rendered in their language where it is shown
    qint64 version = 0; ///< the exception's version afterwards (0 if unknown)
    std::optional<CurrentState> current; ///< both systems as read just before acting (Retry, Probe)
    QString orderRef; ///< the storefront order number the exception is about (empty if none), for the console's labels
    std::optional<ExceptionType> queue; ///< the queue the exception is in, so the console re-reads only that one

    friend bool operator==(const ItemOutcome&, const ItemOutcome&) = default;
};

/// The outcome of one command, item by item, in the order they were processed.
struct ActionResult
{
    qint64 requestId = 0;
    ActionKind kind = ActionKind::Retry;
    QList<ItemOutcome> items;
    QString error; ///< the command as a whole failed (database unavailable, bad command); translated

    int succeededCount() const;
    int refusedCount() const;
    bool ok() const { return error.isEmpty() && refusedCount() == 0; }
};

/// The OS account this process runs as (GetUserNameW on Windows, the effective user's passwd entry on POSIX), for the
/// audit log. Never read from the environment, which whoever starts the process can set.
QString currentOsUser();

} // namespace lockstep::core::actions

Q_DECLARE_METATYPE(lockstep::core::actions::ActionCommand)
Q_DECLARE_METATYPE(lockstep::core::actions::ActionResult)
