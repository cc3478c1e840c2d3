// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "endpoints.h"
#include "fault_profile.h"
#include "http_exchange.h"
#include "ledger.h"
#include "scenario.h"
#include "sim_clock.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace lockstep::core::sim {

class CommercetoolsService;
class DeposcoService;
class LoopbackServer;
class PosService;
class WebhookSender;
class WooCommerceService;
class World;

/// The simulated systems a sandbox runs.
enum class SimSystem
{
    WooCommerce,
    Commercetools,
    Wms,
    Pos
};

/// The sandbox: simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1, driven by one
/// scenario on an accelerated clock, with a truth ledger.
///
/// Typical test use:
/// \code
///   Sandbox sandbox;
///   auto scenario = loadScenario(QStringLiteral("demo")).value();
///   scenario.speed = 0;                                 // time moves only through advance()
///   const Endpoints ep = sandbox.start(scenario).value();
///   sandbox.advance(2 * 3600 * 1000);                   // two simulated hours of trading
///   // ... HTTP against ep.woocommerce.baseUrl etc., then sandbox.ledger().counter(...)
/// \endcode
///
/// Thread: a Sandbox and its servers live in the thread that created it and need its event loop. The ledger,
/// world and clock are for that thread only (SimClock::nowUtc excepted).
class Sandbox final : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(QObject* parent = nullptr);
    ~Sandbox() override;

    /// Builds the world from the scenario and starts the four servers on free loopback ports.
    Result<Endpoints> start(const Scenario& scenario);
    void stop();
    bool isRunning() const { return m_running; }

    const Endpoints& endpoints() const { return m_endpoints; }
    const Scenario& scenario() const { return m_scenario; }
    Ledger& ledger() { return m_ledger; }
    const Ledger& ledger() const { return m_ledger; }
    World* world() const { return m_world.get(); }

    /// Simulated time.
    QDateTime now() const { return m_clock.nowUtc(); }
    double speed() const { return m_clock.speed(); }
    void setSpeed(double simSecondsPerSecond) { m_clock.setSpeed(simSecondsPerSecond); }
    /// Moves simulated time forward and runs everything that became due (orders, payments, WMS steps).
    void advance(qint64 msecs);

    FaultProfile faultProfile(SimSystem system) const;
    void setFaultProfile(SimSystem system, const FaultProfile& profile);
    /// Sets the same profile on every server.
    void setFaultProfile(const FaultProfile& profile);

    /// Someone edits a storefront's stock by hand (back office, Merchant Center), outside Lockstep: the next
    /// listing read shows `quantity` for `sku` (at supply channel `location`; empty: the first). Also
    /// `PUT /_sandbox/stock {"sku", "quantity", "location"?}` on that server. False when the SKU is not listed.
    bool editListedStock(SimSystem storefront, const QString& sku, qint64 quantity, const QString& location = {});
    /// Every server dates its answers (`Date`, in simulated time) unless told not to: a server without a clock
    /// may leave it out (RFC 9110 §6.6.1), and clients must cope.
    void setSendsDate(bool on);
    /// Records every exchange the services handle from now on (off again with false; the log is kept).
    void setRecordsExchanges(bool on) { m_recording = on; }
    const QList<SimExchange>& exchanges() const { return m_exchanges; }
    void clearExchanges() { m_exchanges.clear(); }

    /// Registers a WooCommerce webhook, as `POST /wp-json/wc/v3/webhooks` does.
    qint64 addWebhook(const QString& topic, const QUrl& deliveryUrl, const QByteArray& secret);
    /// Hostile input: WooCommerce serves `bytes` verbatim in place of this order (listings and GET); empty restores it.
    void setWooOrderBytes(qint64 wooId, const QByteArray& bytes);
    WebhookSender* webhookSender() const { return m_sender; }

Q_SIGNALS:
    /// Simulated time moved on (emitted at most once per tick).
    void advanced(const QDateTime& simulatedNow);

private:
    void tick();
    LoopbackServer* server(SimSystem system) const;

    Scenario m_scenario;
    Ledger m_ledger;
    bool m_recording = false;
    QList<SimExchange> m_exchanges;
    SimClock m_clock;
    std::unique_ptr<World> m_world;
    QList<Scenario::StockEdit> m_pendingStockEdits; ///< the scenario's hand edits not yet reached
    std::unique_ptr<WooCommerceService> m_woo;
    std::unique_ptr<CommercetoolsService> m_ct;
    std::unique_ptr<DeposcoService> m_wms;
    std::unique_ptr<PosService> m_pos;
    WebhookSender* m_sender = nullptr;
    LoopbackServer* m_servers[4] = {};
    QTimer m_timer;
    Endpoints m_endpoints;
    bool m_running = false;
};

} // namespace lockstep::core::sim
