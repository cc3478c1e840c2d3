// SPDX-License-Identifier: GPL-3.0-or-later
#include "square_connector.h"

#include "connectors/api_url.h"
#include "net/http_client.h"

#include <QUuid>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

namespace lockstep::core::connectors::pos {

using nlohmann::json;

namespace {

constexpr int kCountsPage = 1000; // BatchRetrieveInventoryCountsRequest.limit: maximum 1000
constexpr int kMaxLocations = 10; // SearchOrdersRequest.location_ids: "Max: 10 location IDs"

/// Square's error body `{errors: [{category, code, detail}]}` named in the error, with the status.
Error describe(const net::HttpResult& r, const QString& what)
{
    Error e = r.error.value_or(makeError(ErrorCode::Network, QStringLiteral("request failed")));
    if (r.response) {
        if (const QString errors = describeErrors(r.response->body); !errors.isEmpty())
            e.message = QStringLiteral("%1 (HTTP %2)").arg(errors).arg(r.response->status);
    }
    e.context = e.context.isEmpty() ? what : what + QStringLiteral(": ") + e.context;
    return e;
}

std::string rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

QString makeCursor(const QDateTime& start, const QDateTime& seen, const QString& squareCursor)
{
    const auto text = [](const QDateTime& t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
    };
    QString c = text(start) + u' ' + text(seen);
    if (!squareCursor.isEmpty())
        c += u' ' + squareCursor;
    return c;
}

QDateTime timeOf(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

SquareConnector::SquareConnector(SquareSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 1000);
    m_locations = m_settings.locationIds.mid(0, kMaxLocations);
}

QUrl SquareConnector::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    return apiUrl(m_settings.baseUrl, path, query);
}

void SquareConnector::send(net::HttpRequest request, Handler handler)
{
    request.setHeader("Authorization", "Bearer " + m_settings.accessToken.toUtf8());
    request.setHeader("Square-Version", kSquareVersion);
    m_http.send(std::move(request), this, [this, handler = std::move(handler)](const net::HttpResult& r) {
        if (r.response) {
            if (const QDateTime date = r.response->date(); date.isValid())
                m_serverDate = date;
        }
        handler(r);
    });
}

void SquareConnector::post(const QString& path, const QByteArray& body, bool idempotent, Handler handler)
{
    net::HttpRequest request = net::HttpRequest::post(url(path), body);
    request.idempotent = idempotent;
    send(std::move(request), std::move(handler));
}

QDateTime SquareConnector::serverNow() const
{
    // Never ahead of the server: Square refuses a count that occurred "in the future relative to the time of the
    // request", and a Date is at most a cycle old here (the catalog or locations were read with it).
    return m_serverDate.isValid() ? m_serverDate : QDateTime::currentDateTimeUtc();
}

void SquareConnector::prepare(bool refreshCatalog, Done next)
{
    if (m_locations.isEmpty())
        return readLocations([this, refreshCatalog, next](Status st) {
            if (!st.ok())
                return next(st);
            prepare(refreshCatalog, next);
        });
    if (!m_catalogRead || refreshCatalog) {
        m_catalogRead = false;
        return readCatalog({}, next);
    }
    next(Status::success());
}

void SquareConnector::readLocations(Done next)
{
    send(net::HttpRequest::get(url(QStringLiteral("/v2/locations"))), [this, next](const net::HttpResult& r) {
        if (!r.ok())
            return next(describe(r, QStringLiteral("Square locations")));
        const QByteArray& b = r.response->body;
        const json j = json::parse(b.constData(), b.constData() + b.size(), nullptr, false);
        QStringList ids;
        if (j.is_object() && j.contains("locations") && j.at("locations").is_array()) {
            for (const json& l : j.at("locations")) {
                const bool active = !l.contains("status") || l.at("status") == "ACTIVE";
                if (active && l.contains("id") && l.at("id").is_string() && ids.size() < kMaxLocations)
                    ids << QString::fromStdString(l.at("id").get<std::string>());
            }
        }
        if (ids.isEmpty())
            return next(makeError(ErrorCode::NotFound,
                QStringLiteral("the account lists no active location"),
                QStringLiteral("Square locations")));
        m_locations = ids;
        next(Status::success());
    });
}

void SquareConnector::readCatalog(const QString& cursor, Done next)
{
    if (cursor.isEmpty()) {
        m_skuByVariation.clear();
        m_variationBySku.clear();
        m_variations.clear();
        m_catalogProblems.clear();
    }
    QList<std::pair<QString, QString>> query = {{QStringLiteral("types"), QStringLiteral("ITEM_VARIATION")}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    send(net::HttpRequest::get(url(QStringLiteral("/v2/catalog/list"), query)),
        [this, cursor, next](const net::HttpResult& r) {
            if (!r.ok())
                return next(describe(r, QStringLiteral("Square catalog")));
            ParsedCatalog page = parseCatalogList(r.response->body);
            if (page.variations.isEmpty() && !page.problems.isEmpty() && cursor.isEmpty())
                return next(makeError(
                    ErrorCode::Parse, page.problems.constFirst().toString(), QStringLiteral("Square catalog")));
            m_catalogProblems += page.problems;
            for (const CatalogVariation& v : std::as_const(page.variations)) {
                if (m_variationBySku.contains(v.sku)) {
                    // Square lets two variations share a SKU; the warehouse cannot tell them apart.
                    m_catalogProblems.append({v.sku,
                        QStringLiteral("sku"),
                        QStringLiteral("is on variations %1 and %2: the first is used")
                            .arg(m_variationBySku.value(v.sku), v.id)});
                } else {
                    m_variationBySku.insert(v.sku, v.id);
                }
                m_skuByVariation.insert(v.id, v.sku);
                m_variations.insert(v.id, v);
            }
            if (!page.cursor.isEmpty() && page.cursor != cursor)
                return readCatalog(page.cursor, next);
            m_catalogRead = true;
            next(Status::success());
        });
}

void SquareConnector::fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply)
{
    const QStringList parts = cursor.split(u' ', Qt::SkipEmptyParts);
    QString start;
    QDateTime seen;
    QString squareCursor;
    if (parts.size() >= 2 && (parts.at(0) == QLatin1String("-") || timeOf(parts.at(0)).isValid())) {
        start = parts.at(0) == QLatin1String("-") ? QString() : parts.at(0);
        seen = timeOf(parts.at(1));
        squareCursor = parts.mid(2).join(u' ');
    } else if (window.from.isValid()) {
        start = window.from.toUTC().toString(Qt::ISODateWithMs);
    }
    prepare(false, [this, start, seen, squareCursor, window, reply](Status st) {
        if (!st.ok())
            return reply(st.error());
        searchPage(start, seen, squareCursor, window, false, reply);
    });
}

void SquareConnector::searchPage(const QString& start,
    const QDateTime& seen,
    const QString& squareCursor,
    const OrderWindow& window,
    bool refreshed,
    Reply<OrderPage> reply)
{
    json updatedAt = json::object();
    if (!start.isEmpty())
        updatedAt["start_at"] = start.toStdString();
    if (window.until.isValid())
        updatedAt["end_at"] = rfc3339(window.until.addMSecs(-1)); // Square's end is inclusive, the window's is not
    json body = {{"location_ids", json::array()},
        {"query",
            {{"filter",
                 {{"state_filter", {{"states", {"COMPLETED"}}}}, {"date_time_filter", {{"updated_at", updatedAt}}}}},
                {"sort", {{"sort_field", "UPDATED_AT"}, {"sort_order", "ASC"}}}}},
        {"limit", m_settings.pageSize}};
    for (const QString& l : std::as_const(m_locations))
        body["location_ids"].push_back(l.toStdString());
    if (!squareCursor.isEmpty())
        body["cursor"] = squareCursor.toStdString();
    // A search reads, so sending it twice is harmless.
    post(QStringLiteral("/v2/orders/search"),
        QByteArray::fromStdString(body.dump()),
        true,
        [this, start, seen, squareCursor, window, refreshed, reply](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r,
                    QStringLiteral("Square orders updated since %1")
                        .arg(start.isEmpty() ? QStringLiteral("the start") : start)));
            ParsedOrders parsed = parseSearchOrders(r.response->body, m_skuByVariation);
            if (!parsed.unknownVariations.isEmpty() && !refreshed) {
                // A variation created since the catalog was read: read it again, then ask for this page once more.
                return prepare(true, [this, start, seen, squareCursor, window, reply](Status st) {
                    if (!st.ok())
                        return reply(st.error());
                    searchPage(start, seen, squareCursor, window, true, reply);
                });
            }
            OrderPage page;
            page.orders = std::move(parsed.orders);
            page.problems = std::move(parsed.problems);
            page.serverTime = r.response->date();
            QDateTime newest = seen;
            if (parsed.lastUpdatedAt.isValid() && (!newest.isValid() || parsed.lastUpdatedAt > newest))
                newest = parsed.lastUpdatedAt;
            page.hasMore = !parsed.cursor.isEmpty() && parsed.cursor != squareCursor;
            if (page.hasMore)
                page.nextCursor = makeCursor(timeOf(start), newest, parsed.cursor);
            else
                page.nextCursor = makeCursor(newest.isValid() ? newest : timeOf(start), newest, {});
            reply(std::move(page));
        });
}

