// SPDX-License-Identifier: GPL-3.0-or-later
// Every Deposco answer Lockstep reads (sales orders, one sales order, order lines, shipments, items, kits,
// availability, error bodies) from any bytes: never a crash.
#include "connectors/deposco/deposco_parser.h"
#include "fuzz_input.h"

using namespace lockstep;
namespace deposco = core::connectors::deposco;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto orders = deposco::parseSalesOrders(body);
    for (const auto& o : orders.items)
        fuzz::require(!o.order.wmsId.isEmpty(), "a sales order without id was returned");
    (void)deposco::parseSalesOrder(body);
    (void)deposco::parseOrderLines(body);
    (void)deposco::parseShipments(body);
    (void)deposco::parseItems(body);
    (void)deposco::parseKits(body);
    QList<core::connectors::ParseProblem> problems;
    (void)deposco::parseKitDetails(body);
    (void)deposco::parseAvailability(
        body, QStringLiteral("DC-1"), QDateTime::fromSecsSinceEpoch(1767600000, Qt::UTC), problems);
    (void)deposco::errorMessage(body);
    return 0;
}
