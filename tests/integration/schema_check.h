// SPDX-License-Identifier: GPL-3.0-or-later
// A small JSON Schema checker for the conformance tests: `$ref` to `#/definitions/…`, `type` (one or a list),
// `properties` and `patternProperties` with `additionalProperties: false`, `required`, `items`, `anyOf`, `enum`.
// Enough for the schema subsets under tests/schemas/, which are taken from the vendors' own models; shared by the
// WMS, storefront and POS conformance tests, with the helpers they share (a renamed field, a summary of violations).
#pragma once

#include "http_exchange.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

namespace lockstep::test {

class SchemaSet
{
public:
    using Json = nlohmann::ordered_json;

    /// The JSON in `bytes`; a discarded value when it is not JSON.
    static Json parse(const QByteArray& bytes)
    {
        return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    }

    /// The JSON in a file (a Qt resource path works); a discarded value when it is missing or not JSON.
    static Json read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? parse(f.readAll()) : Json(Json::value_t::discarded);
    }

    static std::optional<SchemaSet> load(const QString& path)
    {
        Json root = read(path);
        if (root.is_discarded() || !root.contains("definitions"))
            return std::nullopt;
        SchemaSet s;
        s.m_root = std::move(root);
        return s;
    }

    bool has(const QString& definition) const { return m_root.at("definitions").contains(definition.toStdString()); }

    /// Every place where `value` breaks the definition, as "path: reason"; empty when it conforms.
    QStringList violations(const Json& value, const QString& definition) const
    {
        QStringList out;
        check(value, Json{{"$ref", "#/definitions/" + definition.toStdString()}}, definition, out);
        return out;
    }

private:
    static bool isType(const Json& v, const std::string& type)
    {
        if (type == "object")
            return v.is_object();
        if (type == "array")
            return v.is_array();
        if (type == "string")
            return v.is_string();
        if (type == "integer")
            return v.is_number_integer();
        if (type == "number")
            return v.is_number();
        if (type == "boolean")
            return v.is_boolean();
        if (type == "null")
            return v.is_null();
        return true;
    }

    void check(const Json& v, const Json& schema, const QString& path, QStringList& out) const
    {
        if (schema.contains("$ref")) {
            const std::string ref = schema.at("$ref").get<std::string>();
            const std::string name = ref.substr(ref.rfind('/') + 1);
            const Json& defs = m_root.at("definitions");
            if (!defs.contains(name)) {
                out << path + QStringLiteral(": unknown schema ") + QString::fromStdString(name);
                return;
            }
            return check(v, defs.at(name), path, out);
        }
        if (schema.contains("anyOf")) {
            for (const Json& option : schema.at("anyOf")) {
                QStringList inner;
                check(v, option, path, inner);
                if (inner.isEmpty())
                    return;
            }
            out << path + QStringLiteral(": matches none of its types: ") + QString::fromStdString(v.dump()).left(80);
            return;
        }
        if (schema.contains("type")) {
            const Json& t = schema.at("type");
            bool ok = false;
            if (t.is_array()) {
                for (const Json& one : t)
                    ok = ok || isType(v, one.get<std::string>());
            } else {
                ok = isType(v, t.get<std::string>());
            }
            if (!ok) {
                out << path + QStringLiteral(": is not ") + QString::fromStdString(t.dump()) + QStringLiteral(": ")
                        + QString::fromStdString(v.dump()).left(80);
                return;
            }
        }
        if (schema.contains("enum")
            && std::find(schema.at("enum").begin(), schema.at("enum").end(), v) == schema.at("enum").end())
            out << path + QStringLiteral(": not one of the allowed values: ")
                    + QString::fromStdString(v.dump()).left(80);
        if (v.is_object()) {
            const Json props = schema.value("properties", Json::object());
            const Json patterns = schema.value("patternProperties", Json::object());
            for (auto it = v.begin(); it != v.end(); ++it) {
                const QString at = path + u'.' + QString::fromStdString(it.key());
                if (props.contains(it.key())) {
                    check(it.value(), props.at(it.key()), at, out);
                    continue;
                }
                const Json* byPattern = nullptr;
                for (auto p = patterns.begin(); p != patterns.end() && !byPattern; ++p) {
                    if (QRegularExpression(QString::fromStdString(p.key()))
                            .match(QString::fromStdString(it.key()))
                            .hasMatch())
                        byPattern = &p.value();
                }
                if (byPattern)
                    check(it.value(), *byPattern, at, out);
                else if (schema.contains("additionalProperties") && schema.at("additionalProperties") == false)
                    out << at + QStringLiteral(": is not a field of the model");
            }
            for (const Json& name : schema.value("required", Json::array())) {
                if (!v.contains(name.get<std::string>()) || v.at(name.get<std::string>()).is_null())
                    out << path + u'.' + QString::fromStdString(name.get<std::string>())
                            + QStringLiteral(": is required");
            }
        }
        if (v.is_array() && schema.contains("items")) {
            int i = 0;
            for (const Json& element : v)
                check(element, schema.at("items"), path + QStringLiteral("[%1]").arg(i++), out);
        }
    }

