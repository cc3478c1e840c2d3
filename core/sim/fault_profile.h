// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <nlohmann/json.hpp>

namespace lockstep::core::sim {

/// How often one simulated server misbehaves, and how slowly it answers. Rates are probabilities per request
/// (0..1); at most one fault is injected per request. `/_sandbox/*` requests are never faulted.
struct FaultProfile
{
    double serverErrorRate = 0; ///< 500/502/503 with the system's own error body
    double timeoutRate = 0; ///< the request is read and applied, the answer never comes (held, then closed)
    double rateLimitRate = 0; ///< 429 with Retry-After (Deposco: empty body, as observed)
    double resetRate = 0; ///< the connection is reset without an answer (the request is NOT applied)
    double conflictRate =
        0; ///< writes answered 409 (Deposco "updated by a concurrent request"; other systems ignore it)
    double duplicateWebhookRate = 0; ///< WooCommerce: a webhook is delivered twice
    int retryAfterSeconds = 1;
    int latencyMedianMs = 0; ///< log-normal latency; 0 = answer at once
    int latencyP99Ms = 0;
    int timeoutHoldMs = 30000; ///< how long a "timed out" request is held before its connection is closed

    static Result<FaultProfile> fromJson(const nlohmann::ordered_json& json);
    nlohmann::ordered_json toJson() const;
};

} // namespace lockstep::core::sim
