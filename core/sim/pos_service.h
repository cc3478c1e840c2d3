// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim_service.h"

namespace lockstep::core::sim {

class World;

/// A generic POS back office (shape per api-notes §5: signed line quantities per store, returns linked to
/// their sale, a monotonically increasing `version` cursor as in Lightspeed X-Series, stock per store and SKU).
/// `/pos/v1/stores`, `/pos/v1/transactions?after=<version>&limit=`, `/pos/v1/stock?store=`; Bearer API key.
/// Thread: the sandbox's thread.
class PosService final : public SimService
{
public:
    PosService(World* world, QString apiKey);

    QString systemName() const override { return QStringLiteral("pos"); }
    SimResponse handle(const SimRequest& request) override;
    SimResponse serverError(int status) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;

private:
    World* m_world;
    QString m_apiKey;
};

} // namespace lockstep::core::sim
