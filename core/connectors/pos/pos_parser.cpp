// SPDX-License-Identifier: GPL-3.0-or-later
#include "pos_parser.h"

#include "connectors/json_fields.h"

#include <algorithm>

namespace lockstep::core::connectors::pos {

using nlohmann::json;

namespace {

    constexpr qint64 kMaxQuantity = 1000000;

    QString str(const json& j, const char* key)
    {
        return j.is_object() && j.contains(key) && j.at(key).is_string() ? QString::fromStdString(j.at(key).get<std::string>()) : QString();
    }

    std::optional<Order> parseOne(const json& j, QList<ParseProblem>& problems, qint64& maxVersion)
    {
        if (!j.is_object()) {
            problems.append({QStringLiteral("pos transaction"), QStringLiteral("(record)"), QStringLiteral("is not an object")});
            return std::nullopt;
        }
        const qsizetype before = problems.size();
        const QString idText = str(j, "id");
        const QString ref = QStringLiteral("pos transaction %1").arg(idText.isEmpty() ? QStringLiteral("(no id)") : idText.left(80));
        const JsonFields f(j, ref, problems);
        const auto version = f.requiredInteger("version");
        if (version && *version > maxVersion)
            maxVersion = *version;
        const auto id = f.requiredText("id");
        if (!id || id->isEmpty() || !version)
            return std::nullopt;

        Order o;
        o.storefront = SourceSystem::Pos;
        o.storefrontId = *id;
        o.number = *id;
        const QString type = f.text("type");
        const bool isReturn = type == QLatin1String("return");
        if (!isReturn && type != QLatin1String("sale")) {
            f.problem("type", QStringLiteral("is neither sale nor return"));
            return std::nullopt;
        }
        o.status = type;
        o.paymentState = isReturn ? PaymentState::Refunded : PaymentState::Paid;
        o.channel = f.text("store");
        if (o.channel.isEmpty())
            f.problem("store", QStringLiteral("is missing"));
        o.createdAt = f.utc("occurred_at");
        if (!o.createdAt.isValid() && !f.has("occurred_at"))
            f.problem("occurred_at", QStringLiteral("is missing"));
        o.modifiedAt = o.createdAt;
        if (!isReturn)
            o.paidAt = o.createdAt;
        const QString original = f.text("original_id");
        if (isReturn && original.isEmpty())
            f.problem("original_id", QStringLiteral("is missing: a return must name its sale"));
        if (!original.isEmpty())
            o.customFields.append({QString::fromLatin1(kOriginalSaleField), original});

        if (!f.has("lines") || !f.at("lines").is_array()) {
            f.problem("lines", QStringLiteral("is not a list"));
            return std::nullopt;
        }
        int n = 0;
        qint64 total = 0;
        for (const json& li : f.at("lines")) {
            ++n;
            const QString lineRef = ref + QStringLiteral(" line %1").arg(n);
            const JsonFields l(li, lineRef, problems);
            OrderLine line;
            line.lineNumber = n;
            line.sku = l.text("sku");
            const auto qty = l.requiredInteger("quantity");
            if (qty && (*qty == 0 || *qty > kMaxQuantity || *qty < -kMaxQuantity || (*qty < 0) != isReturn))
                l.problem("quantity", QStringLiteral("is zero, out of range, or has the wrong sign for a %1").arg(type));
            line.quantity = qty ? static_cast<int>(std::clamp<qint64>(*qty, -kMaxQuantity, kMaxQuantity)) : 0;
            static const json kNone;
            const json* price = l.has("unit_price") ? &l.at("unit_price") : nullptr;
            const JsonFields p(price ? *price : kNone, lineRef + QStringLiteral(" unit_price"), problems);
            const auto amount = price && price->is_object() ? p.requiredInteger("amount") : std::nullopt;
            const QString currency = price ? str(*price, "currency") : QString();
            if (!price || !price->is_object() || currency.size() != 3 || !amount) {
                problems.append({lineRef, QStringLiteral("unit_price"), QStringLiteral("has no whole amount and ISO 4217 currency")});
                continue;
            }
            if (o.currency.isEmpty())
                o.currency = currency.toUpper();
            else if (currency.toUpper() != o.currency) {
                problems.append({lineRef, QStringLiteral("unit_price"), QStringLiteral("is in another currency than the first line")});
                continue;
            }
            line.unitPrice = Money::fromMinor(*amount, o.currency);
            const auto lineTotal = line.unitPrice.multiply(line.quantity);
            const auto sum = lineTotal.ok() ? Money::fromMinor(total, o.currency).add(lineTotal.value()) : lineTotal;
            if (!sum.ok()) {
                problems.append({lineRef, QStringLiteral("unit_price"), QStringLiteral("amount × quantity is too large")});
                continue;
            }
            line.total = lineTotal.value();
            line.tax = Money::zero(o.currency);
            total = sum.value().minorUnits();
            o.lines.append(line);
        }
        if (o.currency.isEmpty())
            o.currency = QStringLiteral("XXX");
        o.totals.total = Money::fromMinor(total, o.currency);
        o.totals.subtotal = o.totals.total;
        o.totals.discount = Money::zero(o.currency);
        o.totals.shipping = Money::zero(o.currency);
        o.totals.tax = Money::zero(o.currency);
        // A transaction with an unreadable line, store or time is not safe to count: report it instead.
        if (problems.size() != before)
            return std::nullopt;
        return o;
    }

} // namespace

ParsedTransactions parseTransactions(const QByteArray& body)
{
    ParsedTransactions out;
    const auto j = parseJson(body, QStringLiteral("pos transactions"), out.problems);
    if (!j)
        return out;
    if (!j->is_object() || !j->contains("data") || !j->at("data").is_array()) {
        out.problems.append({QStringLiteral("pos transactions"), QStringLiteral("data"), QStringLiteral("is not a list")});
        return out;
    }
    for (const json& record : j->at("data")) {
        ++out.count;
        if (auto o = parseOne(record, out.problems, out.maxVersion))
            out.orders.append(std::move(*o));
    }
    if (j->contains("version") && j->at("version").is_object()) {
        QList<ParseProblem> ignored;
        const JsonFields v(j->at("version"), QStringLiteral("pos transactions version"), ignored);
        // version.max only ever moves the cursor forward, and only to what this page covered.
        if (const auto max = v.integer("max"); max && out.count > 0 && *max > out.maxVersion)
            out.maxVersion = *max;
    }
    return out;
}

ParsedStock parseStock(const QByteArray& body)
{
    ParsedStock out;
    const auto j = parseJson(body, QStringLiteral("pos stock"), out.problems);
    if (!j)
        return out;
    if (!j->is_object() || !j->contains("data") || !j->at("data").is_array()) {
        out.problems.append({QStringLiteral("pos stock"), QStringLiteral("data"), QStringLiteral("is not a list")});
        return out;
    }
    for (const json& record : j->at("data")) {
        const JsonFields f(record, QStringLiteral("pos stock %1/%2").arg(str(record, "store").left(40), str(record, "sku").left(80)), out.problems);
        StoreStock s;
        s.store = f.text("store");
        s.sku = f.text("sku");
        const auto quantity = f.requiredInteger("quantity");
        if (s.store.isEmpty() || s.sku.isEmpty() || !quantity) {
            if (s.store.isEmpty() || s.sku.isEmpty())
                f.problem("sku", QStringLiteral("or store is missing"));
            continue;
        }
        s.quantity = *quantity;
        out.levels.append(s);
    }
    return out;
}

} // namespace lockstep::core::connectors::pos
