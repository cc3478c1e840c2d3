// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"
#include "engine/engine_context.h"

#include <QObject>

#include <functional>
#include <optional>

namespace lockstep::core::actions {

/// What a live read of one exception's order found at both systems.
struct ProbeResult
{
    qint64 exceptionId = 0;
    QString reference; ///< "woocommerce:1042"; empty when the exception is not about an order
    CurrentState state;
    std::optional<Order> storefrontOrder; ///< as the storefront returned it just now
    std::optional<connectors::WmsOrder> wmsOrder; ///< the WMS's live sales order for it, if any
};

/// The storefront and order id an exception is about: "woocommerce:1042", and "woocommerce:1042/SH-9" (a
/// shipment of that order). None for SKU- or stock-level exceptions.
std::optional<std::pair<SourceSystem, QString>> orderOfSubject(const QString& subjectKey);

/// Reads one exception's order live at its storefront (one-order read) and at the WMS (the look-up by
/// storefront order number), and records what it found for a retry to decide from: a cancellation there is taken
/// in (it withdraws an unsent create), otherwise the stored order's status, payment and totals are brought up to
/// date; the WMS's order state is stored (so an order already there is linked, not created); and a lifecycle
/// event says what both systems showed.
/// Thread: the engine's worker thread.
class StateProbe : public QObject
{
    Q_OBJECT

public:
    explicit StateProbe(engine::EngineContext& context, QObject* parent = nullptr);

    /// Never fails as a whole: what could not be read is said in the state.
    void read(const ExceptionRecord& record, std::function<void(ProbeResult)> done);
    /// Stores what `read` found (see the class comment). One transaction per part.
    Status record(const ProbeResult& result);

private:
    engine::EngineContext& m_context;
};

} // namespace lockstep::core::actions
