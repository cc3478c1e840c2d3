// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox_payloads.h"

#include "domain/subject_key.h"
#include "store/catalog_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"

#include <QHash>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace lockstep::core::engine {

using nlohmann::json;

namespace {
std::string s(const QString& v)
{
    return v.toStdString();
}
QString q(const json& j, const char* key)
{
    return QString::fromStdString(j.value(key, std::string()));
}

/// What shipment `s` carried in the storefront's terms: the WMS lists its items (a SKU mapped to another at the
/// WMS, a bundle as its components), the storefront knows its order's lines. A bundle goes with the shipment
/// that carries its last component, so it is announced once, and not before the rest of it left when its
/// components leave in their order; a shipment with only other components of a bundle carries it at zero
/// units. A SKU no line explains stays as it is.
Result<QList<ShippedLine>> storefrontLines(store::Database& db, const Shipment& s)
{
    if (s.lines.isEmpty())
        return s.lines;
    auto order = store::OrderRepository(db).findByStorefrontId(s.storefront, s.storefrontOrderId);
    if (!order.ok())
        return order.error();
    if (!order.value())
        return s.lines;
    store::CatalogRepository catalog(db);
    QHash<QString, QString> direct; // WMS SKU -> the storefront line's SKU
    struct InBundle
    {
        QString sku; ///< the bundle's storefront SKU
        qint64 ordered = 0;
        int perBundle = 1;
        bool last = false;
    };
    QHash<QString, InBundle> components; // WMS SKU of a component -> its bundle line
    for (const OrderLine& line : order.value()->lines) {
        if (line.sku.isEmpty())
            continue;
        auto wmsSku = catalog.resolveSku(s.storefront, line.sku);
        if (!wmsSku.ok())
            return wmsSku.error();
        auto item = catalog.findItem(wmsSku.value());
        if (!item.ok())
            return item.error();
        if (!item.value() || !item.value()->isBundle()) {
            direct.insert(wmsSku.value(), line.sku);
            continue;
        }
        const QList<BundleComponent>& parts = item.value()->components;
        for (const BundleComponent& c : parts)
            components.insert(
                c.sku, {line.sku, line.quantity, std::max(1, c.quantity), c.sku == parts.constLast().sku});
    }
    QList<ShippedLine> out;
    QHash<QString, qsizetype> bundleAt; // a bundle's storefront SKU -> its line in `out`
    for (const ShippedLine& l : s.lines) {
        if (direct.contains(l.sku)) {
            out.append({direct.value(l.sku), l.quantity});
        } else if (const auto c = components.constFind(l.sku); c != components.cend()) {
            const qint64 units = c->last ? std::min(c->ordered, (l.quantity + c->perBundle - 1) / c->perBundle) : 0;
            if (!bundleAt.contains(c->sku)) {
                bundleAt.insert(c->sku, out.size());
                out.append({c->sku, units});
            } else if (units > 0) {
                out[bundleAt.value(c->sku)].quantity = units;
            }
        } else {
            out.append(l);
        }
    }
    return out;
}
} // namespace

QString createOrderKey(const QString& orderSubject)
{
    return QStringLiteral("wms.create:") + orderSubject;
}
QString cancelOrderKey(const QString& orderSubject)
{
    return QStringLiteral("wms.cancel:") + orderSubject;
}
QString customerReturnKey(const QString& returnSubject)
{
    return QStringLiteral("wms.return:") + returnSubject;
}

QString storeSaleKey(const QString& saleSubject)
{
    return QStringLiteral("wms.sale:") + saleSubject;
}

QString storeSaleCheckKey(const QString& saleSubject)
{
    return QStringLiteral("wms.sale_check:") + saleSubject;
}

Result<bool> queueWmsCancel(store::Database& db, const QString& orderSubject, const QDateTime& now)
{
    store::OutboxRepository outbox(db);
    store::OutboxEntry cancel;
    cancel.idempotencyKey = cancelOrderKey(orderSubject);
    cancel.kind = kWmsCancelOrder;
    cancel.target = QStringLiteral("wms");
    cancel.payload = QString::fromStdString(json{{"reference", s(orderSubject)}}.dump());
    cancel.createdAt = now;
    auto id = outbox.enqueue(cancel);
    if (id.ok())
        return true;
    if (id.error().code != ErrorCode::Conflict)
        return id.error();
    auto existing = outbox.findByKey(cancel.idempotencyKey);
    if (!existing.ok())
        return existing.error();
    if (existing.value() && existing.value()->state == store::OutboxState::Sent) {
        if (auto st = outbox.requeue(existing.value()->id, now); !st.ok())
            return st.error();
        return true;
    }
    return false; // already waiting (or kept for a person after a refusal)
}

