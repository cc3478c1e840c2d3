// SPDX-License-Identifier: GPL-3.0-or-later
#include "world.h"

#include "domain/clock.h"
#include "ledger.h"

#include <algorithm>
#include <climits>
#include <tuple>

namespace lockstep::core::sim {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

const QStringList kAdjectives = {QStringLiteral("Linen"),
    QStringLiteral("Canvas"),
    QStringLiteral("Merino"),
    QStringLiteral("Cotton"),
    QStringLiteral("Cedar"),
    QStringLiteral("Stoneware"),
    QStringLiteral("Copper"),
    QStringLiteral("Recycled"),
    QStringLiteral("Organic"),
    QStringLiteral("Waxed")};
const QStringList kNouns = {QStringLiteral("Shirt"),
    QStringLiteral("Tote"),
    QStringLiteral("Scarf"),
    QStringLiteral("Mug"),
    QStringLiteral("Candle"),
    QStringLiteral("Notebook"),
    QStringLiteral("Apron"),
    QStringLiteral("Jacket"),
    QStringLiteral("Bottle"),
    QStringLiteral("Blanket"),
    QStringLiteral("Cap")};
const QStringList kSizes = {
    QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL"), QStringLiteral("XXL")};
const QStringList kFirstNames = {QStringLiteral("Ada"),
    QStringLiteral("Bram"),
    QStringLiteral("Chloe"),
    QStringLiteral("Dev"),
    QStringLiteral("Elif"),
    QStringLiteral("Femi"),
    QStringLiteral("Greta"),
    QStringLiteral("Hugo"),
    QStringLiteral("Ines"),
    QStringLiteral("Jonas")};
const QStringList kLastNames = {QStringLiteral("Okafor"),
    QStringLiteral("Lindqvist"),
    QStringLiteral("Moreau"),
    QStringLiteral("Patel"),
    QStringLiteral("Schmidt"),
    QStringLiteral("Novak"),
    QStringLiteral("Rossi"),
    QStringLiteral("Kowalski"),
    QStringLiteral("Silva"),
    QStringLiteral("Byrne")};
const QStringList kCities = {QStringLiteral("Lyon"),
    QStringLiteral("Leipzig"),
    QStringLiteral("Utrecht"),
    QStringLiteral("Porto"),
    QStringLiteral("Ghent"),
    QStringLiteral("Graz")};
const QStringList kCountries = {QStringLiteral("FR"),
    QStringLiteral("DE"),
    QStringLiteral("NL"),
    QStringLiteral("PT"),
    QStringLiteral("BE"),
    QStringLiteral("AT")};
const QStringList kCarriers = {QStringLiteral("UPS"), QStringLiteral("FedEx"), QStringLiteral("DHL")};

/// Statuses after a full allocation, in order; "Ship Complete" is reached when the carrier collects.
const QStringList kFlow = {QStringLiteral("Ready for Fulfillment"),
    QStringLiteral("Wave Built"),
    QStringLiteral("Released"),
    QStringLiteral("Picking"),
    QStringLiteral("Pick Complete"),
    QStringLiteral("Staged"),
    QStringLiteral("Loaded"),
    QStringLiteral("Ship Complete")};

/// Statuses in which a whole order or any quantity can still be cancelled (api-notes §3.4).
const QStringList kCancelWindow = {QStringLiteral("Draft"),
    QStringLiteral("New"),
    QStringLiteral("Hold"),
    QStringLiteral("Ready for Fulfillment"),
    QStringLiteral("Wave Built"),
    QStringLiteral("Back Ordered")};

template <typename T> const T& pick(Rng& rng, const QList<T>& list)
{
    return list.at(static_cast<qsizetype>(rng.range(0, list.size() - 1)));
}

QString uuidFrom(Rng& rng)
{
    const QString hex = QString::number(rng.next(), 16).rightJustified(16, u'0')
        + QString::number(rng.next(), 16).rightJustified(16, u'0');
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20, 12);
}

int encodeUnit(int product, int variation)
{
    return product * 1000 + variation + 1;
}

QString trackingFor(const QString& carrier, qint64 id)
{
    const QString digits = QString::number(id * 7919 % 100000000000LL).rightJustified(11, u'0');
    if (carrier == QStringLiteral("UPS"))
        return QStringLiteral("1Z999AA1") + digits;
    if (carrier == QStringLiteral("FedEx"))
        return QStringLiteral("7") + digits;
    return QStringLiteral("JD01") + digits;
}

QString trackingBaseUrl(const QString& carrier)
{
    if (carrier == QStringLiteral("UPS"))
        return QStringLiteral("https://www.ups.com/track?tracknum=");
    if (carrier == QStringLiteral("FedEx"))
        return QStringLiteral("https://www.fedex.com/fedextrack/?trknbr=");
    return QStringLiteral("https://www.dhl.com/track?tracking-id=");
}

} // namespace

World::World(const Scenario& scenario, Ledger* ledger)
    : m_scenario(scenario)
    , m_ledger(ledger)
    , m_runtimeRng(Rng(scenario.seed).fork(4))
    , m_now(scenario.startMSecs)
{
    const Rng root(scenario.seed);
    buildCatalogue(root.fork(1));
    planOrders(root.fork(2));
    planPos(root.fork(3));
}

// ---------------------------------------------------------------------------------------------- catalogue

int World::addItem(const QString& number, const QString& name, qint64 priceMinor, QList<BundleComponent> components)
{
    WmsItem item;
    item.id = 800001 + m_items.size();
    item.number = number;
    item.name = name;
    item.priceMinor = priceMinor;
    item.components = std::move(components);
    item.createdMSecs = m_scenario.startMSecs - 90 * 24 * kHour;
    m_itemIndex.insert(number, static_cast<int>(m_items.size()));
    m_items.append(item);
    return static_cast<int>(m_items.size()) - 1;
}

