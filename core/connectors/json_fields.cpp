// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_fields.h"

#include "domain/clock.h"

#include <algorithm>
#include <limits>

namespace lockstep::core::connectors {

using nlohmann::json;

void JsonFields::problem(const char* key, const QString& message) const
{
    m_problems.append({m_ref, QString::fromLatin1(key), message});
}

QString JsonFields::text(const char* key, const QString& fallback) const
{
    if (!has(key))
        return fallback;
    const json& v = m_obj.at(key);
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_number_unsigned())
        return QString::number(v.get<unsigned long long>());
    problem(key, QStringLiteral("is not text"));
    return fallback;
}

std::optional<QString> JsonFields::requiredText(const char* key) const
{
    if (!has(key)) {
        problem(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    const qsizetype before = m_problems.size();
    QString t = text(key);
    if (m_problems.size() != before)
        return std::nullopt;
    if (t.trimmed().isEmpty()) {
        // An empty id or code would become a record nobody can find again (an order "woocommerce:").
        problem(key, QStringLiteral("is empty"));
        return std::nullopt;
    }
    return t;
}

std::optional<qint64> JsonFields::integer(const char* key) const
{
    if (!has(key))
        return std::nullopt;
    const json& v = m_obj.at(key);
    if (v.is_number_integer())
        return v.get<qint64>();
    if (v.is_number_unsigned()
        && v.get<unsigned long long>() <= static_cast<unsigned long long>(std::numeric_limits<qint64>::max()))
        return static_cast<qint64>(v.get<unsigned long long>());
    if (v.is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(v.get<std::string>()).toLongLong(&ok);
        if (ok)
            return n;
    }
    problem(key, QStringLiteral("is not a whole number"));
    return std::nullopt;
}

std::optional<qint64> JsonFields::requiredInteger(const char* key) const
{
    if (!has(key)) {
        problem(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    return integer(key);
}

bool JsonFields::boolean(const char* key, bool fallback) const
{
    if (!has(key))
        return fallback;
    const json& v = m_obj.at(key);
    if (v.is_boolean())
        return v.get<bool>();
    problem(key, QStringLiteral("is not true or false"));
    return fallback;
}

Money JsonFields::money(const char* key, const QString& currency, bool required) const
{
    const QString cur = currency.size() == 3 ? currency : QStringLiteral("XXX");
    if (!has(key)) {
        if (required)
            problem(key, QStringLiteral("is missing"));
        return Money::zero(cur);
    }
    const json& v = m_obj.at(key);
    QString digits;
    if (v.is_string())
        digits = QString::fromStdString(v.get<std::string>());
    else if (v.is_number_integer())
        digits = QString::number(v.get<long long>());
    else if (v.is_number_float())
        digits = QString::number(v.get<double>(), 'f', Money::decimalsFor(cur)); // rounded to the currency
    else {
        problem(key, QStringLiteral("is not an amount"));
        return Money::zero(cur);
    }
    auto m = Money::parse(digits, cur, Money::Rounding::HalfEven);
    if (!m.ok()) {
        problem(key, QStringLiteral("is not a valid amount: %1").arg(m.error().message));
        return Money::zero(cur);
    }
    return m.value();
}

QDateTime JsonFields::utc(const char* key) const
{
    if (!has(key))
        return {};
    const json& v = m_obj.at(key);
    if (!v.is_string()) {
        problem(key, QStringLiteral("is not a date"));
        return {};
    }
    const QString s = QString::fromStdString(v.get<std::string>());
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        problem(key, QStringLiteral("is not an ISO-8601 date: %1").arg(s.left(40)));
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) // no offset written: the field is UTC by contract
        return utcFromMSecs(QDateTime(t.date(), t.time(), Qt::UTC).toMSecsSinceEpoch());
    return utcFromMSecs(t.toMSecsSinceEpoch());
}

QString JsonFields::anyAsText(const json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The code unit of the `\uXXXX` escape at `at` (pointing at the backslash), or -1.
int escapedUnit(const QByteArray& b, qsizetype at)
{
    if (at + 6 > b.size() || b[at] != '\\' || b[at + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = at + 2; k < at + 6; ++k) {
        const int h = hexValue(b[k]);
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

/// Replaces `\uD800`-`\uDFFF` escapes that do not form a surrogate pair with `\uFFFD` (a JSON parser refuses
/// the whole document for one of them). Other escapes, `\\` included, are copied as they are.
QByteArray replaceLoneSurrogates(const QByteArray& b)
{
    QByteArray out;
    out.reserve(b.size());
    qsizetype i = 0;
    while (i < b.size()) {
        if (b[i] != '\\' || i + 1 >= b.size()) {
            out += b[i++];
            continue;
        }
        const int unit = escapedUnit(b, i);
        if (unit < 0xD800 || unit > 0xDFFF) {
            out += b.mid(i, unit < 0 ? 2 : 6); // any other escape, or a backslash pair
            i += unit < 0 ? 2 : 6;
            continue;
        }
        const int low = unit <= 0xDBFF ? escapedUnit(b, i + 6) : -1;
        if (low >= 0xDC00 && low <= 0xDFFF) {
            out += b.mid(i, 12);
            i += 12;
        } else {
            out += "\\ufffd";
            i += 6;
        }
    }
    return out;
}

} // namespace

std::optional<json> parseJson(const QByteArray& bytes, const QString& what, QList<ParseProblem>& problems)
{
    json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!j.is_discarded())
        return j;
    // Invalid UTF-8 or a broken \u escape inside one string should not cost the whole page: replace it, say so.
    const QByteArray cleaned = replaceLoneSurrogates(QString::fromUtf8(bytes).toUtf8());
    if (cleaned != bytes) {
        j = json::parse(cleaned.constData(), cleaned.constData() + cleaned.size(), nullptr, false);
        if (!j.is_discarded()) {
            problems.append({what,
                QStringLiteral("(body)"),
                QStringLiteral("contained invalid UTF-8 or unpaired \\u surrogate escapes, replaced with U+FFFD")});
            return j;
        }
    }
    problems.append({what,
        QStringLiteral("(body)"),
        looksLikeHtml(bytes) ? QStringLiteral("is an HTML page, not JSON (a proxy's or web server's page?)")
                             : QStringLiteral("is not valid JSON")});
    return std::nullopt;
}

bool looksLikeHtml(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    const QByteArray start = bytes.first(std::min<qsizetype>(bytes.size(), 256)).trimmed().toByteArray().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || (start.startsWith("<!--") && start.contains("<html"));
}

QString describeHtmlAnswer(const net::HttpResponse& response)
{
    const QByteArray head = response.body.left(4096);
    const qsizetype open = head.toLower().indexOf("<title");
    const qsizetype from = open < 0 ? -1 : head.indexOf('>', open);
    const qsizetype to = from < 0 ? -1 : head.toLower().indexOf("</title", from);
    const QString title =
        to < 0 ? QString() : QString::fromUtf8(head.mid(from + 1, to - from - 1)).simplified().left(80);
    return title.isEmpty() ? QStringLiteral("an HTML page (HTTP %1)").arg(response.status)
                           : QStringLiteral("an HTML page (HTTP %1, \"%2\")").arg(response.status).arg(title);
}

Error htmlAnswerError(const net::HttpResponse& response, const QString& context)
{
    return makeError(ErrorCode::Parse,
        QStringLiteral("the answer is %1, not the API's JSON").arg(describeHtmlAnswer(response)),
        context);
}

} // namespace lockstep::core::connectors
