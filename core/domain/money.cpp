// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include "checked_int.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace lockstep::core {

namespace {

// ISO 4217 minor-unit exponents that differ from the common 2.
int exponentOf(const QString& code)
{
    static const QHash<QString, int> kExponents = {
        {QStringLiteral("BIF"), 0},
        {QStringLiteral("CLP"), 0},
        {QStringLiteral("DJF"), 0},
        {QStringLiteral("GNF"), 0},
        {QStringLiteral("ISK"), 0},
        {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0},
        {QStringLiteral("KRW"), 0},
        {QStringLiteral("PYG"), 0},
        {QStringLiteral("RWF"), 0},
        {QStringLiteral("UGX"), 0},
        {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0},
        {QStringLiteral("VUV"), 0},
        {QStringLiteral("XAF"), 0},
        {QStringLiteral("XOF"), 0},
        {QStringLiteral("XPF"), 0},
        {QStringLiteral("BHD"), 3},
        {QStringLiteral("IQD"), 3},
        {QStringLiteral("JOD"), 3},
        {QStringLiteral("KWD"), 3},
        {QStringLiteral("LYD"), 3},
        {QStringLiteral("OMR"), 3},
        {QStringLiteral("TND"), 3},
        {QStringLiteral("CLF"), 4},
        {QStringLiteral("UYW"), 4},
    };
    return kExponents.value(code.toUpper(), 2);
}

Error overflow(const QString& what)
{
    return makeError(ErrorCode::Overflow, QStringLiteral("amount overflow"), what);
}

} // namespace

Money Money::fromMinor(std::int64_t minorUnits, const QString& currency)
{
    Money m;
    m.m_minor = minorUnits;
    m.m_currency = currency.toUpper();
    return m;
}

int Money::decimalsFor(const QString& currency)
{
    return exponentOf(currency);
}

Result<Money> Money::parse(const QString& text, const QString& currency, Rounding rounding)
{
    const QString s = text.trimmed();
    const auto invalid = [&](const char* why) {
        return makeError(
            ErrorCode::InvalidArgument, QString::fromLatin1(why), QStringLiteral("amount \"%1\"").arg(text));
    };
    if (currency.size() != 3)
        return invalid("currency code must have three letters");
    if (s.isEmpty())
        return invalid("empty amount");

    qsizetype i = 0;
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        ++i;
    }
    const int decimals = exponentOf(currency);

    // Collect the digits before and after the dot; the fraction is kept as text so nothing is lost.
    const qsizetype intStart = i;
    while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
        ++i;
    const QStringView intPart = QStringView(s).mid(intStart, i - intStart);
    QStringView fracPart;
    if (i < s.size() && s[i] == u'.') {
        const qsizetype fracStart = ++i;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        fracPart = QStringView(s).mid(fracStart, i - fracStart);
    }
    if (i != s.size())
        return invalid("not a decimal number");
    if (intPart.isEmpty() && fracPart.isEmpty())
        return invalid("no digits");

    std::int64_t minor = 0;
    for (const QChar c : intPart) {
        if (!checkedMul(minor, 10, &minor) || !checkedAdd(minor, c.digitValue(), &minor))
            return overflow(text);
    }
    for (int k = 0; k < decimals; ++k) {
        const int digit = k < fracPart.size() ? fracPart[k].digitValue() : 0;
        if (!checkedMul(minor, 10, &minor) || !checkedAdd(minor, digit, &minor))
            return overflow(text);
    }

    const QStringView dropped = fracPart.size() > decimals ? fracPart.mid(decimals) : QStringView();
    const bool droppedNonZero = std::any_of(dropped.begin(), dropped.end(), [](QChar c) { return c != u'0'; });
    if (droppedNonZero) {
        if (rounding == Rounding::Exact)
            return invalid("more decimals than the currency has");
        // Half-even: above half rounds up; exactly half rounds to the even neighbour.
        const int first = dropped[0].digitValue();
        const bool moreThanHalf = first > 5
            || (first == 5 && std::any_of(dropped.begin() + 1, dropped.end(), [](QChar c) { return c != u'0'; }));
        const bool exactlyHalf = first == 5 && !moreThanHalf;
        if ((moreThanHalf || (exactlyHalf && (minor % 2) != 0)) && !checkedAdd(minor, 1, &minor))
            return overflow(text);
    }
    return fromMinor(negative ? -minor : minor, currency);
}

QString Money::toDecimalString() const
{
    return formatMinor(m_minor, decimals());
}

QString Money::formatMinor(std::int64_t minor, int decimals)
{
    // Work on the magnitude as unsigned so INT64_MIN does not overflow.
    const bool negative = minor < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(minor + 1)) + 1u : static_cast<std::uint64_t>(minor);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits = QString(decimals - digits.size() + 1, u'0') + digits;
        digits.insert(digits.size() - decimals, u'.');
    }
    return negative ? u'-' + digits : digits;
}

Result<Money> Money::add(const Money& other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::CurrencyMismatch,
            QStringLiteral("cannot add amounts in different currencies"),
            m_currency + QStringLiteral(" + ") + other.m_currency);
    std::int64_t sum = 0;
    if (!checkedAdd(m_minor, other.m_minor, &sum))
        return overflow(toDecimalString() + QStringLiteral(" + ") + other.toDecimalString());
    return fromMinor(sum, m_currency);
}

Result<Money> Money::subtract(const Money& other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::CurrencyMismatch,
            QStringLiteral("cannot subtract amounts in different currencies"),
            m_currency + QStringLiteral(" - ") + other.m_currency);
    std::int64_t diff = 0;
    if (!checkedSub(m_minor, other.m_minor, &diff))
        return overflow(toDecimalString() + QStringLiteral(" - ") + other.toDecimalString());
    return fromMinor(diff, m_currency);
}

Result<Money> Money::multiply(std::int64_t factor) const
{
    std::int64_t product = 0;
    if (!checkedMul(m_minor, factor, &product))
        return overflow(toDecimalString() + QStringLiteral(" x ") + QString::number(factor));
    return fromMinor(product, m_currency);
}

Result<Money> Money::negated() const
{
    if (m_minor == std::numeric_limits<std::int64_t>::min())
        return overflow(QStringLiteral("-(") + toDecimalString() + u')');
    return fromMinor(-m_minor, m_currency);
}

} // namespace lockstep::core
