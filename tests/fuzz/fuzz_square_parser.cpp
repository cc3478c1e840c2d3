// SPDX-License-Identifier: GPL-3.0-or-later
// Square's Orders, Catalog and Inventory answers from any bytes: never a crash; a returned order has an id and its
// total in its currency.
#include "connectors/pos/square_parser.h"
#include "fuzz_input.h"

using namespace lockstep;
namespace pos = core::connectors::pos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const pos::SkuByVariation skus = {{QStringLiteral("W62UWFY35CWMYGVWK6TWJDNI"), QStringLiteral("LS-1001")}};
    for (const auto& parsed : {pos::parseSearchOrders(body, skus), pos::parseRetrieveOrder(body, skus)}) {
        for (const core::Order& o : parsed.orders) {
            fuzz::require(!o.storefrontId.isEmpty(), "an order without id was returned");
            fuzz::require(o.totals.total.currency() == o.currency, "the total is in another currency");
        }
    }
    (void)pos::parseCatalogList(body);
    (void)pos::parseInventoryCounts(body);
    (void)pos::describeErrors(body);
    return 0;
}
