// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/lifecycle_event.h"
#include "domain/order.h"
#include "domain/shipment.h"
#include "engine/order_headline.h"

#include <QCoreApplication>
#include <QUrl>

namespace lockstep::ui {

/// The words for an order: the agent's headline, event titles, system names, and the plain summary a
/// customer-service agent pastes into a reply. All translated; times in the user's zone and locale.
/// Stateless; callable from the UI thread.
class OrderText
{
    Q_DECLARE_TR_FUNCTIONS(OrderText)

public:
    /// "Paid, waiting for the warehouse to acknowledge (12 min)" — for the agent, with warehouse words.
    static QString headline(const core::OrderHeadline& headline);
    /// The same stage in words for the customer: no facility codes or warehouse statuses.
    static QString customerStatus(const core::OrderHeadline& headline);
    static QString eventTitle(const QString& kind);
    static QString systemName(core::SourceSystem system);
    static QString exceptionStateName(core::ExceptionState state);
    /// The carrier's public tracking page, when the carrier is one we know; empty otherwise.
    static QUrl trackingUrl(const QString& carrier, const QString& trackingNumber);
    /// The plain-text summary for a reply to the customer: order number, status, items, tracking, dates.
    static QString customerSummary(
        const core::Order& order, const core::OrderHeadline& headline, const QList<core::Shipment>& shipments);
};

} // namespace lockstep::ui