void World::buildCatalogue(Rng rng)
{
    const auto& c = m_scenario.catalogue;
    qint64 nextId = 101;
    const qint64 created = m_scenario.startMSecs - 30 * 24 * kHour;
    const auto stockFor = [&](const QString& sku, bool empty) {
        int total = 0;
        for (const auto& f : std::as_const(m_scenario.facilities)) {
            const int n = empty ? 0 : static_cast<int>(rng.range(c.stockMin, c.stockMax));
            cell(sku, f.number).onHand = n;
            total += n;
        }
        return total;
    };
    const auto addProduct = [&](const QString& name, const QString& sku, qint64 price) -> CatalogueProduct& {
        CatalogueProduct p;
        p.id = nextId++;
        p.name = name;
        p.sku = sku;
        p.wmsSku = sku;
        p.priceMinor = price;
        p.modifiedMSecs = created;
        m_products.append(p);
        return m_products.last();
    };
    QList<int> simpleProducts;
    for (int i = 0; i < c.products; ++i) {
        const QString name = pick(rng, kAdjectives) + u' ' + pick(rng, kNouns);
        const QString sku = QStringLiteral("LS-%1").arg(1001 + i);
        const qint64 price = rng.range(8, 90) * 100 + (rng.chance(0.5) ? 95 : 0);
        // The first product is always simple: the duplicate-SKU listing copies it.
        const bool variable = i > 0 && rng.chance(c.variableShare);
        CatalogueProduct& p = addProduct(name, sku, price);
        if (!variable) {
            addItem(sku, name, price);
            p.storeStock = stockFor(sku, false);
            simpleProducts.append(static_cast<int>(m_products.size()) - 1);
            m_normalUnits.append(encodeUnit(static_cast<int>(m_products.size()) - 1, -1));
            continue;
        }
        p.variable = true;
        p.wmsSku.clear();
        const int count = std::clamp(c.variationsPerProduct, 1, static_cast<int>(kSizes.size()));
        for (int v = 0; v < count; ++v) {
            CatalogueVariation var;
            var.id = nextId++;
            var.attribute = kSizes.at(v);
            var.ownSku = sku + u'-' + var.attribute;
            var.wmsSku = var.ownSku;
            var.priceMinor = price;
            var.modifiedMSecs = created;
            addItem(var.wmsSku, name + QStringLiteral(" - ") + var.attribute, price);
            var.storeStock = stockFor(var.wmsSku, false);
            m_products.last().variations.append(var);
            m_normalUnits.append(encodeUnit(static_cast<int>(m_products.size()) - 1, v));
        }
    }
    for (int b = 0; b < c.bundles && simpleProducts.size() >= 2; ++b) {
        const int first = simpleProducts.at(static_cast<qsizetype>(rng.range(0, simpleProducts.size() - 1)));
        int second = simpleProducts.at(static_cast<qsizetype>(rng.range(0, simpleProducts.size() - 1)));
        if (second == first)
            second = simpleProducts.at((simpleProducts.indexOf(first) + 1) % simpleProducts.size());
        const QList<BundleComponent> parts = {{m_products.at(first).sku, 1}, {m_products.at(second).sku, 2}};
        const QString sku = QStringLiteral("BND-%1").arg(b + 1, 2, 10, QChar(u'0'));
        const QString name =
            QStringLiteral("Gift set: %1 + %2").arg(m_products.at(first).name, m_products.at(second).name);
        const qint64 price = m_products.at(first).priceMinor + m_products.at(second).priceMinor;
        addItem(sku, name, price, parts);
        CatalogueProduct& p = addProduct(name, sku, price);
        p.bundle = true;
        p.storeStock = availableToPromise(sku, m_scenario.facilities.first().number);
        m_normalUnits.append(encodeUnit(static_cast<int>(m_products.size()) - 1, -1));
    }

    // One product per SKU failure mode, so a planted failure is always the same recognisable listing.
    CatalogueProduct& unknown =
        addProduct(QStringLiteral("Gift card (storefront only)"), QStringLiteral("GC-STORE"), 2500);
    unknown.wmsSku.clear();
    unknown.storeStock = 999;
    m_failureUnits.insert(PlannedFailure::UnknownSku, encodeUnit(static_cast<int>(m_products.size()) - 1, -1));

    const CatalogueProduct original = m_products.first();
    CatalogueProduct& duplicate =
        addProduct(original.name + QStringLiteral(" (second listing)"), original.sku, original.priceMinor);
    duplicate.storeStock = original.storeStock;
    m_failureUnits.insert(PlannedFailure::DuplicateSku, encodeUnit(static_cast<int>(m_products.size()) - 1, -1));

    CatalogueProduct& beanie = addProduct(QStringLiteral("Wool Beanie"), QStringLiteral("BEANIE"), 2400);
    beanie.variable = true;
    beanie.wmsSku.clear();
    for (const auto& [attribute, ownSku, wmsSku] :
        {std::tuple{QStringLiteral("Grey"), QStringLiteral("BEANIE-GRY"), QStringLiteral("BEANIE-GRY")},
            std::tuple{QStringLiteral("Navy"), QString(), QStringLiteral("BEANIE-NVY")}}) {
        CatalogueVariation var;
        var.id = nextId++;
        var.attribute = attribute;
        var.ownSku = ownSku;
        var.wmsSku = wmsSku;
        var.priceMinor = 2400;
        var.modifiedMSecs = created;
        addItem(wmsSku, QStringLiteral("Wool Beanie - ") + attribute, 2400);
        var.storeStock = stockFor(wmsSku, false);
        m_products.last().variations.append(var);
    }
    m_failureUnits.insert(PlannedFailure::VariationParentSku, encodeUnit(static_cast<int>(m_products.size()) - 1, 1));

    CatalogueProduct& scarce =
        addProduct(QStringLiteral("Limited print (sold out in the warehouse)"), QStringLiteral("PRINT-LTD"), 4500);
    addItem(scarce.sku, scarce.name, 4500);
    stockFor(scarce.sku, true);
    m_products.last().storeStock = 40; // the storefront still believes it has some
    m_failureUnits.insert(PlannedFailure::AllocationFailure, encodeUnit(static_cast<int>(m_products.size()) - 1, -1));
}

