// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circuit_breaker.h"

#include <QMetaType>

namespace lockstep::core::net {

/// One word for a connector's badge in the UI.
enum class HealthStatus
{
    Healthy, ///< Circuit closed, nothing waiting for a retry.
    Retrying, ///< Circuit closed, at least one call waiting to be resent.
    CircuitOpen, ///< Requests fail fast until `breaker.retryAt`.
    Probing, ///< Half-open: one trial request decides.
};
QString toString(HealthStatus status);

/// What the UI shows per connector ("healthy / retrying / circuit open / last successful sync"): a value, sent from
/// the engine thread to the UI by queued signal.
struct ConnectorHealth
{
    BreakerSnapshot breaker; ///< Name, state, failures, last error, last success, next trial.
    int retriesPending = 0; ///< Calls currently waiting out a backoff or Retry-After delay.

    HealthStatus status() const;
};

} // namespace lockstep::core::net

Q_DECLARE_METATYPE(lockstep::core::net::ConnectorHealth)
