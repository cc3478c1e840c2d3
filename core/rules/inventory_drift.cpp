// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory_drift.h"

#include "domain/count_text.h"
#include "domain/stock_math.h"
#include "exception_catalog.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace lockstep::core::rules {

std::optional<ExceptionRecord> detectInventoryDrift(
    const StockFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    const qint64 expected = expectedListed(f.pushed, f.soldSincePush);
    const qint64 diff = f.observed - expected;
    if (std::llabs(diff) <= settings.driftToleranceUnits)
        return std::nullopt;
    const bool over = diff > 0;
    const QString sold = f.soldSincePush > 0
        ? QStringLiteral(", less %1 sold there since, so %2 expected")
              .arg(countOf(f.soldSincePush, QLatin1String("unit"), QLatin1String("units")))
              .arg(expected)
        : QString();
    ExceptionRecord r = makeException(ExceptionType::InventoryDrift,
        SubjectKey::stock(f.storefront, f.sku).toString(),
        over ? Severity::High : Severity::Medium,
        QStringLiteral("%1 shows %2 of %3, but Lockstep last pushed %4 (%5 ago)%6: %7 %8.")
            .arg(toString(f.storefront))
            .arg(countOf(f.observed, QLatin1String("unit"), QLatin1String("units")))
            .arg(f.sku)
            .arg(f.pushed)
            .arg(f.pushedAt.isValid() ? describeWait(f.pushedAt.secsTo(now)) : QStringLiteral("unknown time"))
            .arg(sold)
            .arg(countOf(std::llabs(diff), QLatin1String("unit"), QLatin1String("units")))
            .arg(over ? QStringLiteral("more, so the storefront may oversell")
                      : QStringLiteral("fewer, so sales may be lost")),
        QStringLiteral(
            "Find who changed the stock in the storefront; the next stock push restores the warehouse figure."),
        QStringLiteral("drift:%1:%2")
            .arg(toString(f.storefront), over ? QStringLiteral("over") : QStringLiteral("under")),
        now,
        settings.owners);
    r.sku = f.sku;
    // The figures, for the finance reports' stock drift rows (the reason is prose).
    const nlohmann::json payload = {{"storefront", toString(f.storefront).toStdString()},
        {"sku", f.sku.toStdString()},
        {"pushed", f.pushed},
        {"sold_since_push", f.soldSincePush},
        {"expected", expected},
        {"observed", f.observed},
        {"difference", diff},
        {"unit", "units"}};
    r.payload = QString::fromStdString(payload.dump());
    return r;
}

} // namespace lockstep::core::rules
