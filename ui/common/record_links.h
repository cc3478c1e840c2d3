// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "domain/order.h"

#include <QUrl>

namespace lockstep::ui {

/// Where an order's record opens in its storefront's back office, from the configured connections:
/// WooCommerce's order edit screen on the shop's site, commercetools' Merchant Center for the project.
/// Value type; any thread.
class RecordLinks
{
public:
    RecordLinks() = default;
    static RecordLinks fromConfig(const core::engine::Config& config);

    /// The order's page in its storefront's back office; empty when that storefront is not configured or
    /// has none (a till sale).
    QUrl storefrontRecord(core::SourceSystem storefront, const QString& storefrontOrderId) const;

    QUrl woocommerceSite; ///< the shop's site (the connection's base address)
    QUrl commercetoolsApi; ///< the project's API address (its region names the Merchant Center's)
    QString commercetoolsProject;
};

} // namespace lockstep::ui
