// SPDX-License-Identifier: GPL-3.0-or-later
#include "deposco_connector.h"

#include "connectors/oauth_token.h"
#include "net/http_client.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace lockstep::core::connectors::deposco {

using nlohmann::json;

namespace {

    std::string s(const QString& v) { return v.toStdString(); }

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

} // namespace

/// Cursor of a walk through a newest-first collection: "<watermark>|<max seen>|<next page url>".
struct WalkCursor
{
        QString watermark; ///< updated_after of this walk (empty: everything)
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

    QString isoOf(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

    /// One second back: updated_after is exclusive, and a change in the same instant must not be skipped.
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

} // namespace

DeposcoConnector::DeposcoConnector(DeposcoSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
    , m_auth(new OAuthToken({m_settings.tokenUrl, m_settings.clientId, m_settings.clientSecret, {}, QStringLiteral("WMS sign-in")}, http, this))
{
}

QUrl DeposcoConnector::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl u = m_settings.apiUrl;
    QString base = u.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    QUrlQuery q;
    if (!m_settings.businessUnit.isEmpty())
        q.addQueryItem(QStringLiteral("business_unit"), m_settings.businessUnit);
    for (const auto& [key, value] : query)
        q.addQueryItem(key, value);
    u.setQuery(q);
    return u;
}

void DeposcoConnector::send(net::HttpRequest request, Handler handler)
{
    m_auth->send(std::move(request), this, std::move(handler));
}

void DeposcoConnector::findOrder(const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply)
{
    send(net::HttpRequest::get(url(QStringLiteral("/orders/salesOrders"), {{QStringLiteral("customer_order_number"), key.customerOrderNumber}})),
        [this, reply, key](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("WMS lookup of ") + key.customerOrderNumber));
            auto page = parseSalesOrders(r.response->body);
            // Newest first; copies cancelled by a person may be there too: prefer a live one.
            std::optional<ParsedSalesOrder> chosen;
            for (const auto& o : page.items) {
                if (o.order.customerOrderNumber != key.customerOrderNumber
                    || (!key.origin.isEmpty() && !o.order.origin.isEmpty() && o.order.origin != key.origin))
                    continue;
                if (!chosen || (chosen->order.status == WmsOrderStatus::Canceled && o.order.status != WmsOrderStatus::Canceled))
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
    json lines = json::array();
    for (const auto& l : req.lines) {
        lines.push_back({{"lineNumber", l.lineNumber},
            {"customerLineNumber", std::to_string(l.lineNumber)},
            {"item", {{"businessKey", {{"number", s(l.sku)}}}}},
            {"orderPackQuantity", l.quantity},
            {"unitPrice", s(l.unitPrice.toDecimalString())}});
    }
    json custom = json::object();
    for (auto it = req.customFields.cbegin(); it != req.customFields.cend(); ++it)
        custom[s(it.key())] = s(it.value());
    json body = {{"number", s(req.number)},
        {"businessUnit", s(m_settings.businessUnit)},
        {"customerOrderNumber", s(req.key.customerOrderNumber)},
        {"orderSource", s(req.key.origin)},
        {"shipFromFacility", {{"businessKey", {{"number", s(req.facility)}}}}},
        {"shipToContact", {{"name", s(req.shipToName)}}},
        {"shipToAddress", {{"country", s(req.shipToCountry)}}},
        {"orderTotal", s(req.total.toDecimalString())},
        {"currencyCode", s(req.currency)},
        {"customFields", custom},
        {"orderLines", lines}};
    if (m_settings.businessUnit.isEmpty())
        body.erase("businessUnit");
    // Not idempotent: an unknown outcome is reported as such and the engine looks up before trying again.
    send(net::HttpRequest::post(url(QStringLiteral("/orders/salesOrders")), QByteArray::fromStdString(body.dump())),
        [reply, ref = req.key.customerOrderNumber](const net::HttpResult& r) {
            if (!r.ok()) {
                Error e = describe(r, QStringLiteral("WMS create for ") + ref);
                if (r.outcomeUnknown)
                    e.message += QStringLiteral(" (it may have been created: look it up before sending again)");
                return reply(e);
            }
            auto parsed = parseSalesOrder(r.response->body);
            if (!parsed.ok())
                return reply(parsed.error());
            reply(parsed->order);
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
        if (qty > 0 && !l.lineId.isEmpty())
            lines.push_back({{"orderLine", {{"id", l.lineId.toLongLong()}}}, {"canceledPackQuantity", qty}});
    }
    if (lines.empty())
        return reply(scope == CancelScope::WholeOrder ? CancelOutcome::Canceled : CancelOutcome::RefusedLocked);
    net::HttpRequest request = net::HttpRequest::post(url(QStringLiteral("/orders/salesOrders/%1/cancellations").arg(order.wmsId)),
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

void DeposcoConnector::completeLines(QList<ParsedSalesOrder> orders, qsizetype index, std::function<void(Result<QList<WmsOrder>>)> done)
{
    while (index < orders.size() && orders[index].linesComplete)
        ++index;
    if (index >= orders.size()) {
        QList<WmsOrder> out;
        for (auto& o : orders)
            out.append(std::move(o.order));
        return done(out);
    }
    // The nested list stops at a few lines: read them all from the order's own collection.
    const QString id = orders[index].order.wmsId;
    send(net::HttpRequest::get(url(QStringLiteral("/orders/salesOrders/%1/orderLines").arg(id), {{QStringLiteral("page_size"), QStringLiteral("100")}})),
        [this, orders, index, done, id](const net::HttpResult& r) mutable {
            if (!r.ok())
                return done(describe(r, QStringLiteral("WMS order lines of ") + id));
            auto lines = parseOrderLines(r.response->body);
            std::sort(lines.items.begin(), lines.items.end(), [](const WmsOrderLine& a, const WmsOrderLine& b) { return a.lineNumber < b.lineNumber; });
            orders[index].order.lines = lines.items;
            orders[index].linesComplete = true; // more than 100 lines per order is not a storefront order
            completeLines(std::move(orders), index + 1, done);
        });
}

QUrl DeposcoConnector::walkPage(const QString& path, const WalkCursor& c) const
{
    if (!c.next.isEmpty())
        return c.next;
    QList<std::pair<QString, QString>> q{{QStringLiteral("page_size"), QString::number(m_settings.pageSize)}};
    if (!c.watermark.isEmpty())
        q.append({QStringLiteral("updated_after"), overlapped(c.watermark)});
    return url(path, q);
}

void DeposcoConnector::fetchOrdersChangedSince(const QString& cursorText, Reply<WmsOrderPage> reply)
{
    const WalkCursor c = WalkCursor::parse(cursorText);
    const QUrl page = walkPage(QStringLiteral("/orders/salesOrders"), c);
    send(net::HttpRequest::get(page), [this, reply, c](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS sales orders")));
        auto parsed = parseSalesOrders(r.response->body);
        QDateTime newest;
        for (const auto& o : parsed.items)
            newest = std::max(newest, o.order.updatedAt);
        const auto [next, more] = advance(c, parsed.next, parsed.complete, newest);
        completeLines(parsed.items, 0, [reply, problems = parsed.problems, next = next, more = more](Result<QList<WmsOrder>> orders) {
            if (!orders.ok())
                return reply(orders.error());
            WmsOrderPage out;
            out.orders = orders.value();
            out.problems = problems;
            out.nextCursor = next;
            out.hasMore = more;
            reply(out);
        });
    });
}

void DeposcoConnector::fetchShipmentsSince(const QString& cursorText, Reply<ShipmentPage> reply)
{
    const WalkCursor c = WalkCursor::parse(cursorText);
    const QUrl page = walkPage(QStringLiteral("/shipments/outboundShipments"), c);
    send(net::HttpRequest::get(page), [reply, c](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS shipments")));
        auto parsed = parseShipments(r.response->body);
        ShipmentPage out;
        QDateTime newest;
        for (auto& p : parsed.items) {
            newest = std::max(newest, p.shipment.updatedAt);
            out.shipments.append(p);
        }
        out.problems = parsed.problems;
        std::tie(out.nextCursor, out.hasMore) = advance(c, parsed.next, parsed.complete, newest);
        reply(out);
    });
}

void DeposcoConnector::fetchItems(const QString&, Reply<ItemPage> reply)
{
    walkItems(url(QStringLiteral("/items"), {{QStringLiteral("page_size"), QString::number(m_settings.pageSize)}}), {}, {}, false, reply);
}

void DeposcoConnector::walkItems(QUrl page, QList<Item> items, QList<ParseProblem> problems, bool kits, Reply<ItemPage> reply)
{
    send(net::HttpRequest::get(page), [this, items, problems, kits, reply](const net::HttpResult& r) mutable {
        if (!r.ok())
            return reply(describe(r, kits ? QStringLiteral("WMS kits") : QStringLiteral("WMS items")));
        auto parsed = kits ? parseKits(r.response->body) : parseItems(r.response->body);
        problems += parsed.problems;
        if (!kits) {
            items += parsed.items;
        } else {
            for (const Item& kit : parsed.items) {
                for (Item& item : items) {
                    if (item.sku == kit.sku)
                        item.components = kit.components;
                }
            }
        }
        if (!parsed.complete && !parsed.next.isEmpty())
            return walkItems(parsed.next, std::move(items), std::move(problems), kits, reply);
        if (!kits)
            return walkItems(url(QStringLiteral("/kitHeaders"), {{QStringLiteral("page_size"), QString::number(m_settings.pageSize)}}),
                std::move(items), std::move(problems), true, reply);
        ItemPage out;
        out.items = std::move(items);
        out.problems = std::move(problems);
        reply(out);
    });
}

void DeposcoConnector::fetchAvailability(Reply<QList<Stock>> reply)
{
    // Availability is only in the older ATP call, served beside the current API on the same host.
    QUrl u = m_settings.apiUrl;
    u.setPath(QStringLiteral("/ctrl/getRestfulATP"));
    QUrlQuery q;
    if (!m_settings.businessUnit.isEmpty())
        q.addQueryItem(QStringLiteral("businessUnit"), m_settings.businessUnit);
    u.setQuery(q);
    send(net::HttpRequest::get(u), [reply](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("WMS availability")));
        QList<ParseProblem> problems;
        reply(parseAvailability(r.response->body, QDateTime::currentDateTimeUtc(), problems));
    });
}

void DeposcoConnector::checkHealth(HealthReply reply)
{
    send(net::HttpRequest::get(url(QStringLiteral("/items"), {{QStringLiteral("page_size"), QStringLiteral("1")}})),
        [reply](const net::HttpResult& r) { reply(checkJsonAnswer(r, QStringLiteral("wms"))); });
}

} // namespace lockstep::core::connectors::deposco
