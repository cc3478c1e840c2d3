// SPDX-License-Identifier: GPL-3.0-or-later
#include "world_planner.h"

#include "domain/clock.h"
#include "wms_state.h"

#include <algorithm>
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

/// Makes one WorldPlan; each part in a function of its own, in the order the streams are forked.
class Planner
{
public:
    Planner(const Scenario& scenario, WmsState& wms)
        : m_scenario(scenario)
        , m_wms(wms)
    {}

    WorldPlan plan()
    {
        const Rng root(m_scenario.seed);
        buildCatalogue(root.fork(1));
        planOrders(root.fork(2));
        planPos(root.fork(3));
        return std::move(m_plan);
    }

private:
    void buildCatalogue(Rng rng);
    void planOrders(Rng rng);
    void planPos(Rng rng);

    const Scenario& m_scenario;
    WmsState& m_wms;
    WorldPlan m_plan;
    QList<int> m_normalUnits; ///< encoded product * 1000 + variation + 1
    QMap<PlannedFailure, int> m_failureUnits;
};

void Planner::buildCatalogue(Rng rng)
{
    const auto& c = m_scenario.catalogue;
    qint64 nextId = 101;
    const qint64 created = m_scenario.startMSecs - 30 * 24 * kHour;
    const auto stockFor = [&](const QString& sku, bool empty) {
        int total = 0;
        for (const auto& f : std::as_const(m_scenario.facilities)) {
            const int n = empty ? 0 : static_cast<int>(rng.range(c.stockMin, c.stockMax));
            m_wms.setOnHand(sku, f.number, n);
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
        m_plan.products.append(p);
        return m_plan.products.last();
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
            m_wms.addItem(sku, name, price);
            p.storeStock = stockFor(sku, false);
            simpleProducts.append(static_cast<int>(m_plan.products.size()) - 1);
            m_normalUnits.append(encodeUnit(static_cast<int>(m_plan.products.size()) - 1, -1));
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
            m_wms.addItem(var.wmsSku, name + QStringLiteral(" - ") + var.attribute, price);
            var.storeStock = stockFor(var.wmsSku, false);
            m_plan.products.last().variations.append(var);
            m_normalUnits.append(encodeUnit(static_cast<int>(m_plan.products.size()) - 1, v));
        }
    }
    for (int b = 0; b < c.bundles && simpleProducts.size() >= 2; ++b) {
        const int first = simpleProducts.at(static_cast<qsizetype>(rng.range(0, simpleProducts.size() - 1)));
        int second = simpleProducts.at(static_cast<qsizetype>(rng.range(0, simpleProducts.size() - 1)));
        if (second == first)
            second = simpleProducts.at((simpleProducts.indexOf(first) + 1) % simpleProducts.size());
        const QList<BundleComponent> parts = {{m_plan.products.at(first).sku, 1}, {m_plan.products.at(second).sku, 2}};
        const QString sku = QStringLiteral("BND-%1").arg(b + 1, 2, 10, QChar(u'0'));
        const QString name =
            QStringLiteral("Gift set: %1 + %2").arg(m_plan.products.at(first).name, m_plan.products.at(second).name);
        const qint64 price = m_plan.products.at(first).priceMinor + m_plan.products.at(second).priceMinor;
        m_wms.addItem(sku, name, price, parts);
        CatalogueProduct& p = addProduct(name, sku, price);
        p.bundle = true;
        p.storeStock = m_wms.availableToPromise(sku, m_scenario.facilities.first().number);
        m_normalUnits.append(encodeUnit(static_cast<int>(m_plan.products.size()) - 1, -1));
    }

    // One product per SKU failure mode, so a planted failure is always the same recognisable listing.
    CatalogueProduct& unknown =
        addProduct(QStringLiteral("Gift card (storefront only)"), QStringLiteral("GC-STORE"), 2500);
    unknown.wmsSku.clear();
    unknown.storeStock = 999;
    m_failureUnits.insert(PlannedFailure::UnknownSku, encodeUnit(static_cast<int>(m_plan.products.size()) - 1, -1));

    const CatalogueProduct original = m_plan.products.first();
    CatalogueProduct& duplicate =
        addProduct(original.name + QStringLiteral(" (second listing)"), original.sku, original.priceMinor);
    duplicate.storeStock = original.storeStock;
    m_failureUnits.insert(PlannedFailure::DuplicateSku, encodeUnit(static_cast<int>(m_plan.products.size()) - 1, -1));

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
        m_wms.addItem(wmsSku, QStringLiteral("Wool Beanie - ") + attribute, 2400);
        var.storeStock = stockFor(wmsSku, false);
        m_plan.products.last().variations.append(var);
    }
    m_failureUnits.insert(
        PlannedFailure::VariationParentSku, encodeUnit(static_cast<int>(m_plan.products.size()) - 1, 1));

    CatalogueProduct& scarce =
        addProduct(QStringLiteral("Limited print (sold out in the warehouse)"), QStringLiteral("PRINT-LTD"), 4500);
    m_wms.addItem(scarce.sku, scarce.name, 4500);
    stockFor(scarce.sku, true);
    m_plan.products.last().storeStock = 40; // the storefront still believes it has some
    m_failureUnits.insert(
        PlannedFailure::AllocationFailure, encodeUnit(static_cast<int>(m_plan.products.size()) - 1, -1));
}

void Planner::planOrders(Rng rng)
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
                o.number = QString::number(nextCtNumber++); // as a project numbers its orders: the WMS adds "CT-"
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
                const auto& p = m_plan.products.at(line.product);
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
            m_plan.orders.append(o);
        }
    }
}

void Planner::planPos(Rng rng)
{
    QStringList skus;
    for (const auto& item : std::as_const(m_wms.items())) {
        if (item.components.isEmpty() && item.number.startsWith(QStringLiteral("LS-")))
            skus.append(item.number);
    }
    if (skus.isEmpty())
        return;
    QList<PosEvent> events;
    int saleNumber = 0;
    const qint64 span = m_scenario.durationHours * kHour;
    for (const QString& store : std::as_const(m_scenario.pos.stores)) {
        for (const QString& sku : std::as_const(skus)) {
            const int units = static_cast<int>(rng.range(5, 30));
            m_plan.posStock.insert({store, sku}, units);
            // A store the warehouse has set up holds the same stock there: the tills and the WMS start agreed.
            if (m_scenario.pos.storeFacilities.contains(store))
                m_wms.setOnHand(sku, store, units);
        }
        const int sales =
            static_cast<int>(static_cast<qint64>(m_scenario.pos.salesPerDay) * m_scenario.durationHours / 24);
        for (int i = 0; i < sales; ++i) {
            PosEvent sale;
            sale.id = QStringLiteral("S-%1").arg(++saleNumber, 6, 10, QChar(u'0'));
            sale.store = store;
            sale.sku = pick(rng, skus);
            sale.quantity = static_cast<int>(rng.range(1, 2));
            sale.unitPriceMinor = m_wms.items().at(m_wms.findItem(sale.sku)).priceMinor;
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
    m_plan.posEvents = events;
}

} // namespace

WorldPlan planWorld(const Scenario& scenario, WmsState& wms)
{
    return Planner(scenario, wms).plan();
}

} // namespace lockstep::core::sim
