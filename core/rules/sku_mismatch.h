// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/item.h"
#include "domain/system.h"
#include "rule_settings.h"

#include <QList>
#include <QSet>
#include <QStringList>

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

/// What the intake knows when lines of an order (or a till return) map to no item in the WMS item master.
struct MissingItemFacts
{
    bool tillReturn = false; ///< a till return at a store, not a storefront order
    bool tillSale = false; ///< a till's sale at a store whose stock the WMS holds
    QString subject; ///< the order ("woocommerce:1042")
    qint64 orderId = 0;
    QString orderRef; ///< the storefront order (or till return) number
    QString store; ///< for a till return, the store that took it back
    QStringList missing; ///< the lines' SKUs the item master lacks, as the lines show them
    QString firstMissingSku; ///< the cause; empty when the unknown lines simply have no SKU
    QString facility; ///< where it would have gone
};

/// SKU mismatch at intake: the order is held (never sent with lines the warehouse cannot pick) until the SKU is
/// mapped or the item added. Cause: the first missing SKU, so one missing item is one cause however many orders
/// it holds.
ExceptionRecord missingItems(const MissingItemFacts& facts, const RuleSettings& settings, const QDateTime& now);

/// SKU problems in a storefront's listings: the same SKU on two products (or variations of different products),
/// and a variation showing its parent's SKU instead of its own. One record per SKU.
QList<ExceptionRecord> detectListingSkuProblems(
    const QList<StorefrontProduct>& listings, const RuleSettings& settings, const QDateTime& now);

/// Bundles in the item master whose component is not itself in the item master. One record per bundle.
QList<ExceptionRecord> detectMissingBundleComponents(
    const QList<Item>& bundles, const QSet<QString>& itemMaster, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
