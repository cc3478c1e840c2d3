// SPDX-License-Identifier: GPL-3.0-or-later
#include "deposco_connector.h"

#include "connectors/api_url.h"
#include "connectors/oauth_token.h"
#include "net/http_client.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace lockstep::core::connectors::deposco {

using nlohmann::json;

namespace {

constexpr int kMaxSalesOrdersPage = 50; // SDK getSalesOrdersRequest / getSalesOrderLinesRequest: at most 50
constexpr int kMaxOrderLinesPage = 50;
constexpr int kMaxCustomerReturnsPage = 50; // SDK getCustomerReturnsRequest: at most 50
constexpr int kMaxPage = 100; // items, kits, shipments

std::string s(const QString& v)
{
    return v.toStdString();
}

Error describe(const net::HttpResult& r, const QString& what)
{
    Error e = r.error.value_or(makeError(ErrorCode::Network, QStringLiteral("request failed")));
    if (r.response) {
        const QString message = errorMessage(r.response->body);
        if (!message.isEmpty())
            e.message = QStringLiteral("%1 (HTTP %2)").arg(message).arg(r.response->status);
    }
    e.context = e.context.isEmpty() ? what : what + QStringLiteral(": ") + e.context;
    return e;
}

/// A create that failed; when the HTTP layer cannot tell whether it was applied, the message says to look first.
Error createFailure(const net::HttpResult& r, const QString& what)
{
    Error e = describe(r, what);
    if (r.outcomeUnknown)
        e.message += QStringLiteral(" (it may have been created: look it up before sending again)");
    return e;
}

} // namespace

/// Cursor of a walk through a newest-first collection: "<watermark>|<max seen>|<next page url>".
struct WalkCursor
{
    QString watermark; ///< updatedAfter of this walk (empty: everything)
    QString maxSeen; ///< newest updatedDate seen so far in this walk
    QUrl next; ///< the next page of the walk, empty at its start

    static WalkCursor parse(const QString& text)
    {
        WalkCursor c;
        c.watermark = text.section(u'|', 0, 0);
        c.maxSeen = text.section(u'|', 1, 1);
        c.next = QUrl(text.section(u'|', 2));
        return c;
    }
    QString toString() const { return watermark + u'|' + maxSeen + u'|' + next.toString(); }
};

