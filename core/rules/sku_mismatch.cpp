// SPDX-License-Identifier: GPL-3.0-or-later
#include "sku_mismatch.h"

#include "exception_catalog.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace lockstep::core::rules {

QString missingSkuSignature(const QString& sku)
{
    return QStringLiteral("sku-missing:") + sku;
}

ExceptionRecord missingItems(const MissingItemFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    const Message skus = Message::literal(f.missing.join(QStringLiteral(", ")));
    const Message reason = f.tillSale
        ? Message(QT_TRANSLATE_NOOP("Lockstep",
                      "Till sale %1 at store %2 cannot be taken off the store's stock at the warehouse: SKU %3 is "
                      "not in the WMS item master."),
            {Message::literal(f.orderRef), Message::literal(f.store), skus})
        : f.tillReturn ? Message(QT_TRANSLATE_NOOP("Lockstep",
                                     "Till return %1 at store %2 cannot go to the warehouse: SKU %3 is not "
                                     "in the WMS item master."),
              {Message::literal(f.orderRef), Message::literal(f.store), skus})
                       : Message(QT_TRANSLATE_NOOP("Lockstep",
                                     "Order %1 cannot go to the warehouse: SKU %2 is not in the WMS item "
                                     "master."),
                           {Message::literal(f.orderRef), skus});
    const Message action(f.tillReturn || f.tillSale
            ? QT_TRANSLATE_NOOP("Lockstep",
                "Map the till SKU to a WMS item (Edit), or add the item to the WMS "
                "item master, then retry.")
            : QT_TRANSLATE_NOOP("Lockstep",
                "Map the storefront SKU to a WMS item (Edit), or add the item to the "
                "WMS item master, then retry."));
    ExceptionRecord r = makeException(ExceptionType::SkuMismatch,
        f.subject,
        Severity::High,
        reason,
        action,
        missingSkuSignature(f.firstMissingSku),
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    r.sku = f.firstMissingSku;
    r.facility = f.facility;
    return r;
}

QList<ExceptionRecord> detectListingSkuProblems(
    const QList<StorefrontProduct>& listings, const RuleSettings& settings, const QDateTime& now)
{
    QHash<QString, const StorefrontProduct*> byId;
    QHash<QString, QList<const StorefrontProduct*>> bySku;
    for (const StorefrontProduct& p : listings) {
        byId.insert(p.id, &p);
        if (!p.sku.isEmpty())
            bySku[p.sku].append(&p);
    }
    QList<ExceptionRecord> out;
    QStringList skus = bySku.keys();
    std::sort(skus.begin(), skus.end());
    for (const QString& sku : std::as_const(skus)) {
        const auto& holders = bySku.value(sku);
        const SourceSystem storefront = holders.constFirst()->storefront;
        // A variation whose SKU is its parent's: it has none of its own.
        QStringList borrowing;
        QSet<QString> products; // distinct products holding the SKU (a variation counts as its product)
        for (const StorefrontProduct* p : holders) {
            const StorefrontProduct* parent = p->parentId.isEmpty() ? nullptr : byId.value(p->parentId);
            if (parent && parent->sku == p->sku)
                borrowing << QStringLiteral("%1 (%2)").arg(p->name, p->id);
            products.insert(p->parentId.isEmpty() ? p->id : p->parentId);
        }
        if (!borrowing.isEmpty()) {
            ExceptionRecord r = makeException(ExceptionType::SkuMismatch,
                SubjectKey::sku(storefront, sku).toString(),
                Severity::High,
                Message(borrowing.size() == 1 ? QT_TRANSLATE_NOOP("Lockstep",
                            "In %1, %2 shows its parent's SKU %3 instead of its own: %4. "
                            "The warehouse cannot tell it from its parent.")
                                              : QT_TRANSLATE_NOOP("Lockstep",
                                                  "In %1, %2 show their parent's SKU %3 instead of their own: "
                                                  "%4. The warehouse cannot tell them apart."),
                    {Message::literal(toString(storefront)),
                        Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n variation(s)"), borrowing.size()),
                        Message::literal(sku),
                        Message::literal(borrowing.join(QStringLiteral(", ")))}),
                Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Give each variation its own SKU in the storefront (as in the WMS "
                    "item master), or map it (Edit).")),
                QStringLiteral("sku-variation-parent:") + sku,
                now,
                settings.owners);
            r.sku = sku;
            out.append(r);
        } else if (products.size() > 1) {
            QStringList names;
            for (const StorefrontProduct* p : holders)
                names << QStringLiteral("%1 (%2)").arg(p->name, p->id);
            ExceptionRecord r = makeException(ExceptionType::SkuMismatch,
                SubjectKey::sku(storefront, sku).toString(),
                Severity::High,
                Message(QT_TRANSLATE_NOOP("Lockstep",
                            "In %1, SKU %2 is used by %3 products: %4. Stock pushed for it "
                            "lands on one of them at random."),
                    {Message::literal(toString(storefront)),
                        Message::literal(sku),
                        Message::number(products.size()),
                        Message::literal(names.join(QStringLiteral(", ")))}),
                Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Keep the SKU on one product and give the others their own (or "
                    "retire the duplicate listing).")),
                QStringLiteral("sku-duplicate:") + sku,
                now,
                settings.owners);
            r.sku = sku;
            out.append(r);
        }
    }
    return out;
}

QList<ExceptionRecord> detectMissingBundleComponents(
    const QList<Item>& bundles, const QSet<QString>& itemMaster, const RuleSettings& settings, const QDateTime& now)
{
    QList<ExceptionRecord> out;
    for (const Item& b : bundles) {
        QStringList missing;
        for (const BundleComponent& c : b.components) {
            if (!itemMaster.contains(c.sku))
                missing << c.sku;
        }
        if (missing.isEmpty())
            continue;
        ExceptionRecord r = makeException(ExceptionType::SkuMismatch,
            SubjectKey::bundle(b.sku).toString(),
            Severity::High,
            Message(missing.size() == 1 ? QT_TRANSLATE_NOOP("Lockstep",
                        "Bundle %1 needs %2, which is not in the WMS item master: orders "
                        "for the bundle cannot go to the warehouse and its stock reads as "
                        "zero.")
                                        : QT_TRANSLATE_NOOP("Lockstep",
                                            "Bundle %1 needs %2, which are not in the WMS item master: orders "
                                            "for the bundle cannot go to the warehouse and its stock reads as "
                                            "zero."),
                {Message::literal(b.sku), Message::literal(missing.join(QStringLiteral(", ")))}),
            Message(QT_TRANSLATE_NOOP("Lockstep",
                "Add the component to the WMS item master, or correct the bundle's "
                "kit lines in the WMS.")),
            QStringLiteral("bundle-component-missing:") + missing.constFirst(),
            now,
            settings.owners);
        r.sku = b.sku;
        out.append(r);
    }
    return out;
}

} // namespace lockstep::core::rules
