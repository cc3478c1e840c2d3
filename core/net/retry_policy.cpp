// SPDX-License-Identifier: GPL-3.0-or-later
#include "retry_policy.h"

#include "random_source.h"

namespace lockstep::core::net {

bool isNotExecutedStatus(int status)
{
    return status == 429 || status == 408;
}

bool isRetryableServerStatus(int status)
{
    return status >= 500 && status < 600 && status != 501 && status != 505;
}

RetryDecision decideRetry(const AttemptOutcome& outcome,
    bool idempotent,
    int attemptsMade,
    int maxAttempts,
    const BackoffPolicy& backoff,
    RandomSource& random)
{
    RetryDecision decision;
    const bool attemptsLeft = attemptsMade < maxAttempts;
    const auto retry = [&] {
        decision.verdict = RetryVerdict::Retry;
        decision.delay = outcome.retryAfter ? *outcome.retryAfter : fullJitterDelay(backoff, attemptsMade - 1, random);
    };

    if (outcome.status >= 200 && outcome.status < 300) {
        decision.verdict = RetryVerdict::Succeed;
        decision.breaker = BreakerEffect::Success;
        return decision;
    }
    if (outcome.status == 0 && outcome.transport == HttpFailure::TooLarge) {
        // The server answered; sending again brings the same answer.
        decision.breaker = BreakerEffect::Neutral;
        decision.verdict = idempotent ? RetryVerdict::Fail : RetryVerdict::FailOutcomeUnknown;
        return decision;
    }
    if (isNotExecutedStatus(outcome.status) || (outcome.status == 409 && outcome.conflictRejected)) {
        // Throttling, or a write turned away while the record was busy, says nothing about the server's health.
        decision.breaker = BreakerEffect::Neutral;
        if (attemptsLeft)
            retry();
        return decision;
    }
    if (outcome.status != 0 && !(outcome.status >= 500)) {
        // The server is up and gave a definite answer (3xx, 4xx): not a breaker failure, not worth resending.
        decision.breaker = BreakerEffect::Success;
        return decision;
    }

    decision.breaker = BreakerEffect::Failure;
    if (outcome.transport == HttpFailure::Tls || (outcome.status != 0 && !isRetryableServerStatus(outcome.status)))
        return decision;
    const bool safeToResend = idempotent || (outcome.status == 0 && !outcome.mayHaveReachedServer);
    if (!safeToResend) {
        decision.verdict = RetryVerdict::FailOutcomeUnknown;
        return decision;
    }
    if (attemptsLeft)
        retry();
    return decision;
}

} // namespace lockstep::core::net
