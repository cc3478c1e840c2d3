// SPDX-License-Identifier: GPL-3.0-or-later
#include "ct_connector.h"

#include "connectors/api_url.h"
#include "connectors/json_fields.h"
#include "connectors/oauth_token.h"
#include "ct_parser.h"
#include "domain/clock.h"
#include "net/http_client.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <utility>

namespace lockstep::core::connectors::commercetools {

using nlohmann::json;

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// A predicate literal: the value between double quotes, with quotes and backslashes escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'"', QStringLiteral("\\\""));
    return u'"' + value + u'"';
}

Error describe(const net::HttpResult& r, const QString& what)
{
    Error e = r.error.value_or(makeError(ErrorCode::Network, QStringLiteral("request failed")));
    if (r.response) {
        const ErrorInfo info = parseError(r.response->body);
        if (!info.message.isEmpty() || !info.codes.isEmpty())
            e.message = QStringLiteral("%1 %2(HTTP %3)")
                            .arg(info.message,
                                info.codes.isEmpty() ? QString() : u'[' + info.codes.join(u',') + QStringLiteral("] "))
                            .arg(r.response->status);
    }
    e.context = e.context.isEmpty() ? what : what + QStringLiteral(": ") + e.context;
    return e;
}

/// A 409 (ConcurrentModification), or an update that may or may not have been applied: both call for a
/// re-read before anything is sent again.
bool needsReread(const net::HttpResult& r)
{
    return (r.response && r.response->status == 409) || r.outcomeUnknown;
}

QByteArray body(const json& j)
{
    return QByteArray::fromStdString(j.dump());
}

std::string s(const QString& v)
{
    return v.toStdString();
}

/// The `items` of a delivery (`[{id: line item id, quantity}]`). Without shipped lines: what each line item has
/// not yet delivered. With them: each SKU's units on the order's line items of that SKU, filling the ones with
/// undelivered units first; units beyond what is undelivered go to the first such line (the warehouse shipped
/// them). A SKU the order does not hold is an error: the delivery would name the wrong thing.
Result<json> deliveryItems(const OrderHead& head, const QList<ShippedLine>& shipped)
{
    QList<std::pair<QString, qint64>> items;
    const auto add = [&items](const QString& id, qint64 quantity) {
        for (auto& item : items) {
            if (item.first == id) {
                item.second += quantity;
                return;
            }
        }
        items.append({id, quantity});
    };
    if (shipped.isEmpty()) {
        for (const HeadLine& line : head.lines) {
            if (line.quantity > line.delivered)
                add(line.id, line.quantity - line.delivered);
        }
    } else {
        QHash<QString, qint64> undelivered; // per line item id, as this delivery fills them
        for (const HeadLine& line : head.lines)
            undelivered.insert(line.id, std::max<qint64>(0, line.quantity - line.delivered));
        for (const ShippedLine& sl : shipped) {
            if (sl.quantity <= 0)
                continue;
            qint64 left = sl.quantity;
            QString first;
            for (const HeadLine& line : head.lines) {
                if (line.sku != sl.sku)
                    continue;
                if (first.isEmpty())
                    first = line.id;
                const qint64 take = std::min(left, undelivered.value(line.id));
                if (take > 0) {
                    add(line.id, take);
                    undelivered[line.id] -= take;
                    left -= take;
                }
            }
            if (first.isEmpty())
                return makeError(ErrorCode::Refused,
                    QStringLiteral("the shipment carries SKU %1, which the order does not hold").arg(sl.sku));
            if (left > 0)
                add(first, left);
        }
    }
    json out = json::array();
    for (const auto& [id, quantity] : std::as_const(items))
        out.push_back({{"id", s(id)}, {"quantity", quantity}});
    return out;
}

/// Whether line items stay undelivered once `items` (a delivery's `{id, quantity}`) are delivered too.
bool leavesUndelivered(const OrderHead& head, const json& items)
{
    for (const HeadLine& line : head.lines) {
        qint64 left = line.quantity - line.delivered;
        for (const json& item : items) {
            if (item.at("id").get<std::string>() == line.id.toStdString())
                left -= item.at("quantity").get<qint64>();
        }
        if (left > 0)
            return true;
    }
    return false;
}

} // namespace

CtConnector::CtConnector(CtSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
{
    QUrl tokenUrl = m_settings.authUrl;
    QString path = tokenUrl.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    tokenUrl.setPath(path + QStringLiteral("/oauth/token"));
    m_token = new OAuthToken({tokenUrl,
                                 m_settings.clientId,
                                 m_settings.clientSecret,
                                 m_settings.scope,
                                 QStringLiteral("commercetools sign-in"),
                                 {}},
        m_http,
        this);
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 500);
    m_settings.maxConflictRetries = std::clamp(m_settings.maxConflictRetries, 0, 10);
}

