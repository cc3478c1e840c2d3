// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <optional>

namespace lockstep::core::store {

/// Sync watermarks per feed ("woocommerce.orders", "deposco.shipments"). Advance a cursor in the same
/// transaction as the data it covers. Thread: the thread of its Database.
class CursorRepository
{
public:
    explicit CursorRepository(Database& db)
        : m_db(db)
    {}

    Result<std::optional<QString>> get(const QString& name);
    Status set(const QString& name, const QString& value, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
