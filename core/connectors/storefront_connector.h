// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/order.h"
#include "domain/shipment.h"
#include "health_answer.h"
#include "reply.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace lockstep::core::connectors {

/// One page of orders changed since a cursor. The cursor is opaque text the connector understands
/// (a modified-after watermark plus the last id); store it only after the page is committed.
struct OrderPage
{
    QList<Order> orders;
    QList<ParseProblem> problems; ///< orders that could not be read, by reference
    QString nextCursor; ///< where the next call continues
    bool hasMore = false;
    int totalPages = -1; ///< when the API says (-1 when it does not)
    /// The storefront's own clock when it read the page (its `Date` header), invalid when it did not say: every
    /// change stamped later than this was not yet visible to the read. A backfill takes its cursor from it.
    QDateTime serverTime;
};

using core::ShippedLine;

/// Tell the customer it shipped: only ever sent on carrier collection.
struct FulfilmentUpdate
{
    QString storefrontOrderId;
    QString carrier;
    QString trackingNumber;
    QString trackingUrl;
    QDateTime collectedAt; ///< UTC
    QString deliveryKey; ///< the WMS shipment id: makes a re-sent update recognisable at the storefront
    /// What this shipment carried, where known; empty: everything the storefront has not yet recorded as delivered
    /// (a storefront that names delivered items, commercetools, takes them from the order).
    QList<ShippedLine> lines;
    /// Whether, with this shipment, everything the customer ordered has left the warehouse. A storefront with a
    /// single "shipped" state (WooCommerce's `completed`) is moved only then; earlier shipments add their tracking.
    bool completesOrder = true;
    /// The customer cancelled the order in the storefront and it shipped anyway (a cancellation past the warehouse's
    /// cutoff): the parcel and its tracking are recorded, the order's status is left alone (WooCommerce would turn a
    /// cancelled order into a completed sale). Decided when the update is sent, from the order as Lockstep holds it.
    bool orderCancelled = false;
};

struct StockLevel
{
    QString sku;
    qint64 quantity = 0;
    /// Where the quantity is counted, for a storefront with several stock locations (a till system's store
    /// locations); empty: the connector's own (its supply channel, the shop, its only store).
    QString location = {};
    friend bool operator==(const StockLevel&, const StockLevel&) = default;
};

/// The outcome of one stock batch: batch endpoints answer 200 with per-item failures inside.
struct StockPushOutcome
{
    QStringList updated;
    QList<ParseProblem> failed; ///< reference = SKU
    QDateTime serverTime; ///< the storefront's clock when it took the levels (its `Date`); invalid when unknown
};

/// One listing as the storefront shows it now: a product, or a variation of one, with its stock there.
struct ListedItem
{
    QString id; ///< the storefront's id of the product or variation
    QString parentId; ///< for a variation, its product's id; empty for a product
    QString sku; ///< as the storefront shows it (a WooCommerce variation without its own SKU shows its parent's)
    QString name;
    QString location; ///< where the stock is counted: a supply channel or store; empty for the whole shop
    std::optional<qint64> stock; ///< none when the storefront does not count stock for it (a variable parent)
    QDateTime readAt; ///< the storefront's clock when it answered with this stock (its `Date`); invalid when unknown
    friend bool operator==(const ListedItem&, const ListedItem&) = default;
};

/// The storefront's catalogue with its current stock, read in full (every page), and what could not be read.
struct StorefrontListing
{
    QList<ListedItem> items;
    QList<ParseProblem> problems; ///< reference = product id or SKU
};

/// Which changes to read: after the cursor (or from `from` when the cursor is empty) and, when `until` is
/// valid, before it. A bounded window lets a backfill read several periods side by side.
struct OrderWindow
{
    QDateTime from; ///< UTC; invalid: from the beginning
    QDateTime until; ///< UTC, exclusive; invalid: up to now
};

/// A verified webhook delivery. Webhooks are hints ("go re-read"), never the source of truth.
struct WebhookEvent
{
    QString topic; ///< e.g. "order.updated"
    QString resourceId; ///< storefront order id
    QString dedupeKey; ///< equal for duplicate deliveries of the same change
};

/// A storefront (WooCommerce, commercetools, POS). Asynchronous; every reply comes back on the
/// connector's thread. Thread: the engine's worker thread.
class StorefrontConnector
{
public:
    virtual ~StorefrontConnector() = default;

    virtual SourceSystem system() const = 0;
    /// Orders created or changed since `cursor` (empty: from `window.from`), oldest first, before `window.until`.
    virtual void fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply) = 0;
    /// True when fetchOrdersChangedSince honours `window.until`, so a backfill may read windows in parallel.
    virtual bool readsWindows() const { return false; }
    /// The cursor that means "changes from `t` on" (only needed when readsWindows()).
    virtual QString cursorAt(const QDateTime& t) const
    {
        Q_UNUSED(t)
        return {};
    }
    virtual void fetchOrder(const QString& storefrontId, Reply<Order> reply) = 0;
    virtual void markFulfilled(const FulfilmentUpdate& update, Done done) = 0;
    virtual void addNote(const QString& storefrontId, const QString& note, Done done) = 0;
    /// The most stock levels one pushStock() call may carry (the API's batch limit).
    virtual int stockBatchLimit() const = 0;
    virtual void pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply) = 0;
    /// Every product and variation with its SKU and current stock, as the storefront shows them: the facts of
    /// inventory drift (stock against what was pushed) and of the listing SKU checks (duplicates, a variation
    /// with its parent's SKU). Read-only; pages through the whole catalogue.
    virtual void fetchListing(Reply<StorefrontListing> reply) = 0;
    /// Checks the signature over the exact raw body, in constant time, then parses the event.
    virtual Result<WebhookEvent> verifyWebhook(
        const QHash<QByteArray, QByteArray>& headers, const QByteArray& body) const = 0;
    /// One cheap authenticated read (one record at most, nothing written): proves the address, the credentials
    /// and that the API answers. Used by the self-test.
    virtual void checkHealth(HealthReply reply) = 0;
};

} // namespace lockstep::core::connectors
