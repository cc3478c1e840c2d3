// SPDX-License-Identifier: GPL-3.0-or-later
#include "pos_service.h"

#include "world.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace lockstep::core::sim {

namespace {

constexpr int kCatalogPage = 100; // ListCatalog: "The page size is currently set to be 100"
constexpr int kMaxSearchLimit = 1000; // SearchOrdersRequest.limit: default 500, max 1000
constexpr int kDefaultSearchLimit = 500;
constexpr int kMaxSearchLocations = 10; // SearchOrdersRequest.location_ids: max 10
constexpr int kMaxCountsLimit = 1000; // BatchRetrieveInventoryCountsRequest.limit: 1..1000
constexpr int kDefaultCountsLimit = 100; // assumed: the spec gives no default
constexpr int kMaxChanges = 100; // BatchChangeInventoryRequest.changes: "Max size is 100 changes" (Square's SDK docs)
constexpr qint64 kCreatedBeforeClose = 2 * 60 * 1000; // a till sale is opened two minutes before it is paid

SimResponse squareError(
    int status, const char* category, const char* code, const QString& detail, const QString& field = {})
{
    Json e = {{"category", category}, {"code", code}, {"detail", toStd(detail)}};
    if (!field.isEmpty())
        e["field"] = toStd(field);
    return SimResponse::json(status, Json{{"errors", Json::array({e})}});
}

SimResponse badRequest(const char* code, const QString& detail, const QString& field = {})
{
    return squareError(400, "INVALID_REQUEST_ERROR", code, detail, field);
}

/// An id in Square's style (upper-case base 32), stable for the same text.
QString squareId(const QByteArray& text, int length)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kAlphabet[static_cast<unsigned char>(digest.at(i % digest.size())) % 32]);
    return out;
}

Json money(qint64 amount, const QString& currency)
{
    return Json{{"amount", amount}, {"currency", toStd(currency)}};
}

std::optional<QStringList> stringList(const Json& body, const char* key)
{
    if (!body.contains(key) || body.at(key).is_null())
        return QStringList();
    if (!body.at(key).is_array())
        return std::nullopt;
    QStringList out;
    for (const Json& v : body.at(key)) {
        if (!v.is_string())
            return std::nullopt;
        out << fromStd(v.get<std::string>());
    }
    return out;
}

/// The body fields an operation takes (its request model's properties); another name is refused as Square does.
std::optional<SimResponse> unknownField(const Json& body, std::initializer_list<const char*> known)
{
    if (!body.is_object())
        return badRequest("EXPECTED_JSON_BODY", QStringLiteral("The request body must be a JSON object."));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; }))
            return badRequest("UNKNOWN_BODY_PARAMETER", QStringLiteral("Unknown body parameter."), fromStd(it.key()));
    }
    return std::nullopt;
}

/// Opaque to clients: where the next page starts and the query's end time.
QByteArray encodeCursor(qint64 offset, qint64 end)
{
    return (QByteArray::number(offset) + ':' + QByteArray::number(end)).toBase64();
}

bool decodeCursor(const QString& cursor, qint64& offset, qint64& end)
{
    const QList<QByteArray> parts = QByteArray::fromBase64(cursor.toLatin1()).split(':');
    bool a = false;
    bool b = false;
    if (parts.size() == 2) {
        offset = parts.at(0).toLongLong(&a);
        end = parts.at(1).toLongLong(&b);
    }
    return a && b && offset >= 0;
}

} // namespace

PosService::PosService(World* world, QString accessToken)
    : m_world(world)
    , m_accessToken(std::move(accessToken))
{}

QString PosService::variationId(const QString& sku)
{
    return squareId("variation:" + sku.toUtf8(), 24);
}
QString PosService::itemId(const QString& sku)
{
    return squareId("item:" + sku.toUtf8(), 24);
}

QString PosService::skuOfVariation(const QString& id) const
{
    const auto& stock = m_world->posStock();
    for (auto it = stock.cbegin(); it != stock.cend(); ++it) {
        if (variationId(it.key().second) == id)
            return it.key().second;
    }
    return {};
}

SimResponse PosService::serverError(int status) const
{
    return squareError(status,
        "API_ERROR",
        status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR",
        QStringLiteral("The server is temporarily unavailable."));
}

