// SPDX-License-Identifier: GPL-3.0-or-later
// POS transactions and store stock from any bytes: never a crash; a returned transaction has an id and its
// total in its currency.
#include "connectors/pos/pos_parser.h"
#include "fuzz_input.h"

using namespace lockstep;
namespace pos = core::connectors::pos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto transactions = pos::parseTransactions(body);
    for (const core::Order& o : transactions.orders) {
        fuzz::require(!o.storefrontId.isEmpty(), "a transaction without id was returned");
        fuzz::require(o.totals.total.currency() == o.currency, "the total is in another currency");
    }
    (void)pos::parseStock(body);
    return 0;
}
