// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "connectors/commercetools/ct_parser.h"
#include "domain/exception_record.h"

#include <QFile>
#include <QHostAddress>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <nlohmann/json.hpp>

namespace lockstep::core::engine {

using nlohmann::json;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Walks one JSON object, reporting wrong types and unknown keys with their full path.
class Reader
{
public:
    Reader(const json& object, QString path, QList<ConfigIssue>& issues)
        : m_obj(object)
        , m_path(std::move(path))
        , m_issues(issues)
    {}

    QString field(const char* key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QString::fromLatin1(key);
    }
    void issue(const char* key, const QString& message) const { m_issues.append({field(key), message}); }
    bool has(const char* key) const { return m_obj.contains(key) && !m_obj.at(key).is_null(); }

    void rejectUnknown(std::initializer_list<const char*> known) const
    {
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it) {
            bool found = false;
            for (const char* k : known)
                found = found || it.key() == k;
            if (!found)
                m_issues.append({field(it.key().c_str()), QStringLiteral("unknown setting (check the spelling)")});
        }
    }

    QString string(const char* key, const QString& fallback = {}) const
    {
        if (!has(key))
            return fallback;
        const json& v = m_obj.at(key);
        if (!v.is_string()) {
            issue(key, QStringLiteral("must be text"));
            return fallback;
        }
        return q(v.get<std::string>());
    }

    bool boolean(const char* key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        const json& v = m_obj.at(key);
        if (!v.is_boolean()) {
            issue(key, QStringLiteral("must be true or false"));
            return fallback;
        }
        return v.get<bool>();
    }

