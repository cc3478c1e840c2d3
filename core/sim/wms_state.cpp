// SPDX-License-Identifier: GPL-3.0-or-later
#include "wms_state.h"

#include "ledger.h"

#include <algorithm>
#include <climits>

namespace lockstep::core::sim {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

const QStringList kCarriers = {QStringLiteral("UPS"), QStringLiteral("FedEx"), QStringLiteral("DHL")};

/// Statuses after a full allocation, in order; "Ship Complete" is reached when the carrier collects.
const QStringList kFlow = {QStringLiteral("Ready for Fulfillment"),
    QStringLiteral("Wave Built"),
    QStringLiteral("Released"),
    QStringLiteral("Picking"),
    QStringLiteral("Pick Complete"),
    QStringLiteral("Staged"),
    QStringLiteral("Loaded"),
    QStringLiteral("Ship Complete")};

/// Statuses in which a whole order or any quantity can still be cancelled (api-notes §3.4).
const QStringList kCancelWindow = {QStringLiteral("Draft"),
    QStringLiteral("New"),
    QStringLiteral("Hold"),
    QStringLiteral("Ready for Fulfillment"),
    QStringLiteral("Wave Built"),
    QStringLiteral("Back Ordered")};

QString trackingFor(const QString& carrier, qint64 id)
{
    const QString digits = QString::number(id * 7919 % 100000000000LL).rightJustified(11, u'0');
    if (carrier == QStringLiteral("UPS"))
        return QStringLiteral("1Z999AA1") + digits;
    if (carrier == QStringLiteral("FedEx"))
        return QStringLiteral("7") + digits;
    return QStringLiteral("JD01") + digits;
}

QString trackingBaseUrl(const QString& carrier)
{
    if (carrier == QStringLiteral("UPS"))
        return QStringLiteral("https://www.ups.com/track?tracknum=");
    if (carrier == QStringLiteral("FedEx"))
        return QStringLiteral("https://www.fedex.com/fedextrack/?trknbr=");
    return QStringLiteral("https://www.dhl.com/track?tracking-id=");
}

/// The index of the record with this id, -1 if none.
template <typename Record> int indexOfId(const QList<Record>& records, qint64 id)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

/// The index of the newest record with this number, -1 if none.
template <typename Record> int indexOfNumber(const QList<Record>& records, const QString& number)
{
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        if (records.at(i).number == number)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

WmsState::WmsState(const Scenario& scenario, Ledger* ledger, Rng runtimeRng)
    : m_scenario(scenario)
    , m_ledger(ledger)
    , m_runtimeRng(runtimeRng)
    , m_now(scenario.startMSecs)
{}

void WmsState::advanceTo(qint64 nowMSecs)
{
    if (nowMSecs < m_now)
        return;
    m_now = nowMSecs;
    for (auto& so : m_salesOrders) {
        int guard = 0;
        while (so.nextStepMSecs > 0 && so.nextStepMSecs <= m_now && guard++ < 32)
            stepSalesOrder(so, so.nextStepMSecs);
    }
}

bool WmsState::releasedFor(int storefrontIndex) const
{
    for (const auto& so : std::as_const(m_salesOrders)) {
        if (so.storefront == storefrontIndex && kFlow.indexOf(so.status) >= kFlow.indexOf(QStringLiteral("Released")))
            return true;
    }
    return false;
}

int WmsState::addItem(const QString& number, const QString& name, qint64 priceMinor, QList<BundleComponent> components)
{
    WmsItem item;
    item.id = 800001 + m_items.size();
    item.number = number;
    item.name = name;
    item.priceMinor = priceMinor;
    item.components = std::move(components);
    item.createdMSecs = m_scenario.startMSecs - 90 * 24 * kHour;
    m_itemIndex.insert(number, static_cast<int>(m_items.size()));
    m_items.append(item);
    return static_cast<int>(m_items.size()) - 1;
}

int WmsState::findItemById(qint64 id) const
{
    const qint64 index = id - 800001;
    return index >= 0 && index < m_items.size() ? static_cast<int>(index) : -1;
}

int WmsState::findSalesOrder(qint64 id) const
{
    return indexOfId(m_salesOrders, id);
}

int WmsState::findSalesOrderByNumber(const QString& number) const
{
    return indexOfNumber(m_salesOrders, number);
}

int WmsState::onHand(const QString& item, const QString& facility) const
{
    return m_stock.value({item, facility}).onHand;
}

int WmsState::availableToPromise(const QString& item, const QString& facility) const
{
    const int index = findItem(item);
    if (index < 0)
        return 0;
    const auto& components = m_items.at(index).components;
    if (components.isEmpty()) {
        const StockCell c = m_stock.value({item, facility});
        return std::max(0, c.onHand - c.allocated);
    }
    int kits = INT_MAX;
    for (const auto& part : components)
        kits = std::min(kits, availableToPromise(part.sku, facility) / std::max(1, part.quantity));
    return kits == INT_MAX ? 0 : kits;
}

int WmsState::addSalesOrder(SalesOrder order)
{
    order.id = m_nextWmsId++;
    if (order.number.isEmpty())
        order.number = QStringLiteral("SO-%1").arg(order.id);
    if (order.facility.isEmpty())
        order.facility = m_scenario.facilities.first().number;
    order.createdMSecs = m_now;
    order.updatedMSecs = m_now;
    order.status = QStringLiteral("New");
    order.nextStepMSecs = m_now + std::max(1, m_scenario.wms.allocateAfterMinutes) * kMinute;
    int lineNumber = 0;
    for (auto& line : order.lines) {
        line.id = m_nextWmsId++;
        line.lineNumber = ++lineNumber;
        line.status = QStringLiteral("New");
    }
    countArrival(QStringLiteral("sales_orders_received"),
        order.customerOrderNumber,
        order.number,
        QStringLiteral("wms.orders_received_more_than_once"));
    m_salesOrders.append(order);
    return static_cast<int>(m_salesOrders.size()) - 1;
}

void WmsState::countArrival(
    const QString& kind, const QString& customerNumber, const QString& number, const QString& again)
{
    const QString key = customerNumber.isEmpty() ? number : customerNumber;
    m_ledger->count(QStringLiteral("wms.") + kind);
    m_ledger->countFor(kind, key);
    if (m_ledger->counterFor(kind, key) == 2)
        m_ledger->count(again);
}

int WmsState::findCustomerReturn(qint64 id) const
{
    return indexOfId(m_customerReturns, id);
}

int WmsState::findCustomerReturnByNumber(const QString& number) const
{
    return indexOfNumber(m_customerReturns, number);
}

int WmsState::addCustomerReturn(CustomerReturn customerReturn)
{
    customerReturn.id = m_nextWmsId++;
    customerReturn.createdMSecs = m_now;
    customerReturn.updatedMSecs = m_now;
    customerReturn.status = QStringLiteral("New");
    for (auto& line : customerReturn.lines)
        line.id = m_nextWmsId++;
    countArrival(QStringLiteral("customer_returns_created"),
        customerReturn.customerOrderNumber,
        customerReturn.number,
        QStringLiteral("wms.customer_returns_created_more_than_once"));
    m_customerReturns.append(customerReturn);
    return static_cast<int>(m_customerReturns.size()) - 1;
}

Status WmsState::updateCustomerReturn(int index, const CustomerReturn& sent)
{
    CustomerReturn& current = m_customerReturns[index];
    if (current.status == QStringLiteral("Canceled"))
        return makeError(ErrorCode::Refused,
            QStringLiteral("Customer return %1 cannot be updated while in the status of %2.")
                .arg(current.number, current.status));
    // Checked in full before anything changes: a refused update leaves the return as it was.
    for (const auto& line : sent.lines) {
        for (const auto& held : std::as_const(current.lines)) {
            if (held.lineNumber != line.lineNumber)
                continue;
            if (held.item != line.item)
                return makeError(ErrorCode::Refused,
                    QStringLiteral("Order line %1 of customer return %2 is for item %3.")
                        .arg(held.lineNumber, current.number, held.item));
            if (line.orderQty < held.orderQty)
                return makeError(ErrorCode::Refused,
                    QStringLiteral(
                        "Decreasing the quantity of order line %1 is a cancellation: use the cancellations endpoint.")
                        .arg(held.lineNumber));
        }
    }
    if (!sent.customerOrderNumber.isEmpty())
        current.customerOrderNumber = sent.customerOrderNumber;
    if (!sent.relatedOrderNumber.isEmpty())
        current.relatedOrderNumber = sent.relatedOrderNumber;
    if (!sent.orderSource.isEmpty())
        current.orderSource = sent.orderSource;
    current.facility = sent.facility;
    for (const auto& line : sent.lines) {
        const auto held = std::find_if(current.lines.begin(),
            current.lines.end(),
            [&line](const CustomerReturnLine& l) { return l.lineNumber == line.lineNumber; });
        if (held != current.lines.end()) {
            held->orderQty = line.orderQty;
            continue;
        }
        CustomerReturnLine added = line;
        added.id = m_nextWmsId++;
        current.lines.append(added);
    }
    current.updatedMSecs = m_now;
    m_ledger->count(QStringLiteral("wms.customer_returns_updated"));
    return {};
}

bool WmsState::allocate(SalesOrder& order)
{
    bool complete = true;
    for (auto& line : order.lines) {
        const int need = line.unallocated();
        if (need <= 0)
            continue;
        const int got = std::min(need, availableToPromise(line.item, order.facility));
        if (got > 0) {
            const int index = findItem(line.item);
            const auto components = index >= 0 ? m_items.at(index).components : QList<BundleComponent>{};
            if (components.isEmpty())
                cell(line.item, order.facility).allocated += got;
            for (const auto& part : components)
                cell(part.sku, order.facility).allocated += got * part.quantity;
            line.allocatedQty += got;
        }
        line.status = line.unallocated() > 0 ? QStringLiteral("Back Ordered") : QStringLiteral("Open");
        complete = complete && line.unallocated() <= 0;
    }
    return complete;
}

void WmsState::deallocate(SalesOrder& order, SalesOrderLine& line, int quantity)
{
    const int release = std::min(quantity, line.allocatedQty);
    if (release <= 0)
        return;
    const int index = findItem(line.item);
    const auto components = index >= 0 ? m_items.at(index).components : QList<BundleComponent>{};
    if (components.isEmpty())
        cell(line.item, order.facility).allocated -= release;
    for (const auto& part : components)
        cell(part.sku, order.facility).allocated -= release * part.quantity;
    line.allocatedQty -= release;
}

void WmsState::stepSalesOrder(SalesOrder& order, qint64 at)
{
    constexpr int kRushStepMinutes = 2;
    const qint64 step = (order.rush ? kRushStepMinutes : std::max(1, m_scenario.wms.stepMinutes)) * kMinute;
    const QString before = order.status;
    order.nextStepMSecs = at + step;
    if (order.status == QStringLiteral("New") || order.status == QStringLiteral("Back Ordered")
        || order.status == QStringLiteral("Partially Released")) {
        bool anyAllocated = false;
        const bool complete = allocate(order);
        for (const auto& line : std::as_const(order.lines))
            anyAllocated = anyAllocated || line.allocatedQty > 0;
        if (complete)
            order.status =
                order.status == QStringLiteral("Partially Released") ? QStringLiteral("Released") : kFlow.first();
        else if (anyAllocated && order.status == QStringLiteral("Back Ordered"))
            order.status = QStringLiteral("Partially Released");
        else if (order.status == QStringLiteral("New")) {
            order.status = QStringLiteral("Back Ordered");
            m_ledger->count(QStringLiteral("wms.allocation_failures"));
            m_ledger->countFor(QStringLiteral("allocation_failures"), order.customerOrderNumber);
        }
        if (!complete)
            order.nextStepMSecs = at + 6 * step; // waits for stock; retried now and then
    } else {
        const int position = kFlow.indexOf(order.status);
        if (position < 0 || order.status == QStringLiteral("Ship Complete")) {
            order.nextStepMSecs = 0; // Hold, Canceled, Draft, Ship Complete: nothing moves by itself
            return;
        }
        const QString next = kFlow.at(position + 1);
        const bool neverCollected = order.carrierNeverCollects;
        if (next == QStringLiteral("Ship Complete") && neverCollected) {
            order.nextStepMSecs = 0;
            return;
        }
        if (next == QStringLiteral("Ship Complete")) {
            // The carrier collects; a split order stays Loaded until its last shipment has gone too.
            if (collectShipment(order, at))
                order.status = next;
            order.updatedMSecs = at;
            return;
        }
        order.status = next;
        for (auto& line : order.lines) {
            if (next == QStringLiteral("Pick Complete"))
                line.pickedQty = line.allocatedQty;
            line.status = next == QStringLiteral("Released") ? QStringLiteral("Released")
                : next == QStringLiteral("Picking")          ? QStringLiteral("Picking")
                                                             : QStringLiteral("In Progress");
        }
        if (next == QStringLiteral("Staged"))
            stageShipment(order, at);
    }
    if (order.status != before)
        order.updatedMSecs = at;
}

void WmsState::stageShipment(SalesOrder& order, qint64 at)
{
    const QString carrier = order.shipVendor.isEmpty() ? pick(m_runtimeRng, kCarriers) : order.shipVendor;
    // Split by the order's id rather than a draw, so a split changes no other random outcome of the run.
    const bool split = order.lines.size() > 1
        && static_cast<double>((static_cast<quint64>(order.id) * 2654435761ULL) % 1000)
            < m_scenario.wms.splitShipmentRate * 1000;
    const auto makeShipment = [&](bool withUnits, qsizetype firstLine = 0, qsizetype endLine = -1) {
        OutboundShipment s;
        s.id = m_nextWmsId++;
        s.number = QStringLiteral("SH-%1").arg(s.id);
        s.status = QStringLiteral("Packed");
        s.salesOrderId = order.id;
        s.orderNumber = order.number;
        s.customerOrderNumber = order.customerOrderNumber;
        s.shipVendor = carrier;
        s.shipMethod = order.shipMethod.isEmpty() ? QStringLiteral("Ground") : order.shipMethod;
        s.trackingNumber = trackingFor(carrier, s.id);
        s.trackingUrl = trackingBaseUrl(carrier);
        s.facility = order.facility;
        s.createdMSecs = at;
        s.updatedMSecs = at;
        const qsizetype end = endLine < 0 ? order.lines.size() : endLine;
        for (qsizetype i = firstLine; i < end; ++i) {
            const auto& line = order.lines.at(i);
            if (withUnits && line.pickedQty > 0)
                s.lines.append({m_nextWmsId++, line.id, line.item, line.pickedQty, 0});
        }
        m_shipments.append(s);
        m_ledger->count(withUnits ? QStringLiteral("wms.labels_printed") : QStringLiteral("wms.labels_without_units"));
    };
    if (split) {
        makeShipment(true, 0, order.lines.size() / 2);
        makeShipment(true, order.lines.size() / 2);
        m_ledger->count(QStringLiteral("wms.split_shipments"));
        m_ledger->countFor(QStringLiteral("split_shipments"), order.customerOrderNumber);
    } else {
        makeShipment(true);
    }
    if (m_runtimeRng.chance(m_scenario.wms.extraLabelRate))
        makeShipment(false);
}

bool WmsState::collectShipment(SalesOrder& order, qint64 at)
{
    // The shipments with units the carrier has not collected yet; a split order's first leaves on its own.
    QList<OutboundShipment*> waiting;
    for (auto& s : m_shipments) {
        if (s.salesOrderId == order.id && !s.lines.isEmpty() && s.status != QStringLiteral("Shipped"))
            waiting.append(&s);
    }
    // A line's picked units leave the building: stock at the facility (a kit's components) drops.
    const auto leave = [this, &order](SalesOrderLine& line) {
        const int qty = line.pickedQty - line.shippedQty;
        const int index = findItem(line.item);
        const auto components = index >= 0 ? m_items.at(index).components : QList<BundleComponent>{};
        const QList<BundleComponent> parts = components.isEmpty() ? QList<BundleComponent>{{line.item, 1}} : components;
        for (const auto& part : parts) {
            auto& c = cell(part.sku, order.facility);
            c.onHand -= qty * part.quantity;
            c.allocated -= qty * part.quantity;
        }
        line.shippedQty = line.pickedQty;
        line.status = QStringLiteral("Complete");
    };
    const bool partial = waiting.size() > 1;
    if (partial)
        waiting.resize(1);
    for (OutboundShipment* s : std::as_const(waiting)) {
        s->status = QStringLiteral("Shipped");
        s->shippedMSecs = at;
        s->updatedMSecs = at;
        for (auto& sl : s->lines) {
            sl.shippedQty = sl.orderQty;
            for (auto& line : order.lines) {
                if (line.id != sl.orderLineId || line.shippedQty >= line.pickedQty)
                    continue;
                leave(line);
            }
        }
    }
    if (partial) {
        m_ledger->count(QStringLiteral("wms.partial_collections"));
        return false;
    }
    // Lines no shipment carried (a label without units only) leave with the last collection, as before.
    for (auto& line : order.lines) {
        if (line.shippedQty < line.pickedQty)
            leave(line);
    }
    order.actualShipMSecs = at;
    m_ledger->count(QStringLiteral("wms.shipments_collected"));
    m_ledger->countFor(QStringLiteral("shipments_collected"), order.customerOrderNumber);
    return true;
}

Status WmsState::cancelSalesOrder(int index, const QList<QPair<qint64, int>>& quantities)
{
    SalesOrder& order = m_salesOrders[index];
    const bool window = kCancelWindow.contains(order.status);
    const bool backOrderedOnly = order.status == QStringLiteral("Partially Released");
    const auto refuse = [&](const QString& message) -> Status {
        m_ledger->count(QStringLiteral("wms.cancellations_refused"));
        m_ledger->countFor(QStringLiteral("cancellations_refused"), order.customerOrderNumber);
        return makeError(ErrorCode::Refused, message, order.number);
    };
    if (!window && !backOrderedOnly)
        return refuse(
            QStringLiteral("Sales order %1 cannot be canceled in status %2.").arg(order.number, order.status));
    QList<QPair<int, int>> plan; // line index, quantity
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const auto& line = order.lines.at(i);
        const int cancellable = backOrderedOnly ? line.unallocated() : line.orderQty - line.canceledQty;
        int wanted = quantities.isEmpty() ? cancellable : 0;
        for (const auto& [lineId, qty] : quantities) {
            if (lineId == line.id)
                wanted += qty;
        }
        if (wanted > cancellable)
            return refuse(backOrderedOnly
                    ? QStringLiteral(
                        "Only back-ordered quantities can be canceled once sales order %1 is Partially Released.")
                          .arg(order.number)
                    : QStringLiteral("Canceled quantity exceeds the open quantity of line %1.").arg(line.lineNumber));
        if (wanted > 0)
            plan.append({static_cast<int>(i), wanted});
    }
    for (const auto& [lineIndex, qty] : std::as_const(plan)) {
        auto& line = order.lines[lineIndex];
        const int fromAllocated = std::max(0, qty - line.unallocated());
        deallocate(order, line, fromAllocated);
        line.canceledQty += qty;
        if (line.canceledQty >= line.orderQty)
            line.status = QStringLiteral("Canceled");
    }
    bool allCanceled = true;
    bool restAllocated = true;
    for (const auto& line : std::as_const(order.lines)) {
        allCanceled = allCanceled && line.canceledQty >= line.orderQty;
        restAllocated = restAllocated && line.unallocated() <= 0;
    }
    if (allCanceled) {
        order.status = QStringLiteral("Canceled");
        order.nextStepMSecs = 0;
    } else if (backOrderedOnly && restAllocated) {
        order.status = QStringLiteral("Released");
        order.nextStepMSecs = m_now + std::max(1, m_scenario.wms.stepMinutes) * kMinute;
    }
    order.updatedMSecs = m_now;
    m_ledger->count(QStringLiteral("wms.cancellations_accepted"));
    m_ledger->countFor(QStringLiteral("cancellations_accepted"), order.customerOrderNumber);
    return {};
}

Status WmsState::moveSalesOrder(int index, const QString& status)
{
    SalesOrder& order = m_salesOrders[index];
    static const QMap<QString, QStringList> kMoves = {
        {QStringLiteral("Draft"), {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("New"), {QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("Hold"), {QStringLiteral("New"), QStringLiteral("Canceled")}},
        {QStringLiteral("Ready for Fulfillment"),
            {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("Wave Built"), {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("Back Ordered"), {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
    };
    if (!kMoves.value(order.status).contains(status)) {
        if (status == QStringLiteral("Canceled"))
            return cancelSalesOrder(index, {}); // counts and words the refusal like a cancellation
        return makeError(ErrorCode::Refused,
            QStringLiteral("Sales order %1 cannot move from %2 to %3.").arg(order.number, order.status, status));
    }
    if (status == QStringLiteral("Canceled"))
        return cancelSalesOrder(index, {});
    if (status == QStringLiteral("New")) {
        for (auto& line : order.lines)
            deallocate(order, line, line.allocatedQty);
        order.nextStepMSecs = m_now + std::max(1, m_scenario.wms.allocateAfterMinutes) * kMinute;
    } else {
        order.nextStepMSecs = 0; // Hold
    }
    order.status = status;
    order.updatedMSecs = m_now;
    return {};
}

Result<int> WmsState::moveStock(
    const QString& facility, const QString& item, int units, const QString& reasonCode, const QString& transaction)
{
    if (findItem(item) < 0)
        return makeError(ErrorCode::Refused, QStringLiteral("Item '%1' does not exist.").arg(item));
    if (units <= 0)
        return makeError(ErrorCode::Refused, QStringLiteral("quantity must be greater than 0."));
    StockCell& c = cell(item, facility);
    if (c.onHand - c.allocated < units)
        return makeError(ErrorCode::Refused,
            QStringLiteral("Only %1 units of %2 are available at %3.").arg(c.onHand - c.allocated).arg(item, facility));
    countArrival(
        QStringLiteral("stock_moves"), transaction, transaction, QStringLiteral("wms.stock_moves_more_than_once"));
    const bool twice =
        m_scenario.pos.stockMoveTwiceEvery > 0 && m_stockUpdates++ % m_scenario.pos.stockMoveTwiceEvery == 0;
    const int first = static_cast<int>(m_stockMoves.size());
    for (int copy = 0; copy < (twice ? 2 : 1); ++copy) {
        c.onHand -= units;
        StockMove m;
        m.id = m_nextWmsId++;
        m.facility = facility;
        m.item = item;
        m.quantity = -units;
        m.reasonCode = reasonCode;
        m.customAttribute1 = transaction;
        m.createdMSecs = m_now;
        m_stockMoves.append(m);
    }
    if (twice)
        m_ledger->count(QStringLiteral("wms.stock_moves_applied_twice"));
    return first;
}

} // namespace lockstep::core::sim
