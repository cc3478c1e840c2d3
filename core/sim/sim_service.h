// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http_exchange.h"

#include <optional>

namespace lockstep::core::sim {

/// One simulated system behind a LoopbackServer: answers requests and shapes injected faults the way the
/// real system would. Thread: the sandbox's thread.
class SimService
{
public:
    virtual ~SimService() = default;

    /// Short system name used in the ledger and fault counters ("woocommerce", "commercetools", "wms", "pos").
    virtual QString systemName() const = 0;
    virtual SimResponse handle(const SimRequest& request) = 0;
    /// A server error (500/502/503) with this system's error body.
    virtual SimResponse serverError(int status) const = 0;
    /// 429 with `Retry-After` as this system answers it.
    virtual SimResponse rateLimited(int retryAfterSeconds) const = 0;
    /// 409 for a write to a record that "collided with a concurrent request", or nullopt if the system has no such
    /// answer for this request (a sign-in is not a record).
    virtual std::optional<SimResponse> concurrentUpdate(const SimRequest&) const { return std::nullopt; }
    /// Someone edits the stock of `sku` by hand in this storefront's back office (not through the API): the
    /// listing then shows `quantity`. `location` names a supply channel where the system has several (empty:
    /// the first). False when the system lists no such SKU or keeps no storefront stock.
    virtual bool editListedStock(const QString& sku, qint64 quantity, const QString& location)
    {
        Q_UNUSED(sku)
        Q_UNUSED(quantity)
        Q_UNUSED(location)
        return false;
    }
};

} // namespace lockstep::core::sim
