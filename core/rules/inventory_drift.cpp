// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory_drift.h"

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
    const Message sold = f.soldSincePush > 0
        ? Message(QT_TRANSLATE_NOOP("Lockstep", ", less %1 sold there since, so %2 expected"),
            {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), f.soldSincePush),
                Message::number(expected)})
        : Message();
    ExceptionRecord r = makeException(ExceptionType::InventoryDrift,
        SubjectKey::stock(f.storefront, f.sku).toString(),
        over ? Severity::High : Severity::Medium,
        Message(QT_TRANSLATE_NOOP("Lockstep", "%1 shows %2 of %3, but Lockstep last pushed %4 (%5 ago)%6: %7 %8."),
            {Message::literal(toString(f.storefront)),
                f.observed >= 0 ? Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), f.observed)
                                : Message(QT_TRANSLATE_NOOP("Lockstep", "%1 units"), {Message::number(f.observed)}),
                Message::literal(f.sku),
                Message::number(f.pushed),
                f.pushedAt.isValid() ? Message::duration(f.pushedAt.secsTo(now))
                                     : Message(QT_TRANSLATE_NOOP("Lockstep", "unknown time")),
                sold,
                Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), std::llabs(diff)),
                over ? Message(QT_TRANSLATE_NOOP("Lockstep", "more, so the storefront may oversell"))
                     : Message(QT_TRANSLATE_NOOP("Lockstep", "fewer, so sales may be lost"))}),
        Message(QT_TRANSLATE_NOOP("Lockstep",
            "Find who changed the stock in the storefront; the next stock push "
            "restores the warehouse figure.")),
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
