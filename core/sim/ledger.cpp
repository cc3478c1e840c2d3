// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"

namespace lockstep::core::sim {

nlohmann::ordered_json Ledger::toJson() const
{
    nlohmann::ordered_json counters = nlohmann::ordered_json::object();
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        counters[it.key().toStdString()] = it.value();
    nlohmann::ordered_json perOrder = nlohmann::ordered_json::object();
    for (auto kind = m_perOrder.cbegin(); kind != m_perOrder.cend(); ++kind) {
        nlohmann::ordered_json orders = nlohmann::ordered_json::object();
        for (auto it = kind.value().cbegin(); it != kind.value().cend(); ++it)
            orders[it.key().toStdString()] = it.value();
        perOrder[kind.key().toStdString()] = std::move(orders);
    }
    return {{"counters", std::move(counters)}, {"per_order", std::move(perOrder)}};
}

} // namespace lockstep::core::sim
