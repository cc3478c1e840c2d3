// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/order.h"

#include <QCoreApplication>
#include <QString>

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Where the exception's order stands at both systems, as far as the store knows it (the storefront as last
/// read, the warehouse as last seen, and the outbox entry waiting to be sent): what a person checks before a
/// retry ("already created at the WMS? cancelled? shipped?"). A live re-read of either system can replace
/// read() later without changing the words. Thread: the caller's (UI); a few indexed reads of `db`.
struct BothSystemsState
{
    Q_DECLARE_TR_FUNCTIONS(BothSystemsState)

public:
    bool aboutAnOrder = false;
    QString storefront; ///< "Storefront: order 1042 is processing, paid."
    QString warehouse; ///< "Warehouse: already created as SO-77 (Released at DAL-1); a retry sends nothing twice."
    bool atWarehouse = false; ///< the WMS has the order (a retry only checks, it does not create)
    bool cancelled = false; ///< cancelled in the storefront
    bool shipped = false; ///< units shipped by the warehouse

    /// Reads what the store knows about `record`'s order.
    static BothSystemsState read(core::store::Database& db, const core::ExceptionRecord& record);
    /// Both lines, or a sentence saying the exception is not about an order.
    QString text() const;

private:
    static QString paymentText(core::PaymentState state);
    /// The warehouse line when the WMS does not have the order: what the outbox holds for it.
    static QString notThereYet(core::store::Database& db, const core::ExceptionRecord& record);
};

} // namespace lockstep::ui
