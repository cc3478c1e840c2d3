// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration file from any bytes: never a crash; either a configuration or at least one issue, and every
// issue names its field.
#include "config/config.h"
#include "fuzz_input.h"

using namespace lockstep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto load = core::engine::parseConfig(fuzz::bytes(data, size));
    fuzz::require(load.config.has_value() || !load.issues.isEmpty(), "no configuration and no issue");
    for (const auto& issue : load.issues)
        fuzz::require(!issue.message.isEmpty(), "an issue without a message");
    return 0;
}