void SquareConnector::fetchOrder(const QString& storefrontId, Reply<Order> reply)
{
    const QString what = QStringLiteral("Square order ") + storefrontId;
    prepare(false, [this, storefrontId, what, reply](Status st) {
        if (!st.ok())
            return reply(st.error());
        send(net::HttpRequest::get(
                 url(QStringLiteral("/v2/orders/") + QString::fromLatin1(QUrl::toPercentEncoding(storefrontId)))),
            [this, what, reply](const net::HttpResult& r) {
                if (!r.ok()) {
                    Error e = describe(r, what);
                    if (r.response && r.response->status == 404)
                        e.code = ErrorCode::NotFound;
                    return reply(e);
                }
                ParsedOrders parsed = parseRetrieveOrder(r.response->body, m_skuByVariation);
                if (!parsed.orders.isEmpty())
                    return reply(parsed.orders.constFirst());
                if (!parsed.problems.isEmpty())
                    return reply(makeError(ErrorCode::Parse, parsed.problems.constFirst().toString(), what));
                reply(makeError(ErrorCode::NotFound, QStringLiteral("the order is not completed"), what));
            });
    });
}

void SquareConnector::markFulfilled(const FulfilmentUpdate&, Done done)
{
    // Handed over at the till: nothing to announce.
    done(Status::success());
}

