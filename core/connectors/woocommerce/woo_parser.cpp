// SPDX-License-Identifier: GPL-3.0-or-later
#include "woo_parser.h"

#include "connectors/json_fields.h"

#include <algorithm>

namespace lockstep::core::connectors::woocommerce {

using nlohmann::json;

namespace {

PaymentState paymentOf(const QString& status, bool paid, bool refunds)
{
    if (status == QLatin1String("refunded"))
        return PaymentState::Refunded;
    if (status == QLatin1String("failed"))
        return PaymentState::Failed;
    if (!paid)
        return PaymentState::Pending;
    return refunds ? PaymentState::PartiallyRefunded : PaymentState::Paid;
}

std::optional<Order> parseOne(const json& j, QList<ParseProblem>& problems)
{
    if (!j.is_object()) {
        problems.append(
            {QStringLiteral("woocommerce order"), QStringLiteral("(record)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    const qsizetype before = problems.size();
    const QString idText =
        j.contains("id") && j.at("id").is_number_integer() ? QString::number(j.at("id").get<long long>()) : QString();
    const QString ref =
        QStringLiteral("woocommerce order %1").arg(idText.isEmpty() ? QStringLiteral("(no id)") : idText);
    const JsonFields f(j, ref, problems);

    Order o;
    o.storefront = SourceSystem::WooCommerce;
    const auto id = f.requiredInteger("id");
    const auto currency = f.requiredText("currency");
    // Three letters: a number (978) or anything else is not a code the rest of Lockstep can price in.
    const bool isoCode = currency && currency->size() == 3
        && std::all_of(currency->cbegin(), currency->cend(), [](QChar c) { return c.isLetter() && c.unicode() < 128; });
    if (!id || !isoCode) {
        if (currency && !isoCode)
            f.problem("currency", QStringLiteral("is not an ISO 4217 code"));
        return std::nullopt;
    }
    o.storefrontId = QString::number(*id);
    o.number = f.text("number", o.storefrontId);
    o.status = f.text("status");
    o.currency = currency->toUpper();
    o.createdAt = f.utc("date_created_gmt");
    o.modifiedAt = f.utc("date_modified_gmt");
    o.paidAt = f.utc("date_paid_gmt");
    const bool refunds = f.has("refunds") && f.at("refunds").is_array() && !f.at("refunds").empty();
    o.paymentState = paymentOf(o.status, o.paidAt.isValid(), refunds);

    o.totals.total = f.money("total", o.currency);
    o.totals.discount = f.money("discount_total", o.currency, false);
    o.totals.shipping = f.money("shipping_total", o.currency, false);
    o.totals.tax = f.money("total_tax", o.currency, false);
    o.totals.subtotal = Money::zero(o.currency);

    if (f.has("billing") && f.at("billing").is_object()) {
        const JsonFields b(f.at("billing"), ref + QStringLiteral(" billing"), problems);
        o.customerName = (b.text("first_name") + u' ' + b.text("last_name")).trimmed();
        o.customerEmail = b.text("email");
        o.shipToCountry = b.text("country");
    }
    if (f.has("shipping") && f.at("shipping").is_object()) {
        const JsonFields s(f.at("shipping"), ref + QStringLiteral(" shipping"), problems);
        const QString country = s.text("country");
        if (!country.isEmpty())
            o.shipToCountry = country;
        ShippingAddress& to = o.shipTo;
        to.firstName = s.text("first_name");
        to.lastName = s.text("last_name");
        to.company = s.text("company");
        to.line1 = s.text("address_1");
        to.line2 = s.text("address_2");
        to.city = s.text("city");
        to.postalCode = s.text("postcode");
        to.stateProvince = s.text("state");
        to.phone = s.text("phone");
    }
    o.shipTo.country = o.shipToCountry;
    o.shipTo.email = o.customerEmail;
    o.channel = f.text("created_via");

    if (f.has("line_items")) {
        if (!f.at("line_items").is_array()) {
            f.problem("line_items", QStringLiteral("is not a list"));
        } else {
            int n = 0;
            for (const json& li : f.at("line_items")) {
                ++n;
                const JsonFields l(li, ref + QStringLiteral(" line %1").arg(n), problems);
                OrderLine line;
                line.lineNumber = n;
                line.storefrontLineId = l.text("id");
                line.sku = l.text("sku");
                line.name = l.text("name");
                const auto qty = l.requiredInteger("quantity");
                line.quantity = qty ? static_cast<int>(std::clamp<qint64>(*qty, -1000000, 1000000)) : 0;
                line.total = l.money("total", o.currency);
                line.tax = l.money("total_tax", o.currency, false);
                const Money subtotal = l.money("subtotal", o.currency, false);
                o.totals.subtotal = o.totals.subtotal.add(subtotal).valueOr(o.totals.subtotal);
                // `price` is a float computed as total / quantity; derive it exactly instead.
                line.unitPrice =
                    Money::fromMinor(line.quantity != 0 ? line.total.minorUnits() / line.quantity : 0, o.currency);
                o.lines.append(line);
            }
        }
    }

    if (f.has("meta_data") && f.at("meta_data").is_array()) {
        for (const json& m : f.at("meta_data")) {
            if (!m.is_object() || !m.contains("key") || !m.at("key").is_string())
                continue;
            const QString key = QString::fromStdString(m.at("key").get<std::string>());
            const QString value = m.contains("value") ? JsonFields::anyAsText(m.at("value")) : QString();
            if (key == QLatin1String("_lockstep_channel"))
                o.channel = value;
            else if (key.startsWith(QLatin1String("_lockstep_shipment_")))
                o.shippedKeys.append(key.mid(19)); // markFulfilled's record of one shipment
            else if (!key.startsWith(u'_'))
                o.customFields.append({key, value});
        }
    }
    // An order whose money could not be read is not safe to send: report it instead.
    for (qsizetype i = before; i < problems.size(); ++i) {
        const QString& field = problems[i].field;
        if (field == QLatin1String("total") || field == QLatin1String("quantity"))
            return std::nullopt;
    }
    return o;
}

} // namespace

ParsedOrders parseOrders(const QByteArray& body)
{
    ParsedOrders out;
    const auto j = parseJson(body, QStringLiteral("woocommerce orders"), out.problems);
    if (!j)
        return out;
    if (j->is_array()) {
        for (const json& element : *j) {
            if (auto o = parseOne(element, out.problems))
                out.orders.append(std::move(*o));
        }
    } else if (auto o = parseOne(*j, out.problems)) {
        out.orders.append(std::move(*o));
    }
    return out;
}

namespace {

/// One product or variation; none (with a problem) when it has no integer id.
std::optional<ListedItem> parseListed(
    const json& j, const QString& what, qint64 parentId, QList<ParseProblem>& problems)
{
    if (!j.is_object()) {
        problems.append({what, QStringLiteral("(record)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    const QString idText =
        j.contains("id") && j.at("id").is_number_integer() ? QString::number(j.at("id").get<long long>()) : QString();
    const JsonFields f(
        j, QStringLiteral("%1 %2").arg(what, idText.isEmpty() ? QStringLiteral("(no id)") : idText), problems);
    const auto id = f.requiredInteger("id");
    if (!id)
        return std::nullopt;
    ListedItem item;
    item.id = QString::number(*id);
    item.parentId = parentId ? QString::number(parentId) : QString();
    item.sku = f.text("sku").trimmed();
    item.name = f.text("name");
    // manage_stock: true, false, or "parent" on some versions (the parent keeps the count).
    const bool managed = f.has("manage_stock") && f.at("manage_stock").is_boolean() && f.at("manage_stock").get<bool>();
    if (managed && f.text("type") != QLatin1String("variable"))
        item.stock = f.integer("stock_quantity");
    return item;
}

/// Where a product or variation keeps its stock, from `manage_stock` (true, false, or "parent").
void noteStockManagement(const json& j, const QString& id, ParsedProducts& out)
{
    const json* m = j.is_object() && j.contains("manage_stock") ? &j.at("manage_stock") : nullptr;
    if (m && m->is_string() && m->get<std::string>() == "parent")
        out.stockAtParent.insert(id);
    else if (!m || !m->is_boolean() || !m->get<bool>())
        out.unmanaged.insert(id);
}

/// A list page: the body as a JSON array, or none with the problem said.
std::optional<json> arrayBody(const QByteArray& body, const QString& what, QList<ParseProblem>& problems)
{
    auto j = parseJson(body, what, problems);
    if (j && !j->is_array()) {
        problems.append({what, QStringLiteral("(body)"), QStringLiteral("is not a JSON array")});
        return std::nullopt;
    }
    return j;
}

} // namespace

ParsedProducts parseProducts(const QByteArray& body)
{
    ParsedProducts out;
    const auto j = arrayBody(body, QStringLiteral("woocommerce products"), out.problems);
    if (!j)
        return out;
    for (const json& p : *j) {
        auto item = parseListed(p, QStringLiteral("woocommerce product"), 0, out.problems);
        if (!item)
            continue;
        if (p.value("type", std::string()) == "variable")
            out.variableProducts.append({item->id.toLongLong(), item->sku});
        noteStockManagement(p, item->id, out);
        out.items.append(std::move(*item));
    }
    return out;
}

ParsedProducts parseVariations(const QByteArray& body, qint64 parentId, const QString& parentName)
{
    ParsedProducts out;
    const auto j = arrayBody(body, QStringLiteral("woocommerce variations of %1").arg(parentId), out.problems);
    if (!j)
        return out;
    for (const json& v : *j) {
        auto item = parseListed(v, QStringLiteral("woocommerce variation"), parentId, out.problems);
        if (!item)
            continue;
        // Variations have no name of their own in the API: the parent's and the options they stand for.
        QStringList options;
        if (v.contains("attributes") && v.at("attributes").is_array()) {
            for (const json& a : v.at("attributes")) {
                if (a.is_object() && a.contains("option") && a.at("option").is_string())
                    options << QString::fromStdString(a.at("option").get<std::string>());
            }
        }
        if (item->name.isEmpty())
            item->name = options.isEmpty() ? parentName
                                           : parentName + QStringLiteral(" – ") + options.join(QStringLiteral(", "));
        noteStockManagement(v, item->id, out);
        out.items.append(std::move(*item));
    }
    return out;
}

} // namespace lockstep::core::connectors::woocommerce