SimResponse PosService::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = squareError(429, "RATE_LIMIT_ERROR", "RATE_LIMITED", QStringLiteral("Too many requests."));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

SimResponse PosService::handle(const SimRequest& request)
{
    if (request.bearerToken() != m_accessToken)
        return squareError(
            401, "AUTHENTICATION_ERROR", "UNAUTHORIZED", QStringLiteral("This request could not be authorized."));
    static const QRegularExpression kVersion(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QByteArray version = request.header("Square-Version");
    if (!version.isEmpty() && !kVersion.match(QString::fromLatin1(version)).hasMatch())
        return badRequest("INVALID_SQUARE_VERSION_FORMAT", QStringLiteral("Square-Version must be YYYY-MM-DD."));
    const QStringList seg = request.segmentsAfter(QStringLiteral("/v2"));
    const QString path = seg.join(u'/');
    if (request.method == "GET" && path == QLatin1String("locations"))
        return locations();
    if (request.method == "GET" && path == QLatin1String("catalog/list"))
        return catalogList(request);
    if (request.method == "GET" && seg.size() == 2 && seg.first() == QLatin1String("orders"))
        return retrieveOrder(seg.at(1));
    if (request.method == "POST") {
        const auto body = request.jsonBody();
        if (!body)
            return badRequest("EXPECTED_JSON_BODY", QStringLiteral("The request body is not JSON."));
        if (path == QLatin1String("orders/search"))
            return searchOrders(*body);
        if (path == QLatin1String("inventory/counts/batch-retrieve"))
            return countsBatchRetrieve(*body);
        if (path == QLatin1String("inventory/changes/batch-create"))
            return changesBatchCreate(*body);
    }
    return squareError(404, "INVALID_REQUEST_ERROR", "NOT_FOUND", QStringLiteral("No such resource."));
}

SimResponse PosService::locations() const
{
    Json out = Json::array();
    const Scenario& s = m_world->scenario();
    for (const QString& store : s.pos.stores) {
        out.push_back({{"id", toStd(store)},
            {"name", toStd(QStringLiteral("Store ") + store)},
            {"timezone", "Etc/UTC"},
            {"status", "ACTIVE"},
            {"created_at", toStd(isoUtc(s.startMSecs))},
            {"merchant_id", "MLOCKSTEPSANDBOX"},
            {"currency", toStd(s.currency)},
            {"business_name", "Lockstep sandbox"},
            {"type", "PHYSICAL"}});
    }
    return SimResponse::json(200, Json{{"locations", out}});
}

SimResponse PosService::catalogList(const SimRequest& request) const
{
    for (const auto& [name, value] : request.query.queryItems()) {
        if (name != QLatin1String("cursor") && name != QLatin1String("types")
            && name != QLatin1String("catalog_version"))
            return badRequest("UNKNOWN_QUERY_PARAMETER", QStringLiteral("Unknown query parameter."), name);
    }
    const QStringList types =
        request.queryValue(QStringLiteral("types")).toUpper().remove(u' ').split(u',', Qt::SkipEmptyParts);
    QStringList skus;
    if (types.contains(QStringLiteral("ITEM_VARIATION"))) {
        const auto& stock = m_world->posStock();
        for (auto it = stock.cbegin(); it != stock.cend(); ++it) {
            if (!skus.contains(it.key().second))
                skus << it.key().second;
        }
        std::sort(skus.begin(), skus.end());
    }
    qint64 offset = 0;
    qint64 unused = 0;
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty() && !decodeCursor(cursor, offset, unused))
        return badRequest("INVALID_CURSOR", QStringLiteral("The cursor is not valid."), QStringLiteral("cursor"));
    const Scenario& s = m_world->scenario();
    Json objects = Json::array();
    for (qint64 i = offset; i < skus.size() && i < offset + kCatalogPage; ++i) {
        const QString& sku = skus.at(i);
        const int item = m_world->findItem(sku);
        objects.push_back({{"type", "ITEM_VARIATION"},
            {"id", toStd(variationId(sku))},
            {"updated_at", toStd(isoUtc(s.startMSecs))},
            {"version", 1},
            {"is_deleted", false},
            {"present_at_all_locations", true},
            {"item_variation_data",
                {{"item_id", toStd(itemId(sku))},
                    {"name", "Regular"},
                    {"sku", toStd(sku)},
                    {"ordinal", 0},
                    {"pricing_type", "FIXED_PRICING"},
                    {"price_money", money(item >= 0 ? m_world->items().at(item).priceMinor : 0, s.currency)},
                    {"track_inventory", true},
                    {"sellable", true},
                    {"stockable", true}}}});
    }
    Json out = Json::object();
    if (!objects.empty())
        out["objects"] = objects;
    if (offset + kCatalogPage < skus.size())
        out["cursor"] = encodeCursor(offset + kCatalogPage, 0).toStdString();
    return SimResponse::json(200, out);
}

