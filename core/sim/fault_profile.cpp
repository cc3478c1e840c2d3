// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault_profile.h"

namespace lockstep::core::sim {

namespace {

Status readRate(const nlohmann::ordered_json& json, const char* key, double& out)
{
    if (!json.contains(key))
        return {};
    const auto& v = json.at(key);
    if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("a rate must be a number from 0 to 1"), QString::fromUtf8(key));
    out = v.get<double>();
    return {};
}

Status readInt(const nlohmann::ordered_json& json, const char* key, int& out)
{
    if (!json.contains(key))
        return {};
    const auto& v = json.at(key);
    if (!v.is_number_integer() || v.get<qint64>() < 0 || v.get<qint64>() > 3600000)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("expected a non-negative integer"), QString::fromUtf8(key));
    out = v.get<int>();
    return {};
}

} // namespace

Result<FaultProfile> FaultProfile::fromJson(const nlohmann::ordered_json& json)
{
    FaultProfile p;
    if (json.is_null())
        return p;
    if (!json.is_object())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a fault profile must be an object"));
    for (const auto& [key, target] : {std::pair{"server_error_rate", &p.serverErrorRate},
             std::pair{"timeout_rate", &p.timeoutRate},
             std::pair{"rate_limit_rate", &p.rateLimitRate},
             std::pair{"reset_rate", &p.resetRate},
             std::pair{"conflict_rate", &p.conflictRate},
             std::pair{"duplicate_webhook_rate", &p.duplicateWebhookRate}}) {
        if (auto s = readRate(json, key, *target); !s)
            return s.error();
    }
    for (const auto& [key, target] :
        {std::pair{"retry_after_seconds", &p.retryAfterSeconds}, std::pair{"timeout_hold_ms", &p.timeoutHoldMs}}) {
        if (auto s = readInt(json, key, *target); !s)
            return s.error();
    }
    if (json.contains("latency_ms")) {
        const auto& l = json.at("latency_ms");
        if (!l.is_object())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("latency_ms must be {median, p99}"));
        if (auto s = readInt(l, "median", p.latencyMedianMs); !s)
            return s.error();
        if (auto s = readInt(l, "p99", p.latencyP99Ms); !s)
            return s.error();
        if (p.latencyP99Ms < p.latencyMedianMs)
            p.latencyP99Ms = p.latencyMedianMs;
    }
    const double total = p.serverErrorRate + p.timeoutRate + p.rateLimitRate + p.resetRate;
    if (total > 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("fault rates add up to more than 1"));
    return p;
}

nlohmann::ordered_json FaultProfile::toJson() const
{
    return {{"server_error_rate", serverErrorRate},
        {"timeout_rate", timeoutRate},
        {"rate_limit_rate", rateLimitRate},
        {"retry_after_seconds", retryAfterSeconds},
        {"reset_rate", resetRate},
        {"conflict_rate", conflictRate},
        {"duplicate_webhook_rate", duplicateWebhookRate},
        {"latency_ms", {{"median", latencyMedianMs}, {"p99", latencyP99Ms}}},
        {"timeout_hold_ms", timeoutHoldMs}};
}

} // namespace lockstep::core::sim
