// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "system.h"

#include <QDateTime>
#include <QString>

namespace lockstep::core {

/// One step in an order's life, from any system: "placed", "paid", "sent to WMS", "picked", "collected".
struct LifecycleEvent
{
    qint64 id = 0;
    qint64 orderId = 0; ///< local order row id
    QDateTime at; ///< UTC
    SourceSystem source = SourceSystem::Lockstep;
    QString kind; ///< stable machine word, e.g. "wms.picked"
    QString detail; ///< human detail in English, or JSON

    friend bool operator==(const LifecycleEvent&, const LifecycleEvent&) = default;
};

} // namespace lockstep::core
