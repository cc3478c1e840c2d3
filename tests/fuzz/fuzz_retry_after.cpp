// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After values and HTTP-dates from any bytes: never a crash, and a wait is never negative nor longer than
// the clamp.
#include "fuzz_input.h"
#include "net/retry_after.h"

using namespace lockstep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767600000, Qt::UTC);
    constexpr std::chrono::milliseconds kMax(120'000);
    if (auto wait = core::net::parseRetryAfter(value, now, kMax))
        fuzz::require(wait->count() >= 0 && *wait <= kMax, "a wait outside [0, max]");
    if (auto date = core::net::parseHttpDate(value))
        fuzz::require(date->isValid() && date->timeSpec() == Qt::UTC, "an HTTP-date that is not a valid UTC time");
    return 0;
}