Json PosService::orderJson(int index) const
{
    const PosEvent& e = m_world->posEvents().at(index);
    const QString& currency = m_world->scenario().currency;
    const int item = m_world->findItem(e.sku);
    const QString name = item >= 0 ? m_world->items().at(item).name : e.sku;
    const int units = std::abs(e.quantity);
    const qint64 total = e.unitPriceMinor * units;
    const Json zero = money(0, currency);
    Json line = {{"uid", toStd(e.id + QStringLiteral("-1"))},
        {"name", toStd(name)},
        {"quantity", std::to_string(units)},
        {"catalog_object_id", toStd(variationId(e.sku))},
        {"catalog_version", 1},
        {"variation_name", "Regular"},
        {"item_type", "ITEM"},
        {"base_price_money", money(e.unitPriceMinor, currency)},
        {"variation_total_price_money", money(total, currency)}};
    Json order = {{"id", toStd(e.id)}, {"location_id", toStd(e.store)}, {"source", {{"name", "Square Point of Sale"}}}};
    const Json amounts = {{"total_money", money(total, currency)},
        {"tax_money", zero},
        {"discount_money", zero},
        {"tip_money", zero},
        {"service_charge_money", zero}};
    if (e.isReturn) {
        line["source_line_item_uid"] = toStd(e.originalId + QStringLiteral("-1"));
        line["gross_return_money"] = money(total, currency);
        line["total_tax_money"] = zero;
        line["total_discount_money"] = zero;
        line["total_money"] = money(total, currency);
        order["returns"] = Json::array({{{"uid", toStd(e.id + QStringLiteral("-R"))},
            {"source_order_id", toStd(e.originalId)},
            {"return_line_items", Json::array({line})},
            {"return_amounts", amounts}}});
        order["return_amounts"] = amounts;
        order["net_amounts"] = {{"total_money", money(-total, currency)},
            {"tax_money", zero},
            {"discount_money", zero},
            {"tip_money", zero},
            {"service_charge_money", zero}};
        order["total_money"] = zero;
    } else {
        line["gross_sales_money"] = money(total, currency);
        line["total_tax_money"] = zero;
        line["total_discount_money"] = zero;
        line["total_money"] = money(total, currency);
        order["line_items"] = Json::array({line});
        order["net_amounts"] = amounts;
        order["total_money"] = money(total, currency);
    }
    order["created_at"] = toStd(isoUtc(e.atMSecs - kCreatedBeforeClose));
    order["updated_at"] = toStd(isoUtc(e.atMSecs));
    order["closed_at"] = toStd(isoUtc(e.atMSecs));
    order["state"] = "COMPLETED";
    order["version"] = 4;
    order["total_tax_money"] = zero;
    order["total_discount_money"] = zero;
    order["total_tip_money"] = zero;
    order["total_service_charge_money"] = zero;
    return order;
}

SimResponse PosService::retrieveOrder(const QString& id) const
{
    const int index = m_world->findPosEvent(id);
    if (index < 0)
        return squareError(
            404, "INVALID_REQUEST_ERROR", "NOT_FOUND", QStringLiteral("Order not found."), QStringLiteral("order_id"));
    return SimResponse::json(200, Json{{"order", orderJson(index)}});
}

