// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoints.h"

namespace lockstep::core::sim {

namespace {

std::string url(const QUrl& u)
{
    return toStd(u.toString());
}
std::string ledger(const QUrl& root)
{
    return toStd(root.toString() + QStringLiteral("/_sandbox/ledger"));
}

} // namespace

Json Endpoints::toJson() const
{
    return {{"woocommerce",
                {{"base_url", url(woocommerce.baseUrl)},
                    {"consumer_key", toStd(woocommerce.consumerKey)},
                    {"consumer_secret", toStd(woocommerce.consumerSecret)},
                    {"ledger_url", ledger(woocommerceRoot)}}},
        {"commercetools",
            {{"api_url", url(commercetools.apiUrl)},
                {"auth_url", url(commercetools.authUrl)},
                {"project_key", toStd(commercetools.projectKey)},
                {"client_id", toStd(commercetools.clientId)},
                {"client_secret", toStd(commercetools.clientSecret)},
                {"ledger_url", ledger(commercetoolsRoot)}}},
        {"wms",
            {{"base_url", url(wms.baseUrl)},
                {"auth_url", url(wms.authUrl)},
                {"atp_url", url(wms.atpUrl)},
                {"client_id", toStd(wms.clientId)},
                {"client_secret", toStd(wms.clientSecret)},
                {"business_unit", toStd(wms.businessUnit)},
                {"ledger_url", ledger(wmsRoot)}}},
        {"pos",
            {{"base_url", url(pos.baseUrl)},
                {"access_token", toStd(pos.accessToken)},
                {"ledger_url", ledger(posRoot)}}}};
}

Json Endpoints::toConfigJson(const QString& scenarioName, const QString& defaultFacility) const
{
    Json connectors = toJson();
    connectors["woocommerce"]["kind"] = "woocommerce";
    connectors["commercetools"]["kind"] = "commercetools";
    connectors["wms"]["kind"] = "deposco";
    connectors["pos"]["kind"] = "pos";
    Json config = {{"config_version", 1},
        {"connectors", connectors},
        {"sandbox", {{"scenario", toStd(scenarioName)}, {"note", "written by lockstep sandbox --write-config"}}}};
    if (!defaultFacility.isEmpty())
        config["mappings"] = {{"default_facility", toStd(defaultFacility)}};
    return config;
}

} // namespace lockstep::core::sim
