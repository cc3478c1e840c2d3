// SPDX-License-Identifier: GPL-3.0-or-later
#include "deposco_parser.h"

#include "connectors/json_fields.h"

#include <cmath>

namespace lockstep::core::connectors::deposco {

using nlohmann::json;

namespace {

const json* member(const json& object, const char* key)
{
    return object.is_object() && object.contains(key) && !object.at(key).is_null() ? &object.at(key) : nullptr;
}

/// The id of an EntityRef (`{id, businessKey, href}`), as text; empty when it has none.
QString refId(const json* ref)
{
    const json* id = ref ? member(*ref, "id") : nullptr;
    return id && (id->is_number_integer() || id->is_string()) ? JsonFields::anyAsText(*id) : QString();
}

/// A property of an EntityRef's business key (`number`, `code`, …); empty when absent.
QString refKey(const json* ref, const char* key = "number")
{
    const json* businessKey = ref ? member(*ref, "businessKey") : nullptr;
    const json* value = businessKey ? member(*businessKey, key) : nullptr;
    return value && (value->is_string() || value->is_number_integer()) ? JsonFields::anyAsText(*value) : QString();
}

/// A record's own id: `self.id`. Records have no top-level id.
QString selfId(const json& record)
{
    return refId(member(record, "self"));
}

/// The `data` array of a nested collection `{links, complete, pages, data}`, or null.
const json* nestedData(const json* collection)
{
    const json* data = collection ? member(*collection, "data") : nullptr;
    return data && data->is_array() ? data : nullptr;
}

/// A nested collection is cut short when it says it is not complete or has more than one page.
bool nestedComplete(const json* collection)
{
    if (!collection || !collection->is_object())
        return true;
    const json* complete = member(*collection, "complete");
    const json* pages = member(*collection, "pages");
    return !(complete && complete->is_boolean() && !complete->get<bool>())
        && !(pages && pages->is_number_integer() && pages->get<qint64>() > 1);
}

/// Reads the collection envelope, calling `each` for every element of `data`.
template <typename T, typename F> Collection<T> readCollection(const QByteArray& body, const QString& what, F&& each)
{
    Collection<T> out;
    const auto j = parseJson(body, what, out.problems);
    if (!j)
        return out;
    const json* data = nestedData(&*j);
    if (!data) {
        out.problems.append({what, QStringLiteral("data"), QStringLiteral("is not a collection")});
        return out;
    }
    const json* complete = member(*j, "complete");
    out.complete = !complete || !complete->is_boolean() || complete->get<bool>();
    if (const json* links = member(*j, "links"); links && links->is_array()) {
        for (const json& link : *links) {
            if (link.is_object() && link.value("rel", std::string()) == "next" && link.contains("href")
                && link.at("href").is_string())
                out.next = QUrl(QString::fromStdString(link.at("href").get<std::string>()));
        }
    }
    if (out.complete)
        out.next.clear();
    for (const json& element : *data)
        each(element, out);
    return out;
}

WmsOrderLine readLine(const json& l, const QString& ref, QList<ParseProblem>& problems)
{
    const JsonFields f(l, ref, problems);
    WmsOrderLine line;
    line.lineId = selfId(l);
    line.lineNumber = static_cast<int>(f.integer("lineNumber").value_or(0));
    line.sku = refKey(member(l, "item"));
    line.ordered = f.integer("orderPackQuantity").value_or(0);
    line.allocated = f.integer("allocatedQuantity").value_or(0);
    line.shipped = f.integer("shippedPackQuantity").value_or(0);
    line.canceled = f.integer("canceledPackQuantity").value_or(0);
    // isBackOrdered is a reason code (text), present only when the line waits for stock.
    const bool backOrdered = !f.text("isBackOrdered").trimmed().isEmpty();
    const qint64 unallocated = f.integer("unallocatedQuantity").value_or(0);
    line.backOrdered = backOrdered ? std::max(unallocated, f.integer("shortagePackQuantity").value_or(0)) : 0;
    return line;
}

/// What every order record starts with: its id (`self.id`), its number as served, and how problems name it.
struct RecordHead
{
    QString id;
    QString number;
    QString ref; ///< "<what> <number>", else its id
};

/// The head of an order record of kind `what` ("WMS sales order"); none, with the problem reported, when the
/// record is not an object or has no `self.id`.
std::optional<RecordHead> readHead(const json& j, const QString& what, QList<ParseProblem>& problems)
{
    RecordHead head;
    head.id = selfId(j);
    head.number = j.is_object() && j.contains("number") ? JsonFields::anyAsText(j.at("number")) : QString();
    head.ref = what + u' '
        + (head.number.isEmpty() ? head.id.isEmpty() ? QStringLiteral("(no number)") : head.id : head.number);
    if (!j.is_object()) {
        problems.append({head.ref, QStringLiteral("(record)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    if (head.id.isEmpty()) {
        problems.append({head.ref, QStringLiteral("self"), QStringLiteral("has no id")});
        return std::nullopt;
    }
    return head;
}

std::optional<ParsedSalesOrder> readSalesOrder(const json& j, QList<ParseProblem>& problems)
{
    const auto head = readHead(j, QStringLiteral("WMS sales order"), problems);
    if (!head)
        return std::nullopt;
    const QString& ref = head->ref;
    const JsonFields f(j, ref, problems);
    const auto status = f.requiredText("orderStatus");
    if (!status)
        return std::nullopt;
    const auto parsedStatus = wmsOrderStatusFromText(*status);
    if (!parsedStatus) {
        f.problem("orderStatus", QStringLiteral("is not a known status: %1").arg(status->left(40)));
        return std::nullopt;
    }
    ParsedSalesOrder p;
    WmsOrder& o = p.order;
    o.wmsId = head->id;
    o.status = *parsedStatus;
    o.number = head->number;
    o.customerOrderNumber = f.text("customerOrderNumber");
    o.origin = f.text("orderSource");
    o.facility = refKey(member(j, "shipFromFacility"));
    QString currency = QStringLiteral("XXX");
    if (const json* custom = member(j, "customFields"); custom && custom->is_array()) {
        for (const json& field : *custom) {
            if (field.is_object() && field.value("name", std::string()) == kCurrencyField && field.contains("value")
                && field.at("value").is_string())
                currency = QString::fromStdString(field.at("value").get<std::string>());
        }
    }
    o.total = f.has("orderTotal") ? f.money("orderTotal", currency, false) : Money::zero(currency);
    o.updatedAt = f.utc("updatedDate");
    const json* lines = member(j, "orderLines");
    if (lines) {
        const json* data = nestedData(lines);
        if (!data) {
            f.problem("orderLines", QStringLiteral("is not a collection"));
        } else {
            int n = 0;
            for (const json& l : *data)
                o.lines.append(readLine(l, ref + QStringLiteral(" line %1").arg(++n), problems));
        }
        p.linesComplete = nestedComplete(lines);
    }
    return p;
}

/// A pack quantity in units. The models type quantities `int` with format `float`, so a server may write 2.0; a
/// fraction cannot be units of an item and is reported.
std::optional<qint64> packQuantity(const JsonFields& f, const char* key)
{
    if (f.has(key) && f.at(key).is_number_float()) {
        const double v = f.at(key).get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15)
            return static_cast<qint64>(v);
        f.problem(key, QStringLiteral("is not a whole number"));
        return std::nullopt;
    }
    return f.requiredInteger(key);
}

std::optional<WmsReturnLine> readReturnLine(const json& l, const QString& ref, QList<ParseProblem>& problems)
{
    const JsonFields f(l, ref, problems);
    if (!l.is_object()) {
        problems.append({ref, QStringLiteral("(record)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    WmsReturnLine line;
    line.lineNumber = static_cast<int>(std::clamp<qint64>(f.integer("lineNumber").value_or(0), 0, 1000000));
    line.sku = refKey(member(l, "item"));
    if (line.sku.isEmpty()) {
        f.problem("item", QStringLiteral("names no item number"));
        return std::nullopt;
    }
    const auto units = packQuantity(f, "orderPackQuantity");
    if (!units)
        return std::nullopt;
    if (*units <= 0) {
        f.problem("orderPackQuantity", QStringLiteral("is not a positive quantity"));
        return std::nullopt;
    }
    line.quantity = *units;
    return line;
}

std::optional<WmsCustomerReturn> readCustomerReturn(const json& j, QList<ParseProblem>& problems)
{
    const auto head = readHead(j, QStringLiteral("WMS customer return"), problems);
    if (!head)
        return std::nullopt;
    const QString& ref = head->ref;
    const JsonFields f(j, ref, problems);
    const auto wmsNumber = f.requiredText("number"); // the look-up before a create compares it
    if (!wmsNumber)
        return std::nullopt;
    WmsCustomerReturn r;
    r.wmsId = head->id;
    r.number = *wmsNumber;
    r.customerOrderNumber = f.text("customerOrderNumber");
    r.relatedOrderNumber = f.text("relatedOrderNumber");
    r.origin = f.text("orderSource");
    r.facility = refKey(member(j, "shipToFacility"));
    r.status = f.text("orderStatus");
    const json* lines = member(j, "orderLines");
    if (!lines)
        return r;
    const json* data = nestedData(lines);
    if (!data) {
        f.problem("orderLines", QStringLiteral("is not a collection"));
        return r;
    }
    bool readable = true;
    int n = 0;
    for (const json& l : *data) {
        auto line = readReturnLine(l, ref + QStringLiteral(" line %1").arg(++n), problems);
        readable = readable && line.has_value();
        if (line)
            r.lines.append(std::move(*line));
    }
    // Some of what comes back would be read as all of it: say nothing rather than too little.
    if (!readable || !nestedComplete(lines))
        r.lines.clear();
    return r;
}

/// One record of the API (the answer to a create or a GET by id), read by `read`.
template <typename T, typename Read> Result<T> parseRecord(const QByteArray& body, const QString& what, Read&& read)
{
    QList<ParseProblem> problems;
    const auto j = parseJson(body, what, problems);
    if (!j)
        return makeError(ErrorCode::Parse, problems.constFirst().toString());
    auto record = read(*j, problems);
    if (!record)
        return makeError(ErrorCode::Parse,
            problems.isEmpty() ? QStringLiteral("unreadable ") + what : problems.constFirst().toString());
    return std::move(*record);
}

ShipmentState shipmentState(const QString& status, qint64 shippedUnits)
{
    const QString s = status.toLower();
    if (s.contains(QLatin1String("void")) || s.contains(QLatin1String("cancel")))
        return ShipmentState::Voided;
    if (shippedUnits <= 0)
        return ShipmentState::LabelCreated; // a label nobody used: never "shipped"
    if (s.contains(QLatin1String("deliver")))
        return ShipmentState::Delivered;
    if (s == QLatin1String("shipped") || s.contains(QLatin1String("transit")))
        return s.contains(QLatin1String("transit")) ? ShipmentState::InTransit : ShipmentState::CarrierCollected;
    return ShipmentState::Packed;
}

/// Kit details: the `Output` item is the kit, `Input` items are its components.
void readKitDetails(const json& details,
    const QString& ref,
    QList<BundleComponent>& components,
    QString& output,
    QList<ParseProblem>& problems)
{
    for (const json& d : details) {
        const JsonFields f(d, ref, problems);
        const QString sku = refKey(member(d, "item"));
        const QString type = f.text("type");
        const qint64 qty = f.integer("quantity").value_or(0);
        if (sku.isEmpty()) {
            f.problem("item", QStringLiteral("is missing"));
            continue;
        }
        if (type.compare(QLatin1String("Output"), Qt::CaseInsensitive) == 0) {
            output = sku;
            continue;
        }
        if (qty <= 0) {
            f.problem("quantity", QStringLiteral("is not a positive quantity"));
            continue;
        }
        components.append({sku, static_cast<int>(std::min<qint64>(qty, 1000000))});
    }
}

} // namespace

Collection<ParsedSalesOrder> parseSalesOrders(const QByteArray& body)
{
    return readCollection<ParsedSalesOrder>(
        body, QStringLiteral("WMS sales orders"), [](const json& element, Collection<ParsedSalesOrder>& out) {
            if (auto o = readSalesOrder(element, out.problems))
                out.items.append(std::move(*o));
        });
}

Result<ParsedSalesOrder> parseSalesOrder(const QByteArray& body)
{
    return parseRecord<ParsedSalesOrder>(body, QStringLiteral("WMS sales order"), readSalesOrder);
}

Collection<WmsOrderLine> parseOrderLines(const QByteArray& body)
{
    return readCollection<WmsOrderLine>(
        body, QStringLiteral("WMS order lines"), [](const json& element, Collection<WmsOrderLine>& out) {
            out.items.append(readLine(element, QStringLiteral("WMS order line"), out.problems));
        });
}

Collection<WmsShipment> parseShipments(const QByteArray& body)
{
    return readCollection<WmsShipment>(
        body, QStringLiteral("WMS shipments"), [](const json& element, Collection<WmsShipment>& out) {
            const QString id = selfId(element);
            const QString ref = QStringLiteral("WMS shipment %1").arg(id);
            const JsonFields f(element, ref, out.problems);
            if (!element.is_object() || id.isEmpty()) {
                out.problems.append({ref, QStringLiteral("self"), QStringLiteral("has no id")});
                return;
            }
            WmsShipment p;
            Shipment& s = p.shipment;
            s.wmsShipmentId = id;
            s.carrier = f.text("shipVendor");
            s.trackingNumber = f.text("trackingNumber");
            s.facility = refKey(member(element, "shipFromFacility"));
            s.updatedAt = f.utc("updatedDate");
            if (const json* headers = nestedData(member(element, "orderHeaders")); headers && !headers->empty()) {
                p.salesOrderId = refId(&headers->at(0));
                p.salesOrderNumber = refKey(&headers->at(0));
            }
            if (p.salesOrderId.isEmpty() && p.salesOrderNumber.isEmpty())
                f.problem("orderHeaders", QStringLiteral("names no sales order"));
            qint64 shipped = 0;
            const json* shipmentLines = member(element, "shipmentLines");
            if (const json* lines = nestedData(shipmentLines)) {
                for (const json& l : *lines) {
                    const qint64 units = l.is_object() && l.contains("shippedPackQuantity")
                            && l.at("shippedPackQuantity").is_number_integer()
                        ? l.at("shippedPackQuantity").get<qint64>()
                        : 0;
                    shipped += units;
                    const QString sku = l.is_object() ? refKey(member(l, "item")) : QString();
                    if (units > 0 && !sku.isEmpty())
                        s.lines.append({sku, units});
                }
                // A list cut short names only some of what shipped: say nothing rather than too little.
                if (!nestedComplete(shipmentLines))
                    s.lines.clear();
            }
            s.shippedUnits = static_cast<int>(std::clamp<qint64>(shipped, 0, 1000000000));
            s.state = shipmentState(f.text("status"), shipped);
            if (const json* dates = member(element, "shipmentDates"); dates && dates->is_object()) {
                const JsonFields d(*dates, ref + QStringLiteral(" dates"), out.problems);
                if (s.state == ShipmentState::CarrierCollected || s.state == ShipmentState::InTransit
                    || s.state == ShipmentState::Delivered)
                    s.collectedAt = d.utc("actualShipDate");
            }
            out.items.append(std::move(p));
        });
}

Collection<Item> parseItems(const QByteArray& body)
{
    return readCollection<Item>(body, QStringLiteral("WMS items"), [](const json& element, Collection<Item>& out) {
        const JsonFields f(element, QStringLiteral("WMS item"), out.problems);
        const auto number = f.requiredText("number");
        if (!number || number->isEmpty())
            return;
        Item item;
        item.wmsItemId = selfId(element);
        item.sku = *number;
        item.name = f.text("name");
        item.active = f.boolean("salesEnabledFlag", true);
        out.items.append(std::move(item));
    });
}

Collection<ParsedKit> parseKits(const QByteArray& body)
{
    return readCollection<ParsedKit>(
        body, QStringLiteral("WMS kits"), [](const json& element, Collection<ParsedKit>& out) {
            const JsonFields f(element, QStringLiteral("WMS kit"), out.problems);
            ParsedKit k;
            k.kitHeaderId = selfId(element);
            const QString ref = QStringLiteral("WMS kit ") + f.text("name");
            const json* details = member(element, "kitDetails");
            if (const json* data = nestedData(details))
                readKitDetails(*data, ref, k.kit.components, k.kit.sku, out.problems);
            k.detailsComplete = nestedComplete(details);
            if (k.kit.sku.isEmpty() && k.detailsComplete) {
                f.problem("kitDetails", QStringLiteral("has no Output item"));
                return;
            }
            out.items.append(std::move(k));
        });
}

Collection<BundleComponent> parseKitDetails(const QByteArray& body, QString* outputSku)
{
    return readCollection<BundleComponent>(
        body, QStringLiteral("WMS kit details"), [outputSku](const json& element, Collection<BundleComponent>& out) {
            QString output;
            readKitDetails(json::array({element}), QStringLiteral("WMS kit detail"), out.items, output, out.problems);
            if (outputSku && !output.isEmpty())
                *outputSku = output;
        });
}

Collection<WmsCustomerReturn> parseCustomerReturns(const QByteArray& body)
{
    return readCollection<WmsCustomerReturn>(
        body, QStringLiteral("WMS customer returns"), [](const json& element, Collection<WmsCustomerReturn>& out) {
            if (auto r = readCustomerReturn(element, out.problems))
                out.items.append(std::move(*r));
        });
}

Result<WmsCustomerReturn> parseCustomerReturn(const QByteArray& body)
{
    return parseRecord<WmsCustomerReturn>(body, QStringLiteral("WMS customer return"), readCustomerReturn);
}

Collection<RecordKey> parseRecordKeys(const QByteArray& body, const char* keyField, const QString& what)
{
    return readCollection<RecordKey>(body, what, [keyField, &what](const json& element, Collection<RecordKey>& out) {
        RecordKey r{selfId(element), QString()};
        if (const json* key = member(element, keyField); key && key->is_string())
            r.key = QString::fromStdString(key->get<std::string>());
        if (r.id.isEmpty())
            out.problems.append({what, QStringLiteral("self.id"), QStringLiteral("is missing")});
        else
            out.items.append(r);
    });
}

Collection<StockAdjustment> parseInventoryAdjustments(const QByteArray& body)
{
    const QString what = QStringLiteral("WMS inventory adjustments");
    return readCollection<StockAdjustment>(body, what, [&what](const json& element, Collection<StockAdjustment>& out) {
        StockAdjustment a;
        a.id = selfId(element);
        a.facility = refKey(member(element, "facility"));
        a.item = refKey(member(element, "item"));
        const auto text = [&element](const char* key) {
            const json* v = member(element, key);
            return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
        };
        a.actionType = text("actionType");
        a.reasonCode = text("reasonCode");
        a.customAttribute1 = text("customAttribute1");
        const json* quantity = member(element, "quantity");
        if (!quantity || !quantity->is_number_integer()) {
            out.problems.append(
                {a.id.isEmpty() ? what : a.id, QStringLiteral("quantity"), QStringLiteral("is not a whole number")});
            return;
        }
        a.quantity = quantity->get<qint64>();
        out.items.append(a);
    });
}

Result<QList<Stock>> parseAvailability(
    const QByteArray& body, const QString& facility, const QDateTime& at, QList<ParseProblem>& problems)
{
    const auto j = parseJson(body, QStringLiteral("WMS availability"), problems);
    if (!j || !j->is_array())
        return makeError(ErrorCode::Parse, QStringLiteral("availability is not a JSON array"));
    QList<Stock> out;
    for (const json& item : *j) {
        const JsonFields f(item, QStringLiteral("WMS availability"), problems);
        const QString sku = f.text("itemNumber");
        if (sku.isEmpty()) {
            f.problem("itemNumber", QStringLiteral("is missing"));
            continue;
        }
        const auto add = [&](const QString& where, qint64 available, qint64 onHand) {
            Stock s;
            s.sku = sku;
            s.facility = where;
            s.availableToSell = std::max<qint64>(0, available);
            s.onHand = std::max(onHand, s.availableToSell);
            s.allocated = s.onHand - s.availableToSell;
            s.updatedAt = at;
            out.append(s);
        };
        // Per facility where the answer breaks it down (assumed shape, see core/sim/README.md); else the
        // documented total, counted at the facility the caller names.
        if (const json* perFacility = member(item, "facilities"); perFacility && perFacility->is_array()) {
            for (const json& fac : *perFacility) {
                const JsonFields ff(fac, QStringLiteral("WMS availability ") + sku, problems);
                const QString where = ff.text("facilityNumber");
                const qint64 available = ff.integer("availableToPromise").value_or(0);
                if (!where.isEmpty())
                    add(where, available, ff.integer("onHand").value_or(available));
            }
            continue;
        }
        const auto total = f.integer("totalAvailableToPromise");
        if (!total) {
            f.problem("totalAvailableToPromise", QStringLiteral("is missing"));
            continue;
        }
        add(facility, *total, *total);
    }
    return out;
}

QString errorMessage(const QByteArray& body)
{
    const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (j.is_object() && j.contains("errors") && j.at("errors").is_array() && !j.at("errors").empty()) {
        const json& first = j.at("errors").at(0);
        if (first.is_object() && first.contains("errorMessage") && first.at("errorMessage").is_string())
            return QString::fromStdString(first.at("errorMessage").get<std::string>());
    }
    return {};
}

} // namespace lockstep::core::connectors::deposco
