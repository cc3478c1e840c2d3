// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/lifecycle_event.h"

#include <QList>

namespace lockstep::core::store {

/// Every step of every order, from every system. Append-mostly. Thread: the thread of its Database.
class LifecycleRepository
{
public:
    explicit LifecycleRepository(Database& db)
        : m_db(db)
    {}

    Result<qint64> append(const LifecycleEvent& event);
    /// The order's events in time order (ties by insertion), using the (order_id, at, id) index.
    Result<QList<LifecycleEvent>> forOrder(qint64 orderId);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
