// SPDX-License-Identifier: GPL-3.0-or-later
#include "deposco_service.h"

#include "domain/money.h"
#include "ledger.h"
#include "world.h"

#include <algorithm>

namespace lockstep::core::sim {

namespace {

const QString kApi = QStringLiteral("/latest");
constexpr int kMaxPageSize = 100; // assumed; the SDK documents only the defaults
constexpr int kNestedLines = 10; // nested line collections are capped (integrator observation)

QString textOf(const Json& json, std::initializer_list<const char*> path)
{
    const Json* at = &json;
    for (const char* key : path) {
        if (!at->is_object() || !at->contains(key))
            return {};
        at = &at->at(key);
    }
    if (at->is_string())
        return fromStd(at->get<std::string>());
    if (at->is_number_integer())
        return QString::number(at->get<qint64>());
    return {};
}

} // namespace

SimResponse deposcoError(int status, const QString& message)
{
    return SimResponse::json(status, Json{{"errors", Json::array({{{"errorMessage", toStd(message)}}})}});
}

DeposcoService::DeposcoService(World* world, Ledger* ledger, QString clientId, QString clientSecret)
    : m_world(world)
    , m_ledger(ledger)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_tokens(QByteArray("wms") + QByteArray::number(world->scenario().seed))
{
}

SimResponse DeposcoService::serverError(int status) const
{
    return deposcoError(status, status == 503 ? QStringLiteral("Service Unavailable") : QStringLiteral("Internal Server Error"));
}

SimResponse DeposcoService::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = SimResponse::empty(429); // observed: empty body
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

std::optional<SimResponse> DeposcoService::concurrentUpdate() const
{
    return deposcoError(409, QStringLiteral("The resource was updated by a concurrent request. Please retry when the "
                                            "resource is not in use."));
}

QString DeposcoService::href(const QString& path) const { return m_baseUrl.toString() + kApi + path; }

Json DeposcoService::ref(const char* kind, qint64 id, const Json& businessKey) const
{
    return {{"id", id}, {"businessKey", businessKey}, {"href", toStd(href(QStringLiteral("/%1/%2").arg(QString::fromLatin1(kind)).arg(id)))}};
}

SimResponse DeposcoService::handle(const SimRequest& request)
{
    if (request.path == QStringLiteral("/oauth2/token"))
        return token(request);
    const bool basicOk = request.basicAuth() == QPair<QString, QString>{m_clientId, m_clientSecret};
    if (request.path == QStringLiteral("/ctrl/getRestfulATP")) { // legacy API: Basic auth or a token
        if (!basicOk && !m_tokens.isValid(request.bearerToken()))
            return deposcoError(401, QStringLiteral("Unauthorized"));
        return atp(request);
    }
    const QStringList seg = request.segmentsAfter(kApi);
    if (!request.path.startsWith(kApi + u'/') || seg.isEmpty())
        return deposcoError(404, QStringLiteral("Resource not found"));
    if (!m_tokens.isValid(request.bearerToken()))
        return deposcoError(401, QStringLiteral("Access token is missing, invalid or expired."));
    const QString bu = request.queryValue(QStringLiteral("business_unit"));
    if (!bu.isEmpty() && bu != m_world->scenario().wms.businessUnit)
        return deposcoError(400, QStringLiteral("Business unit '%1' is not accessible to this application.").arg(bu));
    if (seg.first() == QStringLiteral("orders") && seg.value(1) == QStringLiteral("salesOrders"))
        return salesOrders(request, seg.mid(2));
    if (seg.first() == QStringLiteral("shipments") && seg.value(1) == QStringLiteral("outboundShipments"))
        return shipments(request, seg.mid(2));
    if (seg.first() == QStringLiteral("items") || seg.first() == QStringLiteral("kitHeaders"))
        return items(request, seg);
    if (seg.first() == QStringLiteral("facilities") && request.method == "GET") {
        QList<qint64> ids;
        const auto& facilities = m_world->scenario().facilities;
        for (qsizetype i = facilities.size() - 1; i >= 0; --i)
            ids.append(900001 + i);
        return collection(request, ids, 50, [this](qint64 id) {
            const Facility& f = m_world->scenario().facilities.at(id - 900001);
            return Json{{"id", id}, {"number", toStd(f.number)}, {"name", toStd(f.name)}, {"type", "Warehouse"},
                {"isVirtual", false}, {"timeZone", "UTC"}, {"enableShipToCustomer", true}, {"fulfillmentFacility", true},
                {"self", toStd(href(QStringLiteral("/facilities/%1").arg(id)))}};
        });
    }
    return deposcoError(404, QStringLiteral("Resource not found"));
}

SimResponse DeposcoService::token(const SimRequest& request)
{
    const QUrlQuery form = request.formBody();
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    auto [id, secret] = request.basicAuth();
    if (id.isEmpty()) {
        id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    }
    if (id != m_clientId || secret != m_clientSecret)
        return SimResponse::json(401, Json{{"error", "invalid_client"}, {"error_description", "Client authentication failed."}});
    if (grant == QStringLiteral("refresh_token") && form.queryItemValue(QStringLiteral("refresh_token")).isEmpty())
        return SimResponse::json(400, Json{{"error", "invalid_grant"}, {"error_description", "refresh_token is required."}});
    if (grant != QStringLiteral("client_credentials") && grant != QStringLiteral("refresh_token"))
        return SimResponse::json(400, Json{{"error", "unsupported_grant_type"}});
    return SimResponse::json(200, Json{{"access_token", toStd(m_tokens.issue())}, {"token_type", "Bearer"},
                                      {"expires_in", 3600}, {"refresh_token", toStd(m_tokens.issue())},
                                      {"scope", "orders/read orders/write shipments/read items/read"}});
}

SimResponse DeposcoService::collection(const SimRequest& request, const QList<qint64>& newestFirst, int defaultPageSize,
    const std::function<Json(qint64)>& render)
{
    QString searchId = request.queryValue(QStringLiteral("search_id"));
    Search search;
    if (!searchId.isEmpty()) {
        if (!m_searches.contains(searchId))
            return deposcoError(400, QStringLiteral("Unknown or expired search_id '%1'.").arg(searchId));
        search = m_searches.value(searchId);
    } else {
        bool ok = true;
        search.pageSize = request.hasQuery(QStringLiteral("page_size")) ? request.queryValue(QStringLiteral("page_size")).toInt(&ok) : defaultPageSize;
        if (!ok || search.pageSize < 1 || search.pageSize > kMaxPageSize)
            return deposcoError(400, QStringLiteral("page_size must be between 1 and %1.").arg(kMaxPageSize));
        search.ids = newestFirst;
        searchId = QStringLiteral("s%1").arg(m_nextSearch++);
        m_searches.insert(searchId, search);
    }
    const int page = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
    const int pages = std::max(1, static_cast<int>((search.ids.size() + search.pageSize - 1) / search.pageSize));
    Json data = Json::array();
    for (qsizetype i = static_cast<qsizetype>(page - 1) * search.pageSize;
         i < std::min<qsizetype>(search.ids.size(), static_cast<qsizetype>(page) * search.pageSize); ++i)
        data.push_back(render(search.ids.at(i)));
    Json links = Json::array();
    const bool complete = page >= pages;
    if (!complete) {
        QUrl next = m_baseUrl;
        next.setPath(request.path);
        next.setQuery(QStringLiteral("search_id=%1&page=%2").arg(searchId).arg(page + 1));
        links.push_back({{"rel", "next"}, {"href", toStd(next.toString())}});
    }
    return SimResponse::json(200, Json{{"data", data}, {"links", links}, {"complete", complete}, {"pages", pages}});
}

Json DeposcoService::lineJson(const SalesOrder& order, const SalesOrderLine& line) const
{
    const int item = m_world->findItem(line.item);
    const bool backOrdered = line.unallocated() > 0 && order.status != QStringLiteral("New") && order.status != QStringLiteral("Canceled");
    return {{"id", line.id}, {"lineNumber", line.lineNumber}, {"customerLineNumber", toStd(line.customerLineNumber)},
        {"item", ref("items", item >= 0 ? m_world->items().at(item).id : 0, Json{{"number", toStd(line.item)}})},
        {"pack", {{"businessKey", {{"type", "Each"}, {"quantity", 1}}}}},
        {"orderPackQuantity", line.orderQty}, {"canceledPackQuantity", line.canceledQty},
        {"allocatedQuantity", line.allocatedQty}, {"unallocatedQuantity", std::max(0, line.unallocated())},
        {"pickedPackQuantity", line.pickedQty}, {"shortagePackQuantity", backOrdered ? line.unallocated() : 0},
        {"shippedPackQuantity", line.shippedQty}, {"returnedPackQuantity", 0}, {"isBackOrdered", backOrdered},
        {"preallocated", false}, {"orderLineStatus", toStd(line.status)}, {"unitPrice", toStd(line.unitPrice)},
        {"self", toStd(href(QStringLiteral("/orders/salesOrders/%1/orderLines/%2").arg(order.id).arg(line.id)))}};
}

Json DeposcoService::salesOrderJson(int index) const
{
    const SalesOrder& o = m_world->salesOrders().at(index);
    Json lines = Json::array();
    for (qsizetype i = 0; i < std::min<qsizetype>(o.lines.size(), kNestedLines); ++i)
        lines.push_back(lineJson(o, o.lines.at(i)));
    Json lineLinks = Json::array();
    if (o.lines.size() > kNestedLines)
        lineLinks.push_back({{"rel", "next"}, {"href", toStd(href(QStringLiteral("/orders/salesOrders/%1/orderLines").arg(o.id)))}});
    Json shipments = Json::array();
    for (const auto& s : m_world->shipments()) {
        if (s.salesOrderId == o.id)
            shipments.push_back(ref("shipments/outboundShipments", s.id, Json{{"number", toStd(s.number)}}));
    }
    const int facility = static_cast<int>(std::distance(m_world->scenario().facilities.begin(),
        std::find_if(m_world->scenario().facilities.begin(), m_world->scenario().facilities.end(),
            [&o](const Facility& f) { return f.number == o.facility; })));
    Json j = o.extra;
    j["id"] = o.id;
    j["number"] = toStd(o.number);
    j["businessUnit"] = toStd(m_world->scenario().wms.businessUnit);
    j["type"] = "Sales Order";
    j["orderStatus"] = toStd(o.status);
    j["customerOrderNumber"] = toStd(o.customerOrderNumber);
    j["orderSource"] = toStd(o.orderSource);
    j["shipVendor"] = o.shipVendor.isEmpty() ? Json(nullptr) : Json(toStd(o.shipVendor));
    j["shipMethod"] = o.shipMethod.isEmpty() ? Json(nullptr) : Json(toStd(o.shipMethod));
    j["actualShipDate"] = o.actualShipMSecs < 0 ? Json(nullptr) : Json(toStd(isoUtc(o.actualShipMSecs)));
    j["shipFromFacility"] = ref("facilities", 900001 + facility, Json{{"number", toStd(o.facility)}});
    j["orderLines"] = {{"data", lines}, {"links", lineLinks}, {"complete", o.lines.size() <= kNestedLines}};
    j["shipments"] = {{"data", shipments}, {"links", Json::array()}, {"complete", true}};
    j["createdDate"] = toStd(isoUtc(o.createdMSecs));
    j["updatedDate"] = toStd(isoUtc(o.updatedMSecs));
    j["self"] = toStd(href(QStringLiteral("/orders/salesOrders/%1").arg(o.id)));
    return j;
}

SimResponse DeposcoService::salesOrders(const SimRequest& request, const QStringList& seg)
{
    auto& orders = m_world->salesOrders();
    if (seg.isEmpty() && request.method == "POST")
        return createSalesOrders(request);
    if (seg.isEmpty() && request.method == "GET") {
        const QString number = request.queryValue(QStringLiteral("number"));
        const QString customerNumber = request.queryValue(QStringLiteral("customer_order_number"));
        const QStringList statuses = request.queryValue(QStringLiteral("order_status")).split(u',', Qt::SkipEmptyParts);
        const auto updatedAfter = parseIso(request.queryValue(QStringLiteral("updated_after")));
        const auto createdAfter = parseIso(request.queryValue(QStringLiteral("created_after")));
        if ((request.hasQuery(QStringLiteral("updated_after")) && !updatedAfter)
            || (request.hasQuery(QStringLiteral("created_after")) && !createdAfter))
            return deposcoError(400, QStringLiteral("updated_after and created_after must be ISO-8601 date-times."));
        QList<qint64> ids;
        for (qsizetype i = orders.size() - 1; i >= 0; --i) { // newest (highest id) first
            const SalesOrder& o = orders.at(i);
            if ((!number.isEmpty() && o.number != number) || (!customerNumber.isEmpty() && o.customerOrderNumber != customerNumber)
                || (!statuses.isEmpty() && !statuses.contains(o.status)) || (updatedAfter && o.updatedMSecs <= *updatedAfter)
                || (createdAfter && o.createdMSecs <= *createdAfter))
                continue;
            ids.append(o.id);
        }
        return collection(request, ids, 25, [this](qint64 id) { return salesOrderJson(m_world->findSalesOrder(id)); });
    }
    const int index = m_world->findSalesOrder(seg.first().toLongLong());
    if (index < 0)
        return deposcoError(404, QStringLiteral("Sales order %1 not found.").arg(seg.first()));
    if (seg.size() == 1 && request.method == "GET")
        return SimResponse::json(200, salesOrderJson(index));
    const QString sub = seg.value(1);
    if (sub == QStringLiteral("orderLines") && request.method == "GET") {
        const SalesOrder& o = orders.at(index);
        if (seg.size() == 3) {
            for (const auto& line : o.lines) {
                if (QString::number(line.id) == seg.at(2))
                    return SimResponse::json(200, lineJson(o, line));
            }
            return deposcoError(404, QStringLiteral("Order line %1 not found.").arg(seg.at(2)));
        }
        QList<qint64> ids;
        for (qsizetype i = o.lines.size() - 1; i >= 0; --i)
            ids.append(o.lines.at(i).id);
        const qint64 orderId = o.id;
        return collection(request, ids, 25, [this, orderId](qint64 lineId) {
            const SalesOrder& so = m_world->salesOrders().at(m_world->findSalesOrder(orderId));
            for (const auto& line : so.lines) {
                if (line.id == lineId)
                    return lineJson(so, line);
            }
            return Json(nullptr);
        });
    }
    if (sub == QStringLiteral("status") && request.method == "GET")
        return SimResponse::json(200, Json{{"orderStatus", toStd(orders.at(index).status)}});
    const auto body = request.jsonBody();
    if ((sub == QStringLiteral("status") || sub == QStringLiteral("cancellations")) && request.method == "POST") {
        if (!body || !body->is_object())
            return deposcoError(400, QStringLiteral("The request body is not valid JSON."));
        Status done;
        if (sub == QStringLiteral("status")) {
            done = m_world->moveSalesOrder(index, textOf(*body, {"orderStatus"}));
        } else {
            QList<QPair<qint64, int>> quantities;
            for (const auto& line : body->value("orderLines", Json::array())) {
                const qint64 lineId = textOf(line, {"orderLine", "id"}).toLongLong();
                quantities.append({lineId, line.value("canceledPackQuantity", 0)});
            }
            done = m_world->cancelSalesOrder(index, quantities);
        }
        if (!done)
            return deposcoError(400, done.error().message);
        return SimResponse::json(200, salesOrderJson(index));
    }
    return deposcoError(405, QStringLiteral("Method not allowed."));
}

SimResponse DeposcoService::createSalesOrders(const SimRequest& request)
{
    const auto body = request.jsonBody();
    if (!body)
        return deposcoError(400, QStringLiteral("The request body is not valid JSON."));
    const bool many = body->is_array() || (body->is_object() && body->contains("data"));
    const Json list = body->is_array() ? *body : body->is_object() && body->contains("data") ? body->at("data") : Json::array({*body});
    QList<SalesOrder> created;
    for (const auto& in : list) {
        if (!in.is_object())
            return deposcoError(400, QStringLiteral("A sales order must be an object."));
        SalesOrder o;
        o.number = textOf(in, {"number"});
        o.customerOrderNumber = textOf(in, {"customerOrderNumber"});
        o.orderSource = textOf(in, {"orderSource"});
        o.shipVendor = textOf(in, {"shipVendor"});
        o.shipMethod = textOf(in, {"shipMethod"});
        o.facility = textOf(in, {"shipFromFacility", "businessKey", "number"});
        if (o.facility.isEmpty())
            o.facility = textOf(in, {"shipFromFacility", "number"});
        const QString bu = textOf(in, {"businessUnit"});
        if (!bu.isEmpty() && bu != m_world->scenario().wms.businessUnit)
            return deposcoError(400, QStringLiteral("Business unit '%1' does not exist.").arg(bu));
        bool knownFacility = o.facility.isEmpty();
        for (const auto& f : m_world->scenario().facilities)
            knownFacility = knownFacility || f.number == o.facility;
        if (!knownFacility)
            return deposcoError(400, QStringLiteral("Facility '%1' does not exist.").arg(o.facility));
        const Json lines = in.contains("orderLines") && in.at("orderLines").is_object() ? in.at("orderLines").value("data", Json::array())
                                                                                       : in.value("orderLines", Json::array());
        if (!lines.is_array() || lines.empty())
            return deposcoError(400, QStringLiteral("A sales order needs at least one order line."));
        for (const auto& l : lines) {
            SalesOrderLine line;
            line.item = textOf(l, {"item", "businessKey", "number"});
            if (line.item.isEmpty())
                line.item = textOf(l, {"item", "number"});
            if (line.item.isEmpty())
                line.item = textOf(l, {"itemNumber"});
            line.orderQty = l.value("orderPackQuantity", 0);
            line.customerLineNumber = textOf(l, {"customerLineNumber"});
            line.unitPrice = textOf(l, {"unitPrice"});
            if (line.orderQty <= 0)
                return deposcoError(400, QStringLiteral("orderPackQuantity must be positive."));
            if (m_world->findItem(line.item) < 0)
                return deposcoError(400, QStringLiteral("Item '%1' does not exist in business unit %2.").arg(line.item, m_world->scenario().wms.businessUnit));
            o.lines.append(line);
        }
        for (auto it = in.begin(); it != in.end(); ++it) {
            static const QStringList kOwn = {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("orderLines"),
                QStringLiteral("orderStatus"), QStringLiteral("customerOrderNumber"), QStringLiteral("orderSource"),
                QStringLiteral("shipVendor"), QStringLiteral("shipMethod"), QStringLiteral("shipFromFacility")};
            if (!kOwn.contains(fromStd(it.key())))
                o.extra[it.key()] = it.value();
        }
        created.append(o);
    }
    // No idempotency, as the real API: the same customer order posted twice makes two sales orders.
    Json out = Json::array();
    for (const auto& o : std::as_const(created))
        out.push_back(salesOrderJson(m_world->addSalesOrder(o)));
    if (many)
        return SimResponse::json(201, Json{{"data", out}, {"links", Json::array()}, {"complete", true}});
    return SimResponse::json(201, out.at(0));
}

Json DeposcoService::shipmentJson(int index) const
{
    const OutboundShipment& s = m_world->shipments().at(index);
    Json lines = Json::array();
    for (const auto& l : s.lines) {
        const int item = m_world->findItem(l.item);
        lines.push_back({{"id", l.id}, {"orderLine", ref("orders/salesOrders/orderLines", l.orderLineId, Json::object())},
            {"item", ref("items", item >= 0 ? m_world->items().at(item).id : 0, Json{{"number", toStd(l.item)}})},
            {"orderPackQuantity", l.orderQty}, {"shippedPackQuantity", l.shippedQty}, {"canceledPackQuantity", 0},
            {"shortagePackQuantity", 0}});
    }
    return {{"id", s.id}, {"number", toStd(s.number)}, {"status", toStd(s.status)},
        {"orderHeaders", Json::array({ref("orders/salesOrders", s.salesOrderId,
                             Json{{"number", toStd(s.orderNumber)}, {"businessUnit", toStd(m_world->scenario().wms.businessUnit)}})})},
        {"customerOrderNumber", toStd(s.customerOrderNumber)}, {"trackingNumber", toStd(s.trackingNumber)},
        {"trackingUrl", toStd(s.trackingUrl)}, {"shipVia", toStd(s.shipVendor + u' ' + s.shipMethod)},
        {"shipVendor", toStd(s.shipVendor)}, {"shipMethod", toStd(s.shipMethod)},
        {"shipmentDates", {{"createdDate", toStd(isoUtc(s.createdMSecs))},
                              {"shipDate", s.shippedMSecs < 0 ? Json(nullptr) : Json(toStd(isoUtc(s.shippedMSecs)))}}},
        {"totalPackages", 1}, {"shipmentLines", {{"data", lines}, {"links", Json::array()}, {"complete", true}}},
        {"createdDate", toStd(isoUtc(s.createdMSecs))}, {"updatedDate", toStd(isoUtc(s.updatedMSecs))},
        {"self", toStd(href(QStringLiteral("/shipments/outboundShipments/%1").arg(s.id)))}};
}

SimResponse DeposcoService::shipments(const SimRequest& request, const QStringList& seg)
{
    const auto& all = m_world->shipments();
    const auto indexOf = [&all](qint64 id) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).id == id)
                return static_cast<int>(i);
        }
        return -1;
    };
    if (seg.isEmpty() && request.method == "GET") {
        const QString number = request.queryValue(QStringLiteral("shipment_number"));
        const QString orderNumber = request.queryValue(QStringLiteral("order_number"));
        const QString customerNumber = request.queryValue(QStringLiteral("customer_order_number"));
        const auto updatedAfter = parseIso(request.queryValue(QStringLiteral("updated_after")));
        QList<qint64> ids;
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const auto& s = all.at(i);
            if ((!number.isEmpty() && s.number != number) || (!orderNumber.isEmpty() && s.orderNumber != orderNumber)
                || (!customerNumber.isEmpty() && s.customerOrderNumber != customerNumber)
                || (updatedAfter && s.updatedMSecs <= *updatedAfter))
                continue;
            ids.append(s.id);
        }
        return collection(request, ids, 50, [this, indexOf](qint64 id) { return shipmentJson(indexOf(id)); });
    }
    const int index = indexOf(seg.first().toLongLong());
    if (index < 0)
        return deposcoError(404, QStringLiteral("Outbound shipment %1 not found.").arg(seg.first()));
    return SimResponse::json(200, shipmentJson(index));
}

