// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <cstdint>

namespace lockstep::core {

/// An amount of money: integer minor units plus an ISO 4217 currency code. No floating point anywhere.
///
/// The number of minor-unit digits comes from the currency (JPY 0, EUR 2, KWD 3). Parsing is exact:
/// "29.35" EUR is 2935 cents; text with more fractional digits than the currency has is refused unless
/// the extra digits are zeros, or rounding is asked for explicitly (WooCommerce sends unrounded taxes).
/// Arithmetic is checked: overflow and mixed currencies are errors, never wrong numbers.
class Money
{
public:
    enum class Rounding
    {
        Exact,
        HalfEven
    };

    Money() = default;
    static Money fromMinor(std::int64_t minorUnits, const QString& currency);
    static Money zero(const QString& currency) { return fromMinor(0, currency); }

    /// Parses a decimal string such as "29.35", "-5.00", "1200" or "0.125" in the given currency.
    static Result<Money> parse(const QString& text, const QString& currency, Rounding rounding = Rounding::Exact);

    /// Decimal digits of the currency's minor unit (ISO 4217 exponent); 2 when the code is unknown.
    static int decimalsFor(const QString& currency);

    std::int64_t minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    int decimals() const { return decimalsFor(m_currency); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    /// Plain decimal text with a dot and exactly the currency's digits: "29.35", "-0.05", "1200", "1.250".
    QString toDecimalString() const;
    /// The same formatting for any minor-unit amount with `decimals` digits after the dot.
    static QString formatMinor(std::int64_t minorUnits, int decimals);

    Result<Money> add(const Money& other) const;
    Result<Money> subtract(const Money& other) const;
    Result<Money> multiply(std::int64_t factor) const;
    Result<Money> negated() const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    std::int64_t m_minor = 0;
    QString m_currency;
};

} // namespace lockstep::core
