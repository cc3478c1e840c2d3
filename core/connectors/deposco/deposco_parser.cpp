// SPDX-License-Identifier: GPL-3.0-or-later
#include "deposco_parser.h"

#include "connectors/json_fields.h"

namespace lockstep::core::connectors::deposco {

using nlohmann::json;

namespace {

    /// The business number of an EntityRef (`{id, businessKey: {number}}`), or a plain string.
    QString refNumber(const json& v)
    {
        if (v.is_string())
            return QString::fromStdString(v.get<std::string>());
        if (!v.is_object())
            return {};
        if (v.contains("businessKey") && v.at("businessKey").is_object() && v.at("businessKey").contains("number"))
            return JsonFields::anyAsText(v.at("businessKey").at("number"));
        if (v.contains("number"))
            return JsonFields::anyAsText(v.at("number"));
        return {};
    }

    QString refNumberOf(const JsonFields& f, const char* key) { return f.has(key) ? refNumber(f.at(key)) : QString(); }

    /// Reads the collection envelope, calling `each` for every element of `data`.
    template <typename T, typename F>
    Collection<T> readCollection(const QByteArray& body, const QString& what, F&& each)
    {
        Collection<T> out;
        const auto j = parseJson(body, what, out.problems);
        if (!j)
            return out;
        const json* data = nullptr;
        if (j->is_array()) {
            data = &*j;
        } else if (j->is_object() && j->contains("data") && j->at("data").is_array()) {
            data = &j->at("data");
            out.complete = j->value("complete", true);
            if (j->contains("links") && j->at("links").is_array()) {
                for (const json& link : j->at("links")) {
                    if (link.is_object() && link.value("rel", std::string()) == "next" && link.contains("href") && link.at("href").is_string())
                        out.next = QUrl(QString::fromStdString(link.at("href").get<std::string>()));
                }
            }
            if (out.complete)
                out.next.clear();
        } else {
            out.problems.append({what, QStringLiteral("data"), QStringLiteral("is not a collection")});
            return out;
        }
        for (const json& element : *data)
            each(element, out);
        return out;
    }

    WmsOrderLine readLine(const json& l, const QString& ref, QList<ParseProblem>& problems)
    {
        const JsonFields f(l, ref, problems);
        WmsOrderLine line;
        line.lineId = f.text("id");
        line.lineNumber = static_cast<int>(f.integer("lineNumber").value_or(0));
        line.sku = refNumberOf(f, "item");
        if (line.sku.isEmpty())
            line.sku = f.text("itemNumber");
        line.ordered = f.integer("orderPackQuantity").value_or(0);
        line.allocated = f.integer("allocatedQuantity").value_or(0);
        line.shipped = f.integer("shippedPackQuantity").value_or(0);
        line.canceled = f.integer("canceledPackQuantity").value_or(0);
        const qint64 unallocated = f.integer("unallocatedQuantity").value_or(0);
        line.backOrdered = f.boolean("isBackOrdered", false) ? std::max<qint64>(unallocated, f.integer("shortagePackQuantity").value_or(0)) : 0;
        return line;
    }

