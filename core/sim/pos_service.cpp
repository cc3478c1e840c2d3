// SPDX-License-Identifier: GPL-3.0-or-later
#include "pos_service.h"

#include "world.h"

#include <algorithm>

namespace lockstep::core::sim {

namespace {

constexpr int kMaxLimit = 200;

SimResponse posError(int status, const char* code, const QString& message)
{
    return SimResponse::json(status, Json{{"error", code}, {"message", toStd(message)}});
}

} // namespace

PosService::PosService(World* world, QString apiKey)
    : m_world(world)
    , m_apiKey(std::move(apiKey))
{
}

SimResponse PosService::serverError(int status) const
{
    return posError(status, "server_error", QStringLiteral("The back office is temporarily unavailable."));
}

SimResponse PosService::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = posError(429, "rate_limited", QStringLiteral("Too many requests."));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

SimResponse PosService::handle(const SimRequest& request)
{
    if (request.bearerToken() != m_apiKey)
        return posError(401, "unauthorized", QStringLiteral("A valid API key is required."));
    const QStringList seg = request.segmentsAfter(QStringLiteral("/pos/v1"));
    if (request.method != "GET" || seg.size() != 1)
        return posError(404, "not_found", QStringLiteral("No such resource."));
    const QString store = request.queryValue(QStringLiteral("store"));
    const QStringList& stores = m_world->scenario().pos.stores;
    if (!store.isEmpty() && !stores.contains(store))
        return posError(404, "not_found", QStringLiteral("Unknown store '%1'.").arg(store));
    const QString& currency = m_world->scenario().currency;
    if (seg.first() == QStringLiteral("stores")) {
        Json data = Json::array();
        for (const auto& s : stores)
            data.push_back({{"id", toStd(s)}, {"name", toStd(QStringLiteral("Store ") + s)}, {"currency", toStd(currency)}});
        return SimResponse::json(200, Json{{"data", data}});
    }
    if (seg.first() == QStringLiteral("transactions")) {
        bool ok = true;
        const qint64 after = request.hasQuery(QStringLiteral("after")) ? request.queryValue(QStringLiteral("after")).toLongLong(&ok) : 0;
        int limit = request.hasQuery(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&ok) : 100;
        if (!ok || limit < 1 || limit > kMaxLimit)
            return posError(400, "invalid_parameter", QStringLiteral("after must be a version; limit 1..%1.").arg(kMaxLimit));
        Json data = Json::array();
        qint64 minVersion = 0;
        qint64 maxVersion = after;
        const auto& events = m_world->posEvents();
        for (int i = 0; i < m_world->posEventsApplied() && static_cast<int>(data.size()) < limit; ++i) {
            const PosEvent& e = events.at(i);
            if (e.version <= after || (!store.isEmpty() && e.store != store))
                continue;
            if (!minVersion)
                minVersion = e.version;
            maxVersion = e.version;
            data.push_back({{"id", toStd(e.id)}, {"type", e.isReturn ? "return" : "sale"}, {"store", toStd(e.store)},
                {"occurred_at", toStd(isoUtc(e.atMSecs))}, {"version", e.version},
                {"original_id", e.originalId.isEmpty() ? Json(nullptr) : Json(toStd(e.originalId))},
                {"lines", Json::array({{{"sku", toStd(e.sku)}, {"quantity", e.quantity},
                              {"unit_price", {{"amount", e.unitPriceMinor}, {"currency", toStd(currency)}}}}})}});
        }
        return SimResponse::json(200, Json{{"data", data}, {"version", {{"min", minVersion}, {"max", maxVersion}}}});
    }
    if (seg.first() == QStringLiteral("stock")) {
        Json data = Json::array();
        const auto& stock = m_world->posStock();
        for (auto it = stock.cbegin(); it != stock.cend(); ++it) {
            if (!store.isEmpty() && it.key().first != store)
                continue;
            data.push_back({{"store", toStd(it.key().first)}, {"sku", toStd(it.key().second)}, {"quantity", it.value()}});
        }
        return SimResponse::json(200, Json{{"data", data}});
    }
    return posError(404, "not_found", QStringLiteral("No such resource."));
}

} // namespace lockstep::core::sim
