// SPDX-License-Identifier: GPL-3.0-or-later
#include "square_parser.h"

#include "connectors/json_fields.h"

#include <QRegularExpression>

#include <algorithm>

namespace lockstep::core::connectors::pos {

using nlohmann::json;

namespace {

constexpr qint64 kMaxQuantity = 1000000;

QString str(const json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j.at(key).is_string()
        ? QString::fromStdString(j.at(key).get<std::string>())
        : QString();
}

/// A Money object `{amount, currency}` at `key`; nullopt with a problem when it is missing (and `required`) or
/// unreadable. The currency must be the order's once it is known.
std::optional<Money> money(const JsonFields& f, const char* key, QString& currency, bool required)
{
    if (!f.has(key)) {
        if (required)
            f.problem(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    const json& m = f.at(key);
    const QString c = str(m, "currency").toUpper();
    const bool whole = m.is_object() && m.contains("amount") && m.at("amount").is_number_integer();
    if (!whole || c.size() != 3) {
        f.problem(key, QStringLiteral("has no whole amount and ISO 4217 currency"));
        return std::nullopt;
    }
    if (currency.isEmpty())
        currency = c;
    else if (c != currency) {
        f.problem(key, QStringLiteral("is in another currency than the order"));
        return std::nullopt;
    }
    return Money::fromMinor(m.at("amount").get<qint64>(), currency);
}

/// One line (`OrderLineItem` or `OrderReturnLineItem`); `sign` is -1 for a returned line.
std::optional<OrderLine> parseLine(const json& li,
    const QString& ref,
    int sign,
    QString& currency,
    const SkuByVariation& skus,
    QStringList& unknown,
    QList<ParseProblem>& problems)
{
    const JsonFields l(li, ref, problems);
    const qsizetype before = problems.size();
    OrderLine line;
    line.storefrontLineId = l.text("uid");
    line.name = l.text("name");
    const QString variation = l.text("catalog_object_id");
    line.sku = skus.value(variation);
    if (!variation.isEmpty() && !skus.contains(variation) && !unknown.contains(variation))
        unknown.append(variation);
    const auto quantity = wholeQuantity(l.text("quantity"));
    if (!quantity || *quantity <= 0 || *quantity > kMaxQuantity)
        l.problem("quantity", QStringLiteral("is not a whole positive number of units"));
    line.quantity = static_cast<int>(sign * std::clamp<qint64>(quantity.value_or(0), 0, kMaxQuantity));
    const auto unit = money(l, "base_price_money", currency, true);
    const auto tax = money(l, "total_tax_money", currency, false);
    const auto total = money(l, "total_money", currency, false);
    if (problems.size() != before || !unit)
        return std::nullopt;
    line.unitPrice = *unit;
    const qint64 taxMinor = tax ? tax->minorUnits() : 0;
    line.tax = Money::fromMinor(sign * taxMinor, currency);
    if (total) {
        line.total = Money::fromMinor(sign * (total->minorUnits() - taxMinor), currency);
    } else {
        const auto product = unit->multiply(line.quantity);
        if (!product.ok()) {
            l.problem("base_price_money", QStringLiteral("amount × quantity is too large"));
            return std::nullopt;
        }
        line.total = product.value();
    }
    return line;
}

std::optional<Order> parseOne(const json& j, const SkuByVariation& skus, ParsedOrders& out)
{
    QList<ParseProblem>& problems = out.problems;
    if (!j.is_object()) {
        problems.append(
            {QStringLiteral("square order"), QStringLiteral("(record)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    const qsizetype before = problems.size();
    const QString idText = str(j, "id");
    const QString ref =
        QStringLiteral("square order %1").arg(idText.isEmpty() ? QStringLiteral("(no id)") : idText.left(80));
    const JsonFields f(j, ref, problems);
    const QDateTime updated = f.utc("updated_at");
    if (updated.isValid() && (!out.lastUpdatedAt.isValid() || updated > out.lastUpdatedAt))
        out.lastUpdatedAt = updated;
    if (f.has("state") && f.text("state") != QLatin1String("COMPLETED"))
        return std::nullopt; // open, draft or canceled: not (yet) a sale or a return
    const auto id = f.requiredText("id");
    if (!id)
        return std::nullopt;

    Order o;
    o.storefront = SourceSystem::Pos;
    o.storefrontId = *id;
    o.number = *id;
    o.status = f.text("state", QStringLiteral("COMPLETED"));
    o.channel = f.text("location_id");
    if (o.channel.isEmpty())
        f.problem("location_id", QStringLiteral("is missing"));
    if (!updated.isValid())
        f.problem("updated_at", QStringLiteral("is missing or not a time"));
    o.createdAt = f.has("created_at") ? f.utc("created_at") : updated;
    o.modifiedAt = updated;

    int n = 0;
    qint64 subtotal = 0;
    qint64 tax = 0;
    const auto addLines = [&](const json& list, const QString& listRef, int sign) {
        if (!list.is_array()) {
            problems.append({listRef, QStringLiteral("(list)"), QStringLiteral("is not a list")});
            return;
        }
        for (const json& li : list) {
            const QString lineRef = listRef + QStringLiteral(" %1").arg(n + 1);
            auto line = parseLine(li, lineRef, sign, o.currency, skus, out.unknownVariations, problems);
            ++n;
            if (!line)
                continue;
            line->lineNumber = n;
            subtotal += line->total.minorUnits();
            tax += line->tax.minorUnits();
            o.lines.append(std::move(*line));
        }
    };
    bool sold = false;
    if (f.has("line_items")) {
        sold = f.at("line_items").is_array() && !f.at("line_items").empty();
        addLines(f.at("line_items"), ref + QStringLiteral(" line_items"), 1);
    }
    if (f.has("returns") && f.at("returns").is_array()) {
        for (const json& r : f.at("returns")) {
            const JsonFields rf(r, ref + QStringLiteral(" returns"), problems);
            const QString source = rf.text("source_order_id");
            if (!source.isEmpty())
                o.customFields.append({QString::fromLatin1(kSourceOrderField), source});
            if (rf.has("return_line_items"))
                addLines(rf.at("return_line_items"), ref + QStringLiteral(" return_line_items"), -1);
        }
    }
    if (o.lines.isEmpty() && problems.size() == before)
        f.problem("line_items", QStringLiteral("and returns hold no line"));
    o.paymentState = sold ? PaymentState::Paid : PaymentState::Refunded;
    if (sold)
        o.paidAt = f.has("closed_at") ? f.utc("closed_at") : updated;
    if (o.currency.isEmpty())
        o.currency = QStringLiteral("XXX");
    o.totals.subtotal = Money::fromMinor(subtotal, o.currency);
    o.totals.tax = Money::fromMinor(tax, o.currency);
    o.totals.total = Money::fromMinor(subtotal + tax, o.currency);
    o.totals.discount = Money::zero(o.currency);
    o.totals.shipping = Money::zero(o.currency);
    // An order with an unreadable line, location or time is not safe to count: report it instead.
    if (problems.size() != before)
        return std::nullopt;
    return o;
}

std::optional<json> object(const QByteArray& body, const QString& what, QList<ParseProblem>& problems)
{
    auto j = parseJson(body, what, problems);
    if (!j)
        return std::nullopt;
    if (!j->is_object()) {
        problems.append({what, QStringLiteral("(body)"), QStringLiteral("is not an object")});
        return std::nullopt;
    }
    return j;
}

/// The list at `key` of an answer: absent (Square leaves empty lists out) reads as empty.
const json* list(const json& j, const char* key, const QString& what, QList<ParseProblem>& problems)
{
    static const json kEmpty = json::array();
    if (!j.contains(key) || j.at(key).is_null())
        return &kEmpty;
    if (!j.at(key).is_array()) {
        problems.append({what, QString::fromLatin1(key), QStringLiteral("is not a list")});
        return nullptr;
    }
    return &j.at(key);
}

/// A paged answer `{<key>: [...], cursor}`: the cursor into `out.cursor`, then `each` for every element (an absent
/// list is empty: Square leaves empty lists out).
template <typename Parsed, typename Each>
void readPage(const QByteArray& body, const QString& what, const char* key, Parsed& out, Each each)
{
    const auto j = object(body, what, out.problems);
    if (!j)
        return;
    out.cursor = str(*j, "cursor");
    if (const json* elements = list(*j, key, what, out.problems)) {
        for (const json& element : *elements)
            each(element);
    }
}

} // namespace

std::optional<qint64> wholeQuantity(const QString& text)
{
    static const QRegularExpression kDecimal(QStringLiteral("^(-?\\d{1,15})(?:\\.(\\d{1,5}))?$"));
    const auto m = kDecimal.match(text);
    if (!m.hasMatch() || (m.hasCaptured(2) && m.captured(2).count(u'0') != m.captured(2).size()))
        return std::nullopt;
    return m.captured(1).toLongLong();
}

ParsedOrders parseSearchOrders(const QByteArray& body, const SkuByVariation& skus)
{
    ParsedOrders out;
    readPage(body, QStringLiteral("square orders"), "orders", out, [&](const json& record) {
        if (auto o = parseOne(record, skus, out))
            out.orders.append(std::move(*o));
    });
    return out;
}

ParsedOrders parseRetrieveOrder(const QByteArray& body, const SkuByVariation& skus)
{
    ParsedOrders out;
    const auto j = object(body, QStringLiteral("square order"), out.problems);
    if (!j)
        return out;
    if (!j->contains("order")) {
        out.problems.append({QStringLiteral("square order"), QStringLiteral("order"), QStringLiteral("is missing")});
        return out;
    }
    if (auto o = parseOne(j->at("order"), skus, out))
        out.orders.append(std::move(*o));
    return out;
}

ParsedCatalog parseCatalogList(const QByteArray& body)
{
    ParsedCatalog out;
    readPage(body, QStringLiteral("square catalog"), "objects", out, [&](const json& o) {
        const JsonFields f(o, QStringLiteral("square catalog object %1").arg(str(o, "id").left(80)), out.problems);
        if (f.text("type") != QLatin1String("ITEM_VARIATION") || f.boolean("is_deleted", false))
            return;
        CatalogVariation v;
        v.id = f.text("id");
        if (v.id.isEmpty()) {
            f.problem("id", QStringLiteral("is missing"));
            return;
        }
        if (!f.has("item_variation_data") || !f.at("item_variation_data").is_object())
            return;
        const json& data = f.at("item_variation_data");
        v.sku = str(data, "sku").trimmed();
        v.itemId = str(data, "item_id");
        v.name = str(data, "name");
        if (!v.sku.isEmpty())
            out.variations.append(v);
    });
    return out;
}

ParsedCounts parseInventoryCounts(const QByteArray& body)
{
    ParsedCounts out;
    readPage(body, QStringLiteral("square inventory counts"), "counts", out, [&](const json& c) {
        const JsonFields f(c,
            QStringLiteral("square count %1/%2")
                .arg(str(c, "location_id").left(40), str(c, "catalog_object_id").left(80)),
            out.problems);
        InventoryCountRow row;
        row.variationId = f.text("catalog_object_id");
        row.location = f.text("location_id");
        row.state = f.text("state");
        const auto quantity = wholeQuantity(f.text("quantity"));
        if (row.variationId.isEmpty() || row.location.isEmpty() || row.state.isEmpty()) {
            f.problem("catalog_object_id", QStringLiteral("location_id or state is missing"));
            return;
        }
        if (!quantity) {
            f.problem("quantity", QStringLiteral("is not a whole number of units as a decimal string"));
            return;
        }
        row.quantity = *quantity;
        out.counts.append(row);
    });
    return out;
}

QString describeErrors(const QByteArray& body)
{
    const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!j.is_object() || !j.contains("errors") || !j.at("errors").is_array() || j.at("errors").empty())
        return {};
    QStringList parts;
    for (const json& e : j.at("errors")) {
        QString part = str(e, "code");
        if (const QString detail = str(e, "detail"); !detail.isEmpty())
            part += QStringLiteral(": ") + detail;
        if (const QString field = str(e, "field"); !field.isEmpty())
            part += QStringLiteral(" (") + field + u')';
        parts << part.left(300);
        if (parts.size() == 3)
            break;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace lockstep::core::connectors::pos