    std::optional<ParsedSalesOrder> readSalesOrder(const json& j, QList<ParseProblem>& problems)
    {
        const QString id = j.is_object() && j.contains("id") ? JsonFields::anyAsText(j.at("id")) : QString();
        const QString ref = QStringLiteral("WMS sales order %1").arg(id.isEmpty() ? QStringLiteral("(no id)") : id);
        const JsonFields f(j, ref, problems);
        if (!j.is_object()) {
            problems.append({ref, QStringLiteral("(record)"), QStringLiteral("is not an object")});
            return std::nullopt;
        }
        ParsedSalesOrder p;
        WmsOrder& o = p.order;
        const auto wmsId = f.requiredText("id");
        const auto status = f.requiredText("orderStatus");
        if (!wmsId || !status)
            return std::nullopt;
        const auto parsedStatus = wmsOrderStatusFromText(*status);
        if (!parsedStatus) {
            f.problem("orderStatus", QStringLiteral("is not a known status: %1").arg(status->left(40)));
            return std::nullopt;
        }
        o.wmsId = *wmsId;
        o.status = *parsedStatus;
        o.number = f.text("number");
        o.customerOrderNumber = f.text("customerOrderNumber");
        o.origin = f.text("orderSource");
        o.facility = refNumberOf(f, "shipFromFacility");
        const QString currency = f.text("currencyCode", QStringLiteral("XXX"));
        o.total = f.has("orderTotal") ? f.money("orderTotal", currency, false) : Money::zero(currency);
        o.updatedAt = f.utc("updatedDate");
        if (f.has("orderLines")) {
            const json& lines = f.at("orderLines");
            const json* data = lines.is_array() ? &lines : (lines.is_object() && lines.contains("data") && lines.at("data").is_array() ? &lines.at("data") : nullptr);
            if (!data) {
                f.problem("orderLines", QStringLiteral("is not a list"));
            } else {
                int n = 0;
                for (const json& l : *data)
                    o.lines.append(readLine(l, ref + QStringLiteral(" line %1").arg(++n), problems));
            }
            p.linesComplete = !lines.is_object() || lines.value("complete", true);
        }
        return p;
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

} // namespace

Collection<ParsedSalesOrder> parseSalesOrders(const QByteArray& body)
{
    return readCollection<ParsedSalesOrder>(body, QStringLiteral("WMS sales orders"), [](const json& element, Collection<ParsedSalesOrder>& out) {
        if (auto o = readSalesOrder(element, out.problems))
            out.items.append(std::move(*o));
    });
}

Result<ParsedSalesOrder> parseSalesOrder(const QByteArray& body)
{
    QList<ParseProblem> problems;
    const auto j = parseJson(body, QStringLiteral("WMS sales order"), problems);
    if (!j)
        return makeError(ErrorCode::Parse, problems.constFirst().toString());
    auto o = readSalesOrder(*j, problems);
    if (!o)
        return makeError(ErrorCode::Parse, problems.isEmpty() ? QStringLiteral("unreadable sales order") : problems.constFirst().toString());
    return std::move(*o);
}

Collection<WmsOrderLine> parseOrderLines(const QByteArray& body)
{
    return readCollection<WmsOrderLine>(body, QStringLiteral("WMS order lines"), [](const json& element, Collection<WmsOrderLine>& out) {
        out.items.append(readLine(element, QStringLiteral("WMS order line"), out.problems));
    });
}

Collection<WmsShipment> parseShipments(const QByteArray& body)
{
    return readCollection<WmsShipment>(body, QStringLiteral("WMS shipments"), [](const json& element, Collection<WmsShipment>& out) {
        const QString id = element.is_object() && element.contains("id") ? JsonFields::anyAsText(element.at("id")) : QString();
        const QString ref = QStringLiteral("WMS shipment %1").arg(id);
        const JsonFields f(element, ref, out.problems);
        if (!element.is_object() || id.isEmpty()) {
            out.problems.append({ref, QStringLiteral("id"), QStringLiteral("is missing")});
            return;
        }
        WmsShipment p;
        Shipment& s = p.shipment;
        s.wmsShipmentId = id;
        s.carrier = f.text("shipVendor");
        s.trackingNumber = f.text("trackingNumber");
        s.updatedAt = f.utc("updatedDate");
        p.customerOrderNumber = f.text("customerOrderNumber");
        if (f.has("orderHeaders") && f.at("orderHeaders").is_array() && !f.at("orderHeaders").empty())
            p.salesOrderNumber = refNumber(f.at("orderHeaders").at(0));
        qint64 shipped = 0;
        if (f.has("shipmentLines")) {
            const json& lines = f.at("shipmentLines");
            const json* data = lines.is_array() ? &lines : (lines.is_object() && lines.contains("data") && lines.at("data").is_array() ? &lines.at("data") : nullptr);
            if (data) {
                for (const json& l : *data)
                    shipped += l.is_object() && l.contains("shippedPackQuantity") && l.at("shippedPackQuantity").is_number_integer()
                        ? l.at("shippedPackQuantity").get<qint64>()
                        : 0;
            }
        }
        s.shippedUnits = static_cast<int>(std::clamp<qint64>(shipped, 0, 1000000000));
        s.state = shipmentState(f.text("status"), shipped);
        if (f.has("shipmentDates") && f.at("shipmentDates").is_object()) {
            const JsonFields d(f.at("shipmentDates"), ref + QStringLiteral(" dates"), out.problems);
            if (s.state == ShipmentState::CarrierCollected || s.state == ShipmentState::InTransit || s.state == ShipmentState::Delivered)
                s.collectedAt = d.utc("shipDate");
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
        item.wmsItemId = f.text("id");
        item.sku = *number;
        item.name = f.text("name");
        item.active = f.boolean("salesEnabledFlag", true);
        out.items.append(std::move(item));
    });
}

Collection<Item> parseKits(const QByteArray& body)
{
    return readCollection<Item>(body, QStringLiteral("WMS kits"), [](const json& element, Collection<Item>& out) {
        const JsonFields f(element, QStringLiteral("WMS kit"), out.problems);
        Item kit;
        kit.sku = refNumberOf(f, "item");
        if (kit.sku.isEmpty()) {
            f.problem("item", QStringLiteral("is missing"));
            return;
        }
        if (f.has("kitLines") && f.at("kitLines").is_array()) {
            for (const json& line : f.at("kitLines")) {
                const JsonFields lf(line, QStringLiteral("WMS kit ") + kit.sku, out.problems);
                const QString sku = refNumberOf(lf, "item");
                const qint64 qty = lf.integer("quantity").value_or(0);
                if (sku.isEmpty() || qty <= 0) {
                    lf.problem("kitLines", QStringLiteral("has a component without item or quantity"));
                    continue;
                }
                kit.components.append({sku, static_cast<int>(std::min<qint64>(qty, 1000000))});
            }
        }
        out.items.append(std::move(kit));
    });
}

Result<QList<Stock>> parseAvailability(const QByteArray& body, const QDateTime& at, QList<ParseProblem>& problems)
{
    const auto j = parseJson(body, QStringLiteral("WMS availability"), problems);
    if (!j || !j->is_array())
        return makeError(ErrorCode::Parse, QStringLiteral("availability is not a JSON array"));
    QList<Stock> out;
    for (const json& item : *j) {
        const JsonFields f(item, QStringLiteral("WMS availability"), problems);
        const QString sku = f.text("itemNumber");
        if (sku.isEmpty() || !f.has("facilities") || !f.at("facilities").is_array()) {
            f.problem("itemNumber", QStringLiteral("or facilities missing"));
            continue;
        }
        for (const json& fac : f.at("facilities")) {
            const JsonFields ff(fac, QStringLiteral("WMS availability ") + sku, problems);
            Stock s;
            s.sku = sku;
            s.facility = ff.text("facilityNumber");
            s.availableToSell = ff.integer("availableToPromise").value_or(0);
            s.onHand = ff.integer("onHand").value_or(s.availableToSell);
            s.allocated = std::max<qint64>(0, s.onHand - s.availableToSell);
            s.updatedAt = at;
            if (!s.facility.isEmpty())
                out.append(s);
        }
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
