// SPDX-License-Identifier: GPL-3.0-or-later
#include "deposco_service.h"

#include "domain/money.h"
#include "ledger.h"
#include "world.h"

#include <algorithm>
#include <climits>

namespace lockstep::core::sim {

namespace {

const QString kApi = QStringLiteral("/latest");
constexpr int kMaxPageSize = 100; // the SDK's check for items, kits, shipments (lib/Api/*.php)
constexpr int kMaxSalesOrderPageSize = 50; // the SDK's check for sales orders and their lines, and customer returns
constexpr int kNestedLines = 10; // nested line collections are capped (integrator observation)
constexpr int kNameLimit = 30; // "shipToContact.lastName size must be between 0 and 30" (integrator observation)

/// Sales order statuses in which the order may still be changed by a POST (SDK: edits up to Back Ordered).
bool editable(const QString& status)
{
    static const QStringList kEditable = {QStringLiteral("Draft"),
        QStringLiteral("New"),
        QStringLiteral("Hold"),
        QStringLiteral("Ready for Fulfillment"),
        QStringLiteral("Wave Built"),
        QStringLiteral("Back Ordered")};
    return kEditable.contains(status);
}

/// A nested collection as the models have it: `{links, complete, pages, data}`.
Json nested(Json data, bool complete = true, Json links = Json::array())
{
    const int pages = complete ? 1 : 2;
    return {{"links", std::move(links)}, {"complete", complete}, {"pages", pages}, {"data", std::move(data)}};
}

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

/// The ids getSalesOrders and getCustomerReturns select by their filters (`number`, `orderStatus` as a list,
/// `updatedAfter`, `createdAfter`; lib/Api/*.php), newest (highest id) first. Any other parameter is ignored, as a
/// server does: there is no filter on customerOrderNumber.
template <typename Record> Result<QList<qint64>> selectOrders(const SimRequest& request, const QList<Record>& records)
{
    const QString number = request.queryValue(QStringLiteral("number"));
    const QStringList statuses = request.queryValue(QStringLiteral("orderStatus")).split(u',', Qt::SkipEmptyParts);
    const auto updatedAfter = parseIso(request.queryValue(QStringLiteral("updatedAfter")));
    const auto createdAfter = parseIso(request.queryValue(QStringLiteral("createdAfter")));
    if ((request.hasQuery(QStringLiteral("updatedAfter")) && !updatedAfter)
        || (request.hasQuery(QStringLiteral("createdAfter")) && !createdAfter))
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("updatedAfter and createdAfter must be ISO-8601 date-times."));
    QList<qint64> ids;
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const Record& o = records.at(i);
        if ((!number.isEmpty() && o.number != number) || (!statuses.isEmpty() && !statuses.contains(o.status))
            || (updatedAfter && o.updatedMSecs <= *updatedAfter) || (createdAfter && o.createdMSecs <= *createdAfter))
            continue;
        ids.append(o.id);
    }
    return ids;
}

