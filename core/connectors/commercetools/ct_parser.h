// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/reply.h"
#include "connectors/storefront_connector.h"
#include "domain/order.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace lockstep::core::connectors::commercetools {

/// Orders parsed from a commercetools response, and the ones that could not be read.
struct ParsedOrders
{
    QList<Order> orders;
    QList<ParseProblem> problems;
    int count = 0; ///< records on the page, readable or not (the page is full when count == limit)
    QString lastId; ///< id of the last record on the page, readable or not (the paging key)
    QDateTime lastModifiedAt; ///< its lastModifiedAt (invalid when unreadable)
};

/// What tells that an order is paid; a project sets one of them (configuration `payment_gate`).
enum class PaymentGate
{
    PaymentState, ///< `paymentState` (optional on an order: a project that never sets it has no paid order)
    ChargeTransactions, ///< the order's payments (expanded, `paymentInfo.payments[*]`): Success Charge transactions
    OrderConfirmed, ///< the order state: Confirmed (or Complete, which follows it)
};
/// "payment_state", "charge_transactions", "order_confirmed"; nothing for any other text.
std::optional<PaymentGate> paymentGateFromKey(const QString& key);

/// Parses a PagedQueryResponse of orders (`{limit, offset, count, results: [...]}`) or one order object.
/// Money is `centAmount` in units of 10^-fractionDigits, converted exactly to the currency's minor units (never
/// through floating point; an amount that cannot be expressed exactly is a problem). `orderNumber` is the number
/// (the id when absent), `id` the storefront id; `paymentState` Paid → Paid, Failed → Failed, CreditOwed →
/// PartiallyRefunded (money is owed back), BalanceDue/Pending/absent → Pending; the status is "cancelled" for
/// orderState Cancelled and the orderState in lower case otherwise. Lines: `variant.sku` (optional),
/// `quantity`, `totalPrice`; `customLineItems` (fees) count in the totals but are not lines. Custom fields come
/// from `custom.fields`. With `gate` ChargeTransactions the payment comes from the expanded payments instead: Paid
/// once their Success Charge transactions cover the total (less Success Refund/Chargeback: PartiallyRefunded, or
/// Refunded when all of it went back), Failed when every Charge failed, else Pending (a payment not expanded is a
/// problem); with OrderConfirmed, orderState Confirmed or Complete is Paid and any other state Pending. The channel for
/// facility routing is the store key, else the first line's supply channel (its key when expanded, else its id), else
/// the distribution channel. A record without id or money is reported, not returned.
ParsedOrders parseOrders(const QByteArray& body, PaymentGate gate = PaymentGate::PaymentState);

/// A line item as a delivery names it: its id, its SKU, how many were ordered and how many the order's deliveries
/// already carry (the sum of their `items` for this id).
struct HeadLine
{
    QString id;
    QString sku; ///< empty when the variant has none
    qint64 quantity = 0;
    qint64 delivered = 0;
};

/// What an update needs to know about an order right before it is sent.
struct OrderHead
{
    QString id;
    qint64 version = 0;
    QString orderState;
    QString shipmentState;
    /// Keys of shippingInfo.deliveries and shipping[].shippingInfo.deliveries: a Delivery's `key`, or
    /// `deliveryKey` as a server that stores the action's field name shows it.
    QStringList deliveryKeys;
    bool hasShippingInfo = false;
    QList<HeadLine> lines; ///< `lineItems` with an id, in order
};
Result<OrderHead> parseOrderHead(const QByteArray& body);

/// One inventory entry (stock of one SKU in one supply channel).
struct InventoryEntry
{
    QString id;
    qint64 version = 0;
    QString sku;
    QString supplyChannelId; ///< empty: the channel-less entry
    qint64 quantityOnStock = 0;
};
struct ParsedInventory
{
    QList<InventoryEntry> entries;
    QList<ParseProblem> problems;
};
/// Parses a PagedQueryResponse of inventory entries, or one entry.
ParsedInventory parseInventory(const QByteArray& body);

/// A page of product projections as listings: one per variant (id "<product id>/<variant id>", parent = the
/// product when it has more than one variant), SKU as given (`sku` is optional on a variant), name in English
/// (else the first language there is). Stock is not part of a product; it comes from the inventory entries. `count` is
/// the page's size.
struct ParsedProducts
{
    QList<ListedItem> items;
    QList<ParseProblem> problems;
    int count = 0;
};
ParsedProducts parseProductProjections(const QByteArray& body);

/// The error codes of an ErrorResponse (`{statusCode, message, errors: [{code, message, ...}]}`) and, for a
/// ConcurrentModification, the `currentVersion` when the server sent it (it is optional).
struct ErrorInfo
{
    QString message;
    QStringList codes;
    std::optional<qint64> currentVersion;
};
ErrorInfo parseError(const QByteArray& body);

/// `centAmount` in units of 10^-fractionDigits as minor units of `currency`; an error when it would lose a digit
/// or overflow.
Result<Money> moneyFromCents(qint64 centAmount, int fractionDigits, const QString& currency);

} // namespace lockstep::core::connectors::commercetools