namespace {

QString isoOf(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// One second back: updatedAfter is exclusive, and a change in the same instant must not be skipped.
QString overlapped(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? isoOf(t.addSecs(-1)) : iso;
}

/// After a page: the cursor for the next call and whether more of this walk remains.
std::pair<QString, bool> advance(WalkCursor c, const QUrl& next, bool complete, const QDateTime& newestOnPage)
{
    if (newestOnPage.isValid() && isoOf(newestOnPage) > c.maxSeen)
        c.maxSeen = isoOf(newestOnPage);
    if (!complete && !next.isEmpty()) {
        c.next = next;
        return {c.toString(), true};
    }
    // The walk is complete: the watermark moves to the newest change seen.
    WalkCursor done;
    done.watermark = c.maxSeen.isEmpty() ? c.watermark : c.maxSeen;
    done.maxSeen = done.watermark;
    return {done.toString(), false};
}

/// Answers a page of a walk once its records are complete: they go into `field`, with the page's problems and
/// the cursor `advance()` gave.
template <typename Page, typename T>
std::function<void(Result<QList<T>>)> finishPage(
    Reply<Page> reply, QList<ParseProblem> problems, std::pair<QString, bool> cursor, QList<T> Page::*field)
{
    return [reply, problems = std::move(problems), cursor = std::move(cursor), field](Result<QList<T>> records) {
        if (!records.ok())
            return reply(records.error());
        Page out;
        out.*field = records.value();
        out.problems = problems;
        out.nextCursor = cursor.first;
        out.hasMore = cursor.second;
        reply(out);
    };
}

} // namespace

QString defaultOrderPrefix(const QString& origin)
{
    if (origin == QLatin1String("woocommerce"))
        return QStringLiteral("WC-");
    if (origin == QLatin1String("commercetools"))
        return QStringLiteral("CT-");
    if (origin == QLatin1String("pos"))
        return QStringLiteral("POS-");
    return origin.isEmpty() ? QString() : origin.toUpper() + u'-';
}

namespace {

constexpr qsizetype kNameLimit = 30; // "shipToContact.lastName size must be between 0 and 30" (integrator)
constexpr qsizetype kEmailLimit = 50;

/// An exact decimal amount as a JSON number (the model's prices and totals are numbers).
json amount(const Money& m)
{
    const std::string text = m.toDecimalString().toStdString();
    json j = json::parse(text, nullptr, false);
    return j.is_number() ? j : json(0);
}

json itemRef(const QString& sku, const QString& bu)
{
    json key = {{"number", s(sku)}};
    if (!bu.isEmpty())
        key["businessUnit.code"] = s(bu);
    return {{"businessKey", key}};
}

json packRef(const QString& sku, const QString& bu)
{
    json key = {{"item.number", s(sku)}, {"quantity", 1}};
    if (!bu.isEmpty())
        key["item.businessUnit.code"] = s(bu);
    return {{"businessKey", key}};
}

/// The contact's names: the address's own, or the customer's name split at its last space.
std::pair<QString, QString> contactNames(const WmsCreateRequest& r)
{
    if (!r.shipTo.firstName.isEmpty() || !r.shipTo.lastName.isEmpty())
        return {r.shipTo.firstName, r.shipTo.lastName};
    const QString name = r.shipToName.trimmed();
    const qsizetype space = name.lastIndexOf(u' ');
    return space < 0 ? std::pair<QString, QString>{QString(), name}
                     : std::pair<QString, QString>{name.left(space), name.mid(space + 1)};
}

/// A SalesOrder as the model has it (docs/Model/SalesOrderDTO.md): EntityRefs by business key, custom fields
/// as `{name, value}`, a full ship-to address and contact.
json salesOrderBody(const WmsCreateRequest& req, const QString& number, const QString& bu)
{
    json lines = json::array();
    for (const auto& l : req.lines) {
        lines.push_back({{"lineNumber", std::to_string(l.lineNumber)},
            {"customerLineNumber", std::to_string(l.lineNumber)},
            {"item", itemRef(l.sku, bu)},
            {"pack", packRef(l.sku, bu)},
            {"orderPackQuantity", l.quantity},
            {"unitPrice", amount(l.unitPrice)}});
    }
    json custom = json::array();
    if (!req.currency.isEmpty())
        custom.push_back({{"name", kCurrencyField}, {"value", s(req.currency)}});
    QStringList names = req.customFields.keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        custom.push_back({{"name", s(name)}, {"value", s(req.customFields.value(name))}});
    const auto [first, last] = contactNames(req);
    json contact = {{"firstName", s(first.left(kNameLimit))}, {"lastName", s(last.left(kNameLimit))}};
    if (!req.shipTo.phone.isEmpty())
        contact["phone"] = s(req.shipTo.phone);
    if (!req.shipTo.email.isEmpty() && req.shipTo.email.size() <= kEmailLimit)
        contact["email"] = s(req.shipTo.email);
    json address = {{"country", s(req.shipTo.country.isEmpty() ? req.shipToCountry : req.shipTo.country)}};
    const auto put = [&address](const char* key, const QString& value) {
        if (!value.isEmpty())
            address[key] = s(value);
    };
    put("line1", req.shipTo.company.isEmpty() ? req.shipTo.line1 : req.shipTo.company);
    put(req.shipTo.company.isEmpty() ? "line2" : "line3", req.shipTo.line2);
    if (!req.shipTo.company.isEmpty())
        put("line2", req.shipTo.line1);
    put("city", req.shipTo.city);
    put("postalCode", req.shipTo.postalCode);
    put("stateProvince", req.shipTo.stateProvince);
    json body = {{"number", s(number)},
        {"customerOrderNumber", s(req.key.customerOrderNumber)},
        {"orderSource", s(req.key.origin)},
        {"orderStatus", "New"},
        {"shipFromFacility", {{"businessKey", {{"number", s(req.facility)}}}}},
        {"shipToContact", contact},
        {"shipToAddress", address},
        {"orderTotal", amount(req.total)},
        {"customFields", custom},
        {"orderLines", {{"data", lines}}}};
    if (!bu.isEmpty())
        body["businessUnit"] = {{"businessKey", {{"code", s(bu)}}}};
    return body;
}

/// A CustomerReturn as the model has it (docs/Model/CustomerReturnDTO.md): the facility that takes the goods in
/// as `shipToFacility` by business key, lines `{data: [CustomerReturnLineDTO]}` with item and pack by business
/// key as a sales order's. "New customer returns should be created with a status of New."
json customerReturnBody(const WmsReturnRequest& req, const QString& bu)
{
    json lines = json::array();
    for (const auto& l : req.lines) {
        lines.push_back({{"lineNumber", std::to_string(l.lineNumber)},
            {"item", itemRef(l.sku, bu)},
            {"pack", packRef(l.sku, bu)},
            {"orderPackQuantity", l.quantity}});
    }
    json body = {{"number", s(req.number)},
        {"customerOrderNumber", s(req.customerOrderNumber)},
        {"orderSource", s(req.origin)},
        {"orderStatus", "New"},
        {"shipToFacility", {{"businessKey", {{"number", s(req.facility)}}}}},
        {"orderLines", {{"data", lines}}}};
    if (!req.relatedOrderNumber.isEmpty()) // a plain string of the model: absent rather than empty
        body["relatedOrderNumber"] = s(req.relatedOrderNumber);
    if (!bu.isEmpty())
        body["businessUnit"] = {{"businessKey", {{"code", s(bu)}}}};
    return body;
}

/// A create refused because the warehouse already has the order and works on it (the POST is an upsert by
/// number; "cannot be updated while in the status of …", integrator notes).
bool isAlreadyThere(const net::HttpResult& r)
{
    return r.response && r.response->status == 400
        && errorMessage(r.response->body).contains(QLatin1String("cannot be updated"), Qt::CaseInsensitive);
}

} // namespace

DeposcoConnector::DeposcoConnector(DeposcoSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
    , m_auth(new OAuthToken({m_settings.tokenUrl,
                                m_settings.clientId,
                                m_settings.clientSecret,
                                m_settings.scope,
                                QStringLiteral("WMS sign-in"),
                                m_settings.refreshToken},
          http,
          this))
{
    connect(m_auth, &OAuthToken::refreshTokenRotated, this, &DeposcoConnector::refreshTokenRotated);
}

QString DeposcoConnector::wmsNumber(const WmsOrderKey& key) const
{
    const auto it = m_settings.orderPrefixes.constFind(key.origin);
    return (it != m_settings.orderPrefixes.cend() ? *it : defaultOrderPrefix(key.origin)) + key.customerOrderNumber;
}

QUrl DeposcoConnector::url(const QString& path, const QueryItems& query) const
{
    return apiUrl(m_settings.apiUrl, path, query);
}

QUrl DeposcoConnector::listUrl(const QString& path, QueryItems query) const
{
    if (!m_settings.businessUnit.isEmpty())
        query.prepend({QStringLiteral("businessUnit"), m_settings.businessUnit});
    return url(path, query);
}

void DeposcoConnector::send(net::HttpRequest request, Handler handler)
{
    // Deposco turns a write away with 409 while the record is being updated by another request; nothing was
    // applied, and it asks to try again when the record is free (api-notes §3.6).
    request.conflictIsRejection = true;
    m_auth->send(std::move(request), this, std::move(handler));
}

void DeposcoConnector::findOrder(const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply)
{
    findByNumber(wmsNumber(key), key, [this, key, reply](Result<std::optional<WmsOrder>> found) {
        const QString plain = key.customerOrderNumber;
        if (!found.ok() || found.value() || plain == wmsNumber(key))
            return reply(found);
        // Sent before numbers had a storefront prefix: under the storefront's own number, if it names this order.
        findByNumber(plain, key, reply);
    });
}

void DeposcoConnector::findByNumber(const QString& number, const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply)
{
    send(net::HttpRequest::get(listUrl(QStringLiteral("/orders/salesOrders"), {{QStringLiteral("number"), number}})),
        [this, reply, key, number](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("WMS lookup of ") + number));
            auto page = parseSalesOrders(r.response->body);
            // Newest first; copies cancelled by a person may be there too: prefer a live one.
            std::optional<ParsedSalesOrder> chosen;
            for (const auto& o : page.items) {
                if (o.order.number != number || o.order.customerOrderNumber != key.customerOrderNumber
                    || (!key.origin.isEmpty() && !o.order.origin.isEmpty() && o.order.origin != key.origin))
                    continue;
                if (!chosen
                    || (chosen->order.status == WmsOrderStatus::Canceled && o.order.status != WmsOrderStatus::Canceled))
                    chosen = o;
            }
            if (!chosen)
                return reply(std::optional<WmsOrder>());
            completeLines({*chosen}, 0, [reply](Result<QList<WmsOrder>> orders) {
                if (!orders.ok())
                    return reply(orders.error());
                reply(std::optional<WmsOrder>(orders->constFirst()));
            });
        });
}

