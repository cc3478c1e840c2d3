// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "commercetools_service.h"
#include "deposco_service.h"
#include "loopback_server.h"
#include "pos_service.h"
#include "webhook_sender.h"
#include "woocommerce_service.h"
#include "world.h"

#include <QCryptographicHash>

namespace lockstep::core::sim {

namespace {

constexpr int kTickMs = 50;

/// A credential derived from the seed, so a scenario's sandbox has the same credentials every run.
QString credential(quint64 seed, const char* prefix, int length)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::number(seed) + ':' + prefix, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(prefix) + QString::fromLatin1(digest.left(length));
}

} // namespace

Sandbox::Sandbox(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &Sandbox::tick);
}

Sandbox::~Sandbox()
{
    stop();
}

Result<Endpoints> Sandbox::start(const Scenario& scenario)
{
    stop();
    m_scenario = scenario;
    m_ledger.clear();
    m_clock.reset(scenario.startMSecs, scenario.speed);
    m_world = std::make_unique<World>(scenario, &m_ledger);
    m_pendingStockEdits = scenario.stockEdits;
    m_sender = new WebhookSender(&m_ledger, this);

    Endpoints ep;
    ep.woocommerce.consumerKey = credential(scenario.seed, "ck_", 40);
    ep.woocommerce.consumerSecret = credential(scenario.seed, "cs_", 40);
    ep.commercetools.projectKey = QStringLiteral("lockstep-sandbox");
    ep.commercetools.clientId = credential(scenario.seed, "ctid_", 20);
    ep.commercetools.clientSecret = credential(scenario.seed, "ctsecret_", 32);
    ep.wms.clientId = credential(scenario.seed, "wmsid_", 20);
    ep.wms.clientSecret = credential(scenario.seed, "wmssecret_", 32);
    ep.wms.businessUnit = scenario.wms.businessUnit;
    ep.pos.accessToken = credential(scenario.seed, "EAAA", 60);

    m_woo = std::make_unique<WooCommerceService>(
        m_world.get(), &m_ledger, m_sender, ep.woocommerce.consumerKey, ep.woocommerce.consumerSecret);
    m_ct = std::make_unique<CommercetoolsService>(m_world.get(),
        &m_ledger,
        ep.commercetools.projectKey,
        ep.commercetools.clientId,
        ep.commercetools.clientSecret);
    m_wms = std::make_unique<DeposcoService>(m_world.get(), &m_ledger, ep.wms.clientId, ep.wms.clientSecret);
    m_pos = std::make_unique<PosService>(m_world.get(), ep.pos.accessToken);
    m_world->setWooOrderListener([this](int index, const QString& topic) { m_woo->orderChanged(index, topic); });

    SimService* services[4] = {m_woo.get(), m_ct.get(), m_wms.get(), m_pos.get()};
    QUrl roots[4];
    for (int i = 0; i < 4; ++i) {
        m_servers[i] = new LoopbackServer(services[i], &m_ledger, Rng(scenario.seed).fork(100 + i).next(), this);
        m_servers[i]->setFaultProfile(scenario.faultsFor(services[i]->systemName()));
        m_servers[i]->setBeforeRequest([this] { m_world->advanceTo(m_clock.nowMSecs()); });
        m_servers[i]->setExchangeObserver([this](const SimExchange& e) {
            if (m_recording)
                m_exchanges.append(e);
        });
        m_servers[i]->setClock(&m_clock);
        auto port = m_servers[i]->start();
        if (!port) {
            stop();
            return port.error();
        }
        roots[i] = m_servers[i]->baseUrl();
    }
    m_woo->setSiteUrl(roots[0]);
    m_woo->setDuplicateWebhookRate(m_servers[0]->faultProfile().duplicateWebhookRate);
    m_wms->setBaseUrl(roots[2]);
    const auto withPath = [](QUrl url, const QString& path) {
        url.setPath(path);
        return url;
    };
    ep.woocommerce.baseUrl = roots[0];
    ep.commercetools.apiUrl = roots[1];
    ep.commercetools.authUrl = roots[1];
    ep.wms.baseUrl = withPath(roots[2], QStringLiteral("/latest"));
    ep.wms.authUrl = withPath(roots[2], QStringLiteral("/oauth2/token"));
    ep.wms.atpUrl = withPath(roots[2], QStringLiteral("/ctrl/getRestfulATP"));
    ep.pos.baseUrl = roots[3];
    ep.woocommerceRoot = roots[0];
    ep.commercetoolsRoot = roots[1];
    ep.wmsRoot = roots[2];
    ep.posRoot = roots[3];
    m_endpoints = ep;
    m_running = true;
    m_world->advanceTo(m_clock.nowMSecs());
    m_timer.start();
    return ep;
}

