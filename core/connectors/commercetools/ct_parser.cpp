// SPDX-License-Identifier: GPL-3.0-or-later
#include "ct_parser.h"

#include "connectors/json_fields.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace lockstep::core::connectors::commercetools {

using nlohmann::json;

namespace {

constexpr int kMaxFractionDigits = 20; // highPrecision allows up to 20

QString str(const json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j.at(key).is_string()
        ? QString::fromStdString(j.at(key).get<std::string>())
        : QString();
}

const json* child(const json& j, const char* key)
{
    return j.is_object() && j.contains(key) && !j.at(key).is_null() ? &j.at(key) : nullptr;
}

/// A Delivery's key: `key` in the API's Delivery; a server that keeps the addDelivery action's field name shows
/// `deliveryKey`.
QString deliveryKeyOf(const json& delivery)
{
    const QString key = str(delivery, "key");
    return key.isEmpty() ? str(delivery, "deliveryKey") : key;
}

/// A count (quantity) between 0 and 2^40, or 0: sums of hostile numbers must not overflow.
qint64 quantityOf(const json& j, const char* key)
{
    constexpr qint64 kMax = qint64(1) << 40;
    const json* v = child(j, key);
    if (!v || !v->is_number_integer())
        return 0;
    if (v->is_number_unsigned())
        return v->get<std::uint64_t>() <= std::uint64_t(kMax) ? static_cast<qint64>(v->get<std::uint64_t>()) : 0;
    const auto n = v->get<std::int64_t>();
    return n >= 0 && n <= kMax ? static_cast<qint64>(n) : 0;
}

PaymentState paymentOf(const QString& state)
{
    if (state == QLatin1String("Paid"))
        return PaymentState::Paid;
    if (state == QLatin1String("Failed"))
        return PaymentState::Failed;
    if (state == QLatin1String("CreditOwed"))
        return PaymentState::PartiallyRefunded;
    return PaymentState::Pending; // BalanceDue, Pending, absent
}

/// A TypedMoney field of `f`'s object, in `currency`. Missing: zero, a problem when `required`.
std::optional<Money> typedMoney(const JsonFields& f, const char* key, const QString& currency, bool required)
{
    if (!f.has(key)) {
        if (required)
            f.problem(key, QStringLiteral("is missing"));
        return required ? std::nullopt : std::optional<Money>(Money::zero(currency));
    }
    const json& m = f.at(key);
    if (!m.is_object() || !m.contains("centAmount") || !m.at("centAmount").is_number_integer()
        || (m.at("centAmount").is_number_unsigned()
            && m.at("centAmount").get<unsigned long long>()
                > static_cast<unsigned long long>(std::numeric_limits<qint64>::max()))) {
        f.problem(key, QStringLiteral("has no whole centAmount"));
        return std::nullopt;
    }
    const QString code = str(m, "currencyCode");
    if (!code.isEmpty() && code != currency) {
        f.problem(key, QStringLiteral("is in %1, not the order's %2").arg(code.left(8), currency));
        return std::nullopt;
    }
    int digits = Money::decimalsFor(currency);
    if (m.contains("fractionDigits")) {
        if (!m.at("fractionDigits").is_number_integer()) {
            f.problem(key, QStringLiteral("has no whole fractionDigits"));
            return std::nullopt;
        }
        const qint64 d = m.at("fractionDigits").get<qint64>();
        if (d < 0 || d > kMaxFractionDigits) {
            f.problem(key, QStringLiteral("has fractionDigits out of range"));
            return std::nullopt;
        }
        digits = static_cast<int>(d);
    }
    auto money = moneyFromCents(m.at("centAmount").get<qint64>(), digits, currency);
    if (!money.ok()) {
        f.problem(key, money.error().message);
        return std::nullopt;
    }
    return money.value();
}

/// The payment as the expanded payments' transactions tell it (see parseOrders).
PaymentState paymentOfTransactions(
    const json& order, const Money& total, const QString& ref, QList<ParseProblem>& problems)
{
    const json* info = child(order, "paymentInfo");
    const json* payments = info ? child(*info, "payments") : nullptr;
    qint64 charged = 0;
    qint64 refunded = 0;
    const auto add = [](qint64& sum, qint64 amount) { // saturating: hostile amounts must not overflow
        sum = amount > 0 && sum > std::numeric_limits<qint64>::max() - amount ? std::numeric_limits<qint64>::max()
                                                                              : sum + std::max<qint64>(amount, 0);
    };
    bool anyCharge = false;
    bool everyChargeFailed = true;
    for (size_t p = 0; payments && payments->is_array() && p < payments->size(); ++p) {
        const json* payment = child(payments->at(p), "obj");
        if (!payment || !payment->is_object()) {
            problems.append({ref, QStringLiteral("paymentInfo.payments"), QStringLiteral("is not expanded")});
            continue;
        }
        const json* transactions = child(*payment, "transactions");
        for (size_t t = 0; transactions && transactions->is_array() && t < transactions->size(); ++t) {
            const json& tx = transactions->at(t);
            const QString type = str(tx, "type");
            const QString state = str(tx, "state");
            const JsonFields f(tx, ref + QStringLiteral(" payment transaction"), problems);
            const qint64 amount = state == QLatin1String("Success")
                ? typedMoney(f, "amount", total.currency(), true).value_or(Money::zero(total.currency())).minorUnits()
                : 0;
            if (type == QLatin1String("Charge")) {
                anyCharge = true;
                everyChargeFailed = everyChargeFailed && state == QLatin1String("Failure");
                add(charged, amount);
            } else if (type == QLatin1String("Refund") || type == QLatin1String("Chargeback")) {
                add(refunded, amount);
            }
        }
    }
    if (charged > 0 && refunded >= charged)
        return PaymentState::Refunded;
    if (anyCharge && charged >= total.minorUnits())
        return refunded > 0 ? PaymentState::PartiallyRefunded : PaymentState::Paid;
    if (anyCharge && everyChargeFailed)
        return PaymentState::Failed;
    return PaymentState::Pending;
}

/// A LocalizedString: English when there is one, else the first language (keys sort alphabetically).
QString localized(const json& name)
{
    if (!name.is_object())
        return JsonFields::anyAsText(name);
    if (name.empty())
        return {};
    const QString en = str(name, "en");
    return en.isEmpty() ? JsonFields::anyAsText(name.begin().value()) : en;
}

/// A reference's key when it is a KeyReference or expanded (`obj.key`), else its id.
QString referenceName(const json* ref)
{
    if (!ref || !ref->is_object())
        return {};
    const QString key = str(*ref, "key");
    if (!key.isEmpty())
        return key;
    if (const json* obj = child(*ref, "obj")) {
        const QString objKey = str(*obj, "key");
        if (!objKey.isEmpty())
            return objKey;
    }
    return str(*ref, "id");
}

std::optional<Order> parseOne(const json& j, PaymentGate gate, QList<ParseProblem>& problems)
{
    if (!j.is_object()) {
        problems.append(
            {QStringLiteral("commercetools order"), QStringLiteral("(record)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    const qsizetype before = problems.size();
    const QString idText = str(j, "id");
    const QString numberText = str(j, "orderNumber");
    const QString ref = QStringLiteral("commercetools order %1")
                            .arg(!numberText.isEmpty()  ? numberText.left(80)
                                    : !idText.isEmpty() ? idText.left(80)
                                                        : QStringLiteral("(no id)"));
    const JsonFields f(j, ref, problems);

    Order o;
    o.storefront = SourceSystem::Commercetools;
    const auto id = f.requiredText("id");
    if (!id || id->isEmpty())
        return std::nullopt;
    o.storefrontId = *id;
    o.number = f.text("orderNumber", o.storefrontId);

    // The currency is the total's: every amount of an order shares it.
    const json* total = child(j, "totalPrice");
    const QString currency = total ? str(*total, "currencyCode") : QString();
    if (currency.size() != 3) {
        f.problem("totalPrice", total ? QStringLiteral("has no ISO 4217 currencyCode") : QStringLiteral("is missing"));
        return std::nullopt;
    }
    o.currency = currency.toUpper();
    const QString orderState = f.text("orderState", QStringLiteral("Open"));
    o.status = orderState == QLatin1String("Cancelled") ? QStringLiteral("cancelled") : orderState.toLower();
    o.paymentState = paymentOf(f.text("paymentState"));
    o.createdAt = f.utc("createdAt");
    o.modifiedAt = f.utc("lastModifiedAt");
    o.customerEmail = f.text("customerEmail");

    const auto totalMoney = typedMoney(f, "totalPrice", o.currency, true);
    if (!totalMoney)
        return std::nullopt;
    o.totals.total = *totalMoney;
    if (gate == PaymentGate::ChargeTransactions)
        o.paymentState = paymentOfTransactions(j, o.totals.total, ref, problems);
    else if (gate == PaymentGate::OrderConfirmed)
        o.paymentState = orderState == QLatin1String("Confirmed") || orderState == QLatin1String("Complete")
            ? PaymentState::Paid
            : PaymentState::Pending;
    o.totals.subtotal = Money::zero(o.currency);
    o.totals.discount = Money::zero(o.currency);
    o.totals.shipping = Money::zero(o.currency);
    o.totals.tax = Money::zero(o.currency);
    if (const json* taxed = child(j, "taxedPrice")) {
        const JsonFields t(*taxed, ref + QStringLiteral(" taxedPrice"), problems);
        o.totals.tax = typedMoney(t, "totalTax", o.currency, false).value_or(Money::zero(o.currency));
    }
    if (const json* discount = child(j, "discountOnTotalPrice")) {
        const JsonFields d(*discount, ref + QStringLiteral(" discountOnTotalPrice"), problems);
        o.totals.discount = typedMoney(d, "discountedAmount", o.currency, false).value_or(Money::zero(o.currency));
    }
    if (const json* shipping = child(j, "shippingInfo")) {
        const JsonFields s(*shipping, ref + QStringLiteral(" shippingInfo"), problems);
        o.totals.shipping = typedMoney(s, "price", o.currency, false).value_or(Money::zero(o.currency));
    }
    if (const json* address = child(j, "shippingAddress")) {
        const JsonFields a(*address, ref + QStringLiteral(" shippingAddress"), problems);
        o.shipToCountry = a.text("country");
        o.customerName = (a.text("firstName") + u' ' + a.text("lastName")).trimmed();
        // Address (docs: BaseAddress): the street as number and name, extra lines as additional info.
        ShippingAddress& to = o.shipTo;
        to.firstName = a.text("firstName");
        to.lastName = a.text("lastName");
        to.company = a.text("company");
        const QString number = a.text("streetNumber");
        const QString street = a.text("streetName");
        to.line1 = (number.isEmpty() ? street : number + u' ' + street).trimmed();
        QStringList extra;
        for (const char* key : {"building", "apartment", "additionalStreetInfo"}) {
            if (const QString part = a.text(key).trimmed(); !part.isEmpty())
                extra << part;
        }
        to.line2 = extra.join(QStringLiteral(", "));
        to.city = a.text("city");
        to.postalCode = a.text("postalCode");
        to.stateProvince = a.text("state", a.text("region"));
        to.phone = a.text("phone", a.text("mobile"));
        to.email = a.text("email");
    }
    if (o.shipToCountry.isEmpty())
        o.shipToCountry = f.text("country");
    o.shipTo.country = o.shipToCountry;

    const QString storeKey = referenceName(child(j, "store"));
    QString lineChannel;
    if (f.has("lineItems")) {
        if (!f.at("lineItems").is_array()) {
            f.problem("lineItems", QStringLiteral("is not a list"));
        } else {
            int n = 0;
            for (const json& li : f.at("lineItems")) {
                ++n;
                const JsonFields l(li, ref + QStringLiteral(" line %1").arg(n), problems);
                OrderLine line;
                line.lineNumber = n;
                line.storefrontLineId = l.text("id");
                if (const json* variant = child(li, "variant")) {
                    const JsonFields v(*variant, ref + QStringLiteral(" line %1 variant").arg(n), problems);
                    line.sku = v.text("sku"); // optional in commercetools
                }
                if (const json* name = child(li, "name"))
                    line.name = localized(*name);
                const auto qty = l.requiredInteger("quantity");
                if (qty && (*qty < 0 || *qty > 1000000))
                    l.problem("quantity", QStringLiteral("is out of range"));
                line.quantity = qty ? static_cast<int>(std::clamp<qint64>(*qty, 0, 1000000)) : 0;
                const auto lineTotal = typedMoney(l, "totalPrice", o.currency, true);
                line.total = lineTotal.value_or(Money::zero(o.currency));
                line.tax = Money::zero(o.currency);
                if (const json* taxed = child(li, "taxedPrice")) {
                    const JsonFields t(*taxed, ref + QStringLiteral(" line %1 taxedPrice").arg(n), problems);
                    line.tax = typedMoney(t, "totalTax", o.currency, false).value_or(line.tax);
                }
                line.unitPrice =
                    Money::fromMinor(line.quantity != 0 ? line.total.minorUnits() / line.quantity : 0, o.currency);
                if (const json* price = child(li, "price")) {
                    const JsonFields p(*price, ref + QStringLiteral(" line %1 price").arg(n), problems);
                    const auto value = typedMoney(p, "value", o.currency, false);
                    const Money gross = value ? value->multiply(line.quantity).valueOr(line.total) : line.total;
                    o.totals.subtotal = o.totals.subtotal.add(gross).valueOr(o.totals.subtotal);
                } else {
                    o.totals.subtotal = o.totals.subtotal.add(line.total).valueOr(o.totals.subtotal);
                }
                if (lineChannel.isEmpty())
                    lineChannel = referenceName(child(li, "supplyChannel"));
                if (lineChannel.isEmpty())
                    lineChannel = referenceName(child(li, "distributionChannel"));
                o.lines.append(line);
            }
        }
    }
    o.channel = !storeKey.isEmpty() ? storeKey : lineChannel;
    // Deliveries already announced, by key (= the WMS shipment id).
    for (const json* info : {child(j, "shippingInfo")}) {
        const json* deliveries = info && info->is_object() ? child(*info, "deliveries") : nullptr;
        for (size_t d = 0; deliveries && deliveries->is_array() && d < deliveries->size(); ++d) {
            const QString key = deliveryKeyOf(deliveries->at(d));
            if (!key.isEmpty())
                o.shippedKeys.append(key);
        }
    }

    if (const json* custom = child(j, "custom")) {
        if (const json* fields = child(*custom, "fields")) {
            if (fields->is_object()) {
                for (auto it = fields->begin(); it != fields->end(); ++it)
                    o.customFields.append({QString::fromStdString(it.key()), JsonFields::anyAsText(it.value())});
            } else {
                problems.append({ref, QStringLiteral("custom.fields"), QStringLiteral("is not an object")});
            }
        }
    }
    // An order whose money or quantities could not be read is not safe to send: report it instead.
    for (qsizetype i = before; i < problems.size(); ++i) {
        const QString& field = problems[i].field;
        if (field == QLatin1String("totalPrice") || field == QLatin1String("quantity"))
            return std::nullopt;
    }
    return o;
}

} // namespace

Result<Money> moneyFromCents(qint64 centAmount, int fractionDigits, const QString& currency)
{
    const int target = Money::decimalsFor(currency);
    qint64 minor = centAmount;
    for (int d = fractionDigits; d < target; ++d) {
        if (minor > std::numeric_limits<qint64>::max() / 10 || minor < std::numeric_limits<qint64>::min() / 10)
            return makeError(ErrorCode::Overflow, QStringLiteral("amount is too large"));
        minor *= 10;
    }
    for (int d = fractionDigits; d > target; --d) {
        if (minor % 10 != 0)
            return makeError(
                ErrorCode::InvalidArgument, QStringLiteral("has more fraction digits than %1 allows").arg(currency));
        minor /= 10;
    }
    return Money::fromMinor(minor, currency);
}

std::optional<PaymentGate> paymentGateFromKey(const QString& key)
{
    if (key == QLatin1String("payment_state"))
        return PaymentGate::PaymentState;
    if (key == QLatin1String("charge_transactions"))
        return PaymentGate::ChargeTransactions;
    if (key == QLatin1String("order_confirmed"))
        return PaymentGate::OrderConfirmed;
    return std::nullopt;
}

ParsedOrders parseOrders(const QByteArray& body, PaymentGate gate)
{
    ParsedOrders out;
    const auto j = parseJson(body, QStringLiteral("commercetools orders"), out.problems);
    if (!j)
        return out;
    const auto one = [&out, gate](const json& record) {
        ++out.count;
        out.lastId = str(record, "id");
        QList<ParseProblem> ignored;
        const JsonFields f(record, {}, ignored);
        out.lastModifiedAt = record.is_object() ? f.utc("lastModifiedAt") : QDateTime();
        if (auto o = parseOne(record, gate, out.problems))
            out.orders.append(std::move(*o));
    };
    if (j->is_object() && j->contains("results")) {
        if (!j->at("results").is_array()) {
            out.problems.append(
                {QStringLiteral("commercetools orders"), QStringLiteral("results"), QStringLiteral("is not a list")});
            return out;
        }
        for (const json& record : j->at("results"))
            one(record);
    } else {
        one(*j);
    }
    return out;
}

Result<OrderHead> parseOrderHead(const QByteArray& body)
{
    QList<ParseProblem> problems;
    const auto j = parseJson(body, QStringLiteral("commercetools order"), problems);
    if (!j || !j->is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("order is not a JSON object"));
    const JsonFields f(*j, QStringLiteral("commercetools order"), problems);
    OrderHead head;
    head.id = f.text("id");
    const auto version = f.requiredInteger("version");
    if (head.id.isEmpty() || !version)
        return makeError(ErrorCode::Parse, QStringLiteral("order has no id or version"));
    head.version = *version;
    head.orderState = f.text("orderState");
    head.shipmentState = f.text("shipmentState");
    if (const json* items = child(*j, "lineItems"); items && items->is_array()) {
        for (const json& li : *items) {
            HeadLine line;
            line.id = str(li, "id");
            if (const json* variant = child(li, "variant"))
                line.sku = str(*variant, "sku");
            line.quantity = quantityOf(li, "quantity");
            if (!line.id.isEmpty())
                head.lines.append(line);
        }
    }
    const auto collect = [&head](const json* info) {
        if (!info || !info->is_object())
            return;
        head.hasShippingInfo = true;
        const json* deliveries = child(*info, "deliveries");
        if (!deliveries || !deliveries->is_array())
            return;
        for (const json& d : *deliveries) {
            const QString key = deliveryKeyOf(d);
            if (!key.isEmpty())
                head.deliveryKeys.append(key);
            const json* items = child(d, "items");
            if (!items || !items->is_array())
                continue;
            for (const json& item : *items) {
                const QString id = str(item, "id");
                for (HeadLine& line : head.lines) {
                    if (!id.isEmpty() && line.id == id)
                        line.delivered += quantityOf(item, "quantity");
                }
            }
        }
    };
    collect(child(*j, "shippingInfo"));
    if (const json* shipping = child(*j, "shipping"); shipping && shipping->is_array()) {
        for (const json& s : *shipping)
            collect(child(s, "shippingInfo"));
    }
    return head;
}

ParsedInventory parseInventory(const QByteArray& body)
{
    ParsedInventory out;
    const auto j = parseJson(body, QStringLiteral("commercetools inventory"), out.problems);
    if (!j)
        return out;
    const auto one = [&out](const json& record) {
        const QString ref = QStringLiteral("inventory entry %1").arg(str(record, "sku").left(80));
        const JsonFields f(record, ref, out.problems);
        InventoryEntry e;
        e.id = f.text("id");
        e.sku = f.text("sku");
        const auto version = f.requiredInteger("version");
        const auto quantity = f.integer("quantityOnStock");
        if (e.id.isEmpty() || !version) {
            if (e.id.isEmpty())
                f.problem("id", QStringLiteral("is missing"));
            return;
        }
        e.version = *version;
        e.quantityOnStock = quantity.value_or(0);
        e.supplyChannelId = referenceName(child(record, "supplyChannel"));
        out.entries.append(e);
    };
    if (j->is_object() && j->contains("results") && j->at("results").is_array()) {
        for (const json& record : j->at("results"))
            one(record);
    } else if (j->is_object()) {
        one(*j);
    } else {
        out.problems.append(
            {QStringLiteral("commercetools inventory"), QStringLiteral("(body)"), QStringLiteral("is not an object")});
    }
    return out;
}

ErrorInfo parseError(const QByteArray& body)
{
    ErrorInfo info;
    const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!j.is_object())
        return info;
    info.message = str(j, "message").left(300);
    if (const json* errors = child(j, "errors"); errors && errors->is_array()) {
        for (const json& e : *errors) {
            const QString code = str(e, "code");
            if (!code.isEmpty())
                info.codes.append(code);
            if (code == QLatin1String("ConcurrentModification") && e.contains("currentVersion")
                && e.at("currentVersion").is_number_integer())
                info.currentVersion = e.at("currentVersion").get<qint64>();
        }
    }
    return info;
}

ParsedProducts parseProductProjections(const QByteArray& body)
{
    ParsedProducts out;
    const auto j = parseJson(body, QStringLiteral("commercetools product projections"), out.problems);
    if (!j || !j->is_object() || !j->contains("results") || !j->at("results").is_array()) {
        if (j)
            out.problems.append({QStringLiteral("commercetools product projections"),
                QStringLiteral("results"),
                QStringLiteral("is not an array")});
        return out;
    }
    for (const json& p : j->at("results")) {
        ++out.count;
        if (!p.is_object() || !p.contains("id") || !p.at("id").is_string()) {
            out.problems.append(
                {QStringLiteral("commercetools product"), QStringLiteral("id"), QStringLiteral("is missing")});
            continue;
        }
        const QString id = QString::fromStdString(p.at("id").get<std::string>());
        QString name;
        // A LocalizedString: English when there is one, else any language it has.
        if (p.contains("name") && p.at("name").is_object()) {
            const json& names = p.at("name");
            if (names.contains("en") && names.at("en").is_string())
                name = QString::fromStdString(names.at("en").get<std::string>());
            for (auto it = names.begin(); name.isEmpty() && it != names.end(); ++it) {
                if (it->is_string())
                    name = QString::fromStdString(it->get<std::string>());
            }
        }
        QList<const json*> variants;
        if (p.contains("masterVariant") && p.at("masterVariant").is_object())
            variants.append(&p.at("masterVariant"));
        if (p.contains("variants") && p.at("variants").is_array()) {
            for (const json& v : p.at("variants"))
                variants.append(&v);
        }
        if (variants.isEmpty())
            out.problems.append({QStringLiteral("commercetools product ") + id,
                QStringLiteral("masterVariant"),
                QStringLiteral("is missing")});
        for (const json* v : std::as_const(variants)) {
            QList<ParseProblem> local;
            const JsonFields f(*v, QStringLiteral("commercetools product %1 variant").arg(id), local);
            const auto variantId = f.integer("id");
            if (!variantId) {
                out.problems += local;
                out.problems.append({QStringLiteral("commercetools product ") + id,
                    QStringLiteral("variant.id"),
                    QStringLiteral("is missing")});
                continue;
            }
            ListedItem item;
            item.id = id + u'/' + QString::number(*variantId);
            item.parentId = variants.size() > 1 ? id : QString();
            item.sku = f.text("sku").trimmed();
            item.name = name;
            out.items.append(std::move(item));
            out.problems += local;
        }
    }
    return out;
}

} // namespace lockstep::core::connectors::commercetools