void DeposcoConnector::createOrder(const WmsCreateRequest& req, Reply<WmsOrder> reply)
{
    const QString number = wmsNumber(req.key);
    const json body = salesOrderBody(req, number, m_settings.businessUnit);
    // An upsert by number: a retry after an unknown outcome cannot duplicate, but the engine still looks first.
    send(net::HttpRequest::post(url(QStringLiteral("/orders/salesOrders")), QByteArray::fromStdString(body.dump())),
        [this, reply, req, number](const net::HttpResult& r) {
            if (!r.ok()) {
                if (isAlreadyThere(r))
                    return findAfterRefusal(req, r, reply);
                return reply(createFailure(r, QStringLiteral("WMS create for ") + number));
            }
            auto parsed = parseSalesOrder(r.response->body);
            if (!parsed.ok())
                return reply(parsed.error());
            reply(parsed->order);
        });
}

void DeposcoConnector::findAfterRefusal(
    const WmsCreateRequest& req, const net::HttpResult& refusal, Reply<WmsOrder> reply)
{
    findOrder(req.key, [reply, refusal, number = wmsNumber(req.key)](Result<std::optional<WmsOrder>> found) {
        if (found.ok() && found.value())
            return reply(*found.value());
        reply(found.ok() ? describe(refusal, QStringLiteral("WMS create for ") + number) : found.error());
    });
}