// ---------------------------------------------------------------------------------------------- plans

void World::planOrders(Rng rng)
{
    double weightSum = 0;
    for (double w : m_scenario.hourlyWeights)
        weightSum += w;
    if (weightSum <= 0)
        weightSum = 1;
    const int startHour = utcFromMSecs(m_scenario.startMSecs).time().hour();
    qint64 nextWooId = 1001;
    qint64 nextCtNumber = 100001;
    for (int h = 0; h < m_scenario.durationHours; ++h) {
        const double expected = m_scenario.ordersPerDay
            * m_scenario.hourlyWeights.at(static_cast<size_t>((startHour + h) % 24)) / weightSum;
        int count = static_cast<int>(expected);
        if (rng.chance(expected - count))
            ++count;
        // (when, the failure it must carry; None: the random draw decides)
        QList<std::pair<qint64, PlannedFailure>> times;
        for (int i = 0; i < count; ++i)
            times.append({m_scenario.startMSecs + h * kHour + rng.range(0, kHour - 1), PlannedFailure::None});
        if (h == 0 && m_scenario.failuresFirst) {
            // The opening orders: one per failure mode, a minute apart, ahead of the hour's own.
            int opening = 0;
            for (int f = 1; f < kFailureCount; ++f) {
                if (m_scenario.failureRates.at(static_cast<size_t>(f)) > 0)
                    times.append(
                        {m_scenario.startMSecs - kMinute + ++opening * kMinute, static_cast<PlannedFailure>(f)});
            }
        }
        std::stable_sort(times.begin(), times.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [at, forced] : std::as_const(times)) {
            StorefrontOrder o;
            double u = rng.uniform();
            for (int f = 1; f < kFailureCount; ++f) {
                u -= m_scenario.failureRates.at(static_cast<size_t>(f));
                if (u < 0) {
                    o.failure = static_cast<PlannedFailure>(f);
                    break;
                }
            }
            if (forced != PlannedFailure::None)
                o.failure = forced;
            // Version conflicts only exist on commercetools; duplicate SKUs only on WooCommerce (commercetools refuses
            // them), as do orders keyed in the admin and a plugin that refuses to complete an order.
            const bool ctDraw = rng.chance(m_scenario.commercetoolsShare);
            const bool wooOnly = o.failure == PlannedFailure::DuplicateSku
                || o.failure == PlannedFailure::UnroutedChannel || o.failure == PlannedFailure::ShippedUpdateRefused;
            // The opening orders go to WooCommerce, whose orders an engine reads and sends first.
            o.commercetools =
                o.failure == PlannedFailure::VersionConflict || (ctDraw && !wooOnly && forced == PlannedFailure::None);
            o.createdMSecs = at;
            o.modifiedMSecs = at;
            if (o.commercetools) {
                o.number = QStringLiteral("CT-%1").arg(nextCtNumber++);
                o.ctId = uuidFrom(rng);
            } else {
                o.wooId = nextWooId++;
                o.number = QString::number(o.wooId);
            }
            o.conflictPending = o.failure == PlannedFailure::VersionConflict;
            const int lineCount = static_cast<int>(rng.range(1, 3));
            QList<int> used;
            qint64 lineId = o.commercetools ? 1 : o.wooId * 10;
            const auto addLine = [&](int unit) {
                OrderLine line;
                line.id = lineId++;
                line.product = unit / 1000;
                line.variation = unit % 1000 - 1;
                line.quantity = static_cast<int>(rng.range(1, 2));
                const auto& p = m_products.at(line.product);
                line.unitPriceMinor = line.variation >= 0 ? p.variations.at(line.variation).priceMinor : p.priceMinor;
                o.lines.append(line);
            };
            for (int i = 0; i < lineCount && !m_normalUnits.isEmpty(); ++i) {
                const int unit = pick(rng, m_normalUnits);
                if (!used.contains(unit)) {
                    used.append(unit);
                    addLine(unit);
                }
            }
            if (m_failureUnits.contains(o.failure))
                addLine(m_failureUnits.value(o.failure));
            const qint64 subtotal = o.subtotalMinor();
            if (rng.chance(0.2))
                o.discountMinor = subtotal / 10;
            o.shippingMinor = subtotal >= 5000 ? 0 : 495;
            if (o.failure == PlannedFailure::TotalsDiffer)
                o.feeMinor = 250;
            o.taxMinor = (subtotal - o.discountMinor + o.shippingMinor + 2) / 5; // 20 %, rounded half up
            o.firstName = pick(rng, kFirstNames);
            o.lastName = pick(rng, kLastNames);
            const int place = static_cast<int>(rng.range(0, kCities.size() - 1));
            o.city = kCities.at(place);
            o.country = kCountries.at(place);
            o.postcode = QString::number(rng.range(10000, 99999));
            o.paymentMethod =
                o.failure == PlannedFailure::PaymentStuck ? QStringLiteral("bacs") : QStringLiteral("stripe");
            const qint64 delay =
                rng.range(m_scenario.paymentDelayMinMinutes, m_scenario.paymentDelayMaxMinutes) * kMinute;
            o.plannedPaidMSecs = o.failure == PlannedFailure::PaymentStuck ? -1 : at + delay;
            if (o.failure == PlannedFailure::UnmappedCheckoutField) {
                o.wooMeta.push_back({{"id", o.nextMetaId++}, {"key", "_delivery_window"}, {"value", "evening 18-21"}});
                o.ctCustomFields["deliveryWindow"] = "evening 18-21";
            }
            o.wooMeta.push_back(
                {{"id", o.nextMetaId++}, {"key", "_order_attribution_source_type"}, {"value", "organic"}});
            m_orderByNumber.insert(o.number, static_cast<int>(m_orders.size()));
            m_orders.append(o);
        }
    }
}

