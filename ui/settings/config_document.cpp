// SPDX-License-Identifier: GPL-3.0-or-later
#include "config_document.h"

#include <QFile>
#include <QSaveFile>

namespace lockstep::ui {

using core::ErrorCode;
using core::makeError;
using Json = nlohmann::ordered_json;

namespace {
std::vector<std::string> split(const QString& path)
{
    std::vector<std::string> keys;
    for (const QString& part : path.split(u'.'))
        keys.push_back(part.toStdString());
    return keys;
}
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

ConfigDocument::ConfigDocument()
    : m_root(Json::object())
{}

ConfigDocument::ConfigDocument(Json root)
    : m_root(std::move(root))
{}

core::Result<ConfigDocument> ConfigDocument::fromJson(const QByteArray& bytes)
{
    Json root = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (root.is_discarded())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("is not valid JSON"));
    if (!root.is_object())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be a JSON object"));
    return ConfigDocument(std::move(root));
}

core::Result<ConfigDocument> ConfigDocument::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, f.errorString(), path);
    auto doc = fromJson(f.readAll());
    if (!doc.ok())
        return makeError(doc.error().code, doc.error().message, path);
    return doc;
}

QByteArray ConfigDocument::toJson() const
{
    return QByteArray::fromStdString(m_root.dump(2)) + '\n';
}

core::engine::ConfigLoad ConfigDocument::validate() const
{
    return core::engine::parseConfig(toJson());
}

core::Status ConfigDocument::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, file.errorString(), path);
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, file.errorString(), path);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, file.errorString(), path);
    return core::Status::success();
}

const Json* ConfigDocument::find(const QString& path) const
{
    const Json* node = &m_root;
    for (const std::string& key : split(path)) {
        if (!node->is_object())
            return nullptr;
        auto it = node->find(key);
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

bool ConfigDocument::contains(const QString& path) const
{
    const Json* node = find(path);
    return node && !node->is_null();
}

QVariant ConfigDocument::value(const QString& path) const
{
    const Json* node = find(path);
    if (!node)
        return {};
    if (node->is_string())
        return q(node->get<std::string>());
    if (node->is_boolean())
        return node->get<bool>();
    if (node->is_number_integer())
        return QVariant::fromValue(node->get<qint64>());
    if (node->is_number())
        return node->get<double>();
    return {};
}

void ConfigDocument::setValue(const QString& path, const QVariant& value)
{
    const bool removes = !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (removes) {
        remove(path);
        return;
    }
    Json* node = &m_root;
    const auto keys = split(path);
    for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
        Json& next = (*node)[keys[i]];
        if (!next.is_object())
            next = Json::object();
        node = &next;
    }
    Json& leaf = (*node)[keys.back()];
    switch (value.typeId()) {
    case QMetaType::Bool:
        leaf = value.toBool();
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        leaf = value.toLongLong();
        break;
    default:
        leaf = value.toString().toStdString();
        break;
    }
}

void ConfigDocument::remove(const QString& path)
{
    Json* node = &m_root;
    const auto keys = split(path);
    for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
        auto it = node->find(keys[i]);
        if (it == node->end() || !it->is_object())
            return;
        node = &*it;
    }
    node->erase(keys.back());
}

ConfigDocument::Entries ConfigDocument::entries(const QString& path) const
{
    Entries out;
    const Json* node = find(path);
    if (!node || !node->is_object())
        return out;
    for (auto it = node->begin(); it != node->end(); ++it) {
        const Json& v = it.value();
        out.append({q(it.key()), v.is_string() ? q(v.get<std::string>()) : q(v.dump())});
    }
    return out;
}

void ConfigDocument::setEntries(const QString& path, const Entries& entries, bool wholeNumbers)
{
    remove(path);
    if (entries.isEmpty())
        return;
    setValue(path, QStringLiteral("placeholder"));
    Json* node = &m_root;
    for (const std::string& key : split(path))
        node = &(*node)[key];
    *node = Json::object();
    for (const auto& [key, text] : entries) {
        bool isNumber = false;
        const qint64 n = text.trimmed().toLongLong(&isNumber);
        if (wholeNumbers && isNumber)
            (*node)[key.toStdString()] = n;
        else
            (*node)[key.toStdString()] = text.toStdString();
    }
}

ConfigDocument::SecretSource ConfigDocument::secretSource(const QString& path) const
{
    using Kind = core::engine::SecretRef::Kind;
    const Json* node = find(path);
    if (!node || node->is_null())
        return {};
    if (node->is_string())
        return {Kind::Literal, {}};
    if (node->is_object() && node->contains("keychain") && node->at("keychain").is_string())
        return {Kind::Keychain, q(node->at("keychain").get<std::string>())};
    if (node->is_object() && node->contains("env") && node->at("env").is_string())
        return {Kind::Environment, q(node->at("env").get<std::string>())};
    return {};
}

void ConfigDocument::setKeychainSecret(const QString& path, const QString& entry)
{
    setValue(path, QStringLiteral("placeholder"));
    Json* node = &m_root;
    for (const std::string& key : split(path))
        node = &(*node)[key];
    *node = Json{{"keychain", entry.toStdString()}};
}

} // namespace lockstep::ui