void SquareConnector::addNote(const QString& storefrontId, const QString&, Done done)
{
    done(makeError(ErrorCode::Refused,
        QStringLiteral("a completed Square order takes no notes"),
        QStringLiteral("Square order ") + storefrontId));
}

Result<WebhookEvent> SquareConnector::verifyWebhook(const QHash<QByteArray, QByteArray>&, const QByteArray&) const
{
    return makeError(ErrorCode::Refused, QStringLiteral("Square webhooks are not subscribed; orders are polled"));
}

void SquareConnector::checkHealth(HealthReply reply)
{
    send(net::HttpRequest::get(url(QStringLiteral("/v2/locations"))),
        [reply](const net::HttpResult& r) { reply(checkJsonAnswer(r, QStringLiteral("pos"))); });
}

void SquareConnector::pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply)
{
    if (levels.size() > stockBatchLimit())
        return reply(makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 levels in one call; Square takes at most %2 changes a request")
                .arg(levels.size())
                .arg(stockBatchLimit())));
    prepare(false, [this, levels, reply](Status st) {
        if (!st.ok())
            return reply(st.error());
        const bool unknown = std::any_of(
            levels.cbegin(), levels.cend(), [this](const StockLevel& l) { return !m_variationBySku.contains(l.sku); });
        if (!unknown)
            return sendChanges(levels, reply);
        // A SKU added to the catalog since it was read: read it again once.
        prepare(true, [this, levels, reply](Status again) {
            if (!again.ok())
                return reply(again.error());
            sendChanges(levels, reply);
        });
    });
}