    int integer(const char* key, int fallback, int min, int max) const
    {
        if (!has(key))
            return fallback;
        const json& v = m_obj.at(key);
        if (!v.is_number_integer()) {
            issue(key, QStringLiteral("must be a whole number"));
            return fallback;
        }
        const auto n = v.get<long long>();
        if (n < min || n > max) {
            issue(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(n);
    }

    std::optional<Reader> object(const char* key) const
    {
        if (!has(key))
            return std::nullopt;
        const json& v = m_obj.at(key);
        if (!v.is_object()) {
            issue(key, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        return Reader(v, field(key), m_issues);
    }

    /// An object of text values, e.g. {"web-eu": "DAL-1"}.
    QHash<QString, QString> stringMap(const char* key) const
    {
        QHash<QString, QString> out;
        if (auto r = object(key)) {
            for (auto it = r->m_obj.begin(); it != r->m_obj.end(); ++it) {
                if (it.value().is_string())
                    out.insert(q(it.key()), q(it.value().get<std::string>()));
                else
                    r->issue(it.key().c_str(), QStringLiteral("must be text"));
            }
        }
        return out;
    }

    QUrl url(const char* key, bool required) const
    {
        if (!has(key)) {
            if (required)
                issue(key, QStringLiteral("is required"));
            return {};
        }
        const QString text = string(key);
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty()
            || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))) {
            issue(key, QStringLiteral("must be an http(s) URL such as https://shop.example.com"));
            return {};
        }
        if (u.scheme() == QLatin1String("http") && !isLoopback(u)) {
            issue(key, QStringLiteral("must use https (plain http is accepted only on this computer, 127.0.0.1)"));
            return {};
        }
        if (!u.userInfo().isEmpty()) {
            issue(key, QStringLiteral("must not contain a user name or password; use the credential settings"));
            return {};
        }
        return u;
    }

    /// A secret: {"keychain": "entry"}, {"env": "VARIABLE"}, or a literal string (loopback only).
    SecretRef secret(const char* key, bool literalAllowed) const
    {
        if (!has(key))
            return {};
        const json& v = m_obj.at(key);
        if (v.is_string()) {
            if (!literalAllowed) {
                issue(key,
                    QStringLiteral("a secret written in the file is accepted only for a sandbox on 127.0.0.1; "
                                   "use {\"keychain\": \"entry\"} or {\"env\": \"VARIABLE\"}"));
                return {};
            }
            return {SecretRef::Kind::Literal, q(v.get<std::string>())};
        }
        if (v.is_object() && v.size() == 1) {
            if (v.contains("keychain") && v.at("keychain").is_string())
                return {SecretRef::Kind::Keychain, q(v.at("keychain").get<std::string>())};
            if (v.contains("env") && v.at("env").is_string())
                return {SecretRef::Kind::Environment, q(v.at("env").get<std::string>())};
        }
        issue(key, QStringLiteral("must be {\"keychain\": \"entry\"} or {\"env\": \"VARIABLE\"}"));
        return {};
    }

    const json& raw() const { return m_obj; }

private:
    const json& m_obj;
    QString m_path;
    QList<ConfigIssue>& m_issues;
};

ConnectorConfig readConnector(const Reader& r,
    const char* kind,
    const char* urlKey,
    const char* keyField,
    const char* secretField,
    std::initializer_list<const char*> known)
{
    r.rejectUnknown(known);
    // Written by `lockstep sandbox --write-config`: the kind must match its place; the ledger is informational.
    if (r.has("kind") && r.string("kind") != QLatin1String(kind))
        r.issue("kind", QStringLiteral("must be \"%1\" here").arg(QLatin1String(kind)));
    r.url("ledger_url", false);
    ConnectorConfig c;
    c.enabled = r.boolean("enabled", true);
    c.baseUrl = r.url(urlKey, true);
    c.authUrl = r.url("auth_url", false);
    c.projectKey = r.string("project_key");
    c.businessUnit = r.string("business_unit");
    // Literal secrets only when every endpoint of this connector is on this computer.
    const bool loopbackOnly =
        c.baseUrl.isValid() && isLoopback(c.baseUrl) && (!c.authUrl.isValid() || isLoopback(c.authUrl));
    c.key = r.secret(keyField, loopbackOnly);
    c.secret = secretField ? r.secret(secretField, loopbackOnly) : SecretRef{};
    c.webhookSecret = r.secret("webhook_secret", loopbackOnly);
    c.hasWmsOrderPrefix = r.has("wms_order_prefix");
    c.wmsOrderPrefix = r.string("wms_order_prefix");
    if (c.enabled && !c.key.isSet() && r.has(keyField) == false)
        r.issue(keyField, QStringLiteral("is required"));
    return c;
}

/// The deepest nesting of `[` and `{` outside strings, stopping once it passes `limit`: a cheap scan that spares
/// the parser (and its memory) a hostile document.
int nestingDepth(const QByteArray& bytes, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                break;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

ConfigLoad tooLarge(qint64 size)
{
    ConfigLoad load;
    load.issues.append({QStringLiteral("(file)"),
        QStringLiteral("is larger than the limit of %1 bytes (%2 bytes or more; a configuration is a few kilobytes)")
            .arg(kMaxConfigBytes)
            .arg(size)});
    return load;
}

} // namespace

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ConfigLoad parseConfig(const QByteArray& bytes)
{
    if (bytes.size() > kMaxConfigBytes)
        return tooLarge(bytes.size());
    ConfigLoad load;
    if (nestingDepth(bytes, kMaxConfigDepth) > kMaxConfigDepth) {
        load.issues.append({QStringLiteral("(file)"),
            QStringLiteral("nests objects and arrays more than %1 levels deep").arg(kMaxConfigDepth)});
        return load;
    }
    const json root = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (root.is_discarded()) {
        load.issues.append({QStringLiteral("(file)"), QStringLiteral("is not valid JSON")});
        return load;
    }
    if (!root.is_object()) {
        load.issues.append({QStringLiteral("(file)"), QStringLiteral("must be a JSON object")});
        return load;
    }
    QList<ConfigIssue>& issues = load.issues;
    const Reader top(root, {}, issues);
    top.rejectUnknown({"config_version",
        "environment",
        "connectors",
        "schedules",
        "backfill",
        "mappings",
        "buffers",
        "slas",
        "owners",
        "tolerances",
        "webhooks",
        "sandbox"});
    if (top.integer("config_version", 1, 1, 1) != 1)
        top.issue("config_version", QStringLiteral("is not a version this program reads"));
    top.object("sandbox"); // informational: which scenario wrote this file

    Config c;
    c.environment = top.string("environment", c.environment);
    if (c.environment.isEmpty())
        top.issue("environment", QStringLiteral("must not be empty"));

    if (auto con = top.object("connectors")) {
        con->rejectUnknown({"woocommerce", "commercetools", "wms", "pos"});
        if (auto r = con->object("woocommerce")) {
            c.woocommerce = readConnector(*r,
                "woocommerce",
                "base_url",
                "consumer_key",
                "consumer_secret",
                {"enabled",
                    "kind",
                    "ledger_url",
                    "base_url",
                    "consumer_key",
                    "consumer_secret",
                    "webhook_secret",
                    "wms_order_prefix",
                    "auth"});
            c.woocommerce.auth = r->string("auth", c.woocommerce.auth);
            if (c.woocommerce.auth != QLatin1String("header") && c.woocommerce.auth != QLatin1String("query_string"))
                r->issue("auth", QStringLiteral("must be \"header\" or \"query_string\""));
        }
        if (auto r = con->object("commercetools")) {
            c.commercetools = readConnector(*r,
                "commercetools",
                "api_url",
                "client_id",
                "client_secret",
                {"enabled",
                    "kind",
                    "ledger_url",
                    "api_url",
                    "auth_url",
                    "project_key",
                    "client_id",
                    "client_secret",
                    "wms_order_prefix",
                    "payment_gate"});
            c.commercetools.paymentGate = r->string("payment_gate", c.commercetools.paymentGate);
            if (!connectors::commercetools::paymentGateFromKey(c.commercetools.paymentGate))
                r->issue("payment_gate",
                    QStringLiteral("must be \"payment_state\", \"charge_transactions\" or \"order_confirmed\""));
            if (c.commercetools.enabled && c.commercetools.projectKey.isEmpty())
                r->issue("project_key", QStringLiteral("is required"));
            if (c.commercetools.enabled && !c.commercetools.authUrl.isValid() && !r->has("auth_url"))
                r->issue("auth_url", QStringLiteral("is required"));
        }
        if (auto r = con->object("wms")) {
            c.wms = readConnector(*r,
                "deposco",
                "base_url",
                "client_id",
                "client_secret",
                {"enabled",
                    "kind",
                    "ledger_url",
                    "base_url",
                    "auth_url",
                    "atp_url",
                    "business_unit",
                    "client_id",
                    "client_secret",
                    "webhook_secret",
                    "refresh_token",
                    "scope",
                    "atp_user",
                    "atp_password",
                    "store_location"});
            c.wms.atpUrl = r->url("atp_url", false);
            const bool loopbackOnly = c.wms.baseUrl.isValid() && isLoopback(c.wms.baseUrl)
                && (!c.wms.authUrl.isValid() || isLoopback(c.wms.authUrl))
                && (!c.wms.atpUrl.isValid() || isLoopback(c.wms.atpUrl));
            c.wms.refreshToken = r->secret("refresh_token", loopbackOnly);
            c.wms.scope = r->string("scope");
            c.wms.atpUser = r->secret("atp_user", loopbackOnly);
            c.wms.atpPassword = r->secret("atp_password", loopbackOnly);
            if (r->has("store_location"))
                c.wms.storeLocation = r->string("store_location");
        }
        if (auto r = con->object("pos")) {
            // Square: an access token (keychain or environment) and the store locations to read and stock.
            c.pos = readConnector(*r,
                "pos",
                "base_url",
                "access_token",
                nullptr,
                {"enabled",
                    "kind",
                    "ledger_url",
                    "base_url",
                    "access_token",
                    "location_ids",
                    "wms_order_prefix",
                    "stock_at_wms"});
            c.pos.stockAtWms = r->boolean("stock_at_wms", false);
            if (r->has("location_ids")) {
                const json& ids = r->raw().at("location_ids");
                const bool strings = ids.is_array() && std::all_of(ids.begin(), ids.end(), [](const json& v) {
                    return v.is_string() && !v.get<std::string>().empty();
                });
                if (!strings)
                    r->issue("location_ids", QStringLiteral("must be a list of Square location ids"));
                else if (ids.size() > 10)
                    r->issue("location_ids",
                        QStringLiteral("names more than 10 locations (Square searches at most 10 at once)"));
                else
                    for (const json& v : ids)
                        c.pos.locationIds.append(QString::fromStdString(v.get<std::string>()));
            }
        }
    }
    if (!c.wms.enabled && (c.woocommerce.enabled || c.commercetools.enabled || c.pos.enabled))
        issues.append(
            {QStringLiteral("connectors.wms"), QStringLiteral("is required when a storefront is configured")});

    if (auto s = top.object("schedules")) {
        s->rejectUnknown({"order_poll_seconds",
            "stock_pull_seconds",
            "shipment_poll_seconds",
            "sweep_seconds",
            "stock_move_check_seconds",
            "engine_lease_seconds"});
        c.schedules.orderPollSeconds = s->integer("order_poll_seconds", c.schedules.orderPollSeconds, 1, 86400);
        c.schedules.stockPullSeconds = s->integer("stock_pull_seconds", c.schedules.stockPullSeconds, 1, 86400);
        c.schedules.shipmentPollSeconds =
            s->integer("shipment_poll_seconds", c.schedules.shipmentPollSeconds, 1, 86400);
        c.schedules.sweepSeconds = s->integer("sweep_seconds", c.schedules.sweepSeconds, 1, 86400);
        c.schedules.stockMoveCheckSeconds =
            s->integer("stock_move_check_seconds", c.schedules.stockMoveCheckSeconds, 1, 86400);
        c.schedules.engineLeaseSeconds = s->integer("engine_lease_seconds", c.schedules.engineLeaseSeconds, 3, 600);
    }
    if (auto b = top.object("backfill")) {
        b->rejectUnknown({"days", "parallelism", "clock_margin_seconds"});
        c.backfillDays = b->integer("days", c.backfillDays, 0, 3660);
        c.backfillParallelism = b->integer("parallelism", c.backfillParallelism, 1, 16);
        c.backfillClockMarginSeconds = b->integer("clock_margin_seconds", c.backfillClockMarginSeconds, 0, 86400);
    }
    if (auto m = top.object("mappings")) {
        m->rejectUnknown({"facility_by_channel", "default_facility", "custom_fields"});
        c.facilityByChannel = m->stringMap("facility_by_channel");
        c.defaultFacility = m->string("default_facility");
        c.customFieldMap = m->stringMap("custom_fields");
    }
    if (auto b = top.object("buffers")) {
        b->rejectUnknown({"default", "per_sku"});
        c.defaultSafetyBuffer = b->integer("default", 0, 0, 1000000);
        if (auto per = b->object("per_sku")) {
            for (auto it = per->raw().begin(); it != per->raw().end(); ++it)
                c.safetyBufferBySku.insert(q(it.key()), per->integer(it.key().c_str(), 0, 0, 1000000));
        }
    }
    if (auto s = top.object("slas")) {
        s->rejectUnknown({"wms_acknowledge_minutes", "shipment_confirmation_minutes", "payment_pending_minutes"});
        c.slas.wmsAcknowledgeMinutes = s->integer("wms_acknowledge_minutes", c.slas.wmsAcknowledgeMinutes, 1, 100000);
        c.slas.shipmentConfirmationMinutes =
            s->integer("shipment_confirmation_minutes", c.slas.shipmentConfirmationMinutes, 1, 100000);
        c.slas.paymentPendingMinutes = s->integer("payment_pending_minutes", c.slas.paymentPendingMinutes, 1, 100000);
    }
    if (auto t = top.object("tolerances")) {
        t->rejectUnknown({"stock_drift_units", "totals_minor_units"});
        c.stockDriftToleranceUnits = t->integer("stock_drift_units", c.stockDriftToleranceUnits, 0, 1000000);
        c.totalsToleranceMinor = t->integer("totals_minor_units", c.totalsToleranceMinor, 0, 100000000);
    }
    if (auto o = top.object("owners")) {
        const QHash<QString, QString> owners = top.stringMap("owners");
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            if (!exceptionTypeFromString(it.key()))
                o->issue(key.constData(), QStringLiteral("is not an exception type"));
            else if (!ownerTeamFromString(it.value()))
                o->issue(
                    key.constData(), QStringLiteral("must be one of operations, customer_service, finance, ecommerce"));
            else
                c.ownerByExceptionType.insert(it.key(), it.value());
        }
    }
    if (auto w = top.object("webhooks")) {
        w->rejectUnknown({"enabled",
            "listen",
            "port",
            "duplicate_window_seconds",
            "max_body_bytes",
            "request_timeout_seconds",
            "max_connections"});
        c.webhooksEnabled = w->boolean("enabled", true);
        c.webhookDuplicateWindowSeconds =
            w->integer("duplicate_window_seconds", c.webhookDuplicateWindowSeconds, 1, 7 * 24 * 3600);
        c.webhookListenAddress = w->string("listen", c.webhookListenAddress);
        if (QHostAddress(c.webhookListenAddress).isNull())
            w->issue("listen", QStringLiteral("must be an IP address such as 127.0.0.1"));
        c.webhookPort = w->integer("port", 0, 0, 65535);
        c.webhookMaxBodyBytes = w->integer("max_body_bytes", c.webhookMaxBodyBytes, 1024, 64 * 1024 * 1024);
        c.webhookRequestTimeoutSeconds = w->integer("request_timeout_seconds", c.webhookRequestTimeoutSeconds, 1, 600);
        c.webhookMaxConnections = w->integer("max_connections", c.webhookMaxConnections, 1, 4096);
    }
    load.config = std::move(c);
    return load;
}

ConfigLoad loadConfigFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ConfigLoad load;
        load.issues.append({path, QStringLiteral("cannot be read: %1").arg(f.errorString())});
        return load;
    }
    // A device or a file still growing may say less than it holds: read one byte past the limit, never more.
    if (f.size() > kMaxConfigBytes)
        return tooLarge(f.size());
    const QByteArray bytes = f.read(kMaxConfigBytes + 1);
    if (bytes.size() > kMaxConfigBytes)
        return tooLarge(bytes.size());
    return parseConfig(bytes);
}

} // namespace lockstep::core::engine