Json DeposcoService::itemJson(int index) const
{
    const WmsItem& item = m_world->items().at(index);
    Json j = {{"id", item.id}, {"number", toStd(item.number)}, {"name", toStd(item.name)},
        {"shortDescription", toStd(item.name)},
        {"packs", Json::array({{{"type", "Each"}, {"quantity", 1}, {"weight", 0.4}}})}, {"upcs", Json::array()},
        {"unitPrice", toStd(Money::fromMinor(item.priceMinor, m_world->scenario().currency).toDecimalString())},
        {"inventoryTrackingEnabled", item.components.isEmpty()}, {"shippable", true}, {"salesEnabledFlag", true},
        {"lotTrackingEnabled", false}, {"isKit", !item.components.isEmpty()}, {"createdDate", toStd(isoUtc(item.createdMSecs))},
        {"self", toStd(href(QStringLiteral("/items/%1").arg(item.id)))}};
    return j;
}

SimResponse DeposcoService::items(const SimRequest& request, const QStringList& seg)
{
    const auto& all = m_world->items();
    const bool kits = seg.first() == QStringLiteral("kitHeaders");
    if (seg.size() == 1 && request.method == "GET") {
        const QString number = request.queryValue(kits ? QStringLiteral("item_number") : QStringLiteral("number"));
        const QString name = request.queryValue(QStringLiteral("name"));
        QList<qint64> ids;
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const auto& item = all.at(i);
            if ((kits && item.components.isEmpty()) || (!number.isEmpty() && item.number != number)
                || (!name.isEmpty() && !item.name.contains(name, Qt::CaseInsensitive)))
                continue;
            ids.append(item.id);
        }
        return collection(request, ids, 50, [this, kits](qint64 id) {
            const int index = m_world->findItemById(id);
            if (!kits)
                return itemJson(index);
            const WmsItem& item = m_world->items().at(index);
            Json components = Json::array();
            for (const auto& part : item.components) {
                const int partIndex = m_world->findItem(part.sku);
                components.push_back({{"item", ref("items", m_world->items().at(partIndex).id, Json{{"number", toStd(part.sku)}})},
                    {"quantity", part.quantity}});
            }
            return Json{{"id", id}, {"item", ref("items", id, Json{{"number", toStd(item.number)}})}, {"kitLines", components}};
        });
    }
    const int index = m_world->findItemById(seg.value(1).toLongLong());
    if (index < 0 || request.method != "GET")
        return deposcoError(404, QStringLiteral("Item %1 not found.").arg(seg.value(1)));
    return SimResponse::json(200, itemJson(index));
}

SimResponse DeposcoService::atp(const SimRequest& request)
{
    const QString item = request.queryValue(QStringLiteral("itemNumber"));
    const QString facility = request.queryValue(QStringLiteral("facilityNumber"));
    Json out = Json::array();
    for (const auto& i : m_world->items()) {
        if (!item.isEmpty() && i.number != item)
            continue;
        int total = 0;
        Json perFacility = Json::array();
        for (const auto& f : m_world->scenario().facilities) {
            if (!facility.isEmpty() && f.number != facility)
                continue;
            const int n = m_world->availableToPromise(i.number, f.number);
            total += n;
            perFacility.push_back({{"facilityNumber", toStd(f.number)}, {"availableToPromise", n},
                {"onHand", i.components.isEmpty() ? m_world->onHand(i.number, f.number) : n}});
        }
        out.push_back({{"itemNumber", toStd(i.number)}, {"businessUnit", toStd(m_world->scenario().wms.businessUnit)},
            {"totalAvailableToPromise", total}, {"facilities", perFacility}});
    }
    if (!item.isEmpty() && out.empty())
        return deposcoError(404, QStringLiteral("Item '%1' not found.").arg(item));
    return SimResponse::json(200, out);
}

} // namespace lockstep::core::sim
