// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/wms_connector.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace lockstep::core::connectors::deposco {

/// A page of a Deposco collection: `{data: [...], links: [{rel: "next", href}], complete}`, newest first.
template <typename T>
struct Collection
{
    QList<T> items;
    QList<ParseProblem> problems;
    QUrl next; ///< empty when complete
    bool complete = true;
};

/// A sales order and whether its nested order lines were cut short (more live under /orderLines).
struct ParsedSalesOrder
{
    WmsOrder order;
    bool linesComplete = true;
};


Collection<ParsedSalesOrder> parseSalesOrders(const QByteArray& body);
/// One sales order object (the answer to a create or a GET by id).
Result<ParsedSalesOrder> parseSalesOrder(const QByteArray& body);
Collection<WmsOrderLine> parseOrderLines(const QByteArray& body);
/// Shipment state: "Packed" with a label is LabelCreated (Packed once it has units); "Shipped" means the
/// carrier collected; Delivered and Voided/Canceled as named. A label with no shipped units never counts
/// as collected.
Collection<WmsShipment> parseShipments(const QByteArray& body);
Collection<Item> parseItems(const QByteArray& body);
/// Kit headers: the kit's item number and its component lines.
Collection<Item> parseKits(const QByteArray& body);
/// Available-to-promise per item and facility (the ATP call answers a JSON array).
Result<QList<Stock>> parseAvailability(const QByteArray& body, const QDateTime& at, QList<ParseProblem>& problems);
/// The message of a `{errors: [{errorMessage}]}` body, or empty.
QString errorMessage(const QByteArray& body);

} // namespace lockstep::core::connectors::deposco