CtConnector::~CtConnector() = default;

QString CtConnector::makeCursor(const QDateTime& lastModifiedAt, const QString& id)
{
    return iso(lastModifiedAt) + u'|' + id;
}

QUrl CtConnector::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    return apiUrl(m_settings.apiUrl, u'/' + m_settings.projectKey + path, query);
}

void CtConnector::send(net::HttpRequest request, Handler handler)
{
    m_token->send(std::move(request), this, std::move(handler));
}

void CtConnector::queryOrders(const QString& where, const QStringList& sorts, int limit, Handler handler)
{
    QList<std::pair<QString, QString>> query = {{QStringLiteral("where"), where}};
    for (const QString& sort : sorts)
        query.append({QStringLiteral("sort"), sort});
    query.append({QStringLiteral("limit"), QString::number(limit)});
    query.append({QStringLiteral("withTotal"), QStringLiteral("false")});
    query.append(orderExpansion());
    send(net::HttpRequest::get(url(QStringLiteral("/orders"), query)), std::move(handler));
}

QList<std::pair<QString, QString>> CtConnector::orderExpansion() const
{
    if (m_settings.paymentGate != PaymentGate::ChargeTransactions)
        return {};
    return {{QStringLiteral("expand"), QStringLiteral("paymentInfo.payments[*]")}};
}

QString CtConnector::cursorAt(const QDateTime& t) const
{
    return makeCursor(t.toUTC(), QString());
}

void CtConnector::fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply)
{
    QDateTime watermark = window.from.isValid() ? window.from.toUTC() : utcFromMSecs(0);
    const QString before =
        window.until.isValid() ? QStringLiteral(" and lastModifiedAt < %1").arg(quoted(iso(window.until))) : QString();
    QString lastId;
    if (!cursor.isEmpty()) {
        const QDateTime t = QDateTime::fromString(cursor.section(u'|', 0, 0), Qt::ISODateWithMs);
        if (t.isValid())
            watermark = t.toUTC();
        lastId = cursor.section(u'|', 1);
    }
    const QStringList byTimeThenId = {QStringLiteral("lastModifiedAt asc"), QStringLiteral("id asc")};
    const int limit = m_settings.pageSize;
    const PaymentGate gate = m_settings.paymentGate;

    // The page is built from up to two queries: the rest of the watermark's instant after the last id, then
    // what changed later. Each record's position is (lastModifiedAt, id), so nothing is skipped or read twice.
    auto page = std::make_shared<OrderPage>();
    auto next = std::make_shared<std::pair<QDateTime, QString>>(watermark, lastId);
    const auto take = [page, next](ParsedOrders&& parsed, const QDateTime& serverTime) {
        page->orders.append(std::move(parsed.orders));
        page->problems.append(std::move(parsed.problems));
        // A page from two queries was read no later than its first answer.
        if (!page->serverTime.isValid())
            page->serverTime = serverTime;
        if (parsed.count > 0 && !parsed.lastId.isEmpty())
            *next = {parsed.lastModifiedAt.isValid() ? parsed.lastModifiedAt : next->first, parsed.lastId};
    };
    const auto finish = [page, next, reply](bool more) {
        page->nextCursor = makeCursor(next->first, next->second);
        page->hasMore = more;
        reply(std::move(*page));
    };
    const auto later = [this, watermark, before, byTimeThenId, take, finish, reply, gate](int room, bool inclusive) {
        const QString op = inclusive ? QStringLiteral(">=") : QStringLiteral(">");
        queryOrders(QStringLiteral("lastModifiedAt %1 %2").arg(op, quoted(iso(watermark))) + before,
            byTimeThenId,
            room,
            [take, finish, reply, room, gate](const net::HttpResult& r) {
                if (!r.ok())
                    return reply(describe(r, QStringLiteral("commercetools orders")));
                ParsedOrders parsed = parseOrders(r.response->body, gate);
                const int count = parsed.count;
                take(std::move(parsed), r.response->date());
                finish(count >= room);
            });
    };
    if (lastId.isEmpty())
        return later(limit, true);
    queryOrders(QStringLiteral("lastModifiedAt = %1 and id > %2").arg(quoted(iso(watermark)), quoted(lastId)) + before,
        {QStringLiteral("id asc")},
        limit,
        [take, finish, later, reply, limit, gate](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("commercetools orders")));
            ParsedOrders parsed = parseOrders(r.response->body, gate);
            const int count = parsed.count;
            take(std::move(parsed), r.response->date());
            if (count >= limit)
                return finish(true);
            later(limit - count, false);
        });
}

