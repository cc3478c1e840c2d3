// SPDX-License-Identifier: GPL-3.0-or-later
#include "woo_connector.h"

#include "connectors/json_fields.h"
#include "connectors/off_thread.h"
#include "connectors/webhook_signature.h"
#include "domain/clock.h"
#include "net/http_client.h"
#include "woo_parser.h"

#include <QCryptographicHash>
#include <QUrlQuery>

#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace lockstep::core::connectors::woocommerce {

using nlohmann::json;

namespace {

QString gmt(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

Error withContext(Error e, const QString& what)
{
    e.context = e.context.isEmpty() ? what : what + QStringLiteral(": ") + e.context;
    return e;
}

/// WooCommerce's JSON error body: {"code": "...", "message": "...", "data": {"status": 401}}.
Error describe(const net::HttpResult& r, const QString& what)
{
    Error e = r.error.value_or(makeError(ErrorCode::Network, QStringLiteral("request failed")));
    if (r.response) {
        const json j = json::parse(
            r.response->body.constData(), r.response->body.constData() + r.response->body.size(), nullptr, false);
        if (j.is_object() && j.contains("message") && j.at("message").is_string())
            e.message = QStringLiteral("%1 (HTTP %2)")
                            .arg(QString::fromStdString(j.at("message").get<std::string>()))
                            .arg(r.response->status);
        else if (looksLikeHtml(r.response->body)) // a proxy's or web server's error page
            e.message += QStringLiteral("; the answer is ") + describeHtmlAnswer(*r.response);
    }
    return withContext(e, what);
}

QByteArray body(const json& j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace

WooConnector::WooConnector(WooSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
{}

QString WooConnector::makeCursor(const QDateTime& watermark, int page)
{
    return gmt(watermark) + u'|' + QString::number(page);
}

QUrl WooConnector::endpoint(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/wp-json/wc/v3/") + path);
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

void WooConnector::sign(net::HttpRequest& request) const
{
    if (m_settings.credentials == WooCredentials::QueryString) {
        // WooCommerce reads consumer_key and consumer_secret from the query over HTTPS only (the configuration
        // refuses plain http except on this computer); the log redacts both.
        QUrlQuery query(request.url);
        query.addQueryItem(
            QStringLiteral("consumer_key"), QString::fromLatin1(QUrl::toPercentEncoding(m_settings.consumerKey)));
        query.addQueryItem(
            QStringLiteral("consumer_secret"), QString::fromLatin1(QUrl::toPercentEncoding(m_settings.consumerSecret)));
        request.url.setQuery(query);
        return;
    }
    request.setHeader(
        "Authorization", "Basic " + (m_settings.consumerKey + u':' + m_settings.consumerSecret).toUtf8().toBase64());
}

QString WooConnector::cursorAt(const QDateTime& t) const
{
    return makeCursor(t.toUTC(), 1);
}

namespace {

/// The last page of a read, from the answer's headers, never beyond what `X-WP-Total` allows: a server that says
/// 2^31 - 1 pages would otherwise be read for ever. -1 when neither header is there.
struct PageBound
{
    int lastPage = -1;
    std::optional<ParseProblem> problem; ///< the headers contradict each other
};

PageBound pageBound(const net::HttpResponse& response, int pageSize)
{
    PageBound out;
    bool okPages = false;
    const int declaredPages = response.header("X-WP-TotalPages").toInt(&okPages);
    bool okTotal = false;
    const qint64 total = response.header("X-WP-Total").toLongLong(&okTotal);
    okPages = okPages && declaredPages >= 0;
    okTotal = okTotal && total >= 0;
    if (!okTotal) {
        out.lastPage = okPages ? declaredPages : -1;
        return out;
    }
    const int allowed = int(std::min<qint64>((total + pageSize - 1) / pageSize, std::numeric_limits<int>::max()));
    out.lastPage = okPages ? std::min(declaredPages, allowed) : allowed;
    if (okPages && declaredPages > allowed) {
        out.problem = ParseProblem{QStringLiteral("woocommerce orders"),
            QStringLiteral("X-WP-TotalPages"),
            QStringLiteral("says %1 pages, but X-WP-Total (%2 orders, %3 a page) allows %4: read no further")
                .arg(declaredPages)
                .arg(total)
                .arg(pageSize)
                .arg(allowed)};
    }
    return out;
}

/// One page of the order list as the poller reads it: the orders, where the next read starts, whether there is more.
/// A read ends on an empty or short page, or at the last page the headers allow, whatever else they say.
OrderPage orderPage(
    ParsedOrders parsed, const net::HttpResponse& response, const QDateTime& watermark, int page, int pageSize)
{
    OrderPage out;
    QDateTime newest = watermark;
    for (const Order& o : parsed.orders) {
        if (o.modifiedAt.isValid() && o.modifiedAt > newest)
            newest = o.modifiedAt;
    }
    const PageBound bound = pageBound(response, pageSize);
    out.totalPages = bound.lastPage;
    out.serverTime = response.date();
    const qsizetype records = parsed.orders.size() + parsed.problems.size();
    bool morePages = records >= pageSize && (bound.lastPage < 0 || page < bound.lastPage);
    if (bound.problem && !morePages)
        parsed.problems.append(*bound.problem); // once, on the page where the read stops
    if (records == 0 && bound.lastPage > page) {
        parsed.problems.append({QStringLiteral("woocommerce orders"),
            QStringLiteral("(page %1)").arg(page),
            QStringLiteral("is empty, but the headers say there are %1 pages: read no further").arg(bound.lastPage)});
    }
    if (morePages && newest <= watermark) {
        // A full page without progress (many orders changed in the same second): step by page number.
        out.nextCursor = WooConnector::makeCursor(watermark, page + 1);
        out.hasMore = true;
    } else {
        out.nextCursor = WooConnector::makeCursor(newest, 1);
        out.hasMore = morePages;
    }
    out.orders = std::move(parsed.orders);
    out.problems = std::move(parsed.problems);
    return out;
}

} // namespace

void WooConnector::fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply)
{
    QDateTime watermark = window.from.isValid() ? window.from.toUTC() : utcFromMSecs(0);
    int page = 1;
    if (!cursor.isEmpty()) {
        const QDateTime t = QDateTime::fromString(cursor.section(u'|', 0, 0), Qt::ISODate);
        if (t.isValid())
            watermark = utcFromMSecs(QDateTime(t.date(), t.time(), Qt::UTC).toMSecsSinceEpoch());
        page = std::max(1, cursor.section(u'|', 1, 1).toInt());
    }
    // One second of overlap: modified_after is exclusive and timestamps have whole seconds.
    QList<std::pair<QString, QString>> query = {{QStringLiteral("modified_after"), gmt(watermark.addSecs(-1))},
        {QStringLiteral("dates_are_gmt"), QStringLiteral("true")},
        {QStringLiteral("orderby"), QStringLiteral("modified")},
        {QStringLiteral("order"), QStringLiteral("asc")},
        {QStringLiteral("per_page"), QString::number(m_settings.pageSize)},
        {QStringLiteral("page"), QString::number(page)}};
    if (window.until.isValid()) // exclusive, like the window; whole seconds, so the window ends on a second
        query.append({QStringLiteral("modified_before"), gmt(window.until)});
    net::HttpRequest request = net::HttpRequest::get(endpoint(QStringLiteral("orders"), query));
    sign(request);
    m_http.send(request, this, [this, reply, watermark, page](const net::HttpResult& r) {
        const QString what = QStringLiteral("WooCommerce orders page %1").arg(page);
        if (!r.ok())
            return reply(describe(r, what));
        if (looksLikeHtml(r.response->body)) // not an empty page: nothing was read, the cursor stays
            return reply(htmlAnswerError(*r.response, what));
        const net::HttpResponse response = *r.response; // shared with the pool thread: Qt's values copy on write
        runOffThread(
            this,
            [body = response.body] { return parseOrders(body); },
            [reply, watermark, page, response, pageSize = m_settings.pageSize](
                ParsedOrders parsed) { reply(orderPage(std::move(parsed), response, watermark, page, pageSize)); });
    });
}

void WooConnector::fetchOrder(const QString& storefrontId, Reply<Order> reply)
{
    net::HttpRequest request = net::HttpRequest::get(endpoint(QStringLiteral("orders/") + storefrontId));
    sign(request);
    m_http.send(request, this, [reply, storefrontId](const net::HttpResult& r) {
        const QString what = QStringLiteral("WooCommerce order ") + storefrontId;
        if (!r.ok())
            return reply(describe(r, what));
        if (looksLikeHtml(r.response->body))
            return reply(htmlAnswerError(*r.response, what));
        ParsedOrders parsed = parseOrders(r.response->body);
        if (parsed.orders.isEmpty()) {
            const QString why = parsed.problems.isEmpty() ? QStringLiteral("no order in the answer")
                                                          : parsed.problems.constFirst().toString();
            return reply(makeError(ErrorCode::Parse, why, what));
        }
        reply(parsed.orders.takeFirst());
    });
}

void WooConnector::markFulfilled(const FulfilmentUpdate& u, Done done)
{
    // One PUT: status and tracking together, safe to send again (same values, same result). An order still
    // waiting for more of its shipments keeps its status and gains this shipment's tracking.
    json payload = {{"meta_data",
        json::array({{{"key", ("_lockstep_shipment_" + u.deliveryKey).toStdString()},
            {"value",
                {{"carrier", u.carrier.toStdString()},
                    {"tracking_number", u.trackingNumber.toStdString()},
                    {"tracking_url", u.trackingUrl.toStdString()},
                    {"collected_at", gmt(u.collectedAt).toStdString()}}}}})}};
    if (u.completesOrder && !u.orderCancelled)
        payload["status"] = "completed";
    net::HttpRequest request;
    request.method = net::HttpMethod::Put;
    request.url = endpoint(QStringLiteral("orders/") + u.storefrontOrderId);
    request.body = body(payload);
    request.setHeader("Content-Type", "application/json");
    sign(request);
    m_http.send(request, this, [done, id = u.storefrontOrderId](const net::HttpResult& r) {
        done(r.ok() ? Status::success() : Status(describe(r, QStringLiteral("WooCommerce order ") + id)));
    });
}

void WooConnector::addNote(const QString& storefrontId, const QString& note, Done done)
{
    net::HttpRequest request = net::HttpRequest::post(endpoint(QStringLiteral("orders/%1/notes").arg(storefrontId)),
        body({{"note", note.toStdString()}, {"customer_note", false}}));
    sign(request);
    m_http.send(request, this, [done, storefrontId](const net::HttpResult& r) {
        done(r.ok() ? Status::success() : Status(describe(r, QStringLiteral("WooCommerce note on ") + storefrontId)));
    });
}

void WooConnector::loadCatalogue(std::function<void(Result<StorefrontListing>)> done)
{
    auto listing = std::make_shared<StorefrontListing>();
    auto variable = std::make_shared<QList<std::pair<qint64, QString>>>();
    m_stockAtParent.clear();
    m_unmanaged.clear();
    loadProducts(listing, variable, std::move(done), 1);
}

void WooConnector::loadProducts(std::shared_ptr<StorefrontListing> listing,
    VariableProducts variable,
    std::function<void(Result<StorefrontListing>)> done,
    int page)
{
    net::HttpRequest request = net::HttpRequest::get(endpoint(QStringLiteral("products"),
        {{QStringLiteral("per_page"), QStringLiteral("100")}, {QStringLiteral("page"), QString::number(page)}}));
    sign(request);
    m_http.send(request, this, [this, listing, variable, done, page](const net::HttpResult& r) {
        if (!r.ok())
            return done(describe(r, QStringLiteral("WooCommerce products page %1").arg(page)));
        ParsedProducts parsed = parseProducts(r.response->body);
        if (parsed.items.isEmpty() && !parsed.problems.isEmpty()
            && parsed.problems.constFirst().field == QLatin1String("(body)"))
            return done(makeError(ErrorCode::Parse, parsed.problems.constFirst().toString()));
        for (ListedItem& item : parsed.items)
            item.readAt = r.response->date();
        listing->items += parsed.items;
        listing->problems += parsed.problems;
        *variable += parsed.variableProducts;
        m_unmanaged += parsed.unmanaged;
        const int totalPages = r.response->header("X-WP-TotalPages").toInt();
        if (page < totalPages)
            return loadProducts(listing, variable, done, page + 1);
        loadVariations(listing, variable, done, 0, 1);
    });
}

void WooConnector::loadVariations(std::shared_ptr<StorefrontListing> listing,
    VariableProducts variable,
    std::function<void(Result<StorefrontListing>)> done,
    qsizetype index,
    int page)
{
    if (index >= variable->size()) {
        // The SKU map the stock push uses, from the whole listing just read.
        QHash<QString, QString> parentSku;
        for (const ListedItem& item : std::as_const(listing->items)) {
            if (item.parentId.isEmpty())
                parentSku.insert(item.id, item.sku);
        }
        m_skuToProduct.clear();
        for (const ListedItem& item : std::as_const(listing->items)) {
            if (item.sku.isEmpty())
                continue;
            if (item.parentId.isEmpty())
                m_skuToProduct.insert(item.sku, {item.id.toLongLong(), 0, !m_unmanaged.contains(item.id)});
            else if (m_stockAtParent.contains(item.id))
                // The product keeps this variation's stock: it is set there, like a simple product's.
                m_skuToProduct.insert(item.sku, {item.parentId.toLongLong(), 0, !m_unmanaged.contains(item.parentId)});
            else if (item.sku != parentSku.value(item.parentId))
                // A variation without its own SKU shows the parent's: never map that one to the variation.
                m_skuToProduct.insert(
                    item.sku, {item.parentId.toLongLong(), item.id.toLongLong(), !m_unmanaged.contains(item.id)});
        }
        m_catalogueLoaded = true;
        return done(*listing);
    }
    // Plain copies, not a structured binding: lambdas may capture those only from clang 16 on (the fuzz build).
    const auto parentId = variable->at(index).first;
    const auto parentSku = variable->at(index).second;
    net::HttpRequest request = net::HttpRequest::get(endpoint(QStringLiteral("products/%1/variations").arg(parentId),
        {{QStringLiteral("per_page"), QStringLiteral("100")}, {QStringLiteral("page"), QString::number(page)}}));
    sign(request);
    m_http.send(request, this, [this, listing, variable, done, index, page, parentId](const net::HttpResult& r) {
        if (!r.ok())
            return done(describe(r, QStringLiteral("WooCommerce variations of %1").arg(parentId)));
        QString parentName;
        for (const ListedItem& item : std::as_const(listing->items)) {
            if (item.parentId.isEmpty() && item.id == QString::number(parentId))
                parentName = item.name;
        }
        ParsedProducts parsed = parseVariations(r.response->body, parentId, parentName);
        m_stockAtParent += parsed.stockAtParent;
        m_unmanaged += parsed.unmanaged;
        for (ListedItem& item : parsed.items)
            item.readAt = r.response->date();
        listing->items += parsed.items;
        listing->problems += parsed.problems;
        const int totalPages = r.response->header("X-WP-TotalPages").toInt();
        if (page < totalPages)
            return loadVariations(listing, variable, done, index, page + 1);
        loadVariations(listing, variable, done, index + 1, 1);
    });
}

void WooConnector::fetchListing(Reply<StorefrontListing> reply)
{
    loadCatalogue(std::move(reply));
}

void WooConnector::pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply)
{
    if (!m_catalogueLoaded) {
        loadCatalogue([this, levels, reply](Result<StorefrontListing> listing) {
            if (!listing.ok())
                return reply(listing.error());
            sendStockBatch(levels, reply);
        });
        return;
    }
    sendStockBatch(levels, reply);
}

void WooConnector::sendStockBatch(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply)
{
    // Simple products go to products/batch; variations to their parent's variations/batch.
    QHash<qint64, json> byParent; // 0: simple products
    QHash<qint64, QString> skuById;
    auto outcome = std::make_shared<StockPushOutcome>();
    for (const StockLevel& level : levels) {
        const auto it = m_skuToProduct.constFind(level.sku);
        if (it == m_skuToProduct.cend()) {
            outcome->failed.append(
                {level.sku, QStringLiteral("sku"), QStringLiteral("is not in the WooCommerce catalogue")});
            continue;
        }
        // Only the quantity: how a product keeps its stock is the shop's choice, never switched by a push.
        if (!it->managed) {
            outcome->failed.append({level.sku,
                QStringLiteral("manage_stock"),
                QStringLiteral("WooCommerce counts no stock for it; turn on stock management there to sync it")});
            continue;
        }
        const qint64 parent = it->variationId ? it->productId : 0;
        const qint64 id = it->variationId ? it->variationId : it->productId;
        if (skuById.contains(id)) { // variations whose product keeps their stock share one count
            outcome->failed.append({level.sku,
                QStringLiteral("stock_quantity"),
                QStringLiteral("shares its product's stock with SKU %1, set in the same push").arg(skuById.value(id))});
            continue;
        }
        skuById.insert(id, level.sku);
        byParent[parent].push_back({{"id", id}, {"stock_quantity", level.quantity}});
    }
    if (byParent.isEmpty())
        return reply(*outcome);
    auto pending = std::make_shared<int>(static_cast<int>(byParent.size()));
    auto firstError = std::make_shared<std::optional<Error>>();
    for (auto it = byParent.cbegin(); it != byParent.cend(); ++it) {
        const QString path = it.key() == 0 ? QStringLiteral("products/batch")
                                           : QStringLiteral("products/%1/variations/batch").arg(it.key());
        net::HttpRequest request = net::HttpRequest::post(endpoint(path), body({{"update", it.value()}}));
        request.idempotent = true; // absolute quantities: sending twice sets the same values
        sign(request);
        m_http.send(request, this, [reply, outcome, pending, firstError, skuById](const net::HttpResult& r) {
            if (!r.ok()) {
                if (!*firstError)
                    *firstError = describe(r, QStringLiteral("WooCommerce stock batch"));
            } else {
                if (!outcome->serverTime.isValid() || r.response->date() < outcome->serverTime)
                    outcome->serverTime = r.response->date();
                // 200 even when items fail: every element is inspected.
                const json j = json::parse(r.response->body.constData(),
                    r.response->body.constData() + r.response->body.size(),
                    nullptr,
                    false);
                if (j.is_object() && j.contains("update") && j.at("update").is_array()) {
                    for (const json& item : j.at("update")) {
                        const qint64 id = item.is_object() && item.contains("id") && item.at("id").is_number_integer()
                            ? item.at("id").get<qint64>()
                            : 0;
                        const QString sku = skuById.value(id, QString::number(id));
                        if (item.is_object() && item.contains("error") && item.at("error").is_object())
                            outcome->failed.append({sku,
                                QStringLiteral("stock_quantity"),
                                QString::fromStdString(item.at("error").value("message", std::string("refused")))});
                        else
                            outcome->updated.append(sku);
                    }
                }
            }
            if (--*pending > 0)
                return;
            if (*firstError && outcome->updated.isEmpty())
                return reply(**firstError);
            reply(*outcome);
        });
    }
}

Result<WebhookEvent> WooConnector::verifyWebhook(
    const QHash<QByteArray, QByteArray>& headers, const QByteArray& bodyBytes) const
{
    const QByteArray signature = headerCaseInsensitive(headers, "X-WC-Webhook-Signature");
    if (signature.isEmpty())
        return makeError(ErrorCode::Refused, QStringLiteral("webhook without signature"));
    if (m_settings.webhookSecret.isEmpty())
        return makeError(ErrorCode::Refused, QStringLiteral("no webhook secret configured"));
    if (!constantTimeEquals(signature, hmacSha256Base64(wooWebhookKey(m_settings.webhookSecret), bodyBytes)))
        return makeError(ErrorCode::Refused, QStringLiteral("webhook signature does not match"));
    QList<ParseProblem> problems;
    const auto j = parseJson(bodyBytes, QStringLiteral("webhook"), problems);
    if (!j || !j->is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("webhook body is not a JSON object"));
    const JsonFields f(*j, QStringLiteral("webhook"), problems);
    WebhookEvent e;
    e.topic = QString::fromUtf8(headerCaseInsensitive(headers, "X-WC-Webhook-Topic"));
    e.resourceId = f.text("id");
    if (e.resourceId.isEmpty())
        return makeError(ErrorCode::Parse, QStringLiteral("webhook body has no id"));
    // The delivery id changes on every attempt; the same change has the same modified time.
    const QString modified = f.text("date_modified_gmt");
    e.dedupeKey = e.topic + u':' + e.resourceId + u':'
        + (modified.isEmpty()
                ? QString::fromLatin1(QCryptographicHash::hash(bodyBytes, QCryptographicHash::Sha256).toHex())
                : modified);
    return e;
}

void WooConnector::checkHealth(HealthReply reply)
{
    net::HttpRequest request =
        net::HttpRequest::get(endpoint(QStringLiteral("orders"), {{QStringLiteral("per_page"), QStringLiteral("1")}}));
    sign(request);
    m_http.send(
        request, this, [reply](const net::HttpResult& r) { reply(checkJsonAnswer(r, QStringLiteral("woocommerce"))); });
}

} // namespace lockstep::core::connectors::woocommerce
