// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http_exchange.h"

#include <QString>
#include <QUrl>

namespace lockstep::core::sim {

/// Where a running sandbox listens and the credentials each simulated system accepts.
struct Endpoints
{
    struct WooCommerce
    {
        QUrl baseUrl; ///< the site URL; the API is under /wp-json/wc/v3
        QString consumerKey;
        QString consumerSecret;
    } woocommerce;

    struct Commercetools
    {
        QUrl apiUrl;
        QUrl authUrl; ///< POST {authUrl}/oauth/token
        QString projectKey;
        QString clientId;
        QString clientSecret;
    } commercetools;

    struct Wms
    {
        QUrl baseUrl; ///< ends in /latest
        QUrl authUrl; ///< the token endpoint itself
        QUrl atpUrl; ///< the legacy ATP call
        QString clientId;
        QString clientSecret;
        QString businessUnit;
    } wms;

    struct Pos
    {
        QUrl baseUrl; ///< Square's API root: the paths /v2/… are below it
        QString accessToken;
    } pos;

    /// The four servers' roots, for `/_sandbox/ledger` and `/_sandbox/faults`.
    QUrl woocommerceRoot;
    QUrl commercetoolsRoot;
    QUrl wmsRoot;
    QUrl posRoot;

    /// The object the sandbox command prints first: {woocommerce: {...}, commercetools: {...}, wms: {...}, pos: {...}}.
    Json toJson() const;
    /// A Lockstep configuration pointing every connector here: {"connectors": <toJson()>, "sandbox": {...}}.
    Json toConfigJson(const QString& scenarioName, const QString& defaultFacility = {}) const;
};

} // namespace lockstep::core::sim
