// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "system.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lockstep::core {

/// Payment as the storefront reports it; only Paid orders may go to the WMS (payment gating).
enum class PaymentState
{
    Pending,
    Paid,
    Failed,
    Refunded,
    PartiallyRefunded
};

QString toString(PaymentState state);
std::optional<PaymentState> paymentStateFromString(const QString& text);

/// One line of a storefront order. `sku` is the SKU as first seen (WooCommerce resolves it at read time).
struct OrderLine
{
    int lineNumber = 0;
    QString sku;
    QString name;
    int quantity = 0;
    Money unitPrice; ///< discounted unit price
    Money total; ///< line total after discounts, before tax
    Money tax;
    QString storefrontLineId;

    friend bool operator==(const OrderLine&, const OrderLine&) = default;
};

/// A checkout field the storefront captured that is not part of the standard order (gift note, delivery slot).
struct CustomField
{
    QString key;
    QString value; ///< JSON text when the storefront sent a structured value

    friend bool operator==(const CustomField&, const CustomField&) = default;
};

/// Order totals in the order's currency, kept apart so finance can see which part differs.
struct OrderTotals
{
    Money subtotal; ///< sum of lines before discounts
    Money discount;
    Money shipping;
    Money tax;
    Money total;

    friend bool operator==(const OrderTotals&, const OrderTotals&) = default;
};

/// Where an order ships to and who receives it, as the storefront holds it (a warehouse prints its label from
/// this). `country` is ISO 3166-1 alpha-2.
struct ShippingAddress
{
    QString firstName;
    QString lastName;
    QString company;
    QString line1;
    QString line2;
    QString city;
    QString postalCode;
    QString stateProvince;
    QString country;
    QString phone;
    QString email;

    bool isEmpty() const { return line1.isEmpty() && city.isEmpty() && postalCode.isEmpty(); }
    friend bool operator==(const ShippingAddress&, const ShippingAddress&) = default;
};

/// An order as the storefront holds it. Identity is (storefront, storefrontId); `number` is for people.
struct Order
{
    qint64 id = 0; ///< local row id, 0 until stored
    SourceSystem storefront = SourceSystem::WooCommerce;
    QString storefrontId;
    QString number;
    QString status; ///< storefront status text as sent (plugin statuses are data, not errors)
    PaymentState paymentState = PaymentState::Pending;
    QString currency;
    OrderTotals totals;
    QString customerName;
    QString customerEmail;
    QString shipToCountry;
    ShippingAddress shipTo; ///< empty when the storefront sent none (a till sale)
    QString channel; ///< storefront location or sales channel, used for facility routing
    QDateTime createdAt; ///< UTC
    QDateTime modifiedAt; ///< UTC
    QDateTime paidAt; ///< UTC, invalid until paid
    QList<OrderLine> lines;
    QList<CustomField> customFields;
    /// WMS shipment ids the storefront already holds a "shipped" message for (WooCommerce meta
    /// `_lockstep_shipment_<id>`, commercetools delivery keys). Read live from the storefront; not stored.
    QStringList shippedKeys;

    friend bool operator==(const Order&, const Order&) = default;
};

} // namespace lockstep::core
