// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace lockstep::core::engine {

/// Where a secret comes from. The configuration names the secret; its value never lives in the file,
/// the database or a log. A literal is accepted only for sandbox endpoints on the loopback interface.
struct SecretRef
{
    enum class Kind
    {
        None,
        Keychain,
        Environment,
        Literal
    };
    Kind kind = Kind::None;
    QString name; ///< keychain entry or environment variable; for Literal, the value itself

    bool isSet() const { return kind != Kind::None; }
    friend bool operator==(const SecretRef&, const SecretRef&) = default;
};

/// One connector's connection settings. Which fields matter depends on the connector.
struct ConnectorConfig
{
    bool enabled = false;
    QUrl baseUrl; ///< API base (WooCommerce site, commercetools API, WMS, POS)
    QUrl authUrl; ///< OAuth token host, where the system has one
    QUrl atpUrl; ///< WMS only: the availability call, when it is not beside the API
    QString projectKey; ///< commercetools project
    QString businessUnit; ///< WMS company code
    SecretRef key; ///< consumer key / client id / API key
    SecretRef secret; ///< consumer secret / client secret
    SecretRef webhookSecret;
    /// Storefronts: prefix of this storefront's orders' numbers at the WMS (`wms_order_prefix`; empty = the
    /// default: WC-, CT-, POS-), so the same number in two storefronts is two warehouse orders.
    QString wmsOrderPrefix;
    bool hasWmsOrderPrefix = false;
    SecretRef refreshToken; ///< WMS: an installed app's refresh token (sign-in with grant_type=refresh_token)
    QString scope; ///< WMS: OAuth scope, space-separated (optional)
    SecretRef atpUser; ///< WMS: the legacy ATP call's HTTP Basic user (default: the client id)
    SecretRef atpPassword;
    /// WMS: the location (its locator) that holds a store facility's sellable stock, where the tills' sales are
    /// taken off (`store_location`).
    QString storeLocation = QStringLiteral("SALES-FLOOR");
    /// commercetools: what tells that an order is paid (`payment_gate`): "payment_state" (the order's
    /// paymentState), "charge_transactions" (its payments' Success Charge transactions) or "order_confirmed".
    QString paymentGate = QStringLiteral("payment_state");
    /// WooCommerce: where the consumer key and secret travel (`auth`): "header" (HTTP Basic) or "query_string"
    /// (`consumer_key`/`consumer_secret`, HTTPS only, for hosts that strip the Authorization header).
    QString auth = QStringLiteral("header");
    /// POS (Square): the store locations (`location_ids`, at most 10); empty: every active location of the account.
    QStringList locationIds;
    /// POS: the stores' stock lives at the WMS, each store at the facility `facility_by_channel` maps it to
    /// (`stock_at_wms`): a till's sale is taken off that facility's stock, and the tills are stocked from it.
    bool stockAtWms = false;
};

/// How often each job runs, in seconds.
struct Schedules
{
    int orderPollSeconds = 60;
    int stockPullSeconds = 300;
    int shipmentPollSeconds = 120;
    int sweepSeconds = 300;
    /// How long after a till sale's stock moves were sent the WMS is asked how often it holds each
    /// (`stock_move_check_seconds`): a move it applied twice shows then.
    int stockMoveCheckSeconds = 600;
    /// On a shared server, the engine's lease (`engine_lease_seconds`): a standby takes over from an engine that has
    /// not renewed it for this long (renewed every third of it).
    int engineLeaseSeconds = 30;
};

/// Service levels, in minutes, against which exceptions age.
struct Slas
{
    int wmsAcknowledgeMinutes = 30;
    int shipmentConfirmationMinutes = 60;
    int paymentPendingMinutes = 120;
};

/// Lockstep's configuration for one environment: one JSON file (schema in core/engine/README.md).
struct Config
{
    QString environment = QStringLiteral("default");
    ConnectorConfig woocommerce;
    ConnectorConfig commercetools;
    ConnectorConfig wms;
    ConnectorConfig pos;
    Schedules schedules;
    int backfillDays = 30;
    int backfillParallelism = 4;
    /// How far behind the desktop's clock a storefront's may be, for a storefront that sends no `Date` header:
    /// the cursor after a backfill stands this much before its start (order_poller.cpp).
    int backfillClockMarginSeconds = 600;
    QHash<QString, QString> facilityByChannel; ///< storefront location or channel -> facility code
    QString defaultFacility;
    QHash<QString, QString> customFieldMap; ///< storefront checkout field -> WMS field
    int defaultSafetyBuffer = 0;
    QHash<QString, int> safetyBufferBySku;
    Slas slas;
    int stockDriftToleranceUnits = 0; ///< storefront stock may differ this much from what was pushed
    int totalsToleranceMinor = 1; ///< storefront vs WMS order value, in minor units (rounding)
    QHash<QString, QString> ownerByExceptionType; ///< exception type text -> owner team text
    bool webhooksEnabled = false; ///< true when the file has a "webhooks" object (unless "enabled": false)
    QString webhookListenAddress = QStringLiteral("127.0.0.1");
    int webhookPort = 0; ///< 0: any free port (logged when listening)
    int webhookDuplicateWindowSeconds = 600; ///< a delivery of the same change within this window is dropped
    int webhookMaxBodyBytes = 1024 * 1024; ///< a larger delivery is refused (413) before its body is read
    int webhookRequestTimeoutSeconds = 10; ///< a connection must deliver a whole request within this time
    int webhookMaxConnections = 64; ///< connections open at once; more are answered 503 and closed
};

/// The largest configuration file read, in bytes: a real one is a few kilobytes.
constexpr qint64 kMaxConfigBytes = 1024 * 1024;
/// The deepest nesting of objects and arrays accepted in a configuration (a real one has four levels).
constexpr int kMaxConfigDepth = 32;

/// A problem in a configuration, naming the field (`connectors.woocommerce.base_url`) and what is wrong.
struct ConfigIssue
{
    QString field;
    QString message;

    QString toString() const { return field + QStringLiteral(": ") + message; }
    friend bool operator==(const ConfigIssue&, const ConfigIssue&) = default;
};

/// Parsed configuration, or every problem found (not only the first).
struct ConfigLoad
{
    std::optional<Config> config;
    QList<ConfigIssue> issues;
    bool ok() const { return config.has_value() && issues.isEmpty(); }
};

/// Parses and validates configuration JSON. Unknown keys are reported, so a typo never passes silently. Text over
/// kMaxConfigBytes or nested deeper than kMaxConfigDepth is refused before it is parsed.
ConfigLoad parseConfig(const QByteArray& json);
/// Reads and parses a configuration file; a file over kMaxConfigBytes is refused without being read.
ConfigLoad loadConfigFile(const QString& path);

/// True when the URL's host is the loopback interface (127.0.0.0/8, ::1, localhost).
bool isLoopback(const QUrl& url);

} // namespace lockstep::core::engine
