// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
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
    QString detail; ///< human detail in English (for search, logs and the CLI's JSON), or JSON
    Message detailMessage; ///< the same detail to show in the reader's language; empty for data and older events

    /// An event whose detail a person reads: `detail` is the message's English.
    static LifecycleEvent about(qint64 orderId, QDateTime at, SourceSystem source, QString kind, Message detail)
    {
        LifecycleEvent e;
        e.orderId = orderId;
        e.at = std::move(at);
        e.source = source;
        e.kind = std::move(kind);
        e.detail = detail.english();
        e.detailMessage = std::move(detail);
        return e;
    }
    /// The detail in this program's language.
    QString shownDetail() const { return shownText(detailMessage, detail); }

    friend bool operator==(const LifecycleEvent&, const LifecycleEvent&) = default;
};

} // namespace lockstep::core
