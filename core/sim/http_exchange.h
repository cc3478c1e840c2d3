// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json.hpp>
#include <optional>

namespace lockstep::core::sim {

using Json = nlohmann::ordered_json;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as the simulated services see it: method, decoded path, query, headers, raw body.
struct SimRequest
{
    QByteArray method; ///< "GET", "POST", "PUT", ...
    QString path; ///< decoded, without query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; ///< case-insensitive; empty when absent
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString& key) const; ///< fully decoded; empty when absent
    QStringList queryValues(const QString& key) const;
    /// Path segments after `prefix` ("/wp-json/wc/v3/orders/5" with prefix "/wp-json/wc/v3" → orders, 5).
    QStringList segmentsAfter(const QString& prefix) const;
    /// The body parsed as JSON (nullopt when it is not JSON).
    std::optional<Json> jsonBody() const;
    /// The body parsed as application/x-www-form-urlencoded ('+' is a space).
    QUrlQuery formBody() const;
    /// Basic-auth user and password (empty pair when absent or malformed).
    QPair<QString, QString> basicAuth() const;
    /// The token of an `Authorization: Bearer` header (empty when absent).
    QString bearerToken() const;
};

/// One HTTP answer.
struct SimResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static SimResponse json(int status, const Json& body);
    static SimResponse empty(int status) { return SimResponse{status, {}, {}}; }
    void setHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
};

/// A request a service handled and the answer it gave (faults injected before the service are not exchanges).
struct SimExchange
{
    QString system; ///< "woocommerce", "commercetools", "wms", "pos"
    SimRequest request;
    SimResponse response;
};

/// Milliseconds since the epoch as ISO-8601 UTC with milliseconds and `Z` ("2026-01-05T08:00:00.000Z").
QString isoUtc(qint64 msecs);
/// Parses ISO-8601 (with or without offset; without is taken as UTC). nullopt when it is not a date.
std::optional<qint64> parseIso(const QString& text);
std::string toStd(const QString& text);
QString fromStd(const std::string& text);

} // namespace lockstep::core::sim