    Json m_root;
};

/// Whether `name` is one of an operation's query parameters as listed in an operations.json: a wire name, or
/// `/regex/` for a family of names (commercetools' `var.<name>` predicate variables).
inline bool namesParameter(const SchemaSet::Json& allowed, const QString& name)
{
    for (const auto& entry : allowed) {
        const QString a = QString::fromStdString(entry.get<std::string>());
        if (a == name)
            return true;
        if (a.size() > 2 && a.startsWith(u'/') && a.endsWith(u'/')
            && QRegularExpression(a.mid(1, a.size() - 2)).match(name).hasMatch())
            return true;
    }
    return false;
}

/// What is wrong with a request's query parameters against its operation: names it does not have (`allowed` as
/// namesParameter() reads it) and a page size (`pageSizeName`) above `maxPageSize` (null when it has no limit).
inline QStringList queryViolations(const QList<std::pair<QString, QString>>& items,
    const SchemaSet::Json& allowed,
    const QString& pageSizeName,
    const SchemaSet::Json& maxPageSize,
    const QString& where)
{
    QStringList out;
    for (const auto& [name, value] : items) {
        if (!namesParameter(allowed, name))
            out << where + QStringLiteral(": query parameter \"%1\" is not one of the operation's").arg(name);
        if (name == pageSizeName && maxPageSize.is_number() && value.toInt() > maxPageSize.get<int>())
            out << where + QStringLiteral(": %1 %2 above %3").arg(name, value).arg(maxPageSize.get<int>());
    }
    return out;
}

/// A copy of `e` with the field at `pointer` in its request (or answer) body renamed to `name`: how the conformance
/// tests show that their checker catches a field of another name on either side.
inline core::sim::SimExchange renamedField(
    core::sim::SimExchange e, bool inRequest, const std::string& pointer, const std::string& name)
{
    QByteArray& bytes = inRequest ? e.request.body : e.response.body;
    SchemaSet::Json body = SchemaSet::parse(bytes);
    const SchemaSet::Json::json_pointer at(pointer);
    SchemaSet::Json& parent = body.at(at.parent_pointer());
    SchemaSet::Json value = parent.at(at.back());
    parent.erase(at.back());
    parent[name] = std::move(value);
    bytes = QByteArray::fromStdString(body.dump());
    return e;
}

/// The violations, each kind once (indices and ids folded), with how often it occurred.
inline QString violationSummary(const QStringList& violations)
{
    static const QRegularExpression kIndex(QStringLiteral("\\[\\d+\\]|/[0-9a-f-]{6,}|/\\d+"));
    QMap<QString, int> kinds;
    for (QString v : violations)
        ++kinds[v.replace(kIndex, QStringLiteral("[]"))];
    QStringList lines;
    for (auto it = kinds.cbegin(); it != kinds.cend() && lines.size() < 60; ++it)
        lines << QStringLiteral("%1x %2").arg(it.value()).arg(it.key());
    return QStringLiteral("%1 violations of %2 kinds:\n").arg(violations.size()).arg(kinds.size()) + lines.join(u'\n');
}

} // namespace lockstep::test
