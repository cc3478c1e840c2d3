// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "fault_profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace lockstep::core::sim {

/// The failure modes a scenario plants in its orders, one per order at most (the exception queues' causes).
enum class PlannedFailure
{
    None,
    UnknownSku, ///< a line SKU the WMS item master does not have
    DuplicateSku, ///< the line's product shares its SKU with another storefront product
    VariationParentSku, ///< a variation without its own SKU shows its parent's
    AllocationFailure, ///< the line's item has no stock at any facility
    PaymentStuck, ///< payment never completes (WooCommerce on-hold, commercetools paymentState Pending)
    CancelAfterLock, ///< the storefront cancels after the WMS released the order
    CarrierNeverConfirmed, ///< the label is printed but the carrier never collects
    TotalsDiffer, ///< a fee / custom line a naive mapping drops (tax, discount and shipping are all set)
    UnmappedCheckoutField, ///< a custom checkout field no mapping knows
    VersionConflict, ///< commercetools: a concurrent change bumps the version under the client once
    UnroutedChannel, ///< WooCommerce: a phone order staff key in (`created_via` "admin"), which the demo routes nowhere
    ShippedUpdateRefused, ///< WooCommerce: a plugin refuses to let the order be marked completed (400)
    Count
};

constexpr int kFailureCount = static_cast<int>(PlannedFailure::Count);
/// The JSON key of a failure ("unknown_sku", ...); empty for None.
QString failureKey(PlannedFailure failure);

struct Facility
{
    QString number;
    QString name;
};

/// A sandbox run: seeded, deterministic (same seed and file, same catalogue, orders and POS feed).
/// The JSON format is documented in core/sim/README.md.
struct Scenario
{
    QString name;
    QString description;
    quint64 seed = 1;
    qint64 startMSecs = 0; ///< simulated time at start (UTC)
    double speed = 1440; ///< simulated seconds per real second; 0 = paused (tests advance by hand)
    int durationHours = 24; ///< orders are planned over this span
    int ordersPerDay = 200;
    std::array<double, 24> hourlyWeights{}; ///< relative order volume per hour of the day
    double commercetoolsShare = 0.4; ///< the rest goes to WooCommerce
    QString currency = QStringLiteral("EUR");
    int wooTimezoneOffsetMinutes = 60; ///< the WooCommerce site's timezone (non-GMT dates)
    /// Whether the commercetools project sets orders' `paymentState` (many never do: then only the payments'
    /// transactions and the order state tell that an order is paid).
    bool commercetoolsPaymentState = true;
    /// The WooCommerce site's web server drops the Authorization header (some CGI/FastCGI hosts): only
    /// credentials in the query string arrive.
    bool wooStripsAuthorization = false;

    struct Catalogue
    {
        int products = 12;
        double variableShare = 0.3;
        int variationsPerProduct = 3;
        int bundles = 2;
        int stockMin = 20;
        int stockMax = 200;
    } catalogue;

    QList<Facility> facilities;
    int paymentDelayMinMinutes = 0;
    int paymentDelayMaxMinutes = 30;
    std::array<double, kFailureCount> failureRates{};
    /// The day opens with one order per failure mode whose rate is above zero, placed in its first minutes
    /// (before the random plan's orders of that hour), so every queue has a record within the first minute.
    bool failuresFirst = false;

    struct Wms
    {
        int allocateAfterMinutes = 5;
        int stepMinutes = 20; ///< simulated minutes between status moves
        double extraLabelRate = 0.05; ///< shipments that also get a label with zero shipped units
        /// Orders of two or more lines packed as two shipments (the first lines, then the rest), each with its
        /// own tracking: a partial shipment, then the one that completes the order.
        double splitShipmentRate = 0;
        QString businessUnit = QStringLiteral("LOCKSTEP");
    } wms;

    struct Pos
    {
        QStringList stores;
        int salesPerDay = 60;
        double returnRate = 0.1;
        /// The stores the warehouse has set up as facilities of their own, numbered as the store (`store_facilities`):
        /// their stock is at the WMS too, starting as the tills count it.
        QStringList storeFacilities;
        /// Every n-th discrete inventory update the WMS receives is applied twice, as a retrying proxy in front of it
        /// would (`stock_move_twice_every`; 0: never): a stock move applied twice.
        int stockMoveTwiceEvery = 0;
    } pos;

    /// A hand edit of a storefront's stock (back office, Merchant Center) at a simulated time: the inventory
    /// drift an engine should find in the listing.
    struct StockEdit
    {
        int afterMinutes = 0; ///< after the scenario's start
        QString storefront; ///< "woocommerce" or "commercetools"
        QString sku;
        qint64 quantity = 0;
        QString location; ///< commercetools supply channel key; empty: the first
    };
    QList<StockEdit> stockEdits; ///< in any order; applied when simulated time reaches them

    FaultProfile faults; ///< applies to every server unless faultsBySystem names it
    QMap<QString, FaultProfile> faultsBySystem; ///< keys: woocommerce, commercetools, wms, pos

    FaultProfile faultsFor(const QString& system) const { return faultsBySystem.value(system, faults); }

    static Result<Scenario> fromJson(const QByteArray& text);
};

/// The names of the scenarios compiled in (":/sim/scenarios/<name>.json").
QStringList shippedScenarioNames();
/// Loads a shipped scenario by name ("demo") or a scenario file by path.
Result<Scenario> loadScenario(const QString& nameOrFile);
/// Moves the scenario's start to a few hours before `now` (whole minutes), so its orders fall on today's
/// charts and inside an engine's backfill period. The demo and `lockstep sandbox` do this.
void startHoursAgo(Scenario& scenario, const QDateTime& now, int hours = 3);

} // namespace lockstep::core::sim
