// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "till_return.h"

namespace lockstep::core::rules {

/// A till's sale on its way to the WMS, as its outbox row says: the same facts as a till return's (the sale's
/// number in `returnNumber`, when it was queued in `returnedAt`).
using StoreSaleFacts = TillReturnFacts;

/// A till's sale the WMS has not taken off the store facility's stock: not applied `wmsAcknowledgeMinutes` after it
/// was queued, or, at once, refused (an item or location the WMS lacks, fewer units there than sold). Until then
/// the WMS counts goods the store has sold, and pushes them back to the till as sellable.
std::optional<ExceptionRecord> detectStoreSaleNotAtWms(
    const StoreSaleFacts& facts, const RuleSettings& settings, const QDateTime& now);

struct StockMovedTwiceFacts
{
    QString subject; ///< the till sale ("pos:S-000012")
    qint64 orderId = 0;
    QString saleNumber;
    QString store;
    QString facility;
    QString sku;
    qint64 units = 0; ///< units of one move
    int copies = 0; ///< how many records of the move the WMS holds (above one)
};

/// A stock move the WMS holds more than once (a sync loop: a retrying proxy, a second integration replaying it):
/// the store's stock at the WMS is low by the extra copies, and the next push lowers the till's count with it. A
/// person corrects the stock at the WMS; Lockstep never moves stock back on its own.
ExceptionRecord stockMovedTwice(const StockMovedTwiceFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
