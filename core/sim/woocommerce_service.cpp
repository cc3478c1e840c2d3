// SPDX-License-Identifier: GPL-3.0-or-later
#include "woocommerce_service.h"

#include "domain/clock.h"
#include "domain/money.h"
#include "ledger.h"
#include "webhook_sender.h"
#include "world.h"

#include <algorithm>
#include <limits>

namespace lockstep::core::sim {

namespace {

const QString kPrefix = QStringLiteral("/wp-json/wc/v3");
const QStringList kStatuses = {QStringLiteral("pending"),
    QStringLiteral("processing"),
    QStringLiteral("on-hold"),
    QStringLiteral("completed"),
    QStringLiteral("cancelled"),
    QStringLiteral("refunded"),
    QStringLiteral("failed"),
    QStringLiteral("trash")};
constexpr int kBatchLimit = 100;

Json nullOr(const QString& text)
{
    return text.isEmpty() ? Json(nullptr) : Json(toStd(text));
}

Json invalidParam(const char* param, const QString& reason)
{
    return {{"code", "rest_invalid_param"},
        {"message", std::string("Invalid parameter(s): ") + param},
        {"data", {{"status", 400}, {"params", {{param, toStd(reason)}}}}}};
}

/// Where the requested page starts and ends in the whole list, as paged() reads per_page, page and offset; the
/// whole list when they are invalid (paged() refuses those).
std::pair<qsizetype, qsizetype> pageRange(const SimRequest& request)
{
    constexpr std::pair<qsizetype, qsizetype> kWhole{0, std::numeric_limits<qsizetype>::max()};
    bool ok = true;
    const int perPage =
        request.hasQuery(QStringLiteral("per_page")) ? request.queryValue(QStringLiteral("per_page")).toInt(&ok) : 10;
    if (!ok || perPage < 1 || perPage > 100)
        return kWhole;
    const int page =
        request.hasQuery(QStringLiteral("page")) ? request.queryValue(QStringLiteral("page")).toInt(&ok) : 1;
    if (!ok || page < 1)
        return kWhole;
    const qsizetype offset = request.hasQuery(QStringLiteral("offset"))
        ? std::max(0, request.queryValue(QStringLiteral("offset")).toInt())
        : qsizetype(page - 1) * perPage;
    return {offset, offset + perPage};
}

/// Thousandths of the currency unit as a decimal string, like WooCommerce's unrounded line taxes ("3.402").
std::string thousandths(qint64 value)
{
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    value = value < 0 ? -value : value;
    QString frac = QString::number(value % 1000).rightJustified(3, u'0');
    while (frac.size() > 2 && frac.endsWith(u'0'))
        frac.chop(1);
    return toStd(sign + QString::number(value / 1000) + u'.' + frac);
}

} // namespace

SimResponse wooError(int status, const char* code, const QString& message)
{
    return SimResponse::json(status, Json{{"code", code}, {"message", toStd(message)}, {"data", {{"status", status}}}});
}

WooCommerceService::WooCommerceService(
    World* world, Ledger* ledger, WebhookSender* sender, QString consumerKey, QString consumerSecret)
    : m_world(world)
    , m_ledger(ledger)
    , m_sender(sender)
    , m_key(std::move(consumerKey))
    , m_secret(std::move(consumerSecret))
    , m_rng(Rng(world->scenario().seed).fork(11))
{}

SimResponse WooCommerceService::serverError(int status) const
{
    if (status == 500)
        return wooError(
            500, "internal_server_error", QStringLiteral("There has been a critical error on this website."));
    // 502/503 come from the host or a proxy in front of WordPress, as an HTML page.
    SimResponse r{status,
        {{"Content-Type", "text/html; charset=UTF-8"}},
        "<html><body><h1>Service unavailable</h1></body></html>"};
    return r;
}

SimResponse WooCommerceService::rateLimited(int retryAfterSeconds) const
{
    // WooCommerce has no limiter of its own; a host or WAF answers 429.
    SimResponse r{429, {{"Content-Type", "text/html; charset=UTF-8"}}, "<html><body>Too Many Requests</body></html>"};
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

QString WooCommerceService::wooDate(qint64 msecs, bool gmt) const
{
    const qint64 shifted = gmt ? msecs : msecs + m_world->scenario().wooTimezoneOffsetMinutes * 60000LL;
    return utcFromMSecs(shifted).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

std::optional<qint64> WooCommerceService::filterDate(const SimRequest& request, const QString& key) const
{
    if (!request.hasQuery(key))
        return std::nullopt;
    const QString text = request.queryValue(key);
    auto ms = parseIso(text);
    if (!ms)
        return std::nullopt;
    // Without an offset the filter is in the site's timezone unless dates_are_gmt is set.
    const bool hasOffset = text.endsWith(u'Z') || text.indexOf(u'+', 10) > 0 || text.lastIndexOf(u'-') > 10;
    const bool gmt = request.queryValue(QStringLiteral("dates_are_gmt")) == QStringLiteral("true")
        || request.queryValue(QStringLiteral("dates_are_gmt")) == QStringLiteral("1");
    if (!hasOffset && !gmt)
        *ms -= m_world->scenario().wooTimezoneOffsetMinutes * 60000LL;
    return ms;
}

SimResponse WooCommerceService::handle(const SimRequest& request)
{
    const QStringList seg = request.segmentsAfter(kPrefix);
    if (seg.isEmpty())
        return wooError(
            404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));

    auto [user, password] = request.basicAuth();
    if (m_world->scenario().wooStripsAuthorization)
        user.clear(); // the host's web server never hands the header to WordPress
    if (user.isEmpty()) {
        user = request.queryValue(QStringLiteral("consumer_key"));
        password = request.queryValue(QStringLiteral("consumer_secret"));
    }
    if (user.isEmpty())
        return wooError(401, "woocommerce_rest_cannot_view", QStringLiteral("Sorry, you cannot list resources."));
    if (user != m_key)
        return wooError(401, "woocommerce_rest_authentication_error", QStringLiteral("Consumer key is invalid."));
    if (password != m_secret)
        return wooError(401, "woocommerce_rest_authentication_error", QStringLiteral("Consumer secret is invalid."));

    const QByteArray& m = request.method;
    const bool write = m == "PUT" || m == "POST" || m == "PATCH";
    if (seg.first() == QStringLiteral("orders")) {
        if (seg.size() == 1 && m == "GET")
            return listOrders(request);
        bool ok = false;
        int index = seg.size() >= 2 ? m_world->findWooOrder(seg.at(1).toLongLong(&ok)) : -1;
        if (index >= 0 && m_world->orders().at(index).wooDeleted)
            index = -1;
        // An unknown order: 404 to a read, 400 to an update (WC_REST_CRUD_Controller::update_item).
        if (seg.size() == 2 && index < 0 && write)
            return wooError(400, "woocommerce_rest_shop_order_invalid_id", QStringLiteral("Invalid ID."));
        if (seg.size() >= 2 && index < 0)
            return wooError(404, "woocommerce_rest_shop_order_invalid_id", QStringLiteral("Invalid ID."));
        if (seg.size() == 2 && m == "GET") {
            SimResponse r = SimResponse::json(200, orderJson(index));
            if (const QByteArray raw = m_rawOrders.value(m_world->orders().at(index).wooId); !raw.isEmpty())
                r.body = raw;
            return r;
        }
        if (seg.size() == 2 && write)
            return updateOrder(request, index);
        if (seg.size() >= 3 && seg.at(2) == QStringLiteral("notes"))
            return notes(request, index, seg.mid(3));
    }
    if (seg.first() == QStringLiteral("products"))
        return products(request, seg);
    if (seg.first() == QStringLiteral("webhooks"))
        return webhooks(request, seg);
    return wooError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
}

SimResponse WooCommerceService::paged(const SimRequest& request,
    int total,
    const std::function<Json(int)>& render,
    const std::function<QByteArray(int)>& raw)
{
    bool ok = true;
    const int perPage =
        request.hasQuery(QStringLiteral("per_page")) ? request.queryValue(QStringLiteral("per_page")).toInt(&ok) : 10;
    if (!ok || perPage < 1 || perPage > 100)
        return SimResponse::json(400,
            invalidParam("per_page", QStringLiteral("per_page must be between 1 (inclusive) and 100 (inclusive)")));
    const int page =
        request.hasQuery(QStringLiteral("page")) ? request.queryValue(QStringLiteral("page")).toInt(&ok) : 1;
    if (!ok || page < 1)
        return SimResponse::json(400, invalidParam("page", QStringLiteral("page must be greater than or equal to 1")));
    const int offset = request.hasQuery(QStringLiteral("offset"))
        ? std::max(0, request.queryValue(QStringLiteral("offset")).toInt())
        : (page - 1) * perPage;
    const int pages = (total + perPage - 1) / perPage;
    // Element by element, so a hostile element can stand in verbatim (the same bytes as dumping the array).
    QList<QByteArray> elements;
    for (int i = offset; i < std::min(total, offset + perPage); ++i) {
        const QByteArray text = raw ? raw(i) : QByteArray();
        elements.append(text.isEmpty() ? QByteArray::fromStdString(render(i).dump()) : text);
    }
    SimResponse r = SimResponse::json(200, Json::array());
    r.body = '[' + elements.join(',') + ']';
    r.setHeader("X-WP-Total", QByteArray::number(total));
    r.setHeader("X-WP-TotalPages", QByteArray::number(pages));
    const auto link = [&](int p, const char* rel) {
        QUrl url = m_siteUrl;
        url.setPath(request.path);
        QUrlQuery q = request.query;
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(p));
        url.setQuery(q);
        return "<" + url.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> links;
    if (page > 1 && page - 1 <= pages)
        links.append(link(page - 1, "prev"));
    if (page < pages)
        links.append(link(page + 1, "next"));
    if (!links.isEmpty())
        r.setHeader("Link", links.join(", "));
    return r;
}

SimResponse WooCommerceService::listOrders(const SimRequest& request)
{
    QStringList statuses = request.queryValue(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts);
    if (statuses.isEmpty() || statuses.contains(QStringLiteral("any")))
        statuses.clear();
    for (const auto& s : std::as_const(statuses)) {
        if (!kStatuses.contains(s))
            return SimResponse::json(400,
                invalidParam("status",
                    QStringLiteral("status[0] is not one of any, %1.").arg(kStatuses.join(QStringLiteral(", ")))));
    }
    const QString orderBy = request.hasQuery(QStringLiteral("orderby")) ? request.queryValue(QStringLiteral("orderby"))
                                                                        : QStringLiteral("date");
    static const QStringList kOrderBy = {QStringLiteral("date"),
        QStringLiteral("id"),
        QStringLiteral("include"),
        QStringLiteral("title"),
        QStringLiteral("slug"),
        QStringLiteral("modified")};
    if (!kOrderBy.contains(orderBy))
        return SimResponse::json(400,
            invalidParam(
                "orderby", QStringLiteral("orderby is not one of date, id, include, title, slug, and modified.")));
    const QString order = request.hasQuery(QStringLiteral("order")) ? request.queryValue(QStringLiteral("order"))
                                                                    : QStringLiteral("desc");
    if (order != QStringLiteral("asc") && order != QStringLiteral("desc"))
        return SimResponse::json(400, invalidParam("order", QStringLiteral("order is not one of asc and desc.")));
    const auto after = filterDate(request, QStringLiteral("after"));
    const auto before = filterDate(request, QStringLiteral("before"));
    const auto modifiedAfter = filterDate(request, QStringLiteral("modified_after"));
    const auto modifiedBefore = filterDate(request, QStringLiteral("modified_before"));

    QList<int> picked;
    const auto& orders = m_world->orders();
    for (int i = 0; i < orders.size(); ++i) {
        const auto& o = orders.at(i);
        if (!o.placed || o.commercetools || o.wooDeleted)
            continue;
        if (statuses.isEmpty() ? o.wooStatus == QStringLiteral("trash") : !statuses.contains(o.wooStatus))
            continue;
        if ((after && o.createdMSecs <= *after) || (before && o.createdMSecs >= *before)
            || (modifiedAfter && o.modifiedMSecs <= *modifiedAfter)
            || (modifiedBefore && o.modifiedMSecs >= *modifiedBefore))
            continue;
        picked.append(i);
    }
    // Sorted by (key, id), a total order, and only the requested page: a store of 100,000 orders is listed page
    // by page, and sorting all of it for every page made the sandbox the slowest part of a backfill.
    const bool asc = order == QStringLiteral("asc");
    const int byKey = orderBy == QStringLiteral("modified") ? 1 : orderBy == QStringLiteral("id") ? 2 : 0;
    const auto key = [&](int i) {
        const auto& o = orders.at(i);
        return std::pair<qint64, qint64>(byKey == 1 ? o.modifiedMSecs : byKey == 2 ? o.wooId : o.createdMSecs, o.wooId);
    };
    const auto precedes = [&](int a, int b) { return asc ? key(a) < key(b) : key(a) > key(b); };
    const auto [from, to] = pageRange(request);
    const qsizetype end = std::min<qsizetype>(picked.size(), to);
    const qsizetype begin = std::min<qsizetype>(end, from);
    if (begin > 0) // everything before the page ahead of it, in no particular order: linear, not a sort
        std::nth_element(picked.begin(), picked.begin() + begin, picked.end(), precedes);
    std::partial_sort(picked.begin() + begin, picked.begin() + end, picked.end(), precedes);
    return paged(
        request,
        static_cast<int>(picked.size()),
        [&](int i) { return orderJson(picked.at(i)); },
        [&](int i) { return m_rawOrders.value(orders.at(picked.at(i)).wooId); });
}

void WooCommerceService::setRawOrder(qint64 wooId, const QByteArray& bytes)
{
    if (bytes.isEmpty())
        m_rawOrders.remove(wooId);
    else
        m_rawOrders.insert(wooId, bytes);
}

Json WooCommerceService::orderJson(int index) const
{
    const StorefrontOrder& o = m_world->orders().at(index);
    const QString& cur = m_world->scenario().currency;
    const auto dec = [&cur](qint64 minor) { return toStd(Money::fromMinor(minor, cur).toDecimalString()); };
    const auto datePair = [&](Json& j, const char* key, qint64 ms) {
        j[key] = ms < 0 ? Json(nullptr) : Json(toStd(wooDate(ms, false)));
        j[std::string(key) + "_gmt"] = ms < 0 ? Json(nullptr) : Json(toStd(wooDate(ms, true)));
    };
    Json j;
    j["id"] = o.wooId;
    j["parent_id"] = 0;
    j["status"] = toStd(o.wooStatus);
    j["currency"] = toStd(cur);
    j["version"] = "9.4.0";
    j["prices_include_tax"] = false;
    datePair(j, "date_created", o.createdMSecs);
    datePair(j, "date_modified", o.modifiedMSecs);
    j["discount_total"] = dec(o.discountMinor);
    j["discount_tax"] = "0.00";
    j["shipping_total"] = dec(o.shippingMinor);
    const qint64 shippingTax = o.shippingMinor / 5;
    j["shipping_tax"] = dec(shippingTax);
    j["cart_tax"] = dec(o.taxMinor - shippingTax);
    j["total"] = dec(o.totalMinor());
    j["total_tax"] = dec(o.taxMinor);
    j["customer_id"] = 0;
    j["order_key"] = toStd(QStringLiteral("wc_order_%1").arg(o.wooId * 7919, 0, 36));
    const Json address = {{"first_name", toStd(o.firstName)},
        {"last_name", toStd(o.lastName)},
        {"company", ""},
        {"address_1", "1 Market Street"},
        {"address_2", ""},
        {"city", toStd(o.city)},
        {"state", ""},
        {"postcode", toStd(o.postcode)},
        {"country", toStd(o.country)}};
    j["billing"] = address;
    j["billing"]["email"] = toStd(QStringLiteral("%1.%2@example.com").arg(o.firstName, o.lastName).toLower());
    j["billing"]["phone"] = "";
    j["shipping"] = address;
    j["shipping"]["phone"] = "";
    j["payment_method"] = toStd(o.paymentMethod);
    j["payment_method_title"] = o.paymentMethod == QStringLiteral("bacs") ? "Direct bank transfer" : "Credit card";
    j["transaction_id"] = o.paidMSecs >= 0 ? toStd(QStringLiteral("ch_%1").arg(o.wooId)) : "";
    // An order staff key in from a phone call is created in the admin: no customer browser, no checkout.
    const bool keyedIn = o.failure == PlannedFailure::UnroutedChannel;
    j["customer_ip_address"] = keyedIn ? "" : "192.0.2.10";
    j["customer_user_agent"] = keyedIn ? "" : "Mozilla/5.0";
    j["created_via"] = keyedIn ? "admin" : "checkout";
    j["customer_note"] = "";
    datePair(j, "date_completed", o.completedMSecs);
    datePair(j, "date_paid", o.paidMSecs);
    j["cart_hash"] = "";
    j["number"] = toStd(o.number);
    j["meta_data"] = o.wooMeta;
    Json lines = Json::array();
    qint64 discountLeft = o.discountMinor;
    const qint64 subtotal = o.subtotalMinor();
    for (int i = 0; i < o.lines.size(); ++i) {
        const OrderLine& line = o.lines.at(i);
        const auto& p = m_world->products().at(line.product);
        const qint64 lineSubtotal = line.unitPriceMinor * line.quantity;
        const qint64 share =
            i + 1 == o.lines.size() ? discountLeft : (subtotal ? o.discountMinor * lineSubtotal / subtotal : 0);
        discountLeft -= share;
        const qint64 lineTotal = lineSubtotal - share;
        Json meta = Json::array();
        if (line.variation >= 0) {
            const QString value = p.variations.at(line.variation).attribute;
            meta.push_back({{"id", line.id * 10},
                {"key", "pa_size"},
                {"value", toStd(value.toLower())},
                {"display_key", "Size"},
                {"display_value", toStd(value)}});
        }
        lines.push_back({{"id", line.id},
            {"name", toStd(m_world->lineName(line))},
            {"product_id", p.id},
            {"variation_id", line.variation >= 0 ? p.variations.at(line.variation).id : 0},
            {"quantity", line.quantity},
            {"tax_class", ""},
            {"subtotal", dec(lineSubtotal)},
            {"subtotal_tax", thousandths(lineSubtotal * 2)},
            {"total", dec(lineTotal)},
            {"total_tax", thousandths(lineTotal * 2)},
            {"taxes",
                Json::array(
                    {{{"id", 1}, {"total", thousandths(lineTotal * 2)}, {"subtotal", thousandths(lineSubtotal * 2)}}})},
            {"meta_data", meta},
            {"sku", nullOr(m_world->lineSku(line))},
            {"price", static_cast<double>(lineTotal) / 100.0 / line.quantity},
            {"image", {{"id", 0}, {"src", ""}}},
            {"parent_name", line.variation >= 0 ? Json(toStd(p.name)) : Json(nullptr)}});
    }
    j["line_items"] = lines;
    j["tax_lines"] = Json::array({{{"id", o.wooId * 10 + 7},
        {"rate_code", "VAT-1"},
        {"rate_id", 1},
        {"label", "VAT"},
        {"compound", false},
        {"tax_total", dec(o.taxMinor - shippingTax)},
        {"shipping_tax_total", dec(shippingTax)},
        {"rate_percent", 20},
        {"meta_data", Json::array()}}});
    j["shipping_lines"] = Json::array({{{"id", o.wooId * 10 + 8},
        {"method_title", "Flat rate"},
        {"method_id", "flat_rate"},
        {"instance_id", "1"},
        {"total", dec(o.shippingMinor)},
        {"total_tax", dec(shippingTax)},
        {"taxes", Json::array()},
        {"meta_data", Json::array()}}});
    Json fees = Json::array();
    if (o.feeMinor)
        fees.push_back({{"id", o.wooId * 10 + 9},
            {"name", "Gift wrapping"},
            {"tax_class", ""},
            {"tax_status", "none"},
            {"total", dec(o.feeMinor)},
            {"total_tax", "0.00"},
            {"taxes", Json::array()},
            {"meta_data", Json::array()}});
    j["fee_lines"] = fees;
    Json coupons = Json::array();
    if (o.discountMinor)
        coupons.push_back({{"id", o.wooId * 10 + 6},
            {"code", "welcome10"},
            {"discount", dec(o.discountMinor)},
            {"discount_tax", "0.00"},
            {"meta_data", Json::array()}});
    j["coupon_lines"] = coupons;
    j["refunds"] = Json::array();
    j["payment_url"] = toStd(m_siteUrl.toString() + QStringLiteral("/checkout/order-pay/%1/").arg(o.wooId));
    j["is_editable"] = o.wooStatus == QStringLiteral("pending") || o.wooStatus == QStringLiteral("on-hold");
    j["needs_payment"] = o.paidMSecs < 0 && o.wooStatus != QStringLiteral("cancelled");
    j["needs_processing"] = true;
    const std::string self = toStd(m_siteUrl.toString() + kPrefix + QStringLiteral("/orders/%1").arg(o.wooId));
    j["_links"] = {{"self", Json::array({{{"href", self}}})},
        {"collection", Json::array({{{"href", toStd(m_siteUrl.toString() + kPrefix + QStringLiteral("/orders"))}}})}};
    return j;
}

SimResponse WooCommerceService::updateOrder(const SimRequest& request, int index)
{
    const auto body = request.jsonBody();
    if (!body || !body->is_object())
        return wooError(400, "rest_invalid_json", QStringLiteral("Invalid JSON body passed."));
    StorefrontOrder& o = m_world->orders()[index];
    if (body->contains("status")) {
        const auto& s = body->at("status");
        if (!s.is_string() || !kStatuses.contains(fromStd(s.get<std::string>())))
            return SimResponse::json(400,
                invalidParam(
                    "status", QStringLiteral("status is not one of %1.").arg(kStatuses.join(QStringLiteral(", ")))));
        const QString status = fromStd(s.get<std::string>());
        if (status == QStringLiteral("completed") && status != o.wooStatus
            && o.failure == PlannedFailure::ShippedUpdateRefused) {
            // A fraud screening plugin's hook on the order's save refuses the change (a WP_Error of its own):
            // nothing of the request is applied, and sending it again meets the same answer.
            m_ledger->count(QStringLiteral("woocommerce.status_refused"));
            m_ledger->countFor(QStringLiteral("woocommerce_status_refused"), o.number);
            return wooError(400,
                "order_under_review",
                QStringLiteral("This order is under fraud review and cannot be marked as completed until the review "
                               "is closed."));
        }
        if (status != o.wooStatus) {
            o.wooStatus = status;
            m_ledger->count(QStringLiteral("woocommerce.status_set.") + status);
            m_ledger->countFor(QStringLiteral("woocommerce_status_") + status, o.number);
            if (status == QStringLiteral("completed"))
                o.completedMSecs = m_world->nowMSecs();
        }
    }
    if (body->contains("meta_data") && body->at("meta_data").is_array()) {
        for (const auto& entry : body->at("meta_data")) {
            if (!entry.is_object() || !entry.contains("key"))
                continue;
            bool replaced = false;
            for (auto& existing : o.wooMeta) {
                const bool sameId = entry.contains("id") && existing["id"] == entry["id"];
                if (sameId || (!entry.contains("id") && existing["key"] == entry["key"])) {
                    existing["value"] = entry.value("value", Json(nullptr));
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                o.wooMeta.push_back(
                    {{"id", o.nextMetaId++}, {"key", entry["key"]}, {"value", entry.value("value", Json(nullptr))}});
        }
    }
    m_ledger->count(QStringLiteral("woocommerce.order_updates"));
    m_world->touchOrder(index);
    return SimResponse::json(200, orderJson(index));
}

SimResponse WooCommerceService::notes(const SimRequest& request, int index, const QStringList& rest)
{
    StorefrontOrder& o = m_world->orders()[index];
    const auto noteJson = [this](const OrderNote& n) {
        return Json{{"id", n.id},
            {"author", n.addedByUser ? "shop-manager" : "system"},
            {"date_created", toStd(wooDate(n.createdMSecs, false))},
            {"date_created_gmt", toStd(wooDate(n.createdMSecs, true))},
            {"note", toStd(n.note)},
            {"customer_note", n.customerNote}}; // added_by_user is write-only
    };
    if (rest.isEmpty() && request.method == "GET") {
        Json all = Json::array();
        for (auto it = o.notes.crbegin(); it != o.notes.crend(); ++it)
            all.push_back(noteJson(*it));
        return SimResponse::json(200, all);
    }
    if (rest.isEmpty() && request.method == "POST") {
        const auto body = request.jsonBody();
        if (!body || !body->is_object() || !body->contains("note") || !body->at("note").is_string())
            return SimResponse::json(400,
                Json{{"code", "rest_missing_callback_param"},
                    {"message", "Missing parameter(s): note"},
                    {"data", {{"status", 400}, {"params", Json::array({"note"})}}}});
        OrderNote n;
        n.id = o.wooId * 100 + o.notes.size() + 1;
        n.createdMSecs = m_world->nowMSecs();
        n.note = fromStd(body->at("note").get<std::string>());
        n.customerNote = body->value("customer_note", false);
        n.addedByUser = body->value("added_by_user", false);
        o.notes.append(n);
        m_ledger->count(QStringLiteral("woocommerce.notes_added"));
        return SimResponse::json(201, noteJson(n));
    }
    if (rest.size() == 1 && request.method == "GET") {
        for (const auto& n : std::as_const(o.notes)) {
            if (QString::number(n.id) == rest.first())
                return SimResponse::json(200, noteJson(n));
        }
        return wooError(404, "woocommerce_rest_invalid_id", QStringLiteral("Invalid resource ID."));
    }
    return wooError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
}

Json WooCommerceService::productJson(int index) const
{
    const CatalogueProduct& p = m_world->products().at(index);
    const QString& cur = m_world->scenario().currency;
    const std::string price = toStd(Money::fromMinor(p.priceMinor, cur).toDecimalString());
    Json variations = Json::array();
    int stock = p.storeStock;
    if (p.variable) {
        stock = p.parentStock ? p.storeStock : 0;
        for (const auto& v : p.variations)
            variations.push_back(v.id);
    }
    const bool managed = p.variable ? p.parentStock : p.manageStock;
    return {{"id", p.id},
        {"name", toStd(p.name)},
        {"slug", toStd(p.name.toLower().replace(u' ', u'-'))},
        {"type", p.variable ? "variable" : "simple"},
        {"status", "publish"},
        {"sku", toStd(p.sku)},
        {"price", price},
        {"regular_price", p.variable ? "" : price},
        {"sale_price", ""},
        {"date_modified", toStd(wooDate(p.modifiedMSecs, false))},
        {"date_modified_gmt", toStd(wooDate(p.modifiedMSecs, true))},
        {"manage_stock", managed},
        {"stock_quantity", managed ? Json(stock) : Json(nullptr)},
        {"stock_status", !managed || stock > 0 ? "instock" : "outofstock"},
        {"backorders", "no"},
        {"backorders_allowed", false},
        {"backordered", false},
        {"variations", variations}};
}

Json WooCommerceService::variationJson(int index, int v) const
{
    const CatalogueProduct& p = m_world->products().at(index);
    const CatalogueVariation& var = p.variations.at(v);
    const std::string price = toStd(Money::fromMinor(var.priceMinor, m_world->scenario().currency).toDecimalString());
    // managing_stock(): "parent" when the variation leaves its stock to a product that manages it; the stock shown
    // is then the product's.
    const bool atParent = p.parentStock && var.stockAtParent;
    const int stock = atParent ? p.storeStock : var.storeStock;
    return {{"id", var.id},
        {"sku", toStd(var.ownSku.isEmpty() ? p.sku : var.ownSku)},
        {"price", price},
        {"regular_price", price},
        {"sale_price", ""},
        {"date_modified", toStd(wooDate(var.modifiedMSecs, false))},
        {"date_modified_gmt", toStd(wooDate(var.modifiedMSecs, true))},
        {"manage_stock", atParent ? Json("parent") : Json(true)},
        {"stock_quantity", stock},
        {"stock_status", stock > 0 ? "instock" : "outofstock"},
        {"backorders", "no"},
        {"backorders_allowed", false},
        {"backordered", false},
        {"attributes", Json::array({{{"id", 1}, {"name", "Size"}, {"option", toStd(var.attribute)}}})}};
}

std::optional<Json> WooCommerceService::applyStockUpdate(int index, int v, const Json& body)
{
    CatalogueProduct& p = m_world->products()[index];
    const auto error = [](const char* code, const QString& message, qint64 resource = 0) {
        Json data = {{"status", 400}};
        if (resource)
            data["resource_id"] = resource;
        return Json{{"code", code}, {"message", toStd(message)}, {"data", data}};
    };
    if (body.contains("stock_quantity") && !body.at("stock_quantity").is_number_integer())
        return error("rest_invalid_param", QStringLiteral("Invalid parameter(s): stock_quantity"));
    if (body.contains("sku") && body.at("sku").is_string()) {
        const QString sku = fromStd(body.at("sku").get<std::string>());
        const qint64 self = v >= 0 ? p.variations.at(v).id : p.id;
        for (const auto& other : m_world->products()) {
            if (other.id != self && other.sku == sku)
                return error("product_invalid_sku", QStringLiteral("Invalid or duplicated SKU."), other.id);
            for (const auto& ov : other.variations) {
                if (ov.id != self && ov.ownSku == sku)
                    return error("product_invalid_sku", QStringLiteral("Invalid or duplicated SKU."), ov.id);
            }
        }
        (v >= 0 ? p.variations[v].ownSku : p.sku) = sku;
    }
    // manage_stock as WC_REST_Product(_Variation)s_Controller reads it: a bool (a variation may say "parent").
    if (body.contains("manage_stock")) {
        const Json& m = body.at("manage_stock");
        const bool on = m.is_boolean() ? m.get<bool>() : m == "yes" || m == "1";
        bool& flag = v >= 0 ? p.variations[v].stockAtParent : p.variable ? p.parentStock : p.manageStock;
        const bool next = v >= 0 ? !on : on; // a variation switched to its own count no longer defers to its parent
        if (flag != next)
            m_ledger->count(QStringLiteral("woocommerce.stock_management_switched"));
        flag = next;
    }
    // The quantity is set only where stock is managed; elsewhere WooCommerce ignores it.
    const bool managed = v >= 0 ? !(p.parentStock && p.variations.at(v).stockAtParent)
        : p.variable            ? p.parentStock
                                : p.manageStock;
    if (body.contains("stock_quantity") && managed) {
        (v >= 0 ? p.variations[v].storeStock : p.storeStock) = body.at("stock_quantity").get<int>();
        m_ledger->count(QStringLiteral("woocommerce.stock_updates"));
    }
    (v >= 0 ? p.variations[v].modifiedMSecs : p.modifiedMSecs) = m_world->nowMSecs();
    return std::nullopt;
}

bool WooCommerceService::editListedStock(const QString& sku, qint64 quantity, const QString& location)
{
    Q_UNUSED(location) // one shop-wide stock per listing
    for (auto& p : m_world->products()) {
        if (!p.variable && p.sku == sku) {
            p.storeStock = static_cast<int>(quantity);
            p.modifiedMSecs = m_world->nowMSecs();
            m_ledger->count(QStringLiteral("woocommerce.stock_edited_by_hand"));
            return true;
        }
        for (auto& v : p.variations) {
            if (!v.ownSku.isEmpty() && v.ownSku == sku) {
                v.storeStock = static_cast<int>(quantity);
                v.modifiedMSecs = m_world->nowMSecs();
                m_ledger->count(QStringLiteral("woocommerce.stock_edited_by_hand"));
                return true;
            }
        }
    }
    return false;
}

SimResponse WooCommerceService::products(const SimRequest& request, const QStringList& seg)
{
    const auto& all = m_world->products();
    const QByteArray& m = request.method;
    const bool write = m == "PUT" || m == "POST" || m == "PATCH";
    if (seg.size() == 1 && m == "GET") {
        const QString skuParam = request.queryValue(QStringLiteral("sku"));
        QStringList skus = skuParam.split(u',', Qt::SkipEmptyParts);
        if (!skuParam.isEmpty())
            skus.append(skuParam); // the full string is tried as one SKU as well
        QList<int> picked;
        for (int i = 0; i < all.size(); ++i) {
            if (skus.isEmpty() || skus.contains(all.at(i).sku))
                picked.append(i);
        }
        return paged(request, static_cast<int>(picked.size()), [&](int i) { return productJson(picked.at(i)); });
    }
    if (seg.size() == 2 && seg.at(1) == QStringLiteral("batch") && m == "POST")
        return batch(request, -1);
    const int index = seg.size() >= 2 ? m_world->findProduct(seg.at(1).toLongLong()) : -1;
    if (index < 0)
        return wooError(404, "woocommerce_rest_product_invalid_id", QStringLiteral("Invalid ID."));
    if (seg.size() == 2 && m == "GET")
        return SimResponse::json(200, productJson(index));
    const auto body = request.jsonBody();
    if (seg.size() == 2 && write) {
        if (!body || !body->is_object())
            return wooError(400, "rest_invalid_json", QStringLiteral("Invalid JSON body passed."));
        if (auto err = applyStockUpdate(index, -1, *body))
            return SimResponse::json(400, *err);
        return SimResponse::json(200, productJson(index));
    }
    if (seg.size() >= 3 && seg.at(2) == QStringLiteral("variations")) {
        const auto& p = all.at(index);
        if (seg.size() == 3 && m == "GET") {
            const QString sku = request.queryValue(QStringLiteral("sku"));
            QList<int> picked;
            for (int v = 0; v < p.variations.size(); ++v) {
                if (sku.isEmpty() || p.variations.at(v).ownSku == sku)
                    picked.append(v);
            }
            return paged(
                request, static_cast<int>(picked.size()), [&](int v) { return variationJson(index, picked.at(v)); });
        }
        if (seg.size() == 4 && seg.at(3) == QStringLiteral("batch") && m == "POST")
            return batch(request, index);
        int v = -1;
        for (int i = 0; seg.size() == 4 && i < p.variations.size(); ++i) {
            if (QString::number(p.variations.at(i).id) == seg.at(3))
                v = i;
        }
        if (v < 0)
            return wooError(404, "woocommerce_rest_product_variation_invalid_id", QStringLiteral("Invalid ID."));
        if (m == "GET")
            return SimResponse::json(200, variationJson(index, v));
        if (write) {
            if (!body || !body->is_object())
                return wooError(400, "rest_invalid_json", QStringLiteral("Invalid JSON body passed."));
            if (auto err = applyStockUpdate(index, v, *body))
                return SimResponse::json(400, *err);
            return SimResponse::json(200, variationJson(index, v));
        }
    }
    return wooError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
}

SimResponse WooCommerceService::batch(const SimRequest& request, int productIndex)
{
    const auto body = request.jsonBody();
    if (!body || !body->is_object())
        return wooError(400, "rest_invalid_json", QStringLiteral("Invalid JSON body passed."));
    size_t total = 0;
    for (const char* key : {"create", "update", "delete"}) {
        if (body->contains(key) && body->at(key).is_array())
            total += body->at(key).size();
    }
    if (total > kBatchLimit)
        return wooError(413,
            "woocommerce_rest_request_entity_too_large",
            QStringLiteral("Unable to accept more than %1 items for this request.").arg(kBatchLimit));
    m_ledger->count(QStringLiteral("woocommerce.batch_requests"));
    Json result = Json::object();
    const auto itemError = [](qint64 id, const char* code, const char* message) {
        return Json{{"id", id}, {"error", {{"code", code}, {"message", message}, {"data", {{"status", 400}}}}}};
    };
    for (const char* key : {"create", "delete"}) {
        if (!body->contains(key))
            continue;
        Json out = Json::array();
        for (const auto& entry : body->at(key))
            out.push_back(itemError(entry.is_number() ? entry.get<qint64>() : 0,
                "woocommerce_rest_cannot_create",
                "The sandbox catalogue is fixed by its scenario."));
        result[key] = out;
    }
    if (body->contains("update")) {
        Json out = Json::array();
        for (const auto& entry : body->at("update")) {
            const qint64 id = entry.is_object() && entry.contains("id") && entry.at("id").is_number_integer()
                ? entry.at("id").get<qint64>()
                : 0;
            int index = productIndex < 0 ? m_world->findProduct(id) : productIndex;
            int v = -1;
            if (productIndex >= 0) {
                const auto& vars = m_world->products().at(productIndex).variations;
                for (int i = 0; i < vars.size(); ++i) {
                    if (vars.at(i).id == id)
                        v = i;
                }
                if (v < 0)
                    index = -1;
            }
            if (index < 0) {
                out.push_back(itemError(id,
                    productIndex < 0 ? "woocommerce_rest_product_invalid_id"
                                     : "woocommerce_rest_product_variation_invalid_id",
                    "Invalid ID."));
                continue;
            }
            if (auto err = applyStockUpdate(index, v, entry)) {
                out.push_back({{"id", id}, {"error", *err}});
                continue;
            }
            out.push_back(v >= 0 ? variationJson(index, v) : productJson(index));
        }
        result["update"] = out;
    }
    return SimResponse::json(200, result);
}

Json WooCommerceService::webhookJson(const Webhook& hook) const
{
    const QStringList parts = hook.topic.split(u'.');
    return {{"id", hook.id},
        {"name", toStd(hook.name)},
        {"status", toStd(hook.status)},
        {"topic", toStd(hook.topic)},
        {"resource", toStd(parts.value(0))},
        {"event", toStd(parts.value(1))},
        {"hooks", Json::array({toStd(QStringLiteral("woocommerce_new_%1").arg(parts.value(0)))})},
        {"delivery_url", toStd(hook.deliveryUrl.toString())},
        {"date_created", toStd(wooDate(hook.createdMSecs, false))},
        {"date_created_gmt", toStd(wooDate(hook.createdMSecs, true))}};
}

qint64 WooCommerceService::addWebhook(const QString& topic, const QUrl& deliveryUrl, const QByteArray& secret)
{
    Webhook hook;
    hook.id = m_webhooks.size() + 1;
    hook.name = QStringLiteral("Lockstep %1").arg(topic);
    hook.topic = topic;
    hook.deliveryUrl = deliveryUrl;
    hook.secret = secret;
    hook.createdMSecs = m_world->nowMSecs();
    m_webhooks.append(hook);
    return hook.id;
}

SimResponse WooCommerceService::webhooks(const SimRequest& request, const QStringList& seg)
{
    if (seg.size() == 1 && request.method == "GET") {
        return paged(
            request, static_cast<int>(m_webhooks.size()), [this](int i) { return webhookJson(m_webhooks.at(i)); });
    }
    if (seg.size() == 1 && request.method == "POST") {
        const auto body = request.jsonBody();
        if (!body || !body->is_object() || !body->contains("topic") || !body->contains("delivery_url"))
            return SimResponse::json(400,
                Json{{"code", "rest_missing_callback_param"},
                    {"message", "Missing parameter(s): topic, delivery_url"},
                    {"data", {{"status", 400}}}});
        const QUrl url(fromStd(body->value("delivery_url", std::string())));
        if (!url.isValid() || url.scheme().isEmpty())
            return SimResponse::json(
                400, invalidParam("delivery_url", QStringLiteral("delivery_url is not a valid URL.")));
        const qint64 id = addWebhook(fromStd(body->value("topic", std::string())),
            url,
            QByteArray::fromStdString(body->value("secret", std::string())));
        m_webhooks.last().status = fromStd(body->value("status", std::string("active")));
        if (body->contains("name"))
            m_webhooks.last().name = fromStd(body->value("name", std::string()));
        return SimResponse::json(201, webhookJson(m_webhooks.at(id - 1)));
    }
    if (seg.size() == 2) {
        for (qsizetype i = 0; i < m_webhooks.size(); ++i) {
            if (QString::number(m_webhooks.at(i).id) != seg.at(1)
                || m_webhooks.at(i).status == QStringLiteral("deleted"))
                continue;
            if (request.method == "DELETE")
                m_webhooks[i].status = QStringLiteral("deleted");
            return SimResponse::json(200, webhookJson(m_webhooks.at(i)));
        }
        return wooError(404, "woocommerce_rest_webhook_invalid_id", QStringLiteral("Invalid ID."));
    }
    return wooError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
}

void WooCommerceService::orderChanged(int orderIndex, const QString& topic)
{
    if (m_webhooks.isEmpty())
        return;
    // The payload is what GET /orders/{id} returns at delivery time, encoded like PHP's json_encode.
    const StorefrontOrder& o = m_world->orders().at(orderIndex);
    QByteArray body = QByteArray::fromStdString(orderJson(orderIndex).dump(-1, ' ', true));
    body.replace("/", "\\/");
    for (const auto& hook : std::as_const(m_webhooks)) {
        if (hook.status != QStringLiteral("active") || hook.topic != topic)
            continue;
        const int copies = m_rng.chance(m_duplicateRate) ? 2 : 1;
        for (int c = 0; c < copies; ++c) {
            WebhookDelivery d;
            d.url = hook.deliveryUrl;
            d.body = body;
            d.secret = hook.secret;
            d.webhookId = hook.id;
            d.topic = topic;
            d.source = m_siteUrl.toString() + u'/';
            d.resourceId = o.wooId;
            m_sender->deliver(d);
        }
        m_ledger->count(QStringLiteral("webhooks.events"));
        if (copies > 1)
            m_ledger->count(QStringLiteral("webhooks.duplicated"));
    }
}

} // namespace lockstep::core::sim
