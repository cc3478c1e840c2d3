// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/item.h"
#include "domain/system.h"
#include "rule_settings.h"

#include <QList>
#include <QSet>

namespace lockstep::core::rules {

/// A storefront listing (product or variation) as the storefront reports it.
struct StorefrontProduct
{
    SourceSystem storefront = SourceSystem::WooCommerce;
    QString id;
    QString parentId; ///< for a variation, its product; empty for a product
    QString sku; ///< as the storefront shows it (a variation without its own SKU shows its parent's)
    QString name;
};

/// The signature of "this SKU is not in the item master": the same for every order it holds.
QString missingSkuSignature(const QString& sku);

/// SKU problems in a storefront's listings: the same SKU on two products (or variations of different products),
/// and a variation showing its parent's SKU instead of its own. One record per SKU.
QList<ExceptionRecord> detectListingSkuProblems(
    const QList<StorefrontProduct>& listings, const RuleSettings& settings, const QDateTime& now);

/// Bundles in the item master whose component is not itself in the item master. One record per bundle.
QList<ExceptionRecord> detectMissingBundleComponents(
    const QList<Item>& bundles, const QSet<QString>& itemMaster, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