void CtConnector::fetchOrder(const QString& storefrontId, Reply<Order> reply)
{
    send(net::HttpRequest::get(url(QStringLiteral("/orders/") + storefrontId, orderExpansion())),
        [reply, storefrontId, gate = m_settings.paymentGate](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("commercetools order ") + storefrontId));
            ParsedOrders parsed = parseOrders(r.response->body, gate);
            if (parsed.orders.isEmpty()) {
                const QString why = parsed.problems.isEmpty() ? QStringLiteral("no order in the answer")
                                                              : parsed.problems.constFirst().toString();
                return reply(makeError(ErrorCode::Parse, why, QStringLiteral("commercetools order ") + storefrontId));
            }
            reply(parsed.orders.takeFirst());
        });
}

void CtConnector::updateOrder(const QString& id, Plan plan, const QString& what, Done done, int attempt)
{
    const QUrl orderUrl = url(QStringLiteral("/orders/") + id);
    send(net::HttpRequest::get(orderUrl), [this, id, plan, what, done, attempt, orderUrl](const net::HttpResult& read) {
        if (!read.ok())
            return done(describe(read, what));
        const auto head = parseOrderHead(read.response->body);
        if (!head.ok())
            return done(Error{head.error().code, head.error().message, what});
        auto actions = plan(read.response->body);
        if (!actions.ok())
            return done(Error{actions.error().code, actions.error().message, what});
        if (!actions.value())
            return done(Status::success()); // nothing left to do: already applied
        net::HttpRequest update =
            net::HttpRequest::post(orderUrl, body({{"version", head->version}, {"actions", *actions.value()}}));
        send(update, [this, id, plan, what, done, attempt](const net::HttpResult& r) {
            if (r.ok())
                return done(Status::success());
            if (needsReread(r)) {
                if (attempt < m_settings.maxConflictRetries)
                    return updateOrder(id, plan, what, done, attempt + 1);
                Error e = describe(r, what);
                e.code = ErrorCode::Conflict;
                e.message = QStringLiteral("still conflicting after %1 re-reads: %2").arg(attempt).arg(e.message);
                return done(e);
            }
            done(describe(r, what));
        });
    });
}

void CtConnector::markFulfilled(const FulfilmentUpdate& u, Done done)
{
    const QString key = u.deliveryKey.isEmpty() ? QStringLiteral("tracking-") + u.trackingNumber : u.deliveryKey;
    const Plan plan = [u, key](const QByteArray& orderBody) -> Result<std::optional<json>> {
        const auto head = parseOrderHead(orderBody);
        if (!head.ok())
            return head.error();
        if (head->orderState == QLatin1String("Cancelled"))
            return makeError(ErrorCode::Refused, QStringLiteral("the order is cancelled"));
        json actions = json::array();
        json delivered = json::array();
        if (!head->deliveryKeys.contains(key)) {
            if (!head->hasShippingInfo)
                return makeError(
                    ErrorCode::Refused, QStringLiteral("the order has no shipping info, so no delivery can be added"));
            auto items = deliveryItems(*head, u.lines);
            if (!items.ok())
                return items.error();
            json tracking = {{"trackingId", s(u.trackingNumber)}};
            if (!u.carrier.isEmpty())
                tracking["carrier"] = s(u.carrier);
            delivered = items.value();
            actions.push_back({{"action", "addDelivery"},
                {"deliveryKey", s(key)},
                {"items", std::move(items.value())},
                {"parcels", json::array({{{"trackingData", tracking}}})}});
        }
        // Shipped once the warehouse says the order is complete or nothing is left undelivered; Partial before.
        const char* state = u.completesOrder || !leavesUndelivered(*head, delivered) ? "Shipped" : "Partial";
        if (head->shipmentState != QLatin1String("Shipped") && head->shipmentState != QLatin1String("Delivered")
            && head->shipmentState != QLatin1String(state))
            actions.push_back({{"action", "changeShipmentState"}, {"shipmentState", state}});
        if (actions.empty())
            return std::optional<json>(); // a re-sent update: the delivery is there and the order says Shipped
        return std::optional<json>(std::move(actions));
    };
    updateOrder(
        u.storefrontOrderId, plan, QStringLiteral("commercetools shipment of ") + u.storefrontOrderId, std::move(done));
}

