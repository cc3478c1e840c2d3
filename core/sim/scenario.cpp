// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "http_exchange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lockstep::core::sim {

namespace {

constexpr const char* kFailureKeys[kFailureCount] = {"",
    "unknown_sku",
    "duplicate_sku",
    "variation_parent_sku",
    "allocation_failure",
    "payment_stuck",
    "cancel_after_lock",
    "carrier_never_confirmed",
    "totals_differ",
    "unmapped_checkout_field",
    "version_conflict",
    "unrouted_channel",
    "shipped_update_refused"};

const QString kResourcePrefix = QStringLiteral(":/sim/scenarios/");

template <typename T> Status read(const Json& json, const char* key, T& out)
{
    if (!json.contains(key))
        return {};
    try {
        out = json.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("wrong type"), QString::fromUtf8(key));
    }
    return {};
}

Status readString(const Json& json, const char* key, QString& out)
{
    std::string text = toStd(out);
    auto s = read(json, key, text);
    out = fromStd(text);
    return s;
}

Result<Scenario> parse(const Json& json)
{
    Scenario s;
    if (!json.is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("a scenario must be a JSON object"));
    std::string start = "2026-01-05T07:00:00Z";
    Status st;
    const auto check = [&st](Status next) {
        if (st.ok() && !next.ok())
            st = next;
    };
    check(readString(json, "name", s.name));
    check(readString(json, "description", s.description));
    check(read(json, "seed", s.seed));
    check(read(json, "start", start));
    check(read(json, "speed", s.speed));
    check(read(json, "duration_hours", s.durationHours));
    check(readString(json, "currency", s.currency));
    check(read(json, "woocommerce_timezone_offset_minutes", s.wooTimezoneOffsetMinutes));
    check(read(json, "commercetools_share", s.commercetoolsShare));
    check(read(json, "commercetools_payment_state", s.commercetoolsPaymentState));
    check(read(json, "woocommerce_strips_authorization", s.wooStripsAuthorization));
    s.hourlyWeights.fill(1.0);
    if (json.contains("volume")) {
        const Json& v = json.at("volume");
        check(read(v, "orders_per_day", s.ordersPerDay));
        std::vector<double> weights;
        check(read(v, "hourly_weights", weights));
        if (!weights.empty() && weights.size() != 24)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("hourly_weights needs 24 numbers"));
        for (size_t h = 0; h < weights.size(); ++h)
            s.hourlyWeights[h] = weights[h] < 0 ? 0 : weights[h];
    }
    if (json.contains("catalogue")) {
        const Json& c = json.at("catalogue");
        check(read(c, "products", s.catalogue.products));
        check(read(c, "variable_share", s.catalogue.variableShare));
        check(read(c, "variations_per_product", s.catalogue.variationsPerProduct));
        check(read(c, "bundles", s.catalogue.bundles));
        std::vector<int> stock;
        check(read(c, "stock_range", stock));
        if (stock.size() == 2) {
            s.catalogue.stockMin = stock[0];
            s.catalogue.stockMax = stock[1];
        }
    }
    if (json.contains("facilities") && json.at("facilities").is_array()) {
        for (const Json& f : json.at("facilities")) {
            Facility facility;
            check(readString(f, "number", facility.number));
            check(readString(f, "name", facility.name));
            if (!facility.number.isEmpty())
                s.facilities.append(facility);
        }
    }
    if (s.facilities.isEmpty())
        s.facilities.append({QStringLiteral("DC-1"), QStringLiteral("Main distribution centre")});
    if (json.contains("payment_delay_minutes")) {
        std::vector<int> delay;
        check(read(json, "payment_delay_minutes", delay));
        if (delay.size() == 2) {
            s.paymentDelayMinMinutes = delay[0];
            s.paymentDelayMaxMinutes = delay[1];
        }
    }
    if (json.contains("failures")) {
        const Json& f = json.at("failures");
        if (!f.is_object())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("failures must be an object"));
        for (auto it = f.begin(); it != f.end(); ++it) {
            int index = 0;
            for (int i = 1; i < kFailureCount; ++i) {
                if (it.key() == kFailureKeys[i])
                    index = i;
            }
            if (index == 0 || !it->is_number())
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown failure mode"), fromStd(it.key()));
            s.failureRates[static_cast<size_t>(index)] = it->get<double>();
        }
    }
    check(read(json, "failures_first", s.failuresFirst));
    if (json.contains("wms")) {
        const Json& w = json.at("wms");
        check(read(w, "allocate_after_minutes", s.wms.allocateAfterMinutes));
        check(read(w, "step_minutes", s.wms.stepMinutes));
        check(read(w, "extra_label_rate", s.wms.extraLabelRate));
        check(read(w, "split_shipment_rate", s.wms.splitShipmentRate));
        check(readString(w, "business_unit", s.wms.businessUnit));
    }
    if (json.contains("pos")) {
        const Json& p = json.at("pos");
        std::vector<std::string> stores;
        check(read(p, "stores", stores));
        for (const auto& store : stores)
            s.pos.stores.append(fromStd(store));
        check(read(p, "sales_per_day", s.pos.salesPerDay));
        check(read(p, "return_rate", s.pos.returnRate));
        std::vector<std::string> storeFacilities;
        check(read(p, "store_facilities", storeFacilities));
        for (const auto& store : storeFacilities)
            s.pos.storeFacilities.append(fromStd(store));
        check(read(p, "stock_move_twice_every", s.pos.stockMoveTwiceEvery));
    }
    if (json.contains("stock_edits")) {
        if (!json.at("stock_edits").is_array())
            return makeError(
                ErrorCode::InvalidArgument, QStringLiteral("must be an array"), QStringLiteral("stock_edits"));
        for (const Json& e : json.at("stock_edits")) {
            if (!e.is_object())
                return makeError(ErrorCode::InvalidArgument,
                    QStringLiteral("each edit must be an object"),
                    QStringLiteral("stock_edits"));
            Scenario::StockEdit edit;
            check(read(e, "after_minutes", edit.afterMinutes));
            check(readString(e, "storefront", edit.storefront));
            check(readString(e, "sku", edit.sku));
            check(read(e, "quantity", edit.quantity));
            check(readString(e, "location", edit.location));
            if (edit.storefront != QLatin1String("woocommerce") && edit.storefront != QLatin1String("commercetools"))
                return makeError(ErrorCode::InvalidArgument,
                    QStringLiteral("storefront must be woocommerce or commercetools"),
                    QStringLiteral("stock_edits"));
            if (edit.sku.isEmpty() || edit.quantity < 0 || edit.afterMinutes < 0)
                return makeError(ErrorCode::InvalidArgument,
                    QStringLiteral("needs a sku, a quantity ≥ 0 and after_minutes ≥ 0"),
                    QStringLiteral("stock_edits"));
            s.stockEdits.append(edit);
        }
    }
    if (json.contains("faults")) {
        auto profile = FaultProfile::fromJson(json.at("faults"));
        if (!profile)
            return profile.error();
        s.faults = profile.value();
    }
    if (json.contains("faults_by_system") && json.at("faults_by_system").is_object()) {
        for (auto it = json.at("faults_by_system").begin(); it != json.at("faults_by_system").end(); ++it) {
            auto profile = FaultProfile::fromJson(it.value());
            if (!profile)
                return profile.error();
            s.faultsBySystem.insert(fromStd(it.key()), profile.value());
        }
    }
    if (!st)
        return st.error();
    const auto startMs = parseIso(fromStd(start));
    if (!startMs)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("start is not an ISO-8601 date"), fromStd(start));
    s.startMSecs = *startMs;
    double failureSum = 0;
    for (double r : s.failureRates)
        failureSum += r;
    if (failureSum > 1 || s.ordersPerDay < 0 || s.durationHours <= 0 || s.catalogue.products < 1
        || s.catalogue.stockMin > s.catalogue.stockMax || s.speed < 0)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("out of range: failure rates must add up to at most 1; volume, duration, products and "
                           "speed must be positive; stock_range must be [min, max]"));
    return s;
}

} // namespace

