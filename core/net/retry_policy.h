// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "circuit_breaker.h"
#include "http_types.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace lockstep::core::net {

class RandomSource;

/// The HTTP policy of one connector. The defaults suit a back-office API; tests shrink the delays.
struct HttpPolicy
{
    std::chrono::milliseconds timeout{30'000}; ///< Per attempt, from send to the last byte.
    int maxAttempts = 4; ///< Attempts in all, the first included; also bounds 429 retries.
    BackoffPolicy backoff; ///< 500 ms base, 30 s cap, full jitter.
    std::chrono::milliseconds maxRetryAfter{120'000}; ///< A longer Retry-After is clamped to this.
    BreakerPolicy breaker; ///< 5 consecutive failures open the circuit for 30 s.
    QByteArray userAgent = "Lockstep";
    /// The largest answer body read, in bytes; a larger one (by its Content-Length, or while it streams) is cut off
    /// and the call fails with HttpFailure::TooLarge. Zero: no limit.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
};

/// What one attempt ended with, as the policy sees it.
struct AttemptOutcome
{
    int status = 0; ///< HTTP status, 0 if no response arrived.
    HttpFailure transport = HttpFailure::None; ///< Timeout, Connection, Tls or TooLarge when status is 0.
    bool mayHaveReachedServer = true; ///< False if nothing was sent (refused connection, unknown host).
    std::optional<std::chrono::milliseconds> retryAfter; ///< The parsed Retry-After of the response, if any.
    /// A 409 the request says means "rejected, not applied" (HttpRequest::conflictIsRejection): retried as a 429.
    bool conflictRejected = false;
};

enum class RetryVerdict
{
    Succeed, ///< 2xx: done.
    Retry, ///< Wait `delay`, then send again.
    Fail, ///< Done with an error; sending again later is safe as far as HTTP can tell.
    FailOutcomeUnknown, ///< Done with an error; a non-idempotent request may have been applied.
};

enum class BreakerEffect
{
    Success,
    Failure,
    Neutral
};

struct RetryDecision
{
    RetryVerdict verdict = RetryVerdict::Fail;
    std::chrono::milliseconds delay{0};
    BreakerEffect breaker = BreakerEffect::Neutral;
};

/// Whether a status asks for a retry whatever the method: the request was refused, not executed (429, 408).
bool isNotExecutedStatus(int status);
/// Whether a status is a server failure worth retrying for an idempotent request (5xx except 501 and 505).
bool isRetryableServerStatus(int status);

/// The policy in one pure function: given how attempt number `attemptsMade` (1-based) ended, what to do next.
/// 2xx succeed. 429/408, and a 409 marked `conflictRejected`, are retried for any method (the server did not execute
/// the request) after Retry-After or backoff. 5xx, timeouts and dropped connections are retried only when `idempotent`;
/// for a non-idempotent request that may have reached the server they end with FailOutcomeUnknown. Connection failures
/// before sending are retried for any method. TLS failures and other statuses fail at once. No retry once
/// `attemptsMade` reaches maxAttempts. An answer over the size limit (TooLarge) is not resent: the server is up and
/// would send it again; a non-idempotent request ends with FailOutcomeUnknown (it was executed, the answer was not
/// read). The delay is Retry-After when the answer carried one (429, 503), else full-jitter backoff.
RetryDecision decideRetry(const AttemptOutcome& outcome,
    bool idempotent,
    int attemptsMade,
    int maxAttempts,
    const BackoffPolicy& backoff,
    RandomSource& random);

} // namespace lockstep::core::net