void DeposcoConnector::cancelOrder(const WmsOrder& order, Reply<CancelOutcome> reply)
{
    const CancelScope scope = cancelScope(order.status);
    if (scope == CancelScope::Nothing)
        return reply(CancelOutcome::RefusedLocked);
    json lines = json::array();
    for (const auto& l : order.lines) {
        const qint64 open = std::max<qint64>(0, l.ordered - l.canceled - l.shipped);
        const qint64 qty = scope == CancelScope::WholeOrder ? open : std::min(open, l.backOrdered);
        if (qty <= 0)
            continue;
        // A line the WMS did not identify cannot be named: never report a cancellation that was not sent.
        if (l.lineId.isEmpty())
            return reply(
                makeError(ErrorCode::Parse, QStringLiteral("order line %1 has no id").arg(l.lineNumber), order.number));
        lines.push_back({{"orderLine", {{"id", l.lineId.toLongLong()}}}, {"canceledPackQuantity", qty}});
    }
    if (lines.empty()) // nothing open is left to cancel
        return reply(scope == CancelScope::WholeOrder ? CancelOutcome::Canceled : CancelOutcome::RefusedLocked);
    net::HttpRequest request =
        net::HttpRequest::post(url(QStringLiteral("/orders/salesOrders/%1/cancellations").arg(order.wmsId)),
            QByteArray::fromStdString(json{{"orderLines", lines}}.dump()));
    send(request, [reply, scope, id = order.wmsId](const net::HttpResult& r) {
        if (!r.ok()) {
            // 400 is the WMS refusing: the order moved past the cutoff since it was read.
            if (r.response && r.response->status == 400)
                return reply(CancelOutcome::RefusedLocked);
            return reply(describe(r, QStringLiteral("WMS cancellation of ") + id));
        }
        auto parsed = parseSalesOrder(r.response->body);
        const bool whole = parsed.ok() && parsed->order.status == WmsOrderStatus::Canceled;
        reply(whole || scope == CancelScope::WholeOrder ? CancelOutcome::Canceled : CancelOutcome::PartiallyCanceled);
    });
}

