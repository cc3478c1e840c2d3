// SPDX-License-Identifier: GPL-3.0-or-later
// The Deposco connector's settings for the sandbox's WMS, shared by the tests that drive the connector directly.
#pragma once

#include "connectors/deposco/deposco_connector.h"
#include "endpoints.h"

namespace lockstep::test {

/// Signs in with the sandbox's client, in its business unit; availability without a breakdown counts at `atpFacility`.
inline core::connectors::deposco::DeposcoSettings deposcoSettings(
    const core::sim::Endpoints& ep, const QString& atpFacility = QStringLiteral("DC-EAST"))
{
    core::connectors::deposco::DeposcoSettings s;
    s.apiUrl = ep.wms.baseUrl;
    s.tokenUrl = ep.wms.authUrl;
    s.atpUrl = ep.wms.atpUrl;
    s.clientId = ep.wms.clientId;
    s.clientSecret = ep.wms.clientSecret;
    s.businessUnit = ep.wms.businessUnit;
    s.atpFacility = atpFacility;
    return s;
}

} // namespace lockstep::test