QString fulfilKey(const QString& orderSubject, const QString& wmsShipmentId)
{
    return QStringLiteral("storefront.fulfil:") + orderSubject + u':' + wmsShipmentId;
}

QString orderSubjectOfKey(const QString& idempotencyKey)
{
    // "<kind>:<system>:<order id>" or "<kind>:<system>:<order id>:<shipment>" (the shipment id may hold colons).
    const QString afterKind = idempotencyKey.section(u':', 1);
    const SubjectKey order = SubjectKey::parse(afterKind.section(u':', 0, 1));
    return order.isAboutAnOrder() ? order.orderKey().toString() : afterKind.section(u':', 0, 1);
}

QString encodeFulfil(const FulfilPayload& p)
{
    const auto& u = p.update;
    json j = {{"storefront", s(toString(p.storefront))},
        {"storefront_order_id", s(u.storefrontOrderId)},
        {"carrier", s(u.carrier)},
        {"tracking_number", s(u.trackingNumber)},
        {"tracking_url", s(u.trackingUrl)},
        {"collected_at_ms", u.collectedAt.isValid() ? u.collectedAt.toMSecsSinceEpoch() : std::int64_t(0)},
        {"delivery_key", s(u.deliveryKey)},
        {"completes_order", u.completesOrder}};
    json lines = json::array();
    for (const ShippedLine& l : u.lines)
        lines.push_back({{"sku", s(l.sku)}, {"quantity", l.quantity}});
    j["lines"] = std::move(lines);
    return QString::fromStdString(j.dump());
}

Result<FulfilPayload> decodeFulfil(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("fulfilment payload is not a JSON object"));
    FulfilPayload p;
    const auto sf = sourceSystemFromString(q(j, "storefront"));
    if (!sf)
        return makeError(ErrorCode::Parse, QStringLiteral("fulfilment payload names no storefront"));
    p.storefront = *sf;
    p.update.storefrontOrderId = q(j, "storefront_order_id");
    p.update.carrier = q(j, "carrier");
    p.update.trackingNumber = q(j, "tracking_number");
    p.update.trackingUrl = q(j, "tracking_url");
    const auto ms = j.value("collected_at_ms", std::int64_t(0));
    if (ms > 0)
        p.update.collectedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    p.update.deliveryKey = q(j, "delivery_key");
    // Payloads queued before shipments carried their lines have neither: everything left, and the whole order.
    const auto completes = j.find("completes_order");
    p.update.completesOrder = completes == j.end() || !completes->is_boolean() || completes->get<bool>();
    if (const auto lines = j.find("lines"); lines != j.end() && lines->is_array()) {
        for (const json& l : *lines) {
            const auto quantity = l.is_object() ? l.find("quantity") : l.end();
            if (quantity != l.end() && quantity->is_number_integer() && quantity->get<std::int64_t>() >= 0
                && l.contains("sku") && l.at("sku").is_string())
                p.update.lines.append({q(l, "sku"), quantity->get<std::int64_t>()});
        }
    }
    return p;
}

namespace {

json shippingAddressJson(const ShippingAddress& a)
{
    return {{"first_name", s(a.firstName)},
        {"last_name", s(a.lastName)},
        {"company", s(a.company)},
        {"line1", s(a.line1)},
        {"line2", s(a.line2)},
        {"city", s(a.city)},
        {"postal_code", s(a.postalCode)},
        {"state", s(a.stateProvince)},
        {"country", s(a.country)},
        {"phone", s(a.phone)},
        {"email", s(a.email)}};
}

ShippingAddress shippingAddressFrom(const json& j)
{
    ShippingAddress a;
    a.firstName = q(j, "first_name");
    a.lastName = q(j, "last_name");
    a.company = q(j, "company");
    a.line1 = q(j, "line1");
    a.line2 = q(j, "line2");
    a.city = q(j, "city");
    a.postalCode = q(j, "postal_code");
    a.stateProvince = q(j, "state");
    a.country = q(j, "country");
    a.phone = q(j, "phone");
    a.email = q(j, "email");
    return a;
}

} // namespace