void DeposcoConnector::completeLines(
    QList<ParsedSalesOrder> orders, qsizetype index, std::function<void(Result<QList<WmsOrder>>)> done)
{
    while (index < orders.size() && orders[index].linesComplete)
        ++index;
    if (index >= orders.size()) {
        QList<WmsOrder> out;
        for (auto& o : orders) {
            m_orderNumbers.insert(o.order.wmsId, o.order.number);
            out.append(std::move(o.order));
        }
        return done(out);
    }
    // The nested list stops at a few lines: read them all from the order's own collection, page by page.
    orders[index].order.lines.clear();
    const QUrl first = url(QStringLiteral("/orders/salesOrders/%1/orderLines").arg(orders[index].order.wmsId),
        {{QStringLiteral("pageSize"), QString::number(kMaxOrderLinesPage)}});
    walkLines(first, std::move(orders), index, std::move(done));
}

void DeposcoConnector::walkLines(
    QUrl page, QList<ParsedSalesOrder> orders, qsizetype index, std::function<void(Result<QList<WmsOrder>>)> done)
{
    const QString id = orders[index].order.wmsId;
    send(net::HttpRequest::get(page), [this, orders, index, done, id](const net::HttpResult& r) mutable {
        if (!r.ok())
            return done(describe(r, QStringLiteral("WMS order lines of ") + id));
        auto lines = parseOrderLines(r.response->body);
        orders[index].order.lines += lines.items;
        if (!lines.complete && !lines.next.isEmpty())
            return walkLines(lines.next, std::move(orders), index, std::move(done));
        auto& all = orders[index].order.lines;
        std::sort(all.begin(), all.end(), [](const WmsOrderLine& a, const WmsOrderLine& b) {
            return a.lineNumber < b.lineNumber;
        });
        orders[index].linesComplete = true;
        completeLines(std::move(orders), index + 1, std::move(done));
    });
}

QUrl DeposcoConnector::walkPage(const QString& path, const WalkCursor& c, int pageSize) const
{
    if (!c.next.isEmpty())
        return c.next;
    QueryItems q{{QStringLiteral("pageSize"), QString::number(pageSize)}};
    if (!c.watermark.isEmpty())
        q.append({QStringLiteral("updatedAfter"), overlapped(c.watermark)});
    return listUrl(path, q);
}

void DeposcoConnector::fetchOrdersChangedSince(const QString& cursorText, Reply<WmsOrderPage> reply)
{
    const WalkCursor c = WalkCursor::parse(cursorText);
    const QUrl page =
        walkPage(QStringLiteral("/orders/salesOrders"), c, std::clamp(m_settings.pageSize, 1, kMaxSalesOrdersPage));
    send(net::HttpRequest::get(page), [this, reply, c](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS sales orders")));
        auto parsed = parseSalesOrders(r.response->body);
        QDateTime newest;
        for (const auto& o : parsed.items)
            newest = std::max(newest, o.order.updatedAt);
        completeLines(parsed.items,
            0,
            finishPage(
                reply, parsed.problems, advance(c, parsed.next, parsed.complete, newest), &WmsOrderPage::orders));
    });
}

void DeposcoConnector::fetchShipmentsSince(const QString& cursorText, Reply<ShipmentPage> reply)
{
    const WalkCursor c = WalkCursor::parse(cursorText);
    const QUrl page =
        walkPage(QStringLiteral("/shipments/outboundShipments"), c, std::clamp(m_settings.pageSize, 1, kMaxPage));
    send(net::HttpRequest::get(page), [this, reply, c](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS shipments")));
        auto parsed = parseShipments(r.response->body);
        QDateTime newest;
        for (const auto& p : parsed.items)
            newest = std::max(newest, p.shipment.updatedAt);
        resolveShipmentOrders(parsed.items,
            0,
            finishPage(
                reply, parsed.problems, advance(c, parsed.next, parsed.complete, newest), &ShipmentPage::shipments));
    });
}