SimResponse PosService::searchOrders(const Json& body) const
{
    if (auto refused = unknownField(body, {"location_ids", "cursor", "query", "limit", "return_entries"}))
        return *refused;
    const auto locations = stringList(body, "location_ids");
    if (!locations || locations->isEmpty() || locations->size() > kMaxSearchLocations)
        return badRequest("INVALID_VALUE",
            QStringLiteral("location_ids must name 1 to %1 locations.").arg(kMaxSearchLocations),
            QStringLiteral("location_ids"));
    for (const QString& l : *locations) {
        if (!m_world->scenario().pos.stores.contains(l))
            return badRequest(
                "NOT_FOUND", QStringLiteral("Location %1 not found.").arg(l), QStringLiteral("location_ids"));
    }
    const Json limitJson = body.value("limit", Json(kDefaultSearchLimit));
    if (!limitJson.is_number_integer() || limitJson.get<qint64>() < 1 || limitJson.get<qint64>() > kMaxSearchLimit)
        return badRequest(
            "INVALID_VALUE", QStringLiteral("limit must be 1 to %1.").arg(kMaxSearchLimit), QStringLiteral("limit"));
    const qint64 limit = limitJson.get<qint64>();
    const Json query = body.value("query", Json::object());
    const Json filter = query.is_object() ? query.value("filter", Json::object()) : Json();
    const Json sort = query.is_object() ? query.value("sort", Json::object()) : Json();
    if (!filter.is_object() || !sort.is_object())
        return badRequest(
            "EXPECTED_OBJECT", QStringLiteral("query.filter and query.sort must be objects."), QStringLiteral("query"));
    const QString sortField = fromStd(sort.value("sort_field", std::string("CREATED_AT")));
    const bool ascending = sort.value("sort_order", std::string("DESC")) == "ASC";
    if (!QStringList{QStringLiteral("CREATED_AT"), QStringLiteral("UPDATED_AT"), QStringLiteral("CLOSED_AT")}.contains(
            sortField))
        return badRequest(
            "INVALID_ENUM_VALUE", QStringLiteral("Unknown sort_field."), QStringLiteral("query.sort.sort_field"));
    QString timeField;
    qint64 start = 0;
    qint64 end =
        m_world->nowMSecs(); // "If the end time is absent, it defaults to the time of the first request for the cursor"
    if (filter.contains("date_time_filter")) {
        const Json& dt = filter.at("date_time_filter");
        for (const char* f : {"created_at", "updated_at", "closed_at"}) {
            if (!dt.is_object() || !dt.contains(f))
                continue;
            if (!timeField.isEmpty())
                return badRequest("BAD_REQUEST",
                    QStringLiteral("Only one time range may be filtered at a time."),
                    QStringLiteral("query.filter.date_time_filter"));
            timeField = QString::fromLatin1(f).toUpper();
            const Json& range = dt.at(f);
            for (const auto& [key, into] : {std::pair<const char*, qint64*>{"start_at", &start}, {"end_at", &end}}) {
                if (!range.is_object() || !range.contains(key) || range.at(key).is_null())
                    continue;
                const auto t =
                    range.at(key).is_string() ? parseIso(fromStd(range.at(key).get<std::string>())) : std::nullopt;
                if (!t)
                    return badRequest("INVALID_TIME",
                        QStringLiteral("%1 is not an RFC 3339 time.").arg(QLatin1String(key)),
                        QStringLiteral("query.filter.date_time_filter"));
                *into = *t;
            }
        }
        if (!timeField.isEmpty() && timeField != sortField)
            return badRequest("BAD_REQUEST",
                QStringLiteral("sort_field must be the field the date_time_filter filters (%1).").arg(timeField),
                QStringLiteral("query.sort.sort_field"));
    }
    QStringList states;
    if (filter.contains("state_filter")) {
        const Json& sf = filter.at("state_filter");
        const auto s = sf.is_object() ? stringList(sf, "states") : std::nullopt;
        if (!s || s->isEmpty())
            return badRequest("MISSING_REQUIRED_PARAMETER",
                QStringLiteral("state_filter needs states."),
                QStringLiteral("query.filter.state_filter.states"));
        states = *s;
    }
    qint64 offset = 0;
    if (body.contains("cursor")) {
        if (!body.at("cursor").is_string() || !decodeCursor(fromStd(body.at("cursor").get<std::string>()), offset, end))
            return badRequest("INVALID_CURSOR", QStringLiteral("The cursor is not valid."), QStringLiteral("cursor"));
    }
    const auto timeOf = [&](const PosEvent& e) {
        return sortField == QLatin1String("CREATED_AT") ? e.atMSecs - kCreatedBeforeClose : e.atMSecs;
    };
    QList<int> hits;
    const auto& events = m_world->posEvents();
    for (int i = 0; i < m_world->posEventsApplied(); ++i) {
        const PosEvent& e = events.at(i);
        const qint64 t = timeOf(e);
        if (!locations->contains(e.store) || (!states.isEmpty() && !states.contains(QStringLiteral("COMPLETED"))))
            continue;
        if ((!timeField.isEmpty() && t < start) || t > end)
            continue;
        hits << i;
    }
    std::stable_sort(hits.begin(), hits.end(), [&](int a, int b) {
        const qint64 ta = timeOf(events.at(a));
        const qint64 tb = timeOf(events.at(b));
        if (ta != tb)
            return ascending ? ta < tb : ta > tb;
        return ascending ? events.at(a).id < events.at(b).id : events.at(a).id > events.at(b).id;
    });
    Json orders = Json::array();
    for (qint64 i = offset; i < hits.size() && i < offset + limit; ++i)
        orders.push_back(orderJson(hits.at(i)));
    Json out = Json::object();
    if (!orders.empty())
        out["orders"] = orders;
    if (offset + limit < hits.size())
        out["cursor"] = encodeCursor(offset + limit, end).toStdString();
    return SimResponse::json(200, out);
}