QString encodeCreateRequest(const connectors::WmsCreateRequest& r)
{
    json lines = json::array();
    for (const auto& l : r.lines)
        lines.push_back({{"line", l.lineNumber},
            {"sku", s(l.sku)},
            {"quantity", l.quantity},
            {"unit_price_minor", l.unitPrice.minorUnits()}});
    json fields = json::object();
    for (auto it = r.customFields.cbegin(); it != r.customFields.cend(); ++it)
        fields[s(it.key())] = s(it.value());
    const json j = {{"reference", s(r.reference)},
        {"customer_order_number", s(r.key.customerOrderNumber)},
        {"origin", s(r.key.origin)},
        {"number", s(r.number)},
        {"facility", s(r.facility)},
        {"currency", s(r.currency)},
        {"total_minor", r.total.minorUnits()},
        {"ship_to_name", s(r.shipToName)},
        {"ship_to_country", s(r.shipToCountry)},
        {"ship_to", shippingAddressJson(r.shipTo)},
        {"lines", lines},
        {"custom_fields", fields}};
    return QString::fromStdString(j.dump());
}

Result<connectors::WmsCreateRequest> decodeCreateRequest(const QString& text)
{
    const std::string bytes = text.toStdString();
    const json j = json::parse(bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("outbox payload is not a JSON object"));
    try {
        connectors::WmsCreateRequest r;
        r.reference = q(j, "reference");
        r.key = {q(j, "customer_order_number"), q(j, "origin")};
        r.number = q(j, "number");
        r.facility = q(j, "facility");
        r.currency = q(j, "currency");
        r.total = Money::fromMinor(j.value("total_minor", std::int64_t(0)), r.currency);
        r.shipToName = q(j, "ship_to_name");
        r.shipToCountry = q(j, "ship_to_country");
        if (j.contains("ship_to") && j.at("ship_to").is_object()) // absent in rows written before addresses travelled
            r.shipTo = shippingAddressFrom(j.at("ship_to"));
        for (const json& l : j.at("lines")) {
            r.lines.append({l.at("line").get<int>(),
                QString::fromStdString(l.at("sku").get<std::string>()),
                l.at("quantity").get<std::int64_t>(),
                Money::fromMinor(l.at("unit_price_minor").get<std::int64_t>(), r.currency)});
        }
        for (auto it = j.at("custom_fields").begin(); it != j.at("custom_fields").end(); ++it)
            r.customFields.insert(
                QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()));
        if (r.reference.isEmpty())
            return makeError(ErrorCode::Parse, QStringLiteral("outbox payload has no reference"));
        return r;
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Parse, QStringLiteral("malformed outbox payload"), QString::fromUtf8(e.what()));
    }
}

QString encodeReturnRequest(const connectors::WmsReturnRequest& r)
{
    json lines = json::array();
    for (const auto& l : r.lines)
        lines.push_back({{"line", l.lineNumber}, {"sku", s(l.sku)}, {"quantity", l.quantity}});
    const json j = {{"reference", s(r.reference)},
        {"number", s(r.number)},
        {"customer_order_number", s(r.customerOrderNumber)},
        {"related_order_number", s(r.relatedOrderNumber)},
        {"origin", s(r.origin)},
        {"facility", s(r.facility)},
        {"lines", lines}};
    return QString::fromStdString(j.dump());
}

qint64 StoreSale::units() const
{
    qint64 n = 0;
    for (const auto& m : moves)
        n += m.quantity;
    return n;
}

QString encodeStoreSale(const StoreSale& sale)
{
    json moves = json::array();
    for (const auto& m : sale.moves) {
        moves.push_back({{"transaction", s(m.transaction)},
            {"facility", s(m.facility)},
            {"location", s(m.location)},
            {"sku", s(m.sku)},
            {"quantity", m.quantity},
            {"queued_at", s(m.queuedAt.toUTC().toString(Qt::ISODateWithMs))}});
    }
    const json j = {{"reference", s(sale.reference)},
        {"sale_number", s(sale.saleNumber)},
        {"store", s(sale.store)},
        {"moves", moves}};
    return QString::fromStdString(j.dump());
}

