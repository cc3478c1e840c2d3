// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "system.h"

#include <QString>

#include <optional>

namespace lockstep::core {

/// What an exception is about, as the one text key it is stored and matched by. This type is the only place that
/// makes or reads the forms:
///   order     "woocommerce:1042"          a storefront order (its system and the storefront's id)
///   shipment  "woocommerce:1042/SH-9"     a WMS shipment of that order, which the storefront must hear of
///   sku       "sku:woocommerce:GC-25"     a storefront SKU (a listing the warehouse does not know)
///   stock     "stock:woocommerce:MUG"     a storefront's stock level of a SKU
///   bundle    "bundle:KIT-1"              a bundle whose components the warehouse lacks
/// Anything else parses as Kind::Other and keeps its text.
class SubjectKey
{
public:
    enum class Kind
    {
        Other,
        Order,
        Shipment,
        Sku,
        Stock,
        Bundle
    };

    SubjectKey() = default;
    static SubjectKey order(SourceSystem storefront, const QString& orderId);
    static SubjectKey shipment(SourceSystem storefront, const QString& orderId, const QString& wmsShipmentId);
    static SubjectKey sku(SourceSystem storefront, const QString& sku);
    static SubjectKey stock(SourceSystem storefront, const QString& sku);
    static SubjectKey bundle(const QString& bundleSku);
    static SubjectKey parse(const QString& text);

    Kind kind() const { return m_kind; }
    /// The storefront of an order, shipment, sku or stock key.
    std::optional<SourceSystem> storefront() const { return m_storefront; }
    /// The storefront's order id (order and shipment keys); empty otherwise.
    QString orderId() const { return m_orderId; }
    /// The WMS shipment (shipment keys); empty otherwise.
    QString shipmentId() const { return m_shipmentId; }
    /// The SKU (sku, stock and bundle keys); empty otherwise.
    QString sku() const { return m_sku; }
    /// An order or one of its shipments: there is one order behind it.
    bool isAboutAnOrder() const { return m_kind == Kind::Order || m_kind == Kind::Shipment; }
    /// The key of the order behind an order or shipment key; an empty key otherwise.
    SubjectKey orderKey() const;
    QString toString() const;

    friend bool operator==(const SubjectKey&, const SubjectKey&) = default;

private:
    Kind m_kind = Kind::Other;
    std::optional<SourceSystem> m_storefront;
    QString m_orderId;
    QString m_shipmentId;
    QString m_sku;
    QString m_other; ///< the text of a key of no known form
};

} // namespace lockstep::core