SimResponse PosService::countsBatchRetrieve(const Json& body) const
{
    if (auto refused =
            unknownField(body, {"catalog_object_ids", "location_ids", "updated_after", "cursor", "states", "limit"}))
        return *refused;
    const auto ids = stringList(body, "catalog_object_ids");
    const auto locations = stringList(body, "location_ids");
    const auto states = stringList(body, "states");
    if (!ids || !locations || !states)
        return badRequest(
            "EXPECTED_ARRAY", QStringLiteral("catalog_object_ids, location_ids and states are lists of text."));
    const Json limitJson = body.value("limit", Json(kDefaultCountsLimit));
    if (!limitJson.is_number_integer() || limitJson.get<qint64>() < 1 || limitJson.get<qint64>() > kMaxCountsLimit)
        return badRequest(
            "INVALID_VALUE", QStringLiteral("limit must be 1 to %1.").arg(kMaxCountsLimit), QStringLiteral("limit"));
    const qint64 limit = limitJson.get<qint64>();
    qint64 offset = 0;
    qint64 unused = 0;
    if (body.contains("cursor")
        && (!body.at("cursor").is_string()
            || !decodeCursor(fromStd(body.at("cursor").get<std::string>()), offset, unused)))
        return badRequest("INVALID_CURSOR", QStringLiteral("The cursor is not valid."), QStringLiteral("cursor"));
    const QString calculatedAt = isoUtc(m_world->nowMSecs());
    Json all = Json::array();
    const auto add = [&](const QMap<QPair<QString, QString>, int>& cells, const char* state, bool keepZero) {
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const QString variation = variationId(it.key().second);
            if ((!keepZero && it.value() == 0) || (!ids->isEmpty() && !ids->contains(variation))
                || (!locations->isEmpty() && !locations->contains(it.key().first))
                || (!states->isEmpty() && !states->contains(QLatin1String(state))))
                continue;
            all.push_back({{"catalog_object_id", toStd(variation)},
                {"catalog_object_type", "ITEM_VARIATION"},
                {"state", state},
                {"location_id", toStd(it.key().first)},
                {"quantity", std::to_string(it.value())},
                {"calculated_at", toStd(calculatedAt)}});
        }
    };
    add(m_world->posStock(), "IN_STOCK", true);
    add(m_world->posWaste(), "WASTE", false);
    Json counts = Json::array();
    for (qint64 i = offset; i < static_cast<qint64>(all.size()) && i < offset + limit; ++i)
        counts.push_back(all.at(i));
    Json out = Json::object();
    if (!counts.empty())
        out["counts"] = counts;
    if (offset + limit < static_cast<qint64>(all.size()))
        out["cursor"] = encodeCursor(offset + limit, 0).toStdString();
    return SimResponse::json(200, out);
}