void CtConnector::addNote(const QString& storefrontId, const QString& note, Done done)
{
    const QString field = m_settings.noteField;
    const Plan plan = [field, note](const QByteArray& orderBody) -> Result<std::optional<json>> {
        // The field keeps every note, one per line; a note already at the end is not added again.
        QString current;
        const ParsedOrders parsed = parseOrders(orderBody);
        if (!parsed.orders.isEmpty()) {
            for (const CustomField& f : parsed.orders.constFirst().customFields) {
                if (f.key == field)
                    current = f.value;
            }
        }
        if (current == note || current.endsWith(u'\n' + note))
            return std::optional<json>();
        const QString value = current.isEmpty() ? note : current + u'\n' + note;
        return std::optional<json>(
            json::array({{{"action", "setCustomField"}, {"name", s(field)}, {"value", s(value)}}}));
    };
    updateOrder(storefrontId, plan, QStringLiteral("commercetools note on ") + storefrontId, std::move(done));
}

void CtConnector::resolveChannel(std::function<void(Result<QString>)> then)
{
    if (m_settings.supplyChannelKey.isEmpty() || !m_channelId.isEmpty())
        return then(m_channelId);
    send(net::HttpRequest::get(url(QStringLiteral("/channels"),
             {{QStringLiteral("where"), QStringLiteral("key = %1").arg(quoted(m_settings.supplyChannelKey))}})),
        [this, then](const net::HttpResult& r) {
            if (!r.ok())
                return then(describe(r, QStringLiteral("commercetools channel ") + m_settings.supplyChannelKey));
            QList<ParseProblem> problems;
            const auto j = parseJson(r.response->body, QStringLiteral("commercetools channels"), problems);
            if (j && j->is_object() && j->contains("results") && j->at("results").is_array()) {
                for (const json& c : j->at("results")) {
                    const JsonFields f(c, QStringLiteral("channel"), problems);
                    if (f.text("key") == m_settings.supplyChannelKey && !f.text("id").isEmpty()) {
                        m_channelId = f.text("id");
                        return then(m_channelId);
                    }
                }
            }
            then(makeError(ErrorCode::NotFound,
                QStringLiteral("no channel with this key"),
                QStringLiteral("commercetools channel ") + m_settings.supplyChannelKey));
        });
}

void CtConnector::pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply)
{
    resolveChannel([this, levels, reply](Result<QString> channel) {
        if (!channel.ok())
            return reply(channel.error());
        pushNext(levels, 0, std::make_shared<StockPushOutcome>(), reply);
    });
}

void CtConnector::pushNext(
    QList<StockLevel> levels, qsizetype index, std::shared_ptr<StockPushOutcome> outcome, Reply<StockPushOutcome> reply)
{
    if (index >= levels.size())
        return reply(*outcome);
    const StockLevel level = levels.at(index);
    setQuantity(level, m_channelId, [this, levels, index, outcome, reply, level](Status st) {
        if (st.ok())
            outcome->updated.append(level.sku);
        else
            outcome->failed.append({level.sku, QStringLiteral("quantityOnStock"), st.error().toString()});
        pushNext(levels, index + 1, outcome, reply);
    });
}

void CtConnector::setQuantity(const StockLevel& level, const QString& channelId, Done done, int attempt)
{
    const QString where = channelId.isEmpty()
        ? QStringLiteral("sku = %1").arg(quoted(level.sku))
        : QStringLiteral("sku = %1 and supplyChannel(id = %2)").arg(quoted(level.sku), quoted(channelId));
    send(net::HttpRequest::get(url(QStringLiteral("/inventory"),
             {{QStringLiteral("where"), where}, {QStringLiteral("limit"), QStringLiteral("20")}})),
        [this, level, channelId, done, attempt](const net::HttpResult& read) {
            const QString what = QStringLiteral("commercetools inventory of ") + level.sku;
            if (!read.ok())
                return done(describe(read, what));
            const ParsedInventory parsed = parseInventory(read.response->body);
            const InventoryEntry* entry = nullptr;
            for (const InventoryEntry& e : parsed.entries) {
                if (e.sku == level.sku && e.supplyChannelId == channelId)
                    entry = &e;
            }
            if (!entry)
                return done(makeError(ErrorCode::NotFound,
                    QStringLiteral("no inventory entry for this SKU in the supply channel"),
                    what));
            if (entry->quantityOnStock == level.quantity)
                return done(Status::success()); // already there: no write, no new version
            const json update = {{"version", entry->version},
                {"actions", json::array({{{"action", "changeQuantity"}, {"quantity", level.quantity}}})}};
            net::HttpRequest request =
                net::HttpRequest::post(url(QStringLiteral("/inventory/") + entry->id), body(update));
            request.idempotent = true; // an absolute quantity at a fixed version: sending it again cannot double it
            send(request, [this, level, channelId, done, attempt, what](const net::HttpResult& r) {
                if (r.ok())
                    return done(Status::success());
                if (needsReread(r) && attempt < m_settings.maxConflictRetries)
                    return setQuantity(level, channelId, done, attempt + 1);
                Error e = describe(r, what);
                if (needsReread(r))
                    e.code = ErrorCode::Conflict;
                done(e);
            });
        });
}

