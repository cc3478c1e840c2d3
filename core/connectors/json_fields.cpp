// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_fields.h"

#include "domain/clock.h"

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
    return t;
}

std::optional<qint64> JsonFields::integer(const char* key) const
{
    if (!has(key))
        return std::nullopt;
    const json& v = m_obj.at(key);
    if (v.is_number_integer())
        return v.get<qint64>();
    if (v.is_number_unsigned() && v.get<unsigned long long>() <= static_cast<unsigned long long>(std::numeric_limits<qint64>::max()))
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

std::optional<json> parseJson(const QByteArray& bytes, const QString& what, QList<ParseProblem>& problems)
{
    json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!j.is_discarded())
        return j;
    // Invalid UTF-8 inside one string should not cost the whole page: replace it and say so.
    const QByteArray cleaned = QString::fromUtf8(bytes).toUtf8();
    if (cleaned != bytes) {
        j = json::parse(cleaned.constData(), cleaned.constData() + cleaned.size(), nullptr, false);
        if (!j.is_discarded()) {
            problems.append({what, QStringLiteral("(body)"), QStringLiteral("contained invalid UTF-8, replaced with U+FFFD")});
            return j;
        }
    }
    problems.append({what, QStringLiteral("(body)"), QStringLiteral("is not valid JSON")});
    return std::nullopt;
}

} // namespace lockstep::core::connectors
