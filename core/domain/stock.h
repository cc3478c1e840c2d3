// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace lockstep::core {

/// Stock of one SKU at one facility, as the WMS reports it. Quantities are whole units.
struct Stock
{
    QString sku;
    QString facility;
    qint64 onHand = 0;
    qint64 allocated = 0;
    qint64 availableToSell = 0;
    QDateTime updatedAt; ///< UTC

    friend bool operator==(const Stock&, const Stock&) = default;
};

} // namespace lockstep::core
