// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/order.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace lockstep::core::store {

/// Orders with their lines and custom fields. Thread: the thread of its Database.
class OrderRepository
{
public:
    explicit OrderRepository(Database& db)
        : m_db(db)
    {}

    /// Inserts or updates by (storefront, storefrontId), replacing lines and custom fields. Returns the row id.
    /// Runs inside the caller's transaction when there is one.
    Result<qint64> upsert(const Order& order);
    Result<std::optional<Order>> findById(qint64 id);
    Result<std::optional<Order>> findByStorefrontId(SourceSystem storefront, const QString& storefrontId);
    /// By the number people see (and the WMS knows as customerOrderNumber); header only, newest if several.
    Result<std::optional<Order>> findByNumber(std::optional<SourceSystem> storefront, const QString& number);

    /// Orders created at or after `since` that the storefront has not closed (completed, cancelled, refunded,
    /// failed), oldest first, headers only, at most `limit`: what the sweep checks. Via orders_by_created.
    Result<QList<Order>> openSince(const QDateTime& since, int limit = 100000);

    /// Orders matching one search box: order number (with or without a leading "#"), storefront id, customer
    /// email or a tracking number; and, from three characters on, the start of the customer's email, name or
    /// surname, case-insensitive. Every branch is an index search (equality or a prefix range). Headers only
    /// (no lines), newest first, at most `limit`.
    Result<QList<Order>> lookup(const QString& query, int limit = 50);

    /// Units of `sku` the storefront sold between two moments on its own clock: on its orders paid after `after` and
    /// at or before `upTo`, and not cancelled, refunded, failed or trashed since (a cancelled order's units went
    /// back). Only the orders Lockstep has taken in count.
    Result<qint64> unitsPaidBetween(
        SourceSystem storefront, const QString& sku, const QDateTime& after, const QDateTime& upTo);

private:
    Result<std::optional<Order>> findWhere(const char* sql, const std::function<void(Statement&)>& binder);
    Status loadDetails(Order& order);

    Database& m_db;
};

} // namespace lockstep::core::store