void SquareConnector::sendChanges(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply)
{
    auto outcome = std::make_shared<StockPushOutcome>();
    QStringList sent;
    json changes = json::array();
    const std::string occurredAt = rfc3339(serverNow());
    for (const StockLevel& level : levels) {
        const QString location =
            level.location.isEmpty() && m_locations.size() == 1 ? m_locations.constFirst() : level.location;
        if (!m_variationBySku.contains(level.sku)) {
            outcome->failed.append(
                {level.sku, QStringLiteral("sku"), QStringLiteral("no Square item variation has this SKU")});
            continue;
        }
        if (location.isEmpty() || !m_locations.contains(location)) {
            outcome->failed.append({level.sku,
                QStringLiteral("location"),
                location.isEmpty() ? QStringLiteral("names no store location")
                                   : QStringLiteral("%1 is not a configured store location").arg(location)});
            continue;
        }
        if (level.quantity < 0) {
            outcome->failed.append({level.sku, QStringLiteral("quantity"), QStringLiteral("is negative")});
            continue;
        }
        changes.push_back({{"type", "PHYSICAL_COUNT"},
            {"physical_count",
                {{"catalog_object_id", m_variationBySku.value(level.sku).toStdString()},
                    {"location_id", location.toStdString()},
                    {"state", "IN_STOCK"},
                    {"quantity", std::to_string(level.quantity)},
                    {"occurred_at", occurredAt}}}});
        sent << level.sku;
    }
    if (sent.isEmpty())
        return reply(*outcome);
    const json body = {
        {"idempotency_key", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}, {"changes", changes}};
    // The idempotency key makes a resent request apply once, so the HTTP policy may resend it.
    post(QStringLiteral("/v2/inventory/changes/batch-create"),
        QByteArray::fromStdString(body.dump()),
        true,
        [outcome, sent, reply](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("Square inventory changes")));
            outcome->serverTime = r.response->date();
            if (const QString errors = describeErrors(r.response->body); !errors.isEmpty()) {
                for (const QString& sku : sent)
                    outcome->failed.append({sku, QStringLiteral("physical_count"), errors});
                return reply(*outcome);
            }
            outcome->updated += sent;
            reply(*outcome);
        });
}

void SquareConnector::readCounts(
    const QStringList& locations, const QString& cursor, std::shared_ptr<Counts> acc, Reply<Counts> reply)
{
    json body = {{"location_ids", json::array()}, {"limit", kCountsPage}};
    for (const QString& l : locations)
        body["location_ids"].push_back(l.toStdString());
    if (!cursor.isEmpty())
        body["cursor"] = cursor.toStdString();
    post(QStringLiteral("/v2/inventory/counts/batch-retrieve"),
        QByteArray::fromStdString(body.dump()),
        true,
        [this, locations, cursor, acc, reply](const net::HttpResult& r) {
            if (!r.ok())
                return reply(describe(r, QStringLiteral("Square inventory counts at ") + locations.join(u',')));
            ParsedCounts page = parseInventoryCounts(r.response->body);
            if (page.counts.isEmpty() && !page.problems.isEmpty())
                return reply(makeError(ErrorCode::Parse,
                    page.problems.constFirst().toString(),
                    QStringLiteral("Square inventory counts")));
            acc->rows += page.counts;
            acc->problems += page.problems;
            if (!acc->readAt.isValid())
                acc->readAt = r.response->date();
            if (!page.cursor.isEmpty() && page.cursor != cursor)
                return readCounts(locations, page.cursor, acc, reply);
            reply(*acc);
        });
}

void SquareConnector::fetchStoreStock(const QString& location, Reply<QList<StoreStock>> reply)
{
    prepare(false, [this, location, reply](Status st) {
        if (!st.ok())
            return reply(st.error());
        readCounts(location.isEmpty() ? m_locations : QStringList{location},
            {},
            std::make_shared<Counts>(),
            [this, reply](Result<Counts> counts) {
                if (!counts.ok())
                    return reply(counts.error());
                QList<StoreStock> out;
                for (const InventoryCountRow& row : std::as_const(counts->rows)) {
                    // Only IN_STOCK can be sold; SOLD, WASTE, RETURNED_BY_CUSTOMER and the rest are not store stock.
                    if (row.state == QLatin1String("IN_STOCK") && m_skuByVariation.contains(row.variationId))
                        out.append({row.location, m_skuByVariation.value(row.variationId), row.quantity});
                }
                reply(out);
            });
    });
}

void SquareConnector::fetchListing(Reply<StorefrontListing> reply)
{
    prepare(true, [this, reply](Status st) {
        if (!st.ok())
            return reply(st.error());
        readCounts(m_locations, {}, std::make_shared<Counts>(), [this, reply](Result<Counts> counts) {
            if (!counts.ok())
                return reply(counts.error());
            StorefrontListing listing;
            listing.problems = m_catalogProblems + counts->problems;
            for (const InventoryCountRow& row : std::as_const(counts->rows)) {
                if (row.state != QLatin1String("IN_STOCK") || !m_variations.contains(row.variationId))
                    continue;
                const CatalogVariation& v = m_variations[row.variationId];
                listing.items.append({v.id, v.itemId, v.sku, v.name, row.location, row.quantity, counts->readAt});
            }
            reply(std::move(listing));
        });
    });
}

} // namespace lockstep::core::connectors::pos
