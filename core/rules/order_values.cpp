// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_values.h"

#include <utility>

namespace lockstep::core::rules {

namespace {

QString amount(const Money& m)
{
    return m.toDecimalString() + u' ' + m.currency();
}

} // namespace

Message InvalidOrderValue::describe() const
{
    if (lineNumber == 0)
        return Message(
            QT_TRANSLATE_NOOP("Lockstep", "order %1: %2"), {Message::literal(field), Message::literal(value)});
    const Message which = sku.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "no SKU"))
                                        : Message(QT_TRANSLATE_NOOP("Lockstep", "SKU %1"), {Message::literal(sku)});
    return Message(QT_TRANSLATE_NOOP("Lockstep", "line %1 (%2): %3 %4"),
        {Message::number(lineNumber), which, Message::literal(field), Message::literal(value)});
}

QList<InvalidOrderValue> invalidOrderValues(const Order& order)
{
    QList<InvalidOrderValue> out;
    for (const OrderLine& line : order.lines) {
        if (line.quantity <= 0)
            out.append({line.lineNumber, line.sku, QStringLiteral("quantity"), QString::number(line.quantity)});
        for (const auto& [field, money] : {std::pair{"unit_price", &line.unitPrice},
                 std::pair{"line_total", &line.total},
                 std::pair{"line_tax", &line.tax}}) {
            if (money->isNegative())
                out.append({line.lineNumber, line.sku, QString::fromLatin1(field), amount(*money)});
        }
    }
    for (const auto& [field, money] : {std::pair{"subtotal", &order.totals.subtotal},
             std::pair{"shipping", &order.totals.shipping},
             std::pair{"tax", &order.totals.tax},
             std::pair{"total", &order.totals.total}}) {
        if (money->isNegative())
            out.append({0, {}, QString::fromLatin1(field), amount(*money)});
    }
    return out;
}

QString invalidValuesSignature(const InvalidOrderValue& first)
{
    return QStringLiteral("order-values:") + first.field;
}

} // namespace lockstep::core::rules