/// The lines of a create body, `orderLines: {data: [...]}` as the models wrap them; null when there are none.
const Json* orderLinesOf(const Json& body)
{
    const Json* lines =
        body.contains("orderLines") && body.at("orderLines").is_object() && body.at("orderLines").contains("data")
        ? &body.at("orderLines").at("data")
        : nullptr;
    return lines && lines->is_array() && !lines->empty() ? lines : nullptr;
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
{}

SimResponse DeposcoService::serverError(int status) const
{
    return deposcoError(
        status, status == 503 ? QStringLiteral("Service Unavailable") : QStringLiteral("Internal Server Error"));
}

SimResponse DeposcoService::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = SimResponse::empty(429); // observed: empty body
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

std::optional<SimResponse> DeposcoService::concurrentUpdate(const SimRequest& request) const
{
    // Records collide; the token endpoint issues tokens and has no record to lock.
    if (!request.path.startsWith(kApi + u'/'))
        return std::nullopt;
    return deposcoError(409,
        QStringLiteral("The resource was updated by a concurrent request. Please retry when the "
                       "resource is not in use."));
}

QString DeposcoService::href(const QString& path) const
{
    return m_baseUrl.toString() + kApi + path;
}

Json DeposcoService::ref(const char* kind, qint64 id, const Json& businessKey) const
{
    return {{"id", id},
        {"businessKey", businessKey},
        {"href", toStd(href(QStringLiteral("/%1/%2").arg(QString::fromLatin1(kind)).arg(id)))}};
}

QList<Facility> DeposcoService::facilities() const
{
    QList<Facility> all = m_world->scenario().facilities;
    for (const QString& store : m_world->scenario().pos.storeFacilities)
        all.append({store, QStringLiteral("Store ") + store});
    return all;
}

Json DeposcoService::facilityRef(const QString& number) const
{
    const auto all = facilities();
    const auto at = std::find_if(all.begin(), all.end(), [&number](const Facility& f) { return f.number == number; });
    return ref("facilities", 900001 + std::distance(all.begin(), at), Json{{"number", toStd(number)}});
}

bool DeposcoService::isFacility(const QString& number) const
{
    const auto all = facilities();
    return std::any_of(all.begin(), all.end(), [&number](const Facility& f) { return f.number == number; });
}

Json DeposcoService::itemRef(const QString& number) const
{
    const int index = m_world->findItem(number);
    return ref("items", index >= 0 ? m_world->items().at(index).id : 0, Json{{"number", toStd(number)}});
}

Json DeposcoService::businessUnitRef() const
{
    return {{"id", 100001},
        {"businessKey", {{"code", toStd(m_world->scenario().wms.businessUnit)}}},
        {"href", toStd(href(QStringLiteral("/companies/100001")))}};
}

SimResponse DeposcoService::handle(const SimRequest& request)
{
    if (request.path == QStringLiteral("/oauth2/token"))
        return token(request);
    const bool basicOk = request.basicAuth() == QPair<QString, QString>{m_clientId, m_clientSecret};
    if (request.path == QStringLiteral("/ctrl/getRestfulATP")) { // legacy API: HTTP Basic only
        if (!basicOk)
            return deposcoError(401, QStringLiteral("Unauthorized"));
        return atp(request);
    }
    const QStringList seg = request.segmentsAfter(kApi);
    if (!request.path.startsWith(kApi + u'/') || seg.isEmpty())
        return deposcoError(404, QStringLiteral("Resource not found"));
    if (!m_tokens.isValid(request.bearerToken()))
        return deposcoError(401, QStringLiteral("Access token is missing, invalid or expired."));
    const QString bu = request.queryValue(QStringLiteral("businessUnit"));
    if (!bu.isEmpty() && bu != m_world->scenario().wms.businessUnit)
        return deposcoError(400, QStringLiteral("Business unit '%1' is not accessible to this application.").arg(bu));
    if (seg.first() == QStringLiteral("orders") && seg.value(1) == QStringLiteral("salesOrders"))
        return salesOrders(request, seg.mid(2));
    if (seg.first() == QStringLiteral("orders") && seg.value(1) == QStringLiteral("customerReturns"))
        return customerReturns(request, seg.mid(2));
    if (seg.first() == QStringLiteral("shipments") && seg.value(1) == QStringLiteral("outboundShipments"))
        return shipments(request, seg.mid(2));
    if (seg.first() == QStringLiteral("items") || seg.first() == QStringLiteral("kitHeaders"))
        return items(request, seg);
    if (seg.first() == QStringLiteral("locations") && seg.size() == 1 && request.method == "GET")
        return locations(request);
    if (seg.first() == QStringLiteral("inventory"))
        return inventory(request, seg.mid(1));
    if (seg.first() == QStringLiteral("facilities") && request.method == "GET") {
        QList<qint64> ids;
        const auto all = facilities();
        const QString number = request.queryValue(QStringLiteral("number"));
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            if (number.isEmpty() || all.at(i).number == number)
                ids.append(900001 + i);
        }
        return collection(request, ids, 50, [this, all](qint64 id) {
            const Facility& f = all.at(id - 900001);
            return Json{{"self", ref("facilities", id, Json{{"number", toStd(f.number)}})},
                {"businessUnit", businessUnitRef()},
                {"number", toStd(f.number)},
                {"name", toStd(f.name)},
                {"type", "Warehouse"},
                {"isVirtual", false},
                {"timeZone", "Europe/Amsterdam"}, // the model's TimeZone enum names no bare "UTC"
                {"enableShipToCustomer", true}};
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
        return SimResponse::json(
            401, Json{{"error", "invalid_client"}, {"error_description", "Client authentication failed."}});
    if (grant == QStringLiteral("refresh_token") && form.queryItemValue(QStringLiteral("refresh_token")).isEmpty())
        return SimResponse::json(
            400, Json{{"error", "invalid_grant"}, {"error_description", "refresh_token is required."}});
    if (grant != QStringLiteral("client_credentials") && grant != QStringLiteral("refresh_token"))
        return SimResponse::json(400, Json{{"error", "unsupported_grant_type"}});
    // Refresh tokens rotate: a refresh answers a new one and the one presented is spent (RFC 6749 §6 lets a
    // server do so, and a client must then keep the new one). The first presented is the installed app's.
    if (grant == QStringLiteral("refresh_token")) {
        const QString presented = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        if (!m_refreshToken.isEmpty() && presented != m_refreshToken)
            return SimResponse::json(
                400, Json{{"error", "invalid_grant"}, {"error_description", "Invalid refresh token."}});
        m_refreshToken = m_tokens.issue();
        m_ledger->count(QStringLiteral("wms.refresh_tokens_rotated"));
    }
    Json answer = {{"access_token", toStd(m_tokens.issue())},
        {"token_type", "Bearer"},
        {"expires_in", 3600},
        {"scope", "orders/read orders/write shipments/read items/read"}};
    if (grant == QStringLiteral("refresh_token"))
        answer["refresh_token"] = toStd(m_refreshToken);
    return SimResponse::json(200, answer);
}

SimResponse DeposcoService::collection(const SimRequest& request,
    const QList<qint64>& newestFirst,
    int defaultPageSize,
    const std::function<Json(qint64)>& render,
    int maxPageSize)
{
    QString searchId = request.queryValue(QStringLiteral("searchId"));
    Search search;
    if (!searchId.isEmpty()) {
        if (!m_searches.contains(searchId))
            return deposcoError(400, QStringLiteral("Unknown or expired searchId '%1'.").arg(searchId));
        search = m_searches.value(searchId);
    } else {
        bool ok = true;
        search.pageSize = request.hasQuery(QStringLiteral("pageSize"))
            ? request.queryValue(QStringLiteral("pageSize")).toInt(&ok)
            : defaultPageSize;
        if (!ok || search.pageSize < 1 || search.pageSize > maxPageSize)
            return deposcoError(400, QStringLiteral("pageSize must be between 1 and %1.").arg(maxPageSize));
        search.ids = newestFirst;
        searchId = QStringLiteral("s%1").arg(m_nextSearch++);
        m_searches.insert(searchId, search);
    }
    const int page = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
    const int pages = std::max(1, static_cast<int>((search.ids.size() + search.pageSize - 1) / search.pageSize));
    Json data = Json::array();
    for (qsizetype i = static_cast<qsizetype>(page - 1) * search.pageSize;
         i < std::min<qsizetype>(search.ids.size(), static_cast<qsizetype>(page) * search.pageSize);
         ++i)
        data.push_back(render(search.ids.at(i)));
    Json links = Json::array();
    const bool complete = page >= pages;
    if (!complete) {
        QUrl next = m_baseUrl;
        next.setPath(request.path);
        next.setQuery(QStringLiteral("searchId=%1&page=%2").arg(searchId).arg(page + 1));
        links.push_back({{"rel", "next"}, {"href", toStd(next.toString())}});
    }
    return SimResponse::json(200, Json{{"data", data}, {"links", links}, {"complete", complete}, {"pages", pages}});
}

Json DeposcoService::lineJson(const SalesOrder& order, const SalesOrderLine& line) const
{
    const bool backOrdered =
        line.unallocated() > 0 && order.status != QStringLiteral("New") && order.status != QStringLiteral("Canceled");
    Json j = {
        {"self", ref("orders/salesOrders/orderLines", line.id, Json{{"lineNumber", std::to_string(line.lineNumber)}})},
        {"businessUnit", businessUnitRef()},
        {"lineNumber", std::to_string(line.lineNumber)},
        {"customerLineNumber", toStd(line.customerLineNumber)},
        {"orderHeader", ref("orders/salesOrders", order.id, Json{{"number", toStd(order.number)}})},
        {"item", itemRef(line.item)},
        {"pack", {{"businessKey", {{"item.number", toStd(line.item)}, {"quantity", 1}}}}},
        {"orderPackQuantity", line.orderQty},
        {"canceledPackQuantity", line.canceledQty},
        {"allocatedQuantity", line.allocatedQty},
        {"unallocatedQuantity", std::max(0, line.unallocated())},
        {"pickedPackQuantity", line.pickedQty},
        {"shortagePackQuantity", backOrdered ? line.unallocated() : 0},
        {"shippedPackQuantity", line.shippedQty},
        {"returnedPackQuantity", 0},
        {"isBackOrdered", backOrdered ? Json("Insufficient Inventory") : Json(nullptr)}, // a reason code (assumed text)
        {"preallocated", false},
        {"orderLineStatus", toStd(line.status)}};
    if (line.unitPrice.is_number())
        j["unitPrice"] = line.unitPrice;
    return j;
}

Json DeposcoService::salesOrderJson(int index) const
{
    const SalesOrder& o = m_world->salesOrders().at(index);
    Json lines = Json::array();
    for (qsizetype i = 0; i < std::min<qsizetype>(o.lines.size(), kNestedLines); ++i)
        lines.push_back(lineJson(o, o.lines.at(i)));
    Json shipments = Json::array();
    for (const auto& s : m_world->shipments()) {
        if (s.salesOrderId == o.id)
            shipments.push_back(ref("shipments/outboundShipments", s.id, Json{{"number", toStd(s.number)}}));
    }
    Json j = o.extra;
    j["self"] = ref("orders/salesOrders", o.id, Json{{"number", toStd(o.number)}});
    j["businessUnit"] = businessUnitRef();
    j["number"] = toStd(o.number);
    j["type"] = "Sales Order";
    j["orderStatus"] = toStd(o.status);
    j["customerOrderNumber"] = toStd(o.customerOrderNumber);
    j["orderSource"] = toStd(o.orderSource);
    if (!o.shipVendor.isEmpty()) // the model's plain strings and dates are not nullable: absent when unknown
        j["shipVendor"] = toStd(o.shipVendor);
    if (!o.shipMethod.isEmpty())
        j["shipMethod"] = toStd(o.shipMethod);
    if (o.actualShipMSecs >= 0)
        j["actualShipDate"] = toStd(isoUtc(o.actualShipMSecs));
    j["shipFromFacility"] = facilityRef(o.facility);
    // Capped like the real nested collections: no next link (the integrator found none), read /orderLines.
    j["orderLines"] = nested(lines, o.lines.size() <= kNestedLines);
    j["shipments"] = nested(shipments);
    j["createdDate"] = toStd(isoUtc(o.createdMSecs));
    j["updatedDate"] = toStd(isoUtc(o.updatedMSecs));
    return j;
}

SimResponse DeposcoService::salesOrders(const SimRequest& request, const QStringList& seg)
{
    auto& orders = m_world->salesOrders();
    if (seg.isEmpty() && request.method == "POST")
        return createSalesOrders(request);
    if (seg.isEmpty() && request.method == "GET") {
        const auto ids = selectOrders(request, orders);
        if (!ids.ok())
            return deposcoError(400, ids.error().message);
        return collection(
            request,
            ids.value(),
            25,
            [this](qint64 id) { return salesOrderJson(m_world->findSalesOrder(id)); },
            kMaxSalesOrderPageSize);
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
        return collection(
            request,
            ids,
            25,
            [this, orderId](qint64 lineId) {
                const SalesOrder& so = m_world->salesOrders().at(m_world->findSalesOrder(orderId));
                for (const auto& line : so.lines) {
                    if (line.id == lineId)
                        return lineJson(so, line);
                }
                return Json(nullptr);
            },
            kMaxSalesOrderPageSize);
    }
    if (sub == QStringLiteral("status") && request.method == "GET")
        return SimResponse::json(200, Json{{"orderStatus", toStd(orders.at(index).status)}});
    const auto body = request.jsonBody();
    if ((sub == QStringLiteral("status") || sub == QStringLiteral("cancellations")) && request.method == "POST") {
        Status done;
        if (sub == QStringLiteral("status")) {
            // postSalesOrderStatus: the new status is the query parameter `value` (lib/Api/SalesOrdersApi.php).
            done = m_world->moveSalesOrder(index, request.queryValue(QStringLiteral("value")));
        } else {
            if (!body || !body->is_object())
                return deposcoError(400, QStringLiteral("The request body is not valid JSON."));
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
    // postSalesOrders: one SalesOrderDTO, "create or update" by `number` (docs/Api/SalesOrdersApi.md); 201 when
    // created, 200 when updated; an update past Back Ordered is refused.
    const auto body = request.jsonBody();
    if (auto refused = createRefusal(body, QStringLiteral("sales order")))
        return *refused;
    const Json& in = *body;
    SalesOrder o;
    o.number = textOf(in, {"number"});
    for (const char* required : {"shipToContact", "shipToAddress"}) {
        if (!in.contains(required) || !in.at(required).is_object())
            return deposcoError(400, QStringLiteral("%1 must not be null.").arg(QLatin1String(required)));
    }
    for (const char* name : {"firstName", "lastName"}) {
        if (textOf(in, {"shipToContact", name}).size() > kNameLimit)
            return deposcoError(400,
                QStringLiteral("salesOrder.shipToContact.%1 size must be between 0 and %2")
                    .arg(QLatin1String(name))
                    .arg(kNameLimit));
    }
    o.customerOrderNumber = textOf(in, {"customerOrderNumber"});
    o.orderSource = textOf(in, {"orderSource"});
    o.shipVendor = textOf(in, {"shipVendor"});
    o.shipMethod = textOf(in, {"shipMethod"});
    o.facility = textOf(in, {"shipFromFacility", "businessKey", "number"});
    if (!o.facility.isEmpty() && !isFacility(o.facility))
        return deposcoError(400, QStringLiteral("Facility '%1' does not exist.").arg(o.facility));
    if (auto refused = linesRefusal(in, QStringLiteral("sales order")))
        return *refused;
    for (const auto& l : *orderLinesOf(in)) {
        SalesOrderLine line;
        line.item = textOf(l, {"item", "businessKey", "number"});
        line.orderQty = l.at("orderPackQuantity").get<int>();
        line.customerLineNumber = textOf(l, {"customerLineNumber"});
        line.unitPrice = l.value("unitPrice", Json());
        o.lines.append(line);
    }
    static const QStringList kOwn = {QStringLiteral("self"),
        QStringLiteral("businessUnit"),
        QStringLiteral("number"),
        QStringLiteral("orderLines"),
        QStringLiteral("orderStatus"),
        QStringLiteral("customerOrderNumber"),
        QStringLiteral("orderSource"),
        QStringLiteral("shipVendor"),
        QStringLiteral("shipMethod"),
        QStringLiteral("shipFromFacility"),
        QStringLiteral("shipments")};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!kOwn.contains(fromStd(it.key())))
            o.extra[it.key()] = it.value();
    }
    // The warehouse values an order from what it holds: a storefront fee (gift wrapping) is none of its lines, so the
    // planted `totals_differ` order's total at the WMS leaves the fee out (a totals mismatch for Lockstep to find).
    const int storefrontOrder = m_world->findOrderByNumber(o.customerOrderNumber);
    if (storefrontOrder >= 0 && o.extra.contains("orderTotal")) {
        const StorefrontOrder& placed = m_world->orders().at(storefrontOrder);
        if (placed.failure == PlannedFailure::TotalsDiffer && placed.feeMinor > 0) {
            const qint64 minor = placed.totalMinor() - placed.feeMinor;
            o.extra["orderTotal"] = Json::parse(
                QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')).toStdString());
        }
    }
    const int existing = m_world->findSalesOrderByNumber(o.number);
    if (existing >= 0) {
        SalesOrder& current = m_world->salesOrders()[existing];
        if (!editable(current.status))
            return deposcoError(400,
                QStringLiteral("Sales order %1 cannot be updated while in the status of %2.")
                    .arg(o.number, current.status));
        // Header data is replaced; the lines stay as they are (a quantity change is a cancellation or an addition).
        for (auto it = o.extra.begin(); it != o.extra.end(); ++it)
            current.extra[it.key()] = it.value();
        current.updatedMSecs = m_world->nowMSecs();
        m_ledger->count(QStringLiteral("wms.sales_orders_updated"));
        return SimResponse::json(200, salesOrderJson(existing));
    }
    return SimResponse::json(201, salesOrderJson(m_world->addSalesOrder(o)));
}

std::optional<SimResponse> DeposcoService::createRefusal(const std::optional<Json>& body, const QString& kind) const
{
    if (!body || !body->is_object())
        return deposcoError(400, QStringLiteral("The request body must be a %1 object.").arg(kind));
    const Json& in = *body;
    const QString bu = textOf(in, {"businessUnit", "businessKey", "code"});
    if (!in.contains("businessUnit") || !in.at("businessUnit").is_object() || bu.isEmpty())
        return deposcoError(400, QStringLiteral("businessUnit must not be null."));
    if (bu != m_world->scenario().wms.businessUnit)
        return deposcoError(400, QStringLiteral("Business unit '%1' does not exist.").arg(bu));
    if (textOf(in, {"number"}).isEmpty())
        return deposcoError(400, QStringLiteral("number must not be null."));
    return std::nullopt;
}

std::optional<SimResponse> DeposcoService::linesRefusal(const Json& body, const QString& kind) const
{
    const Json* lines = orderLinesOf(body);
    if (!lines)
        return deposcoError(400, QStringLiteral("A %1 needs at least one order line.").arg(kind));
    for (const auto& l : *lines) {
        if (textOf(l, {"lineNumber"}).isEmpty() || !l.contains("pack"))
            return deposcoError(400, QStringLiteral("orderLines.lineNumber and orderLines.pack must not be null."));
        const Json quantity = l.value("orderPackQuantity", Json());
        if (!quantity.is_number_integer() || quantity.get<qint64>() <= 0 || quantity.get<qint64>() > INT_MAX)
            return deposcoError(400, QStringLiteral("orderPackQuantity must be positive."));
        const QString item = textOf(l, {"item", "businessKey", "number"});
        if (m_world->findItem(item) < 0)
            return deposcoError(400,
                QStringLiteral("Item '%1' does not exist in business unit %2.")
                    .arg(item, m_world->scenario().wms.businessUnit));
    }
    return std::nullopt;
}

Json DeposcoService::customerReturnJson(int index) const
{
    const CustomerReturn& r = m_world->customerReturns().at(index);
    const Json header = ref("orders/customerReturns", r.id, Json{{"number", toStd(r.number)}});
    Json lines = Json::array();
    for (qsizetype i = 0; i < std::min<qsizetype>(r.lines.size(), kNestedLines); ++i) {
        const CustomerReturnLine& l = r.lines.at(i);
        lines.push_back(
            {{"self", ref("orders/customerReturns/orderLines", l.id, Json{{"lineNumber", toStd(l.lineNumber)}})},
                {"businessUnit", businessUnitRef()},
                {"lineNumber", toStd(l.lineNumber)},
                {"orderHeader", header},
                {"item", itemRef(l.item)},
                {"pack", {{"businessKey", {{"item.number", toStd(l.item)}, {"quantity", 1}}}}},
                {"orderPackQuantity", l.orderQty},
                {"canceledPackQuantity", 0},
                {"receivedPackQuantity", l.receivedQty},
                {"orderLineStatus", toStd(l.status)}});
    }
    Json j = {{"self", header},
        {"businessUnit", businessUnitRef()},
        {"number", toStd(r.number)},
        {"type", "Customer Return"},
        {"orderStatus", toStd(r.status)},
        {"orderSource", toStd(r.orderSource)},
        {"shipToFacility", facilityRef(r.facility)},
        {"orderLines", nested(lines, r.lines.size() <= kNestedLines)},
        {"createdDate", toStd(isoUtc(r.createdMSecs))},
        {"updatedDate", toStd(isoUtc(r.updatedMSecs))}};
    if (!r.customerOrderNumber.isEmpty()) // the model's plain strings are not nullable: absent when unknown
        j["customerOrderNumber"] = toStd(r.customerOrderNumber);
    if (!r.relatedOrderNumber.isEmpty())
        j["relatedOrderNumber"] = toStd(r.relatedOrderNumber);
    return j;
}

SimResponse DeposcoService::customerReturns(const SimRequest& request, const QStringList& seg)
{
    if (!seg.isEmpty()) // one return, its lines, status and cancellations are not served
        return deposcoError(404, QStringLiteral("Resource not found"));
    if (request.method == "POST")
        return createCustomerReturns(request);
    if (request.method != "GET")
        return deposcoError(405, QStringLiteral("Method not allowed."));
    // getCustomerReturns has the filters and page size limit of getSalesOrders (lib/Api/CustomerReturnsApi.php).
    const auto ids = selectOrders(request, m_world->customerReturns());
    if (!ids.ok())
        return deposcoError(400, ids.error().message);
    return collection(
        request,
        ids.value(),
        25,
        [this](qint64 id) { return customerReturnJson(m_world->findCustomerReturn(id)); },
        kMaxSalesOrderPageSize);
}

SimResponse DeposcoService::createCustomerReturns(const SimRequest& request)
{
    // postCustomerReturns: one CustomerReturnDTO, "create or update" (docs/Api/CustomerReturnsApi.md); known by
    // `number` as a sales order is (assumed: the documentation names no key). 201 created, 200 updated.
    const auto body = request.jsonBody();
    if (auto refused = createRefusal(body, QStringLiteral("customer return")))
        return *refused;
    const Json& in = *body;
    CustomerReturn r;
    r.number = textOf(in, {"number"});
    r.customerOrderNumber = textOf(in, {"customerOrderNumber"});
    r.relatedOrderNumber = textOf(in, {"relatedOrderNumber"});
    r.orderSource = textOf(in, {"orderSource"});
    // The model requires the facility that takes the goods in (`shipToFacility`, "can't be null").
    r.facility = textOf(in, {"shipToFacility", "businessKey", "number"});
    if (r.facility.isEmpty())
        return deposcoError(400, QStringLiteral("shipToFacility must not be null."));
    if (!isFacility(r.facility))
        return deposcoError(400, QStringLiteral("Facility '%1' does not exist.").arg(r.facility));
    if (auto refused = linesRefusal(in, QStringLiteral("customer return")))
        return *refused;
    for (const auto& l : *orderLinesOf(in)) {
        CustomerReturnLine line;
        line.lineNumber = textOf(l, {"lineNumber"});
        line.item = textOf(l, {"item", "businessKey", "number"});
        line.orderQty = l.at("orderPackQuantity").get<int>();
        r.lines.append(line);
    }
    const int existing = m_world->findCustomerReturnByNumber(r.number);
    if (existing < 0)
        return SimResponse::json(201, customerReturnJson(m_world->addCustomerReturn(r)));
    if (const Status updated = m_world->updateCustomerReturn(existing, r); !updated)
        return deposcoError(400, updated.error().message);
    return SimResponse::json(200, customerReturnJson(existing));
}

Json DeposcoService::shipmentJson(int index) const
{
    const OutboundShipment& s = m_world->shipments().at(index);
    Json lines = Json::array();
    for (const auto& l : s.lines) {
        lines.push_back({{"self", ref("shipments/outboundShipments/shipmentLines", l.id, Json::object())},
            {"number", std::to_string(l.id)},
            {"orderLine", ref("orders/salesOrders/orderLines", l.orderLineId, Json::object())},
            {"item", itemRef(l.item)},
            {"orderPackQuantity", l.orderQty},
            {"shippedPackQuantity", l.shippedQty},
            {"canceledPackQuantity", 0},
            {"shortagePackQuantity", 0}});
    }
    // The sales order is named by reference only (`orderHeaders`, docs/Model/BaseShipmentDTOOrderHeaders.md): a
    // client reads the order for its numbers.
    const Json orders =
        Json::array({ref("orders/salesOrders", s.salesOrderId, Json{{"number", toStd(s.orderNumber)}})});
    return {{"self", ref("shipments/outboundShipments", s.id, Json{{"number", toStd(s.number)}})},
        {"businessUnit", businessUnitRef()},
        {"number", toStd(s.number)},
        {"status", toStd(s.status)},
        {"orderHeaders", nested(orders)},
        {"trackingNumber", toStd(s.trackingNumber)},
        {"trackingUrl", toStd(s.trackingUrl)},
        {"shipVia", toStd(s.shipVendor + u' ' + s.shipMethod)},
        {"shipVendor", toStd(s.shipVendor)},
        {"shipMethod", toStd(s.shipMethod)},
        {"shipFromFacility", facilityRef(s.facility)},
        {"shipmentDates",
            s.shippedMSecs < 0 ? Json::object() : Json{{"actualShipDate", toStd(isoUtc(s.shippedMSecs))}}},
        {"totalPackages", 1},
        {"shipmentLines", nested(lines)},
        {"createdDate", toStd(isoUtc(s.createdMSecs))},
        {"updatedDate", toStd(isoUtc(s.updatedMSecs))}};
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
        // The filters of getOutboundShipments (lib/Api/OutboundShipmentsApi.php); others are ignored.
        const QString number = request.queryValue(QStringLiteral("shipmentNumber"));
        const QString orderNumber = request.queryValue(QStringLiteral("orderNumber"));
        const QString customerNumber = request.queryValue(QStringLiteral("customerOrderNumber"));
        const auto updatedAfter = parseIso(request.queryValue(QStringLiteral("updatedAfter")));
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

Json DeposcoService::kitHeaderJson(int index) const
{
    // KitHeaderDTO with KitDetailDTOs: the Output detail is the kit item, the Input details its components.
    const WmsItem& item = m_world->items().at(index);
    const auto detail = [this, &item](qint64 n, const char* type, const QString& sku, int quantity) {
        return Json{{"self", ref("kitHeaders/kitDetails", item.id * 100 + n, Json::object())},
            {"type", type},
            {"businessUnit", businessUnitRef()},
            {"kitHeader", ref("kitHeaders", item.id, Json{{"name", toStd(item.number)}})},
            {"item", itemRef(sku)},
            {"quantity", quantity},
            {"rank", n}};
    };
    Json details = Json::array({detail(0, "Output", item.number, 1)});
    qint64 n = 0;
    for (const auto& part : item.components)
        details.push_back(detail(++n, "Input", part.sku, part.quantity));
    return {{"self", ref("kitHeaders", item.id, Json{{"name", toStd(item.number)}})},
        {"name", toStd(item.number)},
        {"businessUnit", businessUnitRef()},
        {"kitUsage", "Sales"},
        {"kitDetails", nested(details)},
        {"createdDate", toStd(isoUtc(item.createdMSecs))}};
}

Json DeposcoService::itemJson(int index) const
{
    const WmsItem& item = m_world->items().at(index);
    return {{"self", ref("items", item.id, Json{{"number", toStd(item.number)}})},
        {"businessUnit", businessUnitRef()},
        {"number", toStd(item.number)},
        {"name", toStd(item.name)},
        {"shortDescription", toStd(item.name)},
        {"itemType", "Simple"},
        {"packs", Json::array({{{"type", "Each"}, {"quantity", 1}}})},
        {"unitPrice",
            Json::parse(toStd(Money::fromMinor(item.priceMinor, m_world->scenario().currency).toDecimalString()))},
        {"inventoryTrackingEnabled", item.components.isEmpty()},
        {"shippable", true},
        {"salesEnabledFlag", true},
        {"lotTrackingEnabled", false},
        {"createdDate", toStd(isoUtc(item.createdMSecs))}};
}

SimResponse DeposcoService::items(const SimRequest& request, const QStringList& seg)
{
    const auto& all = m_world->items();
    const bool kits = seg.first() == QStringLiteral("kitHeaders");
    if (seg.size() == 1 && request.method == "GET") {
        // getItems filters `number`, `name`; getKitHeaders only `name` (lib/Api/ItemsApi.php, KitsApi.php).
        const QString number = kits ? QString() : request.queryValue(QStringLiteral("number"));
        const QString name = request.queryValue(QStringLiteral("name"));
        QList<qint64> ids;
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const auto& item = all.at(i);
            const QString itemName =
                kits ? item.number : item.name; // a kit header is named after its kit item (assumed)
            if ((kits && item.components.isEmpty()) || (!number.isEmpty() && item.number != number)
                || (!name.isEmpty() && !itemName.contains(name, Qt::CaseInsensitive)))
                continue;
            ids.append(item.id);
        }
        return collection(request, ids, 50, [this, kits](qint64 id) {
            const int index = m_world->findItemById(id);
            if (!kits)
                return itemJson(index);
            return kitHeaderJson(index);
        });
    }
    if (kits && seg.size() == 3 && seg.at(2) == QStringLiteral("kitDetails") && request.method == "GET") {
        const int index = m_world->findItemById(seg.at(1).toLongLong());
        if (index < 0 || m_world->items().at(index).components.isEmpty())
            return deposcoError(404, QStringLiteral("Kit header %1 not found.").arg(seg.at(1)));
        const Json details = kitHeaderJson(index)["kitDetails"]["data"];
        return SimResponse::json(200, nested(details));
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
        for (const auto& f : facilities()) {
            if (!facility.isEmpty() && f.number != facility)
                continue;
            const int n = m_world->availableToPromise(i.number, f.number);
            total += n;
            perFacility.push_back({{"facilityNumber", toStd(f.number)},
                {"availableToPromise", n},
                {"onHand", i.components.isEmpty() ? m_world->onHand(i.number, f.number) : n}});
        }
        out.push_back({{"itemNumber", toStd(i.number)},
            {"businessUnit", toStd(m_world->scenario().wms.businessUnit)},
            {"totalAvailableToPromise", total},
            {"facilities", perFacility}});
    }
    if (!item.isEmpty() && out.empty())
        return deposcoError(404, QStringLiteral("Item '%1' not found.").arg(item));
    return SimResponse::json(200, out);
}

namespace {

/// Locations are numbered after their facility: the sales floor of facility 900001 + i is 910001 + i.
constexpr qint64 kFacilityIds = 900001;
constexpr qint64 kLocationIds = 910001;
const QString kSalesFloor = QStringLiteral("SALES-FLOOR");

} // namespace

SimResponse DeposcoService::locations(const SimRequest& request)
{
    // getLocations filters by facilityNumber and locator (lib/Api/LocationsApi.php); only the stores have a sales
    // floor here.
    const QString facility = request.queryValue(QStringLiteral("facilityNumber"));
    const QString locator = request.queryValue(QStringLiteral("locator"));
    const auto all = facilities();
    QList<qint64> ids;
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (!m_world->scenario().pos.storeFacilities.contains(all.at(i).number))
            continue;
        if ((facility.isEmpty() || all.at(i).number == facility) && (locator.isEmpty() || locator == kSalesFloor))
            ids.append(kLocationIds + i);
    }
    return collection(request, ids, 50, [this, all](qint64 id) {
        const Facility& f = all.at(id - kLocationIds);
        return Json{{"self", ref("locations", id, Json{{"number", toStd(kSalesFloor)}})},
            {"businessUnit", businessUnitRef()},
            {"facility", facilityRef(f.number)},
            {"number", toStd(kSalesFloor)},
            {"locator", toStd(kSalesFloor)},
            {"name", "Sales floor"},
            {"type", "Storage"},
            {"pickable", true}};
    });
}

SimResponse DeposcoService::inventory(const SimRequest& request, const QStringList& seg)
{
    const auto& moves = m_world->stockMoves();
    if (seg == QStringList{QStringLiteral("inventoryAdjustments")} && request.method == "GET") {
        const QString facility = request.queryValue(QStringLiteral("facilityNumber"));
        const QString item = request.queryValue(QStringLiteral("itemNumber"));
        const auto createdAfter = parseIso(request.queryValue(QStringLiteral("createdAfter")));
        if (request.hasQuery(QStringLiteral("createdAfter")) && !createdAfter)
            return deposcoError(400, QStringLiteral("createdAfter must be an ISO-8601 date-time."));
        QList<qint64> ids; // newest first, by id as the API sorts
        for (qsizetype i = moves.size() - 1; i >= 0; --i) {
            const StockMove& m = moves.at(i);
            if ((facility.isEmpty() || m.facility == facility) && (item.isEmpty() || m.item == item)
                && (!createdAfter || m.createdMSecs > *createdAfter))
                ids.append(i);
        }
        return collection(request, ids, 50, [this, &moves](qint64 index) {
            const StockMove& m = moves.at(index);
            Json j = {{"self", ref("inventory/inventoryAdjustments", m.id, Json{{"id", m.id}})},
                {"businessUnit", businessUnitRef()},
                {"facility", facilityRef(m.facility)},
                {"item", itemRef(m.item)},
                {"pack", ref("packs", 0, Json{{"item.number", toStd(m.item)}, {"quantity", 1}})},
                {"quantity", m.quantity},
                {"actionType", toStd(m.actionType)},
                {"inventoryStatus", "Sold"},
                {"createdDate", toStd(isoUtc(m.createdMSecs))}};
            if (!m.reasonCode.isEmpty())
                j["reasonCode"] = toStd(m.reasonCode);
            if (!m.customAttribute1.isEmpty())
                j["customAttribute1"] = toStd(m.customAttribute1);
            return j;
        });
    }
    // updateDiscreteInventory: /inventory/facilities/{facilityId}/locations/{locationId}/updates
    if (seg.size() != 5 || seg.at(0) != QStringLiteral("facilities") || seg.at(2) != QStringLiteral("locations")
        || seg.at(4) != QStringLiteral("updates"))
        return deposcoError(404, QStringLiteral("Resource not found"));
    if (request.method != "POST")
        return deposcoError(405, QStringLiteral("Method not allowed."));
    const auto all = facilities();
    const qint64 facilityIndex = seg.at(1).toLongLong() - kFacilityIds;
    const qint64 locationIndex = seg.at(3).toLongLong() - kLocationIds;
    if (facilityIndex < 0 || facilityIndex >= all.size())
        return deposcoError(404, QStringLiteral("Facility %1 not found.").arg(seg.at(1)));
    const QString facility = all.at(facilityIndex).number;
    if (locationIndex != facilityIndex || !m_world->scenario().pos.storeFacilities.contains(facility))
        return deposcoError(404, QStringLiteral("Location %1 not found in facility %2.").arg(seg.at(3), facility));
    const auto body = request.jsonBody();
    if (!body || !body->is_object())
        return deposcoError(400, QStringLiteral("The request body is not valid JSON."));
    const Json& in = *body;
    // Both parts are required by the model; the quantity of the modified inventory too.
    if (!in.contains("existingInventory") || !in.contains("modifiedInventory"))
        return deposcoError(400, QStringLiteral("existingInventory and modifiedInventory must not be null."));
    const Json& modified = in.at("modifiedInventory");
    if (!modified.is_object() || !modified.contains("quantity") || !modified.at("quantity").is_number_integer())
        return deposcoError(400, QStringLiteral("modifiedInventory.quantity must not be null."));
    const QString item = textOf(in, {"existingInventory", "item", "businessKey", "number"});
    const auto moved = m_world->moveStock(facility,
        item,
        modified.at("quantity").get<int>(),
        textOf(in, {"reasonCode"}),
        textOf(in, {"ledgerCustomAttribute1"}));
    if (!moved.ok())
        return deposcoError(400, moved.error().message);
    Json out = in;
    out["self"] = ref("inventory/updates", moves.at(moved.value()).id, Json{{"id", moves.at(moved.value()).id}});
    return SimResponse::json(200, out);
}

} // namespace lockstep::core::sim
