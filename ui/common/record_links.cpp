// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_links.h"

#include <QUrlQuery>

namespace lockstep::ui {

RecordLinks RecordLinks::fromConfig(const core::engine::Config& config)
{
    RecordLinks links;
    if (config.woocommerce.enabled)
        links.woocommerceSite = config.woocommerce.baseUrl;
    if (config.commercetools.enabled) {
        links.commercetoolsApi = config.commercetools.baseUrl;
        links.commercetoolsProject = config.commercetools.projectKey;
    }
    return links;
}

QUrl RecordLinks::storefrontRecord(core::SourceSystem storefront, const QString& storefrontOrderId) const
{
    if (storefrontOrderId.isEmpty())
        return {};
    switch (storefront) {
    case core::SourceSystem::WooCommerce: {
        if (!woocommerceSite.isValid() || woocommerceSite.host().isEmpty())
            return {};
        // The classic edit screen; with order tables (HPOS) on, WooCommerce forwards it to the new one.
        QUrl url = woocommerceSite;
        QString path = url.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + QStringLiteral("/wp-admin/post.php"));
        url.setQuery(
            QUrlQuery{{QStringLiteral("post"), storefrontOrderId}, {QStringLiteral("action"), QStringLiteral("edit")}});
        url.setFragment({});
        return url;
    }
    case core::SourceSystem::Commercetools: {
        // api.<region>.commercetools.com serves the project whose Merchant Center is mc.<region>.commercetools.com.
        const QString host = commercetoolsApi.host();
        if (!host.startsWith(QLatin1String("api.")) || commercetoolsProject.isEmpty())
            return {};
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("mc.") + host.mid(4));
        url.setPath(QStringLiteral("/%1/orders/%2").arg(commercetoolsProject, storefrontOrderId));
        return url;
    }
    case core::SourceSystem::Pos:
    case core::SourceSystem::Deposco:
    case core::SourceSystem::Carrier:
    case core::SourceSystem::Lockstep:
        break;
    }
    return {};
}

} // namespace lockstep::ui