void DeposcoConnector::resolveShipmentOrders(
    QList<WmsShipment> shipments, qsizetype index, std::function<void(Result<QList<WmsShipment>>)> done)
{
    for (; index < shipments.size(); ++index) {
        WmsShipment& s = shipments[index];
        if (!s.salesOrderNumber.isEmpty() || s.salesOrderId.isEmpty())
            continue;
        const auto known = m_orderNumbers.constFind(s.salesOrderId);
        if (known == m_orderNumbers.cend())
            break;
        s.salesOrderNumber = *known;
    }
    if (index >= shipments.size())
        return done(shipments);
    // The reference names the order by id only: read the order once for its number (the production client's way).
    const QString id = shipments[index].salesOrderId;
    send(net::HttpRequest::get(url(QStringLiteral("/orders/salesOrders/%1").arg(id))),
        [this, shipments, index, done, id](const net::HttpResult& r) mutable {
            if (!r.ok())
                return done(describe(r, QStringLiteral("WMS sales order ") + id));
            auto parsed = parseSalesOrder(r.response->body);
            if (!parsed.ok())
                return done(parsed.error());
            m_orderNumbers.insert(id, parsed->order.number);
            resolveShipmentOrders(std::move(shipments), index, std::move(done));
        });
}

void DeposcoConnector::fetchItems(const QString&, Reply<ItemPage> reply)
{
    walkItems(
        listUrl(QStringLiteral("/items"), {{QStringLiteral("pageSize"), QString::number(kMaxPage)}}), {}, {}, reply);
}

void DeposcoConnector::walkItems(QUrl page, QList<Item> items, QList<ParseProblem> problems, Reply<ItemPage> reply)
{
    send(net::HttpRequest::get(page), [this, items, problems, reply](const net::HttpResult& r) mutable {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS items")));
        auto parsed = parseItems(r.response->body);
        problems += parsed.problems;
        items += parsed.items;
        if (!parsed.complete && !parsed.next.isEmpty())
            return walkItems(parsed.next, std::move(items), std::move(problems), reply);
        walkKits(listUrl(QStringLiteral("/kitHeaders"), {{QStringLiteral("pageSize"), QString::number(kMaxPage)}}),
            std::move(items),
            std::move(problems),
            reply);
    });
}

void DeposcoConnector::walkKits(QUrl page, QList<Item> items, QList<ParseProblem> problems, Reply<ItemPage> reply)
{
    send(net::HttpRequest::get(page), [this, items, problems, reply](const net::HttpResult& r) mutable {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS kits")));
        auto parsed = parseKits(r.response->body);
        problems += parsed.problems;
        const QUrl next = parsed.complete ? QUrl() : parsed.next;
        completeKits(parsed.items, 0, [this, items, problems, reply, next](Result<QList<ParsedKit>> kits) mutable {
            if (!kits.ok())
                return reply(kits.error());
            for (const ParsedKit& kit : kits.value()) {
                for (Item& item : items) {
                    if (item.sku == kit.kit.sku)
                        item.components = kit.kit.components;
                }
            }
            if (!next.isEmpty())
                return walkKits(next, std::move(items), std::move(problems), reply);
            ItemPage out;
            out.items = std::move(items);
            out.problems = std::move(problems);
            reply(out);
        });
    });
}

void DeposcoConnector::completeKits(
    QList<ParsedKit> kits, qsizetype index, std::function<void(Result<QList<ParsedKit>>)> done)
{
    while (index < kits.size() && kits[index].detailsComplete)
        ++index;
    if (index >= kits.size())
        return done(kits);
    // Nested details cut short: the kit's own collection has them all (one page of the largest size).
    const QString id = kits[index].kitHeaderId;
    send(net::HttpRequest::get(url(QStringLiteral("/kitHeaders/%1/kitDetails").arg(id),
             {{QStringLiteral("pageSize"), QString::number(kMaxPage)}})),
        [this, kits, index, done, id](const net::HttpResult& r) mutable {
            if (!r.ok())
                return done(describe(r, QStringLiteral("WMS kit details of ") + id));
            QString output;
            auto details = parseKitDetails(r.response->body, &output);
            kits[index].kit.components = details.items;
            if (!output.isEmpty())
                kits[index].kit.sku = output;
            kits[index].detailsComplete = true;
            completeKits(std::move(kits), index + 1, std::move(done));
        });
}

