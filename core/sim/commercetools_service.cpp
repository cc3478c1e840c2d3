// SPDX-License-Identifier: GPL-3.0-or-later
#include "commercetools_service.h"

#include "ledger.h"
#include "world.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lockstep::core::sim {

namespace {

constexpr int kMaxLimit = 500;
constexpr int kMaxOffset = 10000;
constexpr size_t kMaxActions = 500; // update actions per request (API limits page)

QString idFor(const QString& kind, int n)
{
    const QByteArray hex =
        QCryptographicHash::hash((kind + QString::number(n)).toUtf8(), QCryptographicHash::Md5).toHex();
    const QString h = QString::fromLatin1(hex);
    return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20, 12);
}

bool compare(const QString& actual, const QString& op, const QString& expected)
{
    const int c = QString::compare(actual, expected);
    if (op == QStringLiteral("="))
        return c == 0;
    if (op == QStringLiteral("!="))
        return c != 0;
    if (op == QStringLiteral(">"))
        return c > 0;
    if (op == QStringLiteral(">="))
        return c >= 0;
    if (op == QStringLiteral("<"))
        return c < 0;
    return c <= 0;
}

} // namespace

SimResponse ctError(int status, const char* code, const QString& message, const Json& extra)
{
    Json error = {{"code", code}, {"message", toStd(message)}};
    error.update(extra);
    return SimResponse::json(
        status, Json{{"statusCode", status}, {"message", toStd(message)}, {"errors", Json::array({error})}});
}

CommercetoolsService::CommercetoolsService(
    World* world, Ledger* ledger, QString projectKey, QString clientId, QString clientSecret)
    : m_world(world)
    , m_ledger(ledger)
    , m_projectKey(std::move(projectKey))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_tokens(QByteArray("ct") + QByteArray::number(world->scenario().seed))
{
    const auto& facilities = world->scenario().facilities;
    for (int i = 0; i < facilities.size(); ++i)
        m_channels.append({idFor(QStringLiteral("channel"), i), facilities.at(i).number, facilities.at(i).name});
    int n = 0;
    for (const auto& item : world->items()) {
        if (!item.components.isEmpty())
            continue;
        for (const auto& channel : std::as_const(m_channels)) {
            InventoryEntry e;
            e.id = idFor(QStringLiteral("inventory"), n++);
            e.sku = item.number;
            e.channelId = channel.id;
            e.quantityOnStock = world->onHand(item.number, channel.key);
            e.createdMSecs = world->scenario().startMSecs - 24 * 3600 * 1000LL;
            e.modifiedMSecs = e.createdMSecs;
            m_inventory.append(e);
        }
    }
}

SimResponse CommercetoolsService::serverError(int status) const
{
    if (status == 503)
        return ctError(503, "OverCapacity", QStringLiteral("The service is temporarily over capacity."));
    if (status == 502)
        return SimResponse{502, {{"Content-Type", "text/html"}}, "<html><body><h1>502 Bad Gateway</h1></body></html>"};
    return ctError(500, "General", QStringLiteral("Internal Server Error"));
}

SimResponse CommercetoolsService::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = ctError(429, "General", QStringLiteral("Too many requests"));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

Json CommercetoolsService::money(qint64 minor) const
{
    return {{"type", "centPrecision"},
        {"currencyCode", toStd(m_world->scenario().currency)},
        {"centAmount", minor},
        {"fractionDigits", 2}};
}