void CtConnector::fetchListing(Reply<StorefrontListing> reply)
{
    resolveChannel([this, reply](Result<QString> channel) {
        if (!channel.ok())
            return reply(channel.error());
        auto listing = std::make_shared<StorefrontListing>();
        readPages(
            QStringLiteral("/product-projections"),
            {},
            0,
            [listing](const QByteArray& page) {
                ParsedProducts parsed = parseProductProjections(page);
                listing->items += parsed.items;
                listing->problems += parsed.problems;
                return parsed.count;
            },
            [this, listing, reply, channelId = channel.value()](Status st) {
                if (!st.ok())
                    return reply(st.error());
                auto stock = std::make_shared<QHash<QString, qint64>>();
                // Without a supply channel every entry is read and the channel-less ones are kept.
                const QString where =
                    channelId.isEmpty() ? QString() : QStringLiteral("supplyChannel(id = %1)").arg(quoted(channelId));
                readPages(
                    QStringLiteral("/inventory"),
                    where,
                    0,
                    [stock, listing, channelId](const QByteArray& page) {
                        const ParsedInventory parsed = parseInventory(page);
                        for (const InventoryEntry& e : parsed.entries) {
                            if (e.supplyChannelId == channelId)
                                stock->insert(e.sku, e.quantityOnStock);
                        }
                        listing->problems += parsed.problems;
                        return static_cast<int>(parsed.entries.size() + parsed.problems.size());
                    },
                    [this, listing, stock, reply](Status st) {
                        if (!st.ok())
                            return reply(st.error());
                        for (ListedItem& item : listing->items) {
                            item.location = m_settings.supplyChannelKey;
                            if (!item.sku.isEmpty() && stock->contains(item.sku))
                                item.stock = stock->value(item.sku);
                        }
                        reply(*listing);
                    });
            });
    });
}

void CtConnector::readPages(
    const QString& path, const QString& where, int offset, std::function<int(const QByteArray&)> take, Done done)
{
    // Offset paging in id order: a catalogue read is a snapshot, and the API stops offsets at 10,000.
    constexpr int kLimit = 500;
    constexpr int kMaxOffset = 10000;
    QList<std::pair<QString, QString>> query = {{QStringLiteral("limit"), QString::number(kLimit)},
        {QStringLiteral("offset"), QString::number(offset)},
        {QStringLiteral("sort"), QStringLiteral("id asc")},
        {QStringLiteral("withTotal"), QStringLiteral("false")}};
    if (!where.isEmpty())
        query.append({QStringLiteral("where"), where});
    send(net::HttpRequest::get(url(path, query)), [this, path, where, offset, take, done](const net::HttpResult& r) {
        const QString what = QStringLiteral("commercetools %1 from %2").arg(path.mid(1)).arg(offset);
        if (!r.ok())
            return done(describe(r, what));
        const int count = take(r.response->body);
        if (count < kLimit)
            return done(Status::success());
        if (offset + kLimit > kMaxOffset)
            return done(makeError(ErrorCode::Refused,
                QStringLiteral("more than 10,000 records: the rest cannot be paged by offset"),
                what));
        readPages(path, where, offset + kLimit, take, done);
    });
}

Result<WebhookEvent> CtConnector::verifyWebhook(const QHash<QByteArray, QByteArray>&, const QByteArray&) const
{
    return makeError(ErrorCode::Refused,
        QStringLiteral(
            "commercetools does not send webhooks: its Subscriptions deliver to cloud queues; orders are polled"));
}

void CtConnector::checkHealth(HealthReply reply)
{
    send(net::HttpRequest::get(url(QString())),
        [reply](const net::HttpResult& r) { reply(checkJsonAnswer(r, QStringLiteral("commercetools"))); });
}

} // namespace lockstep::core::connectors::commercetools