void DeposcoConnector::findCustomerReturn(const QString& number, Reply<std::optional<WmsCustomerReturn>> reply)
{
    // `number` is a filter of getCustomerReturns; the largest page, so that an exact match is on it should the
    // filter select more than the one return.
    const QUrl u = listUrl(QStringLiteral("/orders/customerReturns"),
        {{QStringLiteral("number"), number}, {QStringLiteral("pageSize"), QString::number(kMaxCustomerReturnsPage)}});
    send(net::HttpRequest::get(u), [reply, number](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS lookup of customer return ") + number));
        const auto page = parseCustomerReturns(r.response->body);
        for (const auto& found : page.items) {
            if (found.number == number)
                return reply(std::optional<WmsCustomerReturn>(found));
        }
        // An answer with a record that could not be read is not "none": it may be this return, and a create
        // after a wrong "none" would go out again.
        if (!page.problems.isEmpty())
            return reply(makeError(ErrorCode::Parse,
                page.problems.constFirst().toString(),
                QStringLiteral("WMS lookup of customer return ") + number));
        reply(std::optional<WmsCustomerReturn>());
    });
}

void DeposcoConnector::createCustomerReturn(const WmsReturnRequest& req, Reply<WmsCustomerReturn> reply)
{
    const json body = customerReturnBody(req, m_settings.businessUnit);
    // "Create or update" by number (docs/Api/CustomerReturnsApi.md): a re-send after an unknown outcome updates the
    // same return, but the engine looks first. A 400 is the warehouse refusing (unknown item or facility): final.
    send(net::HttpRequest::post(url(QStringLiteral("/orders/customerReturns")), QByteArray::fromStdString(body.dump())),
        [reply, number = req.number](const net::HttpResult& r) {
            if (!r.ok())
                return reply(createFailure(r, QStringLiteral("WMS customer return ") + number));
            reply(parseCustomerReturn(r.response->body));
        });
}

void DeposcoConnector::recordId(const QString& path,
    QueryItems query,
    const char* keyField,
    const QString& key,
    const QString& missing,
    Reply<QString> reply)
{
    QString cacheKey = path;
    for (const auto& [name, value] : query)
        cacheKey += u'|' + name + u'=' + value;
    if (const auto it = m_recordIds.constFind(cacheKey); it != m_recordIds.cend())
        return reply(it.value());
    const QString what = QStringLiteral("WMS look-up of %1 %2").arg(path.mid(1), key);
    send(net::HttpRequest::get(listUrl(path, query)),
        [this, cacheKey, keyField, key, what, missing, reply](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, what));
            const auto page = parseRecordKeys(r.response->body, keyField, what);
            for (const RecordKey& found : page.items) {
                if (found.key == key) {
                    m_recordIds.insert(cacheKey, found.id);
                    return reply(found.id);
                }
            }
            if (!page.problems.isEmpty())
                return reply(makeError(ErrorCode::Parse, page.problems.constFirst().toString(), what));
            // Not set up at the warehouse: sending again will not help until someone sets it up or maps elsewhere.
            reply(makeError(ErrorCode::Refused, missing, what));
        });
}

void DeposcoConnector::countStockMoves(const WmsStockMove& move, Reply<int> reply)
{
    // A day before it was queued: the WMS's clock may differ from ours, and a move is never made before it is queued.
    const QUrl first = listUrl(QStringLiteral("/inventory/inventoryAdjustments"),
        {{QStringLiteral("facilityNumber"), move.facility},
            {QStringLiteral("itemNumber"), move.sku},
            {QStringLiteral("createdAfter"), isoOf(move.queuedAt.addDays(-1))},
            {QStringLiteral("pageSize"), QString::number(kMaxPage)}});
    walkAdjustments(first, move, 0, std::move(reply));
}

void DeposcoConnector::walkAdjustments(QUrl page, WmsStockMove move, int count, Reply<int> reply)
{
    send(net::HttpRequest::get(page), [this, move, count, reply](const net::HttpResult& r) mutable {
        const QString what = QStringLiteral("WMS look-up of stock move ") + move.transaction;
        if (!r.ok())
            return reply(describe(r, what));
        const auto adjustments = parseInventoryAdjustments(r.response->body);
        // A record that could not be read may be this move: counting it as absent could apply the move twice.
        if (!adjustments.problems.isEmpty())
            return reply(makeError(ErrorCode::Parse, adjustments.problems.constFirst().toString(), what));
        for (const StockAdjustment& a : adjustments.items)
            count += a.customAttribute1 == move.transaction ? 1 : 0;
        if (adjustments.next.isEmpty())
            return reply(count);
        walkAdjustments(adjustments.next, std::move(move), count, std::move(reply));
    });
}