Result<StoreSale> decodeStoreSale(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("outbox payload is not a JSON object"));
    try {
        StoreSale sale;
        sale.reference = q(j, "reference");
        sale.saleNumber = q(j, "sale_number");
        sale.store = q(j, "store");
        for (const json& m : j.at("moves")) {
            connectors::WmsStockMove move;
            move.transaction = q(m, "transaction");
            move.facility = q(m, "facility");
            move.location = q(m, "location");
            move.sku = q(m, "sku");
            move.quantity = m.at("quantity").get<std::int64_t>();
            move.queuedAt = QDateTime::fromString(q(m, "queued_at"), Qt::ISODateWithMs);
            sale.moves.append(move);
        }
        if (sale.reference.isEmpty() || sale.moves.isEmpty())
            return makeError(
                ErrorCode::Parse, QStringLiteral("outbox payload of a store sale lacks its reference or lines"));
        return sale;
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Parse, QStringLiteral("malformed outbox payload"), QString::fromUtf8(e.what()));
    }
}

Result<connectors::WmsReturnRequest> decodeReturnRequest(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("outbox payload is not a JSON object"));
    try {
        connectors::WmsReturnRequest r;
        r.reference = q(j, "reference");
        r.number = q(j, "number");
        r.customerOrderNumber = q(j, "customer_order_number");
        r.relatedOrderNumber = q(j, "related_order_number");
        r.origin = q(j, "origin");
        r.facility = q(j, "facility");
        for (const json& l : j.at("lines"))
            r.lines.append({l.at("line").get<int>(),
                QString::fromStdString(l.at("sku").get<std::string>()),
                l.at("quantity").get<std::int64_t>()});
        if (r.reference.isEmpty() || r.number.isEmpty() || r.lines.isEmpty())
            return makeError(ErrorCode::Parse,
                QStringLiteral("outbox payload of a customer return lacks its reference, number or lines"));
        return r;
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Parse, QStringLiteral("malformed outbox payload"), QString::fromUtf8(e.what()));
    }
}

store::OutboxEntry fulfilEntry(const Shipment& s, bool completesOrder, const QDateTime& now)
{
    FulfilPayload p;
    p.storefront = s.storefront;
    p.update.storefrontOrderId = s.storefrontOrderId;
    p.update.carrier = s.carrier;
    p.update.trackingNumber = s.trackingNumber;
    p.update.collectedAt = s.collectedAt.isValid() ? s.collectedAt : now;
    p.update.deliveryKey = s.wmsShipmentId;
    p.update.lines = s.lines;
    p.update.completesOrder = completesOrder;
    store::OutboxEntry entry;
    entry.idempotencyKey = fulfilKey(SubjectKey::order(s.storefront, s.storefrontOrderId).toString(), s.wmsShipmentId);
    entry.kind = kStorefrontFulfil;
    entry.target = toString(s.storefront);
    entry.payload = encodeFulfil(p);
    entry.createdAt = now;
    return entry;
}

Result<store::OutboxEntry> fulfilEntry(store::Database& db, const Shipment& s, const QDateTime& now)
{
    auto atWms = store::WmsOrderRepository(db).find(SubjectKey::order(s.storefront, s.storefrontOrderId).toString());
    if (!atWms.ok())
        return atWms.error();
    bool complete = true;
    if (atWms.value() && atWms.value()->status != WmsOrderStatus::ShipComplete) {
        auto shipments = store::ShipmentRepository(db).forOrder(s.storefront, s.storefrontOrderId);
        if (!shipments.ok())
            return shipments.error();
        qint64 collected = 0;
        for (const Shipment& other : shipments.value()) {
            if (other.wmsShipmentId != s.wmsShipmentId && isAnnounceable(other.state))
                collected += other.shippedUnits;
        }
        complete = collected + s.shippedUnits >= atWms.value()->orderedUnits;
    }
    auto lines = storefrontLines(db, s);
    if (!lines.ok())
        return lines.error();
    Shipment told = s;
    told.lines = lines.value();
    return fulfilEntry(told, complete, now);
}

} // namespace lockstep::core::engine