void World::planPos(Rng rng)
{
    QStringList skus;
    for (const auto& item : std::as_const(m_items)) {
        if (item.components.isEmpty() && item.number.startsWith(QStringLiteral("LS-")))
            skus.append(item.number);
    }
    if (skus.isEmpty())
        return;
    QList<PosEvent> events;
    int saleNumber = 0;
    const qint64 span = m_scenario.durationHours * kHour;
    for (const QString& store : std::as_const(m_scenario.pos.stores)) {
        for (const QString& sku : std::as_const(skus))
            m_posStock.insert({store, sku}, static_cast<int>(rng.range(5, 30)));
        const int sales =
            static_cast<int>(static_cast<qint64>(m_scenario.pos.salesPerDay) * m_scenario.durationHours / 24);
        for (int i = 0; i < sales; ++i) {
            PosEvent sale;
            sale.id = QStringLiteral("S-%1").arg(++saleNumber, 6, 10, QChar(u'0'));
            sale.store = store;
            sale.sku = pick(rng, skus);
            sale.quantity = static_cast<int>(rng.range(1, 2));
            sale.unitPriceMinor = m_items.at(findItem(sale.sku)).priceMinor;
            sale.atMSecs = m_scenario.startMSecs + rng.range(0, span - 1);
            events.append(sale);
            if (rng.chance(m_scenario.pos.returnRate)) {
                PosEvent ret = sale;
                ret.id = QStringLiteral("R-%1").arg(saleNumber, 6, 10, QChar(u'0'));
                ret.isReturn = true;
                ret.quantity = -sale.quantity;
                ret.originalId = sale.id;
                ret.atMSecs = sale.atMSecs + rng.range(10, 240) * kMinute;
                ret.restock = saleNumber % 4 != 0; // one return in four is not fit to sell again
                events.append(ret);
            }
        }
    }
    std::stable_sort(
        events.begin(), events.end(), [](const PosEvent& a, const PosEvent& b) { return a.atMSecs < b.atMSecs; });
    for (qsizetype i = 0; i < events.size(); ++i)
        events[i].version = i + 1;
    m_posEvents = events;
}

bool World::setPosCount(const QString& store, const QString& sku, int quantity)
{
    if (!m_scenario.pos.stores.contains(store) || !m_posStock.contains({store, sku}))
        return false;
    m_posStock[{store, sku}] = quantity;
    m_ledger->count(QStringLiteral("pos.physical_counts"));
    m_ledger->countFor(QStringLiteral("pos_physical_counts"), store + u'/' + sku);
    return true;
}

