// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "net/http_types.h"
#include "reply.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>
#include <optional>

namespace lockstep::core::connectors {

/// Defensive readers over one JSON object of a payload. A missing or malformed field is recorded as a
/// ParseProblem naming the record and the field, never thrown: callers decide whether the record is usable.
/// Unknown fields are simply not read.
class JsonFields
{
public:
    JsonFields(const nlohmann::json& object, QString reference, QList<ParseProblem>& problems)
        : m_obj(object)
        , m_ref(std::move(reference))
        , m_problems(problems)
    {}

    bool has(const char* key) const { return m_obj.is_object() && m_obj.contains(key) && !m_obj.at(key).is_null(); }
    const nlohmann::json& at(const char* key) const { return m_obj.at(key); }
    void problem(const char* key, const QString& message) const;

    /// Text; numbers are accepted and printed (ids arrive as either). Missing: `fallback`, no problem.
    QString text(const char* key, const QString& fallback = {}) const;
    std::optional<QString> requiredText(const char* key) const; ///< missing, not text or blank: a problem
    std::optional<qint64> integer(const char* key) const; ///< problem only when present but not an integer
    std::optional<qint64> requiredInteger(const char* key) const;
    bool boolean(const char* key, bool fallback) const;
    /// A decimal string ("29.35") or JSON number read exactly in `currency`; missing or bad: zero and a problem
    /// when `required`.
    Money money(const char* key, const QString& currency, bool required = true) const;
    /// An ISO-8601 time; strings without an offset are taken as UTC (WooCommerce `_gmt` fields).
    QDateTime utc(const char* key) const;
    /// The value as text whatever its JSON type (custom fields may be objects).
    static QString anyAsText(const nlohmann::json& value);

private:
    const nlohmann::json& m_obj;
    QString m_ref;
    QList<ParseProblem>& m_problems;
};

/// Parses bytes as JSON without throwing; nullopt with a problem when they are not JSON (named as an HTML page when
/// they are one).
std::optional<nlohmann::json> parseJson(const QByteArray& bytes, const QString& what, QList<ParseProblem>& problems);

/// True when `bytes` begin (after white space and a byte-order mark) like an HTML document: a proxy's, a login or a
/// web server's page where an API's JSON was expected.
bool looksLikeHtml(QByteArrayView bytes);
/// How a message names such an answer: `an HTML page (HTTP 502, "Bad Gateway")`, with the page's title when it has
/// one (cut at 80 characters).
QString describeHtmlAnswer(const net::HttpResponse& response);
/// A 2xx answer that is an HTML page where JSON was expected, as an Error (ErrorCode::Parse) in `context`.
Error htmlAnswerError(const net::HttpResponse& response, const QString& context);

} // namespace lockstep::core::connectors
