// SPDX-License-Identifier: GPL-3.0-or-later
// Money from any text: never a crash; what parses prints back as a decimal that parses to the same amount, and
// checked arithmetic never wraps.
#include "domain/money.h"
#include "fuzz_input.h"

using namespace lockstep;
using core::Money;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // First byte picks the currency (2, 0 and 3 decimals, unknown, malformed), the rest is the amount.
    static const char* const kCurrencies[] = {"EUR", "JPY", "KWD", "XXX", "eu", ""};
    const QString currency = QString::fromLatin1(kCurrencies[data[0] % 6]);
    const QString text = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));
    for (auto rounding : {Money::Rounding::Exact, Money::Rounding::HalfEven}) {
        auto m = Money::parse(text, currency, rounding);
        if (!m.ok())
            continue;
        const QString printed = m->toDecimalString();
        auto again = Money::parse(printed, currency);
        fuzz::require(again.ok() && again->minorUnits() == m->minorUnits(), "printed money does not parse back");
        auto sum = m->add(*m);
        if (sum.ok())
            fuzz::require(sum->minorUnits() / 2 == m->minorUnits(), "addition wrapped around");
        (void)m->subtract(Money::fromMinor(1, currency));
    }
    return 0;
}