QString failureKey(PlannedFailure failure)
{
    const int i = static_cast<int>(failure);
    return i > 0 && i < kFailureCount ? QString::fromLatin1(kFailureKeys[i]) : QString();
}

Result<Scenario> Scenario::fromJson(const QByteArray& text)
{
    try {
        return parse(Json::parse(text.constData(), text.constData() + text.size()));
    } catch (const nlohmann::json::exception& e) {
        return makeError(ErrorCode::Parse, QStringLiteral("scenario is not valid JSON"), QString::fromUtf8(e.what()));
    }
}

QStringList shippedScenarioNames()
{
    QStringList names;
    for (const QString& file : QDir(kResourcePrefix).entryList({QStringLiteral("*.json")}, QDir::Files))
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

Result<Scenario> loadScenario(const QString& nameOrFile)
{
    QString path = nameOrFile;
    if (QFile::exists(kResourcePrefix + nameOrFile + QStringLiteral(".json")))
        path = kResourcePrefix + nameOrFile + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no such scenario (shipped: %1)").arg(shippedScenarioNames().join(QStringLiteral(", "))),
            nameOrFile);
    return Scenario::fromJson(file.readAll());
}

} // namespace lockstep::core::sim

namespace lockstep::core::sim {

void startHoursAgo(Scenario& scenario, const QDateTime& now, int hours)
{
    scenario.startMSecs = now.toUTC().addSecs(-qint64(hours) * 3600).toMSecsSinceEpoch() / 60000 * 60000;
}

} // namespace lockstep::core::sim
