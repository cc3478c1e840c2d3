// SPDX-License-Identifier: GPL-3.0-or-later
#include "connector_health.h"

namespace lockstep::core::net {

QString toString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return QStringLiteral("healthy");
    case HealthStatus::Retrying:
        return QStringLiteral("retrying");
    case HealthStatus::CircuitOpen:
        return QStringLiteral("circuit open");
    case HealthStatus::Probing:
        return QStringLiteral("probing");
    }
    return {};
}

HealthStatus ConnectorHealth::status() const
{
    switch (breaker.state) {
    case BreakerState::Open:
        return HealthStatus::CircuitOpen;
    case BreakerState::HalfOpen:
        return HealthStatus::Probing;
    case BreakerState::Closed:
        break;
    }
    return retriesPending > 0 ? HealthStatus::Retrying : HealthStatus::Healthy;
}

} // namespace lockstep::core::net