void DeposcoConnector::applyStockMove(const WmsStockMove& move, Done done)
{
    const QString bu = m_settings.businessUnit;
    const QString locator = move.location.isEmpty() ? m_settings.storeLocation : move.location;
    recordId(QStringLiteral("/facilities"),
        {{QStringLiteral("number"), move.facility}, {QStringLiteral("pageSize"), QString::number(kMaxPage)}},
        "number",
        move.facility,
        QStringLiteral("the warehouse has no facility %1").arg(move.facility),
        [this, move, bu, locator, done](Result<QString> facilityId) {
            if (!facilityId.ok())
                return done(facilityId.error());
            recordId(QStringLiteral("/locations"),
                // getLocations has no page size (lib/Api/LocationsApi.php): the default page.
                {{QStringLiteral("facilityNumber"), move.facility}, {QStringLiteral("locator"), locator}},
                "locator",
                locator,
                QStringLiteral("the warehouse has no location %1 at facility %2").arg(locator, move.facility),
                [this, move, bu, done, facilityId = facilityId.value()](Result<QString> locationId) {
                    if (!locationId.ok())
                        return done(locationId.error());
                    // InventoryUpdateDTO: the units of the existing inventory of the item that change, and what they
                    // become (quantity and status: sold, no longer sellable at the store).
                    json body = {
                        {"existingInventory", {{"item", itemRef(move.sku, bu)}, {"pack", packRef(move.sku, bu)}}},
                        {"modifiedInventory",
                            {{"item", itemRef(move.sku, bu)},
                                {"pack", packRef(move.sku, bu)},
                                {"quantity", move.quantity},
                                {"status", s(m_settings.soldStatus)}}},
                        {"reasonCode", "POS Sale"},
                        {"activityName", "Store sale"},
                        {"transactionNumber", s(move.transaction)},
                        {"ledgerCustomAttribute1", s(move.transaction)}};
                    if (!bu.isEmpty())
                        body["businessUnit"] = {{"businessKey", {{"code", s(bu)}}}};
                    const QString path = QStringLiteral("/inventory/facilities/%1/locations/%2/updates")
                                             .arg(facilityId, locationId.value());
                    send(net::HttpRequest::post(url(path), QByteArray::fromStdString(body.dump())),
                        [done, transaction = move.transaction](const net::HttpResult& r) {
                            if (!r.ok())
                                return done(createFailure(r, QStringLiteral("WMS stock move ") + transaction));
                            done(Status::success());
                        });
                });
        });
}

void DeposcoConnector::fetchAvailability(Reply<QList<Stock>> reply)
{
    // Availability is only in the legacy integration API's ATP call, with HTTP Basic credentials of its own.
    QUrl u = m_settings.atpUrl;
    if (u.isEmpty()) {
        u = m_settings.apiUrl;
        u.setPath(QStringLiteral("/ctrl/getRestfulATP"));
    }
    QueryItems q;
    if (!m_settings.businessUnit.isEmpty())
        q.append({QStringLiteral("businessUnit"), m_settings.businessUnit});
    QUrl host = u;
    host.setPath(QString());
    net::HttpRequest request = net::HttpRequest::get(apiUrl(host, u.path(), q));
    const QString user = m_settings.atpUser.isEmpty() ? m_settings.clientId : m_settings.atpUser;
    const QString password = m_settings.atpUser.isEmpty() ? m_settings.clientSecret : m_settings.atpPassword;
    request.setHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
    m_http.send(request, this, [reply, facility = m_settings.atpFacility](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS availability")));
        QList<ParseProblem> problems;
        reply(parseAvailability(r.response->body, facility, QDateTime::currentDateTimeUtc(), problems));
    });
}

void DeposcoConnector::checkHealth(HealthReply reply)
{
    send(net::HttpRequest::get(listUrl(QStringLiteral("/items"), {{QStringLiteral("pageSize"), QStringLiteral("1")}})),
        [reply](const net::HttpResult& r) { reply(checkJsonAnswer(r, QStringLiteral("wms"))); });
}

} // namespace lockstep::core::connectors::deposco
