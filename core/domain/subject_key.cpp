// SPDX-License-Identifier: GPL-3.0-or-later
#include "subject_key.h"

namespace lockstep::core {

namespace {
const QString kSku = QStringLiteral("sku");
const QString kStock = QStringLiteral("stock");
const QString kBundle = QStringLiteral("bundle");
} // namespace

SubjectKey SubjectKey::order(SourceSystem storefront, const QString& orderId)
{
    SubjectKey k;
    k.m_kind = Kind::Order;
    k.m_storefront = storefront;
    k.m_orderId = orderId;
    return k;
}

SubjectKey SubjectKey::shipment(SourceSystem storefront, const QString& orderId, const QString& wmsShipmentId)
{
    SubjectKey k = order(storefront, orderId);
    k.m_kind = Kind::Shipment;
    k.m_shipmentId = wmsShipmentId;
    return k;
}

SubjectKey SubjectKey::sku(SourceSystem storefront, const QString& sku)
{
    SubjectKey k;
    k.m_kind = Kind::Sku;
    k.m_storefront = storefront;
    k.m_sku = sku;
    return k;
}

SubjectKey SubjectKey::stock(SourceSystem storefront, const QString& sku)
{
    SubjectKey k = SubjectKey::sku(storefront, sku);
    k.m_kind = Kind::Stock;
    return k;
}

SubjectKey SubjectKey::bundle(const QString& bundleSku)
{
    SubjectKey k;
    k.m_kind = Kind::Bundle;
    k.m_sku = bundleSku;
    return k;
}

SubjectKey SubjectKey::parse(const QString& text)
{
    const QString head = text.section(u':', 0, 0);
    const QString rest = text.section(u':', 1); // a SKU may itself hold a colon
    if (head == kBundle && !rest.isEmpty())
        return bundle(rest);
    if ((head == kSku || head == kStock) && text.count(u':') >= 2) {
        const auto system = sourceSystemFromString(rest.section(u':', 0, 0));
        const QString sku = rest.section(u':', 1);
        if (system && !sku.isEmpty())
            return head == kSku ? SubjectKey::sku(*system, sku) : stock(*system, sku);
    }
    if (const auto system = sourceSystemFromString(head); system && !rest.isEmpty()) {
        const QString id = rest.section(u'/', 0, 0);
        const QString shipmentId = rest.section(u'/', 1);
        if (!id.isEmpty())
            return shipmentId.isEmpty() ? order(*system, id) : shipment(*system, id, shipmentId);
    }
    SubjectKey other;
    other.m_other = text;
    return other;
}

SubjectKey SubjectKey::orderKey() const
{
    return isAboutAnOrder() && m_storefront ? order(*m_storefront, m_orderId) : SubjectKey();
}

QString SubjectKey::toString() const
{
    const QString system = m_storefront ? core::toString(*m_storefront) : QString();
    switch (m_kind) {
    case Kind::Order:
        return system + u':' + m_orderId;
    case Kind::Shipment:
        return system + u':' + m_orderId + u'/' + m_shipmentId;
    case Kind::Sku:
        return kSku + u':' + system + u':' + m_sku;
    case Kind::Stock:
        return kStock + u':' + system + u':' + m_sku;
    case Kind::Bundle:
        return kBundle + u':' + m_sku;
    case Kind::Other:
        break;
    }
    return m_other;
}

} // namespace lockstep::core