SimResponse CommercetoolsService::handle(const SimRequest& request)
{
    if (request.path == QStringLiteral("/oauth/token"))
        return token(request);
    const QStringList seg = request.segmentsAfter(QStringLiteral("/"));
    if (!m_tokens.isValid(request.bearerToken())) {
        SimResponse r = ctError(401, "invalid_token", QStringLiteral("invalid_token"));
        r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return r;
    }
    if (seg.isEmpty() || seg.first() != m_projectKey)
        return ctError(404, "ResourceNotFound", QStringLiteral("The project '%1' was not found.").arg(seg.value(0)));
    if (seg.size() == 1 && request.method == "GET") // the project itself: what a health check reads
        return SimResponse::json(200,
            Json{{"key", toStd(m_projectKey)},
                {"name", "Lockstep sandbox"},
                {"version", 1},
                {"currencies", Json::array({toStd(m_world->scenario().currency)})},
                {"countries", Json::array({"DE"})},
                {"languages", Json::array({"en"})}});
    const QString resource = seg.value(1);
    if (resource == QStringLiteral("orders")) {
        if (seg.size() == 2 && request.method == "GET")
            return queryOrders(request);
        if (seg.size() == 3) {
            const QString key = seg.at(2);
            const int index = key.startsWith(QStringLiteral("order-number=")) ? m_world->findOrderByNumber(key.mid(13))
                                                                              : m_world->findCtOrder(key);
            if (index < 0 || !m_world->orders().at(index).commercetools)
                return ctError(
                    404, "ResourceNotFound", QStringLiteral("The Resource with ID '%1' was not found.").arg(key));
            if (request.method == "GET" || request.method == "HEAD")
                return SimResponse::json(200, orderJson(index, expandsPayments(request)));
            if (request.method == "POST")
                return updateOrder(request, index);
        }
    }
    if (resource == QStringLiteral("inventory"))
        return inventory(request, seg.mid(2));
    if (resource == QStringLiteral("product-projections") && seg.size() == 2 && request.method == "GET")
        return productProjections(request);
    if (resource == QStringLiteral("channels") && request.method == "GET") {
        Json results = Json::array();
        const qint64 created = m_world->scenario().startMSecs - 30 * 24 * 3600 * 1000LL;
        for (const auto& c : std::as_const(m_channels))
            results.push_back({{"id", toStd(c.id)},
                {"version", 1},
                {"createdAt", toStd(isoUtc(created))},
                {"lastModifiedAt", toStd(isoUtc(created))},
                {"key", toStd(c.key)},
                {"roles", Json::array({"InventorySupply"})},
                {"name", {{"en", toStd(c.name)}}}});
        const auto n = static_cast<int>(results.size());
        return SimResponse::json(
            200, Json{{"limit", 20}, {"offset", 0}, {"count", n}, {"total", n}, {"results", results}});
    }
    return ctError(404, "ResourceNotFound", QStringLiteral("The resource '%1' was not found.").arg(request.path));
}

SimResponse CommercetoolsService::token(const SimRequest& request)
{
    const auto [id, secret] = request.basicAuth();
    if (id != m_clientId || secret != m_clientSecret) {
        SimResponse r = ctError(401,
            "invalid_client",
            QStringLiteral("Please provide valid client credentials using HTTP Basic Authentication."));
        return r;
    }
    QString grant = request.queryValue(QStringLiteral("grant_type"));
    if (grant.isEmpty())
        grant = request.formBody().queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant != QStringLiteral("client_credentials"))
        return ctError(400, "unsupported_grant_type", QStringLiteral("Invalid grant_type parameter."));
    return SimResponse::json(200,
        Json{{"access_token", toStd(m_tokens.issue())},
            {"token_type", "Bearer"},
            {"expires_in", 172800},
            {"scope", toStd(QStringLiteral("manage_project:") + m_projectKey)}});
}

