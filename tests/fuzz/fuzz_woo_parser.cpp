// SPDX-License-Identifier: GPL-3.0-or-later
// WooCommerce orders (a list or one order) from any bytes: never a crash, every returned order has an id and a
// three-letter currency, and every amount is in that currency.
#include "connectors/woocommerce/woo_parser.h"
#include "fuzz_input.h"

using namespace lockstep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parsed = core::connectors::woocommerce::parseOrders(fuzz::bytes(data, size));
    for (const core::Order& o : parsed.orders) {
        fuzz::require(!o.storefrontId.isEmpty(), "an order without id was returned");
        fuzz::require(o.currency.size() == 3, "an order without an ISO currency was returned");
        fuzz::require(o.totals.total.currency() == o.currency, "the total is in another currency");
        for (const core::OrderLine& line : o.lines)
            fuzz::require(line.total.currency() == o.currency, "a line total is in another currency");
    }
    for (const auto& p : parsed.problems)
        fuzz::require(!p.reference.isEmpty(), "a problem names no record");
    return 0;
}
