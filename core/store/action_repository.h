// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace lockstep::core::store {

/// A person's acknowledgement of an exception, kept apart from the failure itself (and kept after a reopen).
struct ExceptionResolution
{
    qint64 id = 0;
    qint64 exceptionId = 0;
    QString kind; ///< stable text, e.g. "handled_in_wms"
    QString note; ///< never empty (the schema refuses it)
    QString resolvedBy;
    QDateTime resolvedAt; ///< UTC
    QString reopenedBy;
    QDateTime reopenedAt; ///< UTC; invalid while the resolution stands

    friend bool operator==(const ExceptionResolution&, const ExceptionResolution&) = default;
};

/// A person asked the warehouse to pull an order cancelled past its cutoff; the exception waits on the answer.
struct InterceptRequest
{
    qint64 exceptionId = 0;
    QString requestedBy;
    QDateTime requestedAt; ///< UTC
    QString note; ///< how and whom they asked; never empty
    QString outcome; ///< "" while waiting, "canceled" (the warehouse pulled it) or "shipped" (the carrier collected it)
    QDateTime outcomeAt; ///< UTC; invalid while waiting

    friend bool operator==(const InterceptRequest&, const InterceptRequest&) = default;
};

/// What people's actions keep besides the exceptions: resolutions, a facility chosen for one order, and
/// custom checkout fields mapped to WMS fields. Thread: the thread of its Database (the engine's writer).
class ActionRepository
{
public:
    explicit ActionRepository(Database& db)
        : m_db(db)
    {}

    Result<qint64> addResolution(const ExceptionResolution& resolution);
    /// Marks the standing resolution of `exceptionId` (if any) as reopened.
    Status markReopened(qint64 exceptionId, const QString& by, const QDateTime& at);
    /// Every resolution of one exception, oldest first.
    Result<QList<ExceptionResolution>> resolutionsFor(qint64 exceptionId);

    Status setFacilityOverride(qint64 orderId, const QString& facility, const QString& by, const QDateTime& at);
    /// The facility a person chose for the order; empty when none was.
    Result<QString> facilityOverride(qint64 orderId);

    /// The order goes to the warehouse without its lines of storefront SKU `sku` (a person's Edit). Once is enough.
    Status leaveOutLine(qint64 orderId, const QString& sku, const QString& by, const QDateTime& at);
    /// The storefront SKUs a person left out of the order's warehouse order.
    Result<QStringList> linesLeftOut(qint64 orderId);

    /// Keeps the request (a repeated request replaces the earlier one and waits again).
    Status requestIntercept(const InterceptRequest& request);
    /// The request made for the exception, if any.
    Result<std::optional<InterceptRequest>> interceptRequest(qint64 exceptionId);
    /// Records what became of a waiting request ("canceled" or "shipped"); nothing when none waits.
    Status settleIntercept(qint64 exceptionId, const QString& outcome, const QDateTime& at);

    Status upsertCustomFieldMapping(
        const QString& storefrontField, const QString& wmsField, const QString& by, const QDateTime& at);
    /// Storefront checkout field -> WMS field, as people mapped them.
    Result<QHash<QString, QString>> customFieldMappings();

private:
    Database& m_db;
};

} // namespace lockstep::core::store