int World::findPosEvent(const QString& id) const
{
    for (int i = 0; i < m_posApplied; ++i) {
        if (m_posEvents.at(i).id == id)
            return i;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------- time

void World::advanceTo(qint64 nowMSecs)
{
    if (nowMSecs < m_now)
        return;
    m_now = nowMSecs;
    while (m_nextToPlace < m_orders.size() && m_orders.at(m_nextToPlace).createdMSecs <= m_now)
        placeOrder(m_nextToPlace++);
    for (int i = 0; i < m_nextToPlace; ++i) {
        StorefrontOrder& o = m_orders[i];
        if (o.paidMSecs < 0 && o.plannedPaidMSecs >= 0 && o.plannedPaidMSecs <= m_now
            && o.wooStatus != QStringLiteral("cancelled") && o.ctOrderState != QStringLiteral("Cancelled"))
            payOrder(i, o.plannedPaidMSecs);
    }
    for (auto& so : m_salesOrders) {
        int guard = 0;
        while (so.nextStepMSecs > 0 && so.nextStepMSecs <= m_now && guard++ < 32)
            stepSalesOrder(so, so.nextStepMSecs);
    }
    // Cancellation after lock: the customer cancels once the warehouse has released the order.
    for (int i = 0; i < m_nextToPlace; ++i) {
        StorefrontOrder& o = m_orders[i];
        if (o.failure != PlannedFailure::CancelAfterLock || o.paidMSecs < 0
            || o.wooStatus == QStringLiteral("cancelled") || o.ctOrderState == QStringLiteral("Cancelled"))
            continue;
        bool locked = false;
        for (const auto& so : std::as_const(m_salesOrders)) {
            if (so.storefront == i && kFlow.indexOf(so.status) >= kFlow.indexOf(QStringLiteral("Released")))
                locked = true;
        }
        if (locked || m_now >= o.paidMSecs + 8 * kHour)
            cancelStorefrontOrder(i, m_now);
    }
    while (m_posApplied < m_posEvents.size() && m_posEvents.at(m_posApplied).atMSecs <= m_now) {
        const PosEvent& e = m_posEvents.at(m_posApplied++);
        if (e.isReturn && !e.restock)
            m_posWaste[{e.store, e.sku}] -= e.quantity;
        else
            m_posStock[{e.store, e.sku}] -= e.quantity;
        m_ledger->count(e.isReturn ? QStringLiteral("pos.returns") : QStringLiteral("pos.sales"));
    }
}

void World::placeOrder(int index)
{
    StorefrontOrder& o = m_orders[index];
    o.placed = true;
    if (o.failure == PlannedFailure::PaymentStuck)
        o.wooStatus = QStringLiteral("on-hold");
    m_ledger->count(QStringLiteral("orders.placed"));
    m_ledger->count(
        o.commercetools ? QStringLiteral("orders.placed.commercetools") : QStringLiteral("orders.placed.woocommerce"));
    if (o.failure != PlannedFailure::None)
        m_ledger->count(QStringLiteral("planted.") + failureKey(o.failure));
    if (!o.commercetools && m_wooListener)
        m_wooListener(index, QStringLiteral("order.created"));
}

void World::payOrder(int index, qint64 at)
{
    StorefrontOrder& o = m_orders[index];
    o.paidMSecs = at;
    o.modifiedMSecs = at;
    m_ledger->count(QStringLiteral("orders.paid"));
    m_ledger->countFor(QStringLiteral("paid"), o.number);
    if (o.commercetools) {
        o.ctPaymentState = QStringLiteral("Paid");
        o.ctOrderState = QStringLiteral("Confirmed");
        bumpCt(o, at);
        return;
    }
    o.wooStatus = QStringLiteral("processing");
    adjustStoreStock(o, -1); // WooCommerce reduces stock when payment completes
    if (m_wooListener)
        m_wooListener(index, QStringLiteral("order.updated"));
}

void World::cancelStorefrontOrder(int index, qint64 at)
{
    StorefrontOrder& o = m_orders[index];
    o.modifiedMSecs = at;
    m_ledger->count(QStringLiteral("orders.cancelled"));
    m_ledger->countFor(QStringLiteral("storefront_cancelled"), o.number);
    if (o.commercetools) {
        o.ctOrderState = QStringLiteral("Cancelled");
        bumpCt(o, at);
        return;
    }
    o.wooStatus = QStringLiteral("cancelled");
    if (o.paidMSecs >= 0)
        adjustStoreStock(o, +1); // WooCommerce puts back the stock a paid order had taken
    if (m_wooListener)
        m_wooListener(index, QStringLiteral("order.updated"));
}

void World::adjustStoreStock(const StorefrontOrder& order, int sign)
{
    for (const auto& line : order.lines) {
        auto& p = m_products[line.product];
        if (line.variation >= 0)
            p.variations[line.variation].storeStock += sign * line.quantity;
        else
            p.storeStock += sign * line.quantity;
    }
}

void World::bumpCt(StorefrontOrder& order, qint64 at)
{
    ++order.version;
    order.modifiedMSecs = std::max(order.modifiedMSecs, at);
}

void World::touchOrder(int index)
{
    StorefrontOrder& o = m_orders[index];
    o.modifiedMSecs = std::max(o.modifiedMSecs + 1, m_now);
    if (o.commercetools)
        ++o.version;
    else if (m_wooListener)
        m_wooListener(index, QStringLiteral("order.updated"));
}

// ---------------------------------------------------------------------------------------------- lookups

QString World::lineSku(const OrderLine& line) const
{
    const auto& p = m_products.at(line.product);
    if (line.variation >= 0 && !p.variations.at(line.variation).ownSku.isEmpty())
        return p.variations.at(line.variation).ownSku;
    return p.sku;
}

QString World::lineName(const OrderLine& line) const
{
    const auto& p = m_products.at(line.product);
    return line.variation >= 0 ? p.name + QStringLiteral(" - ") + p.variations.at(line.variation).attribute : p.name;
}

int World::findWooOrder(qint64 id) const
{
    const int i = m_orderByNumber.value(QString::number(id), -1);
    return i >= 0 && i < m_nextToPlace && !m_orders.at(i).commercetools ? i : -1;
}

int World::findCtOrder(const QString& id) const
{
    for (int i = 0; i < m_nextToPlace; ++i) {
        if (m_orders.at(i).commercetools && m_orders.at(i).ctId == id)
            return i;
    }
    return -1;
}

int World::findOrderByNumber(const QString& number) const
{
    const int i = m_orderByNumber.value(number, -1);
    return i < m_nextToPlace ? i : -1;
}

int World::findProduct(qint64 id) const
{
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int World::findItemById(qint64 id) const
{
    const qint64 index = id - 800001;
    return index >= 0 && index < m_items.size() ? static_cast<int>(index) : -1;
}

namespace {

/// The index of the record with this id, -1 if none.
template <typename Record> int indexOfId(const QList<Record>& records, qint64 id)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

/// The index of the newest record with this number, -1 if none.
template <typename Record> int indexOfNumber(const QList<Record>& records, const QString& number)
{
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        if (records.at(i).number == number)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

int World::findSalesOrder(qint64 id) const
{
    return indexOfId(m_salesOrders, id);
}

int World::findSalesOrderByNumber(const QString& number) const
{
    return indexOfNumber(m_salesOrders, number);
}

int World::onHand(const QString& item, const QString& facility) const
{
    return m_stock.value({item, facility}).onHand;
}

int World::availableToPromise(const QString& item, const QString& facility) const
{
    const int index = findItem(item);
    if (index < 0)
        return 0;
    const auto& components = m_items.at(index).components;
    if (components.isEmpty()) {
        const StockCell c = m_stock.value({item, facility});
        return std::max(0, c.onHand - c.allocated);
    }
    int kits = INT_MAX;
    for (const auto& part : components)
        kits = std::min(kits, availableToPromise(part.sku, facility) / std::max(1, part.quantity));
    return kits == INT_MAX ? 0 : kits;
}

// ---------------------------------------------------------------------------------------------- WMS

int World::addSalesOrder(SalesOrder order)
{
    order.id = m_nextWmsId++;
    if (order.number.isEmpty())
        order.number = QStringLiteral("SO-%1").arg(order.id);
    if (order.facility.isEmpty())
        order.facility = m_scenario.facilities.first().number;
    order.createdMSecs = m_now;
    order.updatedMSecs = m_now;
    order.status = QStringLiteral("New");
    order.nextStepMSecs = m_now + std::max(1, m_scenario.wms.allocateAfterMinutes) * kMinute;
    order.storefront = findOrderByNumber(order.customerOrderNumber);
    int lineNumber = 0;
    for (auto& line : order.lines) {
        line.id = m_nextWmsId++;
        line.lineNumber = ++lineNumber;
        line.status = QStringLiteral("New");
    }
    countArrival(QStringLiteral("sales_orders_received"),
        order.customerOrderNumber,
        order.number,
        QStringLiteral("wms.orders_received_more_than_once"));
    m_salesOrders.append(order);
    return static_cast<int>(m_salesOrders.size()) - 1;
}

void World::countArrival(
    const QString& kind, const QString& customerNumber, const QString& number, const QString& again)
{
    const QString key = customerNumber.isEmpty() ? number : customerNumber;
    m_ledger->count(QStringLiteral("wms.") + kind);
    m_ledger->countFor(kind, key);
    if (m_ledger->counterFor(kind, key) == 2)
        m_ledger->count(again);
}

int World::findCustomerReturn(qint64 id) const
{
    return indexOfId(m_customerReturns, id);
}

int World::findCustomerReturnByNumber(const QString& number) const
{
    return indexOfNumber(m_customerReturns, number);
}

int World::addCustomerReturn(CustomerReturn customerReturn)
{
    customerReturn.id = m_nextWmsId++;
    customerReturn.createdMSecs = m_now;
    customerReturn.updatedMSecs = m_now;
    customerReturn.status = QStringLiteral("New");
    for (auto& line : customerReturn.lines)
        line.id = m_nextWmsId++;
    countArrival(QStringLiteral("customer_returns_created"),
        customerReturn.customerOrderNumber,
        customerReturn.number,
        QStringLiteral("wms.customer_returns_created_more_than_once"));
    m_customerReturns.append(customerReturn);
    return static_cast<int>(m_customerReturns.size()) - 1;
}

Status World::updateCustomerReturn(int index, const CustomerReturn& sent)
{
    CustomerReturn& current = m_customerReturns[index];
    if (current.status == QStringLiteral("Canceled"))
        return makeError(ErrorCode::Refused,
            QStringLiteral("Customer return %1 cannot be updated while in the status of %2.")
                .arg(current.number, current.status));
    // Checked in full before anything changes: a refused update leaves the return as it was.
    for (const auto& line : sent.lines) {
        for (const auto& held : std::as_const(current.lines)) {
            if (held.lineNumber != line.lineNumber)
                continue;
            if (held.item != line.item)
                return makeError(ErrorCode::Refused,
                    QStringLiteral("Order line %1 of customer return %2 is for item %3.")
                        .arg(held.lineNumber, current.number, held.item));
            if (line.orderQty < held.orderQty)
                return makeError(ErrorCode::Refused,
                    QStringLiteral(
                        "Decreasing the quantity of order line %1 is a cancellation: use the cancellations endpoint.")
                        .arg(held.lineNumber));
        }
    }
    if (!sent.customerOrderNumber.isEmpty())
        current.customerOrderNumber = sent.customerOrderNumber;
    if (!sent.relatedOrderNumber.isEmpty())
        current.relatedOrderNumber = sent.relatedOrderNumber;
    if (!sent.orderSource.isEmpty())
        current.orderSource = sent.orderSource;
    current.facility = sent.facility;
    for (const auto& line : sent.lines) {
        const auto held = std::find_if(current.lines.begin(),
            current.lines.end(),
            [&line](const CustomerReturnLine& l) { return l.lineNumber == line.lineNumber; });
        if (held != current.lines.end()) {
            held->orderQty = line.orderQty;
            continue;
        }
        CustomerReturnLine added = line;
        added.id = m_nextWmsId++;
        current.lines.append(added);
    }
    current.updatedMSecs = m_now;
    m_ledger->count(QStringLiteral("wms.customer_returns_updated"));
    return {};
}

bool World::allocate(SalesOrder& order)
{
    bool complete = true;
    for (auto& line : order.lines) {
        const int need = line.unallocated();
        if (need <= 0)
            continue;
        const int got = std::min(need, availableToPromise(line.item, order.facility));
        if (got > 0) {
            const int index = findItem(line.item);
            const auto components = index >= 0 ? m_items.at(index).components : QList<BundleComponent>{};
            if (components.isEmpty())
                cell(line.item, order.facility).allocated += got;
            for (const auto& part : components)
                cell(part.sku, order.facility).allocated += got * part.quantity;
            line.allocatedQty += got;
        }
        line.status = line.unallocated() > 0 ? QStringLiteral("Back Ordered") : QStringLiteral("Open");
        complete = complete && line.unallocated() <= 0;
    }
    return complete;
}

void World::deallocate(SalesOrder& order, SalesOrderLine& line, int quantity)
{
    const int release = std::min(quantity, line.allocatedQty);
    if (release <= 0)
        return;
    const int index = findItem(line.item);
    const auto components = index >= 0 ? m_items.at(index).components : QList<BundleComponent>{};
    if (components.isEmpty())
        cell(line.item, order.facility).allocated -= release;
    for (const auto& part : components)
        cell(part.sku, order.facility).allocated -= release * part.quantity;
    line.allocatedQty -= release;
}

void World::stepSalesOrder(SalesOrder& order, qint64 at)
{
    const qint64 step = std::max(1, m_scenario.wms.stepMinutes) * kMinute;
    const QString before = order.status;
    order.nextStepMSecs = at + step;
    if (order.status == QStringLiteral("New") || order.status == QStringLiteral("Back Ordered")
        || order.status == QStringLiteral("Partially Released")) {
        bool anyAllocated = false;
        const bool complete = allocate(order);
        for (const auto& line : std::as_const(order.lines))
            anyAllocated = anyAllocated || line.allocatedQty > 0;
        if (complete)
            order.status =
                order.status == QStringLiteral("Partially Released") ? QStringLiteral("Released") : kFlow.first();
        else if (anyAllocated && order.status == QStringLiteral("Back Ordered"))
            order.status = QStringLiteral("Partially Released");
        else if (order.status == QStringLiteral("New")) {
            order.status = QStringLiteral("Back Ordered");
            m_ledger->count(QStringLiteral("wms.allocation_failures"));
            m_ledger->countFor(QStringLiteral("allocation_failures"), order.customerOrderNumber);
        }
        if (!complete)
            order.nextStepMSecs = at + 6 * step; // waits for stock; retried now and then
    } else {
        const int position = kFlow.indexOf(order.status);
        if (position < 0 || order.status == QStringLiteral("Ship Complete")) {
            order.nextStepMSecs = 0; // Hold, Canceled, Draft, Ship Complete: nothing moves by itself
            return;
        }
        const QString next = kFlow.at(position + 1);
        const bool neverCollected =
            order.storefront >= 0 && m_orders.at(order.storefront).failure == PlannedFailure::CarrierNeverConfirmed;
        if (next == QStringLiteral("Ship Complete") && neverCollected) {
            order.nextStepMSecs = 0;
            return;
        }
        if (next == QStringLiteral("Ship Complete")) {
            // The carrier collects; a split order stays Loaded until its last shipment has gone too.
            if (collectShipment(order, at))
                order.status = next;
            order.updatedMSecs = at;
            return;
        }
        order.status = next;
        for (auto& line : order.lines) {
            if (next == QStringLiteral("Pick Complete"))
                line.pickedQty = line.allocatedQty;
            line.status = next == QStringLiteral("Released") ? QStringLiteral("Released")
                : next == QStringLiteral("Picking")          ? QStringLiteral("Picking")
                                                             : QStringLiteral("In Progress");
        }
        if (next == QStringLiteral("Staged"))
            stageShipment(order, at);
    }
    if (order.status != before)
        order.updatedMSecs = at;
}

void World::stageShipment(SalesOrder& order, qint64 at)
{
    const QString carrier = order.shipVendor.isEmpty() ? pick(m_runtimeRng, kCarriers) : order.shipVendor;
    // Split by the order's id rather than a draw, so a split changes no other random outcome of the run.
    const bool split = order.lines.size() > 1
        && static_cast<double>((static_cast<quint64>(order.id) * 2654435761ULL) % 1000)
            < m_scenario.wms.splitShipmentRate * 1000;
    const auto makeShipment = [&](bool withUnits, qsizetype firstLine = 0, qsizetype endLine = -1) {
        OutboundShipment s;
        s.id = m_nextWmsId++;
        s.number = QStringLiteral("SH-%1").arg(s.id);
        s.status = QStringLiteral("Packed");
        s.salesOrderId = order.id;
        s.orderNumber = order.number;
        s.customerOrderNumber = order.customerOrderNumber;
        s.shipVendor = carrier;
        s.shipMethod = order.shipMethod.isEmpty() ? QStringLiteral("Ground") : order.shipMethod;
        s.trackingNumber = trackingFor(carrier, s.id);
        s.trackingUrl = trackingBaseUrl(carrier);
        s.facility = order.facility;
        s.createdMSecs = at;
        s.updatedMSecs = at;
        const qsizetype end = endLine < 0 ? order.lines.size() : endLine;
        for (qsizetype i = firstLine; i < end; ++i) {
            const auto& line = order.lines.at(i);
            if (withUnits && line.pickedQty > 0)
                s.lines.append({m_nextWmsId++, line.id, line.item, line.pickedQty, 0});
        }
        m_shipments.append(s);
        m_ledger->count(withUnits ? QStringLiteral("wms.labels_printed") : QStringLiteral("wms.labels_without_units"));
    };
    if (split) {
        makeShipment(true, 0, order.lines.size() / 2);
        makeShipment(true, order.lines.size() / 2);
        m_ledger->count(QStringLiteral("wms.split_shipments"));
        m_ledger->countFor(QStringLiteral("split_shipments"), order.customerOrderNumber);
    } else {
        makeShipment(true);
    }
    if (m_runtimeRng.chance(m_scenario.wms.extraLabelRate))
        makeShipment(false);
}

bool World::collectShipment(SalesOrder& order, qint64 at)
{
    // The shipments with units the carrier has not collected yet; a split order's first leaves on its own.
    QList<OutboundShipment*> waiting;
    for (auto& s : m_shipments) {
        if (s.salesOrderId == order.id && !s.lines.isEmpty() && s.status != QStringLiteral("Shipped"))
            waiting.append(&s);
    }
    // A line's picked units leave the building: stock at the facility (a kit's components) drops.
    const auto leave = [this, &order](SalesOrderLine& line) {
        const int qty = line.pickedQty - line.shippedQty;
        const int index = findItem(line.item);
        const auto components = index >= 0 ? m_items.at(index).components : QList<BundleComponent>{};
        const QList<BundleComponent> parts = components.isEmpty() ? QList<BundleComponent>{{line.item, 1}} : components;
        for (const auto& part : parts) {
            auto& c = cell(part.sku, order.facility);
            c.onHand -= qty * part.quantity;
            c.allocated -= qty * part.quantity;
        }
        line.shippedQty = line.pickedQty;
        line.status = QStringLiteral("Complete");
    };
    const bool partial = waiting.size() > 1;
    if (partial)
        waiting.resize(1);
    for (OutboundShipment* s : std::as_const(waiting)) {
        s->status = QStringLiteral("Shipped");
        s->shippedMSecs = at;
        s->updatedMSecs = at;
        for (auto& sl : s->lines) {
            sl.shippedQty = sl.orderQty;
            for (auto& line : order.lines) {
                if (line.id != sl.orderLineId || line.shippedQty >= line.pickedQty)
                    continue;
                leave(line);
            }
        }
    }
    if (partial) {
        m_ledger->count(QStringLiteral("wms.partial_collections"));
        return false;
    }
    // Lines no shipment carried (a label without units only) leave with the last collection, as before.
    for (auto& line : order.lines) {
        if (line.shippedQty < line.pickedQty)
            leave(line);
    }
    order.actualShipMSecs = at;
    m_ledger->count(QStringLiteral("wms.shipments_collected"));
    m_ledger->countFor(QStringLiteral("shipments_collected"), order.customerOrderNumber);
    return true;
}

Status World::cancelSalesOrder(int index, const QList<QPair<qint64, int>>& quantities)
{
    SalesOrder& order = m_salesOrders[index];
    const bool window = kCancelWindow.contains(order.status);
    const bool backOrderedOnly = order.status == QStringLiteral("Partially Released");
    const auto refuse = [&](const QString& message) -> Status {
        m_ledger->count(QStringLiteral("wms.cancellations_refused"));
        m_ledger->countFor(QStringLiteral("cancellations_refused"), order.customerOrderNumber);
        return makeError(ErrorCode::Refused, message, order.number);
    };
    if (!window && !backOrderedOnly)
        return refuse(
            QStringLiteral("Sales order %1 cannot be canceled in status %2.").arg(order.number, order.status));
    QList<QPair<int, int>> plan; // line index, quantity
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const auto& line = order.lines.at(i);
        const int cancellable = backOrderedOnly ? line.unallocated() : line.orderQty - line.canceledQty;
        int wanted = quantities.isEmpty() ? cancellable : 0;
        for (const auto& [lineId, qty] : quantities) {
            if (lineId == line.id)
                wanted += qty;
        }
        if (wanted > cancellable)
            return refuse(backOrderedOnly
                    ? QStringLiteral(
                        "Only back-ordered quantities can be canceled once sales order %1 is Partially Released.")
                          .arg(order.number)
                    : QStringLiteral("Canceled quantity exceeds the open quantity of line %1.").arg(line.lineNumber));
        if (wanted > 0)
            plan.append({static_cast<int>(i), wanted});
    }
    for (const auto& [lineIndex, qty] : std::as_const(plan)) {
        auto& line = order.lines[lineIndex];
        const int fromAllocated = std::max(0, qty - line.unallocated());
        deallocate(order, line, fromAllocated);
        line.canceledQty += qty;
        if (line.canceledQty >= line.orderQty)
            line.status = QStringLiteral("Canceled");
    }
    bool allCanceled = true;
    bool restAllocated = true;
    for (const auto& line : std::as_const(order.lines)) {
        allCanceled = allCanceled && line.canceledQty >= line.orderQty;
        restAllocated = restAllocated && line.unallocated() <= 0;
    }
    if (allCanceled) {
        order.status = QStringLiteral("Canceled");
        order.nextStepMSecs = 0;
    } else if (backOrderedOnly && restAllocated) {
        order.status = QStringLiteral("Released");
        order.nextStepMSecs = m_now + std::max(1, m_scenario.wms.stepMinutes) * kMinute;
    }
    order.updatedMSecs = m_now;
    m_ledger->count(QStringLiteral("wms.cancellations_accepted"));
    m_ledger->countFor(QStringLiteral("cancellations_accepted"), order.customerOrderNumber);
    return {};
}

Status World::moveSalesOrder(int index, const QString& status)
{
    SalesOrder& order = m_salesOrders[index];
    static const QMap<QString, QStringList> kMoves = {
        {QStringLiteral("Draft"), {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("New"), {QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("Hold"), {QStringLiteral("New"), QStringLiteral("Canceled")}},
        {QStringLiteral("Ready for Fulfillment"),
            {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("Wave Built"), {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
        {QStringLiteral("Back Ordered"), {QStringLiteral("New"), QStringLiteral("Hold"), QStringLiteral("Canceled")}},
    };
    if (!kMoves.value(order.status).contains(status)) {
        if (status == QStringLiteral("Canceled"))
            return cancelSalesOrder(index, {}); // counts and words the refusal like a cancellation
        return makeError(ErrorCode::Refused,
            QStringLiteral("Sales order %1 cannot move from %2 to %3.").arg(order.number, order.status, status));
    }
    if (status == QStringLiteral("Canceled"))
        return cancelSalesOrder(index, {});
    if (status == QStringLiteral("New")) {
        for (auto& line : order.lines)
            deallocate(order, line, line.allocatedQty);
        order.nextStepMSecs = m_now + std::max(1, m_scenario.wms.allocateAfterMinutes) * kMinute;
    } else {
        order.nextStepMSecs = 0; // Hold
    }
    order.status = status;
    order.updatedMSecs = m_now;
    return {};
}

Json World::planSummary() const
{
    Json orders = Json::array();
    for (const auto& o : m_orders) {
        Json lines = Json::array();
        for (const auto& line : o.lines)
            lines.push_back({{"sku", toStd(lineSku(line))}, {"quantity", line.quantity}});
        orders.push_back({{"number", toStd(o.number)},
            {"system", o.commercetools ? "commercetools" : "woocommerce"},
            {"created", toStd(isoUtc(o.createdMSecs))},
            {"total_minor", o.totalMinor()},
            {"failure", toStd(failureKey(o.failure))},
            {"lines", lines}});
    }
    return {{"products", m_products.size()}, {"wms_items", m_items.size()}, {"orders", orders}};
}

} // namespace lockstep::core::sim
