// SPDX-License-Identifier: GPL-3.0-or-later
#include "pos_connector.h"

#include "connectors/api_url.h"
#include "net/http_client.h"


#include <nlohmann/json.hpp>

#include <algorithm>

namespace lockstep::core::connectors::pos {

using nlohmann::json;

namespace {

    /// The POS error body: {"error": "code", "message": "..."}.
    Error describe(const net::HttpResult& r, const QString& what)
    {
        Error e = r.error.value_or(makeError(ErrorCode::Network, QStringLiteral("request failed")));
        if (r.response) {
            const QByteArray& b = r.response->body;
            const json j = json::parse(b.constData(), b.constData() + b.size(), nullptr, false);
            if (j.is_object() && j.contains("message") && j.at("message").is_string())
                e.message = QStringLiteral("%1 (HTTP %2)").arg(QString::fromStdString(j.at("message").get<std::string>()).left(300)).arg(r.response->status);
        }
        e.context = e.context.isEmpty() ? what : what + QStringLiteral(": ") + e.context;
        return e;
    }

} // namespace

PosConnector::PosConnector(PosSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 200);
}

QUrl PosConnector::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    return apiUrl(m_settings.baseUrl, path, query);
}

void PosConnector::get(const QUrl& target, Handler handler)
{
    net::HttpRequest request = net::HttpRequest::get(target);
    request.setHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    m_http.send(request, this, std::move(handler));
}

void PosConnector::fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply)
{
    bool ok = false;
    const qint64 after = std::max<qint64>(0, cursor.toLongLong(&ok));
    QList<std::pair<QString, QString>> query = {{QStringLiteral("after"), QString::number(ok ? after : 0)},
        {QStringLiteral("limit"), QString::number(m_settings.pageSize)}};
    if (!m_settings.store.isEmpty())
        query.append({QStringLiteral("store"), m_settings.store});
    get(url(QStringLiteral("/transactions"), query), [this, reply, after, window](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("POS transactions after %1").arg(after)));
        ParsedTransactions parsed = parseTransactions(r.response->body);
        OrderPage page;
        for (Order& o : parsed.orders) {
            const bool afterFrom = !window.from.isValid() || !o.createdAt.isValid() || o.createdAt >= window.from;
            const bool beforeUntil = !window.until.isValid() || !o.createdAt.isValid() || o.createdAt < window.until;
            if (afterFrom && beforeUntil)
                page.orders.append(std::move(o));
        }
        page.problems = std::move(parsed.problems);
        page.nextCursor = QString::number(std::max(after, parsed.maxVersion));
        page.hasMore = parsed.count >= m_settings.pageSize;
        reply(std::move(page));
    });
}

void PosConnector::fetchOrder(const QString& storefrontId, Reply<Order> reply)
{
    findFrom(0, storefrontId, std::move(reply));
}

void PosConnector::findFrom(qint64 after, const QString& storefrontId, Reply<Order> reply)
{
    fetchOrdersChangedSince(QString::number(after), {}, [this, after, storefrontId, reply](Result<OrderPage> page) {
        if (!page.ok())
            return reply(page.error());
        for (const Order& o : page->orders) {
            if (o.storefrontId == storefrontId)
                return reply(o);
        }
        for (const ParseProblem& p : page->problems) {
            if (p.reference.endsWith(u' ' + storefrontId))
                return reply(makeError(ErrorCode::Parse, p.toString(), QStringLiteral("POS transaction ") + storefrontId));
        }
        const qint64 next = page->nextCursor.toLongLong();
        if (!page->hasMore || next <= after)
            return reply(makeError(ErrorCode::NotFound, QStringLiteral("no such transaction"), QStringLiteral("POS transaction ") + storefrontId));
        findFrom(next, storefrontId, reply);
    });
}

void PosConnector::markFulfilled(const FulfilmentUpdate&, Done done)
{
    // Handed over at the till: nothing to announce, and the API has no fulfilment call.
    done(Status::success());
}

void PosConnector::addNote(const QString& storefrontId, const QString&, Done done)
{
    done(makeError(ErrorCode::Refused, QStringLiteral("the POS API has no notes"), QStringLiteral("POS transaction ") + storefrontId));
}

void PosConnector::pushStock(const QList<StockLevel>&, Reply<StockPushOutcome> reply)
{
    reply(makeError(ErrorCode::Refused, QStringLiteral("the POS API is read-only: the tills keep their own store stock")));
}

Result<WebhookEvent> PosConnector::verifyWebhook(const QHash<QByteArray, QByteArray>&, const QByteArray&) const
{
    return makeError(ErrorCode::Refused, QStringLiteral("the POS API sends no webhooks; its feed is polled"));
}

void PosConnector::fetchStoreStock(const QString& store, Reply<QList<StoreStock>> reply)
{
    QList<std::pair<QString, QString>> query;
    if (!store.isEmpty())
        query.append({QStringLiteral("store"), store});
    get(url(QStringLiteral("/stock"), query), [reply, store](const net::HttpResult& r) {
        if (!r.ok())
            return reply(describe(r, QStringLiteral("POS stock of ") + store));
        ParsedStock parsed = parseStock(r.response->body);
        if (parsed.levels.isEmpty() && !parsed.problems.isEmpty())
            return reply(makeError(ErrorCode::Parse, parsed.problems.constFirst().toString(), QStringLiteral("POS stock of ") + store));
        reply(std::move(parsed.levels));
    });
}

void PosConnector::checkHealth(HealthReply reply)
{
    get(url(QStringLiteral("/transactions"),
            {{QStringLiteral("after"), QStringLiteral("0")}, {QStringLiteral("limit"), QStringLiteral("1")}}),
        [reply](const net::HttpResult& r) { reply(checkJsonAnswer(r, QStringLiteral("pos"))); });
}

void PosConnector::fetchListing(Reply<StorefrontListing> reply)
{
    // The till API has no product list: its stock snapshot (per store and SKU) is the listing. There are no
    // variations, so the listing SKU checks find nothing here; stock is never pushed, so there is no drift.
    get(url(QStringLiteral("/stock"), m_settings.store.isEmpty() ? QList<std::pair<QString, QString>>{} : QList<std::pair<QString, QString>>{{QStringLiteral("store"), m_settings.store}}),
        [reply](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("POS stock")));
            ParsedStock parsed = parseStock(r.response->body);
            if (parsed.levels.isEmpty() && !parsed.problems.isEmpty())
                return reply(makeError(ErrorCode::Parse, parsed.problems.constFirst().toString(), QStringLiteral("POS stock")));
            StorefrontListing listing;
            listing.problems = std::move(parsed.problems);
            for (const StoreStock& level : std::as_const(parsed.levels))
                listing.items.append({level.store + u'/' + level.sku, {}, level.sku, {}, level.store, level.quantity, {}});
            reply(std::move(listing));
        });
}

} // namespace lockstep::core::connectors::pos