std::optional<QList<CommercetoolsService::Clause>> CommercetoolsService::parseWhere(const QStringList& predicates) const
{
    static const QRegularExpression kClause(
        QString::fromLatin1(R"re(^\s*([A-Za-z]+)\s*(>=|<=|!=|=|>|<)\s*"([^"]*)"\s*$)re"));
    static const QRegularExpression kChannel(
        QString::fromLatin1(R"re(^\s*supplyChannel\s*\(\s*id\s*=\s*"([^"]*)"\s*\)\s*$)re"));
    static const QRegularExpression kAnd(
        QString::fromLatin1(R"re(\s+and\s+)re"), QRegularExpression::CaseInsensitiveOption);
    QList<Clause> clauses;
    for (const QString& predicate : predicates) {
        for (const QString& part : predicate.split(kAnd)) {
            if (const auto m = kChannel.match(part); m.hasMatch()) {
                clauses.append({QStringLiteral("supplyChannel"), QStringLiteral("="), m.captured(1)});
                continue;
            }
            const auto m = kClause.match(part);
            if (!m.hasMatch())
                return std::nullopt;
            clauses.append({m.captured(1), m.captured(2), m.captured(3)});
        }
    }
    return clauses;
}

std::optional<SimResponse> CommercetoolsService::parseQuery(const SimRequest& request, Query& query) const
{
    bool ok = true;
    int& limit = query.limit;
    int& offset = query.offset;
    limit = request.hasQuery(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit < 0 || limit > kMaxLimit)
        return ctError(400, "InvalidInput", QStringLiteral("The limit must be between 0 and %1.").arg(kMaxLimit));
    offset = request.hasQuery(QStringLiteral("offset")) ? request.queryValue(QStringLiteral("offset")).toInt(&ok) : 0;
    if (!ok || offset < 0 || offset > kMaxOffset)
        return ctError(400, "InvalidInput", QStringLiteral("The offset must be between 0 and %1.").arg(kMaxOffset));
    auto clauses = parseWhere(request.queryValues(QStringLiteral("where")));
    if (!clauses)
        return ctError(400,
            "InvalidInput",
            QStringLiteral("Malformed parameter: where: the sandbox understands "
                           "'field op \"value\"' joined by 'and'."));
    query.clauses = *clauses;
    return std::nullopt;
}

SimResponse CommercetoolsService::queryOrders(const SimRequest& request)
{
    Query query;
    if (auto error = parseQuery(request, query))
        return *error;
    const auto* clauses = &query.clauses;
    static const QStringList kFields = {QStringLiteral("lastModifiedAt"),
        QStringLiteral("createdAt"),
        QStringLiteral("orderNumber"),
        QStringLiteral("id"),
        QStringLiteral("orderState"),
        QStringLiteral("paymentState"),
        QStringLiteral("shipmentState")};
    for (const auto& c : *clauses) {
        if (!kFields.contains(c.field))
            return ctError(
                400, "InvalidInput", QStringLiteral("Malformed parameter: where: unknown field '%1'.").arg(c.field));
    }
    const auto& orders = m_world->orders();
    const auto fieldOf = [&](int i, const QString& field) -> QString {
        const auto& o = orders.at(i);
        if (field == QStringLiteral("lastModifiedAt"))
            return isoUtc(o.modifiedMSecs);
        if (field == QStringLiteral("createdAt"))
            return isoUtc(o.createdMSecs);
        if (field == QStringLiteral("orderNumber"))
            return o.number;
        if (field == QStringLiteral("id"))
            return o.ctId;
        if (field == QStringLiteral("orderState"))
            return o.ctOrderState;
        if (field == QStringLiteral("paymentState"))
            return o.ctPaymentState;
        return o.ctShipmentState;
    };
    QList<int> picked;
    for (int i = 0; i < orders.size(); ++i) {
        if (!orders.at(i).placed || !orders.at(i).commercetools)
            continue;
        bool match = true;
        for (const auto& c : *clauses) {
            QString value = c.value;
            if (c.field.endsWith(QStringLiteral("At"))) { // compare instants, whatever ISO form the client wrote
                const auto ms = parseIso(value);
                if (!ms)
                    return ctError(400,
                        "InvalidInput",
                        QStringLiteral("Malformed parameter: where: '%1' is not a date.").arg(value));
                value = isoUtc(*ms);
            }
            match = match && compare(fieldOf(i, c.field), c.op, value);
        }
        if (match)
            picked.append(i);
    }
    QList<QPair<QString, bool>> sorts;
    for (const QString& s : request.queryValues(QStringLiteral("sort"))) {
        const QStringList parts = s.split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty() || !kFields.contains(parts.first()))
            return ctError(400, "InvalidInput", QStringLiteral("Malformed parameter: sort: '%1'.").arg(s));
        sorts.append({parts.first(), parts.value(1, QStringLiteral("asc")) != QStringLiteral("desc")});
    }
    if (sorts.isEmpty())
        sorts.append({QStringLiteral("id"), true}); // commercetools' default order is by id
    QHash<int, QStringList> keys; // sort keys formatted once per order, not once per comparison
    for (int i : std::as_const(picked)) {
        QStringList k;
        for (const auto& sort : std::as_const(sorts))
            k.append(fieldOf(i, sort.first));
        keys.insert(i, k);
    }
    std::stable_sort(picked.begin(), picked.end(), [&](int a, int b) {
        const QStringList& ka = keys[a];
        const QStringList& kb = keys[b];
        for (qsizetype s = 0; s < sorts.size(); ++s) {
            const int c = QString::compare(ka.at(s), kb.at(s));
            if (c != 0)
                return sorts.at(s).second ? c < 0 : c > 0;
        }
        return false;
    });
    const bool expand = expandsPayments(request);
    return page(request, query, picked, [this, expand](int i) { return orderJson(i, expand); });
}

SimResponse CommercetoolsService::page(const SimRequest& request,
    const Query& query,
    const QList<int>& picked,
    const std::function<Json(int)>& render) const
{
    Json results = Json::array();
    for (int i = query.offset; i < std::min<int>(picked.size(), query.offset + query.limit); ++i)
        results.push_back(render(picked.at(i)));
    Json body = {{"limit", query.limit}, {"offset", query.offset}, {"count", results.size()}};
    // With a query predicate the total is capped at the maximum offset (release note 2020-10-12).
    if (request.queryValue(QStringLiteral("withTotal")) != QStringLiteral("false"))
        body["total"] = query.clauses.isEmpty() ? picked.size() : std::min<qsizetype>(picked.size(), kMaxOffset);
    body["results"] = results;
    return SimResponse::json(200, body);
}

Json CommercetoolsService::orderJson(int index, bool expandPayments) const
{
    const StorefrontOrder& o = m_world->orders().at(index);
    Json lines = Json::array();
    for (const auto& line : o.lines) {
        const auto& p = m_world->products().at(line.product);
        Json variant = {{"id", line.variation + 2}};
        const QString sku = line.variation >= 0 ? p.variations.at(line.variation).ownSku : p.sku;
        if (!sku.isEmpty())
            variant["sku"] = toStd(sku); // variant.sku is optional in commercetools
        variant["prices"] = Json::array();
        variant["attributes"] = line.variation >= 0
            ? Json::array({{{"name", "size"}, {"value", toStd(p.variations.at(line.variation).attribute)}}})
            : Json::array();
        lines.push_back({{"id", toStd(idFor(QStringLiteral("line") + o.number, static_cast<int>(line.id)))},
            {"productId", toStd(idFor(QStringLiteral("product"), static_cast<int>(p.id)))},
            {"name", {{"en", toStd(p.name)}}},
            {"productType", {{"typeId", "product-type"}, {"id", toStd(idFor(QStringLiteral("type"), 1))}}},
            {"variant", variant},
            {"price",
                {{"id", toStd(idFor(QStringLiteral("price"), static_cast<int>(p.id)))},
                    {"value", money(line.unitPriceMinor)}}},
            {"quantity", line.quantity},
            {"discountedPricePerQuantity", Json::array()},
            {"totalPrice", money(line.unitPriceMinor * line.quantity)},
            {"state",
                Json::array({{{"quantity", line.quantity}, {"state", {{"typeId", "state"}, {"id", "initial"}}}}})},
            {"priceMode", "Platform"},
            {"lineItemMode", "Standard"},
            {"perMethodTaxRate", Json::array()},
            {"taxedPricePortions", Json::array()}});
    }
    Json custom = Json::array();
    if (o.feeMinor)
        custom.push_back({{"id", toStd(idFor(QStringLiteral("custom") + o.number, 1))},
            {"name", {{"en", "Gift wrapping"}}},
            {"money", money(o.feeMinor)},
            {"totalPrice", money(o.feeMinor)},
            {"slug", "gift-wrapping"},
            {"quantity", 1},
            {"discountedPricePerQuantity", Json::array()},
            {"state", Json::array()},
            {"priceMode", "Standard"},
            {"perMethodTaxRate", Json::array()},
            {"taxedPricePortions", Json::array()}});
    Json j = {{"type", "Order"},
        {"id", toStd(o.ctId)},
        {"version", o.version},
        {"lastMessageSequenceNumber", o.version},
        {"createdAt", toStd(isoUtc(o.createdMSecs))},
        {"lastModifiedAt", toStd(isoUtc(o.modifiedMSecs))},
        {"lastModifiedBy", {{"clientId", "storefront"}, {"isPlatformClient", false}}},
        {"createdBy", {{"clientId", "storefront"}, {"isPlatformClient", false}}},
        {"orderNumber", toStd(o.number)},
        {"customerEmail", toStd(QStringLiteral("%1.%2@example.com").arg(o.firstName, o.lastName).toLower())},
        {"totalPrice", money(o.totalMinor())},
        {"taxedPrice",
            {{"totalNet", money(o.totalMinor() - o.taxMinor)},
                {"totalGross", money(o.totalMinor())},
                {"taxPortions", Json::array({{{"rate", 0.2}, {"amount", money(o.taxMinor)}, {"name", "VAT"}}})},
                {"totalTax", money(o.taxMinor)}}},
        {"country", toStd(o.country)},
        {"orderState", toStd(o.ctOrderState)}};
    if (!o.ctShipmentState.isEmpty())
        j["shipmentState"] = toStd(o.ctShipmentState);
    if (m_world->scenario().commercetoolsPaymentState) // optional: many projects never set it
        j["paymentState"] = toStd(o.ctPaymentState);
    j["syncInfo"] = o.ctSyncInfo;
    j["returnInfo"] = Json::array();
    j["refusedGifts"] = Json::array();
    j["shipping"] = Json::array(); // the shipping methods of Multiple ShippingMode: none in Single mode
    j["taxMode"] = "Platform";
    j["inventoryMode"] = "None";
    j["taxRoundingMode"] = "HalfEven";
    j["taxCalculationMode"] = "LineItemLevel";
    j["origin"] = "Customer";
    j["shippingMode"] = "Single";
    j["shippingInfo"] = {{"shippingMethodName", "Standard"},
        {"price", money(o.shippingMinor)},
        {"shippingRate", {{"price", money(o.shippingMinor)}, {"tiers", Json::array()}}},
        {"deliveries", o.ctDeliveries},
        {"shippingMethodState", "MatchesCart"}};
    j["shippingAddress"] = {{"firstName", toStd(o.firstName)},
        {"lastName", toStd(o.lastName)},
        {"streetName", "Market Street"},
        {"streetNumber", "1"},
        {"postalCode", toStd(o.postcode)},
        {"city", toStd(o.city)},
        {"country", toStd(o.country)}};
    if (o.discountMinor)
        j["discountOnTotalPrice"] = {
            {"discountedAmount", money(o.discountMinor)}, {"includedDiscounts", Json::array()}};
    j["lineItems"] = lines;
    j["customLineItems"] = custom;
    if (!o.ctCustomFields.empty())
        j["custom"] = {{"type", {{"typeId", "type"}, {"id", toStd(idFor(QStringLiteral("order-type"), 1))}}},
            {"fields", o.ctCustomFields}};
    Json payment = {{"typeId", "payment"}, {"id", toStd(idFor(QStringLiteral("payment"), index))}};
    if (expandPayments)
        payment["obj"] = paymentJson(index);
    j["paymentInfo"] = {{"payments", Json::array({payment})}};
    return j;
}

Json CommercetoolsService::paymentJson(int index) const
{
    const StorefrontOrder& o = m_world->orders().at(index);
    const bool paid = o.paidMSecs >= 0;
    // One Charge: Pending while the customer has not paid, Success once the payment service captured the money.
    Json charge = {{"id", toStd(idFor(QStringLiteral("transaction") + o.number, 0))},
        {"timestamp", toStd(isoUtc(paid ? o.paidMSecs : o.createdMSecs))},
        {"type", "Charge"},
        {"amount", money(o.totalMinor())},
        {"state", paid ? "Success" : "Pending"},
        {"interactionId", toStd(QStringLiteral("ch_") + o.number)}};
    const bool transfer = o.paymentMethod == QStringLiteral("bacs");
    return {{"id", toStd(idFor(QStringLiteral("payment"), index))},
        {"version", paid ? 2 : 1},
        {"createdAt", toStd(isoUtc(o.createdMSecs))},
        {"lastModifiedAt", toStd(isoUtc(paid ? o.paidMSecs : o.createdMSecs))},
        {"amountPlanned", money(o.totalMinor())},
        {"paymentMethodInfo",
            {{"paymentInterface", transfer ? "bank-transfer" : "stripe"},
                {"method", transfer ? "BANK_TRANSFER" : "CREDIT_CARD"}}},
        {"paymentStatus", Json::object()},
        {"transactions", Json::array({charge})},
        {"interfaceInteractions", Json::array()}};
}

bool CommercetoolsService::expandsPayments(const SimRequest& request)
{
    return request.queryValues(QStringLiteral("expand")).contains(QStringLiteral("paymentInfo.payments[*]"));
}

SimResponse CommercetoolsService::updateOrder(const SimRequest& request, int index)
{
    const auto body = request.jsonBody();
    if (!body || !body->is_object() || !body->contains("version") || !body->at("version").is_number_integer()
        || !body->contains("actions") || !body->at("actions").is_array())
        return ctError(400,
            "InvalidJsonInput",
            QStringLiteral("Request body does not contain valid JSON."),
            Json{{"detailedErrorMessage", "version, actions: Missing required value"}});
    if (body->at("actions").size() > kMaxActions)
        return ctError(
            400, "InvalidInput", QStringLiteral("At most %1 update actions are allowed per request.").arg(kMaxActions));
    StorefrontOrder& o = m_world->orders()[index];
    const qint64 sent = body->at("version").get<qint64>();
    const auto conflict = [&] {
        m_ledger->count(QStringLiteral("commercetools.conflicts"));
        return ctError(409,
            "ConcurrentModification",
            QStringLiteral("Object %1 has a different version than expected. Expected: %2 - Actual: %3.")
                .arg(o.ctId)
                .arg(sent)
                .arg(o.version),
            Json{{"currentVersion", o.version}});
    };
    if (sent != o.version)
        return conflict();
    if (o.conflictPending) {
        // Another application changes the order between the client's read and its write.
        o.conflictPending = false;
        o.ctCustomFields["loyaltyPoints"] = 120;
        ++o.version;
        o.modifiedMSecs = std::max(o.modifiedMSecs + 1, m_world->nowMSecs());
        m_ledger->count(QStringLiteral("commercetools.planted_conflicts"));
        return conflict();
    }
    static const QStringList kOrderStates = {
        QStringLiteral("Open"), QStringLiteral("Confirmed"), QStringLiteral("Complete"), QStringLiteral("Cancelled")};
    static const QStringList kShipmentStates = {QStringLiteral("Shipped"),
        QStringLiteral("Delivered"),
        QStringLiteral("Ready"),
        QStringLiteral("Pending"),
        QStringLiteral("Delayed"),
        QStringLiteral("Partial"),
        QStringLiteral("Backorder"),
        QStringLiteral("Canceled")};
    static const QStringList kPaymentStates = {QStringLiteral("BalanceDue"),
        QStringLiteral("Failed"),
        QStringLiteral("Pending"),
        QStringLiteral("CreditOwed"),
        QStringLiteral("Paid")};
    StorefrontOrder next = o; // all actions apply, or none
    const qint64 now = m_world->nowMSecs();
    QStringList applied;
    for (const auto& action : body->at("actions")) {
        const QString name = fromStd(action.value("action", std::string()));
        const auto enumField = [&](const char* key, const QStringList& allowed, QString& target) -> bool {
            const QString value = fromStd(action.value(key, std::string()));
            if (!allowed.contains(value))
                return false;
            target = value;
            return true;
        };
        bool ok = true;
        if (name == QStringLiteral("changeOrderState"))
            ok = enumField("orderState", kOrderStates, next.ctOrderState);
        else if (name == QStringLiteral("changeShipmentState"))
            ok = enumField("shipmentState", kShipmentStates, next.ctShipmentState);
        else if (name == QStringLiteral("changePaymentState"))
            ok = enumField("paymentState", kPaymentStates, next.ctPaymentState);
        else if (name == QStringLiteral("setCustomField")) {
            const std::string field = action.value("name", std::string());
            ok = !field.empty();
            if (ok && action.contains("value"))
                next.ctCustomFields[field] = action.at("value");
            else if (ok)
                next.ctCustomFields.erase(field);
        } else if (name == QStringLiteral("updateSyncInfo")) {
            ok = action.contains("channel");
            next.ctSyncInfo.push_back({{"channel", action.value("channel", Json::object())},
                {"externalId", action.value("externalId", std::string())},
                {"syncedAt", action.value("syncedAt", toStd(isoUtc(now)))}});
        } else if (name == QStringLiteral("addDelivery")) {
            const int n = static_cast<int>(next.ctDeliveries.size());
            Json parcels = Json::array();
            for (const auto& parcel : action.value("parcels", Json::array()))
                parcels.push_back(
                    {{"id",
                         toStd(idFor(QStringLiteral("parcel") + o.number, n * 100 + static_cast<int>(parcels.size())))},
                        {"createdAt", toStd(isoUtc(now))},
                        {"trackingData", parcel.value("trackingData", Json::object())},
                        {"items", parcel.value("items", Json::array())}});
            Json delivery = {{"id", toStd(idFor(QStringLiteral("delivery") + o.number, n))},
                {"createdAt", toStd(isoUtc(now))},
                {"items", action.value("items", Json::array())},
                {"parcels", parcels}};
            if (action.contains("deliveryKey"))
                delivery["key"] = action.at("deliveryKey");
            next.ctDeliveries.push_back(delivery);
        } else if (name == QStringLiteral("addParcelToDelivery")) {
            ok = false;
            for (auto& d : next.ctDeliveries) {
                if ((action.contains("deliveryId") && d["id"] == action["deliveryId"])
                    || (action.contains("deliveryKey") && d.contains("key") && d["key"] == action["deliveryKey"])) {
                    d["parcels"].push_back({{"id",
                                                toStd(idFor(QStringLiteral("parcel-extra") + o.number,
                                                    static_cast<int>(d["parcels"].size())))},
                        {"createdAt", toStd(isoUtc(now))},
                        {"trackingData", action.value("trackingData", Json::object())}});
                    ok = true;
                }
            }
        } else {
            return ctError(400, "InvalidInput", QStringLiteral("Unknown or unsupported update action '%1'.").arg(name));
        }
        if (!ok)
            return ctError(400, "InvalidInput", QStringLiteral("Invalid value in update action '%1'.").arg(name));
        applied.append(name);
    }
    for (const QString& name : std::as_const(applied))
        m_ledger->count(QStringLiteral("commercetools.action.") + name);
    if (next.ctOrderState != o.ctOrderState)
        m_ledger->countFor(QStringLiteral("commercetools_state_") + next.ctOrderState, o.number);
    if (next.ctShipmentState != o.ctShipmentState)
        m_ledger->countFor(QStringLiteral("commercetools_shipment_") + next.ctShipmentState, o.number);
    o = next;
    ++o.version;
    o.modifiedMSecs = std::max(o.modifiedMSecs + 1, now);
    m_ledger->count(QStringLiteral("commercetools.order_updates"));
    return SimResponse::json(200, orderJson(index, expandsPayments(request)));
}

Json CommercetoolsService::inventoryJson(const InventoryEntry& e) const
{
    return {{"id", toStd(e.id)},
        {"version", e.version},
        {"createdAt", toStd(isoUtc(e.createdMSecs))},
        {"lastModifiedAt", toStd(isoUtc(e.modifiedMSecs))},
        {"sku", toStd(e.sku)},
        {"supplyChannel", {{"typeId", "channel"}, {"id", toStd(e.channelId)}}},
        {"quantityOnStock", e.quantityOnStock},
        {"availableQuantity", e.quantityOnStock}};
}

SimResponse CommercetoolsService::inventory(const SimRequest& request, const QStringList& rest)
{
    if (rest.isEmpty() && request.method == "GET") {
        Query query;
        if (auto error = parseQuery(request, query))
            return *error;
        QList<int> picked;
        for (int i = 0; i < m_inventory.size(); ++i) {
            bool match = true;
            for (const auto& c : std::as_const(query.clauses)) {
                const QString actual = c.field == QStringLiteral("sku") ? m_inventory.at(i).sku
                    : c.field == QStringLiteral("supplyChannel")        ? m_inventory.at(i).channelId
                    : c.field == QStringLiteral("id")                   ? m_inventory.at(i).id
                                                                        : QString();
                match = match && compare(actual, c.op, c.value);
            }
            if (match)
                picked.append(i);
        }
        return page(request, query, picked, [this](int i) { return inventoryJson(m_inventory.at(i)); });
    }
    int index = -1;
    for (int i = 0; rest.size() == 1 && i < m_inventory.size(); ++i) {
        if (m_inventory.at(i).id == rest.first())
            index = i;
    }
    if (index < 0)
        return ctError(
            404, "ResourceNotFound", QStringLiteral("The Resource with ID '%1' was not found.").arg(rest.value(0)));
    InventoryEntry& e = m_inventory[index];
    if (request.method == "GET")
        return SimResponse::json(200, inventoryJson(e));
    const auto body = request.jsonBody();
    if (!body || !body->is_object() || !body->contains("version") || !body->contains("actions"))
        return ctError(400, "InvalidJsonInput", QStringLiteral("Request body does not contain valid JSON."));
    if (body->value("version", qint64(0)) != e.version)
        return ctError(409,
            "ConcurrentModification",
            QStringLiteral("Object %1 has a different version than expected. Expected: %2 - Actual: %3.")
                .arg(e.id)
                .arg(body->value("version", qint64(0)))
                .arg(e.version),
            Json{{"currentVersion", e.version}});
    qint64 quantity = e.quantityOnStock;
    for (const auto& action : body->at("actions")) {
        const std::string name = action.value("action", std::string());
        const qint64 q = action.value("quantity", qint64(0));
        if (name == "changeQuantity")
            quantity = q;
        else if (name == "addQuantity")
            quantity += q;
        else if (name == "removeQuantity")
            quantity -= q;
        else
            return ctError(
                400, "InvalidInput", QStringLiteral("Unknown or unsupported update action '%1'.").arg(fromStd(name)));
    }
    e.quantityOnStock = quantity;
    ++e.version;
    e.modifiedMSecs = m_world->nowMSecs();
    m_ledger->count(QStringLiteral("commercetools.inventory_updates"));
    return SimResponse::json(200, inventoryJson(e));
}

bool CommercetoolsService::editListedStock(const QString& sku, qint64 quantity, const QString& location)
{
    QString channelId = m_channels.isEmpty() ? QString() : m_channels.constFirst().id;
    for (const auto& c : std::as_const(m_channels)) {
        if (!location.isEmpty() && c.key == location)
            channelId = c.id;
    }
    for (InventoryEntry& e : m_inventory) {
        if (e.sku == sku && e.channelId == channelId) {
            // A change in the Merchant Center: a new version, like any update.
            e.quantityOnStock = quantity;
            ++e.version;
            e.modifiedMSecs = m_world->nowMSecs();
            m_ledger->count(QStringLiteral("commercetools.stock_edited_by_hand"));
            return true;
        }
    }
    return false;
}

Json CommercetoolsService::productProjectionJson(int index) const
{
    const CatalogueProduct& p = m_world->products().at(index);
    const auto variant = [&](int id, const QString& sku, const QString& attribute) {
        Json v = {{"id", id}, {"prices", Json::array()}, {"images", Json::array()}};
        if (!sku.isEmpty())
            v["sku"] = toStd(sku); // optional: a variant without SKU has none at all
        v["attributes"] =
            attribute.isEmpty() ? Json::array() : Json::array({{{"name", "size"}, {"value", toStd(attribute)}}});
        return v;
    };
    Json master;
    Json variants = Json::array();
    if (p.variations.isEmpty()) {
        master = variant(1, p.sku, {});
    } else {
        // Every variation is a variant; the first is the master (commercetools has no SKU-less parent).
        for (int v = 0; v < p.variations.size(); ++v) {
            const auto& var = p.variations.at(v);
            Json one = variant(v + 1, var.ownSku, var.attribute);
            if (v == 0)
                master = one;
            else
                variants.push_back(one);
        }
    }
    const QString id = idFor(QStringLiteral("product"), static_cast<int>(p.id));
    return {{"id", toStd(id)},
        {"version", 1},
        {"productType", {{"typeId", "product-type"}, {"id", toStd(idFor(QStringLiteral("type"), 1))}}},
        {"name", {{"en", toStd(p.name)}}},
        {"slug", {{"en", toStd(p.name.toLower().replace(u' ', u'-'))}}},
        {"categories", Json::array()},
        {"attributes", Json::array()},
        {"published", true},
        {"hasStagedChanges", false},
        {"createdAt", toStd(isoUtc(p.modifiedMSecs))},
        {"lastModifiedAt", toStd(isoUtc(p.modifiedMSecs))},
        {"masterVariant", master},
        {"variants", variants}};
}

SimResponse CommercetoolsService::productProjections(const SimRequest& request)
{
    Query query;
    if (auto error = parseQuery(request, query))
        return *error;
    if (!query.clauses.isEmpty())
        return ctError(400,
            "InvalidInput",
            QStringLiteral("Malformed parameter: where: the sandbox reads product projections unfiltered."));
    QList<int> picked;
    QSet<QString> seen;
    const auto& products = m_world->products();
    for (int i = 0; i < products.size(); ++i) {
        // One product per SKU: the project refuses a SKU that another product holds.
        if (!products.at(i).sku.isEmpty() && products.at(i).variations.isEmpty() && seen.contains(products.at(i).sku))
            continue;
        seen.insert(products.at(i).sku);
        picked.append(i);
    }
    return page(request, query, picked, [this](int i) { return productProjectionJson(i); });
}

} // namespace lockstep::core::sim