SimResponse PosService::changesBatchCreate(const Json& body)
{
    if (auto refused = unknownField(body, {"idempotency_key", "changes", "ignore_unchanged_counts"}))
        return *refused;
    const Json key = body.value("idempotency_key", Json());
    if (!key.is_string() || key.get<std::string>().empty() || key.get<std::string>().size() > 128)
        return badRequest("MISSING_REQUIRED_PARAMETER",
            QStringLiteral("idempotency_key must be 1 to 128 characters."),
            QStringLiteral("idempotency_key"));
    const QString idempotencyKey = fromStd(key.get<std::string>());
    if (m_idempotentAnswers.contains(idempotencyKey))
        return SimResponse::json(200, m_idempotentAnswers.value(idempotencyKey));
    const Json changes = body.value("changes", Json::array());
    if (!changes.is_array() || changes.empty())
        return badRequest(
            "ARRAY_EMPTY", QStringLiteral("changes must hold at least one change."), QStringLiteral("changes"));
    if (changes.size() > kMaxChanges)
        return badRequest("ARRAY_LENGTH_TOO_LONG",
            QStringLiteral("At most %1 changes per request.").arg(kMaxChanges),
            QStringLiteral("changes"));
    static const QRegularExpression kQuantity(QStringLiteral("^\\d{1,15}(\\.0{1,5})?$"));
    const qint64 now = m_world->nowMSecs();
    struct Count
    {
        QString store;
        QString sku;
        int quantity;
        qint64 occurredAt;
    };
    QList<Count> apply;
    // Validate every change before applying any: a refused batch changes nothing.
    for (size_t i = 0; i < changes.size(); ++i) {
        const Json& c = changes.at(i);
        const QString field = QStringLiteral("changes[%1]").arg(i);
        if (!c.is_object() || c.value("type", std::string()) != "PHYSICAL_COUNT" || !c.contains("physical_count")
            || !c.at("physical_count").is_object())
            return badRequest("INVALID_VALUE",
                QStringLiteral("The sandbox takes PHYSICAL_COUNT changes with a physical_count."),
                field);
        const Json& pc = c.at("physical_count");
        const QString sku = skuOfVariation(fromStd(pc.value("catalog_object_id", std::string())));
        const QString store = fromStd(pc.value("location_id", std::string()));
        const QString quantity = fromStd(pc.value("quantity", std::string()));
        const auto occurred = parseIso(fromStd(pc.value("occurred_at", std::string())));
        if (sku.isEmpty())
            return badRequest("INVALID_VALUE",
                QStringLiteral("No item variation with this catalog_object_id."),
                field + QStringLiteral(".physical_count.catalog_object_id"));
        if (!m_world->scenario().pos.stores.contains(store))
            return badRequest("INVALID_VALUE",
                QStringLiteral("No location with this location_id."),
                field + QStringLiteral(".physical_count.location_id"));
        if (pc.value("state", std::string()) != "IN_STOCK")
            return badRequest("INVALID_VALUE",
                QStringLiteral("The sandbox counts the IN_STOCK state only."),
                field + QStringLiteral(".physical_count.state"));
        if (!kQuantity.match(quantity).hasMatch())
            return badRequest("INVALID_VALUE",
                QStringLiteral("quantity must be a decimal string."),
                field + QStringLiteral(".physical_count.quantity"));
        // "occurred_at … cannot be older than 24 hours or in the future relative to the time of the request"
        if (!occurred || *occurred > now || *occurred < now - 24LL * 3600 * 1000)
            return badRequest("INVALID_TIME",
                QStringLiteral("occurred_at must be within the last 24 hours."),
                field + QStringLiteral(".physical_count.occurred_at"));
        apply.append({store, sku, static_cast<int>(quantity.section(u'.', 0, 0).toLongLong()), *occurred});
    }
    Json counts = Json::array();
    Json echoed = Json::array();
    for (int i = 0; i < apply.size(); ++i) {
        const Count& c = apply.at(i);
        m_world->setPosCount(c.store, c.sku, c.quantity);
        Json change = changes.at(i);
        change["physical_count"]["id"] = toStd(squareId(idempotencyKey.toUtf8() + ':' + QByteArray::number(i), 24));
        change["physical_count"]["created_at"] = toStd(isoUtc(now));
        echoed.push_back(change);
        counts.push_back({{"catalog_object_id", toStd(variationId(c.sku))},
            {"catalog_object_type", "ITEM_VARIATION"},
            {"state", "IN_STOCK"},
            {"location_id", toStd(c.store)},
            {"quantity", std::to_string(c.quantity)},
            {"calculated_at", toStd(isoUtc(now))}});
    }
    const Json out = {{"counts", counts}, {"changes", echoed}};
    m_idempotentAnswers.insert(idempotencyKey, out);
    return SimResponse::json(200, out);
}

} // namespace lockstep::core::sim
