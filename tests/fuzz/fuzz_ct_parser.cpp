// SPDX-License-Identifier: GPL-3.0-or-later
// commercetools orders, order heads, inventory entries and error bodies from any bytes: never a crash, and a
// returned order always has its id and money in its own currency.
#include "connectors/commercetools/ct_parser.h"
#include "fuzz_input.h"

#include <cstring>

using namespace lockstep;
namespace ct = core::connectors::commercetools;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto orders = ct::parseOrders(body);
    fuzz::require(qsizetype(orders.count) >= orders.orders.size(), "more orders than records");
    for (const core::Order& o : orders.orders) {
        fuzz::require(!o.storefrontId.isEmpty(), "an order without id was returned");
        fuzz::require(o.totals.total.currency() == o.currency, "the total is in another currency");
    }
    (void)ct::parseOrderHead(body);
    (void)ct::parseInventory(body);
    (void)ct::parseError(body);
    // centAmount × 10^-fractionDigits for any numbers the input spells.
    if (size >= 9) {
        qint64 cents = 0;
        std::memcpy(&cents, data, sizeof cents);
        const int digits = static_cast<signed char>(data[8]);
        if (auto m = ct::moneyFromCents(cents, digits, QStringLiteral("EUR")); m.ok())
            fuzz::require(m->currency() == QLatin1String("EUR"), "moneyFromCents changed the currency");
        (void)ct::moneyFromCents(cents, digits, QStringLiteral("JPY"));
        (void)ct::moneyFromCents(cents, digits, QStringLiteral("KWD"));
    }
    return 0;
}