void Sandbox::stop()
{
    m_timer.stop();
    for (auto*& s : m_servers) {
        if (s) {
            s->stop();
            delete s;
            s = nullptr;
        }
    }
    if (m_world)
        m_world->setWooOrderListener({});
    delete m_sender;
    m_sender = nullptr;
    m_running = false;
}

void Sandbox::tick()
{
    if (!m_world)
        return;
    const qint64 now = m_clock.nowMSecs();
    if (now == m_world->nowMSecs())
        return;
    m_world->advanceTo(now);
    for (qsizetype i = 0; i < m_pendingStockEdits.size();) {
        const Scenario::StockEdit& e = m_pendingStockEdits.at(i);
        if (m_scenario.startMSecs + e.afterMinutes * 60'000LL > now) {
            ++i;
            continue;
        }
        editListedStock(
            e.storefront == QLatin1String("commercetools") ? SimSystem::Commercetools : SimSystem::WooCommerce,
            e.sku,
            e.quantity,
            e.location);
        m_pendingStockEdits.removeAt(i);
    }
    Q_EMIT advanced(utcFromMSecs(now));
}

void Sandbox::advance(qint64 msecs)
{
    m_clock.advance(msecs);
    tick();
}

LoopbackServer* Sandbox::server(SimSystem system) const
{
    return m_servers[static_cast<int>(system)];
}

FaultProfile Sandbox::faultProfile(SimSystem system) const
{
    const auto* s = server(system);
    return s ? s->faultProfile() : FaultProfile{};
}

void Sandbox::setFaultProfile(SimSystem system, const FaultProfile& profile)
{
    if (auto* s = server(system))
        s->setFaultProfile(profile);
    if (system == SimSystem::WooCommerce && m_woo)
        m_woo->setDuplicateWebhookRate(profile.duplicateWebhookRate);
}

void Sandbox::setFaultProfile(const FaultProfile& profile)
{
    for (auto system : {SimSystem::WooCommerce, SimSystem::Commercetools, SimSystem::Wms, SimSystem::Pos})
        setFaultProfile(system, profile);
}

bool Sandbox::editListedStock(SimSystem storefront, const QString& sku, qint64 quantity, const QString& location)
{
    if (storefront == SimSystem::WooCommerce && m_woo)
        return m_woo->editListedStock(sku, quantity, location);
    if (storefront == SimSystem::Commercetools && m_ct)
        return m_ct->editListedStock(sku, quantity, location);
    return false;
}

void Sandbox::setSendsDate(bool on)
{
    for (auto* s : m_servers) {
        if (s)
            s->setClock(on ? &m_clock : nullptr);
    }
}

qint64 Sandbox::addWebhook(const QString& topic, const QUrl& deliveryUrl, const QByteArray& secret)
{
    return m_woo ? m_woo->addWebhook(topic, deliveryUrl, secret) : 0;
}

void Sandbox::setWooOrderBytes(qint64 wooId, const QByteArray& bytes)
{
    if (m_woo)
        m_woo->setRawOrder(wooId, bytes);
}

} // namespace lockstep::core::sim
