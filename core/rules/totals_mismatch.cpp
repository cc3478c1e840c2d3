// SPDX-License-Identifier: GPL-3.0-or-later
#include "totals_mismatch.h"

#include "exception_catalog.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace lockstep::core::rules {

namespace {

QString amount(qint64 minor, const QString& currency)
{
    return Money::formatMinor(minor, Money::decimalsFor(currency)) + u' ' + currency;
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

QString explainTotalsDifference(const OrderTotals& storefront, qint64 difference, qint64 toleranceMinor)
{
    const qint64 items = storefront.subtotal.minorUnits();
    const qint64 discount = storefront.discount.minorUnits();
    const qint64 shipping = storefront.shipping.minorUnits();
    const qint64 tax = storefront.tax.minorUnits();
    const qint64 other = storefront.total.minorUnits() - (items - discount + shipping + tax);
    const auto near = [&](qint64 part) {
        return part != 0 && std::llabs(std::llabs(difference) - std::llabs(part)) <= toleranceMinor;
    };
    if (near(other))
        return QStringLiteral("fees");
    if (near(shipping))
        return QStringLiteral("shipping");
    if (near(tax))
        return QStringLiteral("tax");
    if (near(discount))
        return QStringLiteral("discount");
    return QStringLiteral("unexplained");
}

std::optional<ExceptionRecord> detectTotalsMismatch(
    const TotalsFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    const QString currency = f.storefront.total.currency();
    if (f.wmsTotal.isZero() || f.wmsTotal.currency() != currency)
        return std::nullopt; // the WMS value is unknown, or not comparable
    const qint64 total = f.storefront.total.minorUnits();
    const qint64 diff = total - f.wmsTotal.minorUnits();
    if (std::llabs(diff) <= settings.totalsToleranceMinor)
        return std::nullopt;

    const qint64 items = f.storefront.subtotal.minorUnits();
    const qint64 discount = f.storefront.discount.minorUnits();
    const qint64 shipping = f.storefront.shipping.minorUnits();
    const qint64 tax = f.storefront.tax.minorUnits();
    const qint64 other = total - (items - discount + shipping + tax); // fees and anything else in the total
    const QString part = explainTotalsDifference(f.storefront, diff, settings.totalsToleranceMinor);

    const auto partName = [&part]() -> Message {
        if (part == QLatin1String("fees"))
            return Message(QT_TRANSLATE_NOOP("Lockstep", "fees"));
        if (part == QLatin1String("shipping"))
            return Message(QT_TRANSLATE_NOOP("Lockstep", "shipping"));
        if (part == QLatin1String("tax"))
            return Message(QT_TRANSLATE_NOOP("Lockstep", "tax"));
        if (part == QLatin1String("discount"))
            return Message(QT_TRANSLATE_NOOP("Lockstep", "discount"));
        return Message(QT_TRANSLATE_NOOP("Lockstep", "totals"));
    };
    const Message explained = part == QLatin1String("unexplained")
        ? Message(QT_TRANSLATE_NOOP("Lockstep", "No single part explains the difference."))
        : Message(QT_TRANSLATE_NOOP("Lockstep", "The difference matches the %1."), {partName()});
    ExceptionRecord r = makeException(ExceptionType::TotalsMismatch,
        f.subject,
        std::llabs(diff) >= 10000 ? Severity::High : Severity::Medium,
        Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Order %1 is worth %2 in the storefront but %3 at the warehouse "
                    "(difference %4). Storefront: items %5, discount -%6, shipping %7, tax "
                    "%8, other %9. %10"),
            {Message::literal(f.orderRef),
                Message::literal(amount(total, currency)),
                Message::literal(amount(f.wmsTotal.minorUnits(), currency)),
                Message::literal(amount(diff, currency)),
                Message::literal(amount(items, currency)),
                Message::literal(amount(discount, currency)),
                Message::literal(amount(shipping, currency)),
                Message::literal(amount(tax, currency)),
                Message::literal(amount(other, currency)),
                explained}),
        Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Check how the storefront's %1 is mapped to the warehouse order; correct "
                    "the order value in the WMS or acknowledge the difference for finance."),
            {partName()}),
        QStringLiteral("totals:") + part,
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    r.facility = f.facility;
    nlohmann::json payload = {{"currency", utf8(currency)},
        {"storefront",
            {{"items", items},
                {"discount", discount},
                {"shipping", shipping},
                {"tax", tax},
                {"other", other},
                {"total", total}}},
        {"wms", {{"total", f.wmsTotal.minorUnits()}}},
        {"difference", diff},
        {"explained_by", utf8(part)},
        {"unit", "minor"}};
    r.payload = QString::fromStdString(payload.dump());
    return r;
}

} // namespace lockstep::core::rules
