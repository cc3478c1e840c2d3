// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/order.h"
#include "reply.h"

#include <QByteArray>
#include <QHash>
#include <QList>

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

/// Tell the customer it shipped: only ever sent on carrier collection.
struct FulfilmentUpdate
{
    QString storefrontOrderId;
    QString carrier;
    QString trackingNumber;
    QString trackingUrl;
    QDateTime collectedAt; ///< UTC
    QString deliveryKey; ///< the WMS shipment id: makes a re-sent update recognisable at the storefront
};

struct StockLevel
{
    QString sku;
    qint64 quantity = 0;
    friend bool operator==(const StockLevel&, const StockLevel&) = default;
};

/// The outcome of one stock batch: batch endpoints answer 200 with per-item failures inside.
struct StockPushOutcome
{
    QStringList updated;
    QList<ParseProblem> failed; ///< reference = SKU
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
    /// Checks the signature over the exact raw body, in constant time, then parses the event.
    virtual Result<WebhookEvent> verifyWebhook(const QHash<QByteArray, QByteArray>& headers, const QByteArray& body) const = 0;
};

} // namespace lockstep::core::connectors
