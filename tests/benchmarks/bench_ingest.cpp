// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest: N WooCommerce orders from the sandbox over loopback HTTP through the whole pipeline (the engine's
// order poller: HTTP client policy, parse, map, persist with lifecycle events and outbox rows, detect), in
// orders per second, beside the bare ceiling measured in the same run: the same pages fetched over the same
// loopback, parsed with nlohmann/json, and their orders, lines and one event each inserted with prepared
// SQLite statements, one transaction per page, nothing else.
// Threads: the sandbox serves from its own thread; the pipeline and the ceiling run on the main thread.
#include "poller_run.h"

#include <QNetworkReply>
#include <QUrlQuery>

using namespace lockstep;
using namespace lockstep::core;
using bench::Figures;

namespace {

/// The ceiling: plain GETs, nlohmann/json, prepared INSERTs.
class Ceiling
{
public:
    Ceiling(const sim::Endpoints& endpoints, store::Database& db)
        : m_db(db)
        , m_auth("Basic "
              + (endpoints.woocommerce.consumerKey + u':' + endpoints.woocommerce.consumerSecret).toUtf8().toBase64())
    {
        m_url = endpoints.woocommerce.baseUrl;
        m_url.setPath(m_url.path() + QStringLiteral("/wp-json/wc/v3/orders"));
        m_order = test::must(m_db.prepare(QStringLiteral(
            "INSERT INTO orders (storefront, storefront_id, number, status, payment_state, currency, total_minor, "
            "tax_minor, customer_name, customer_email, ship_to_country, created_at, modified_at, paid_at) "
            "VALUES ('woocommerce', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
            "ON CONFLICT (storefront, storefront_id) DO UPDATE SET status = excluded.status RETURNING id")));
        m_line = test::must(m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO order_lines (order_id, line_number, sku, name, quantity, unit_price_minor, "
            "total_minor, storefront_line_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")));
        m_event =
            test::must(m_db.prepare(QStringLiteral("INSERT INTO lifecycle_events (order_id, at, source, kind, detail) "
                                                   "VALUES (?1, ?2, 'woocommerce', 'storefront.placed', ?3)")));
    }

    /// Reads every page; returns the orders taken in. `work` gets the time spent parsing and inserting.
    qint64 run(double& workMs)
    {
        int pages = 1;
        qint64 orders = 0;
        for (int page = 1; page <= pages; ++page) {
            QUrl url = m_url;
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("modified"));
            q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
            q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            url.setQuery(q);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", m_auth);
            QNetworkReply* reply = m_network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError)
                qFatal("ceiling: page %d failed: %s", page, qPrintable(reply->errorString()));
            if (page == 1)
                pages = reply->rawHeader("X-WP-TotalPages").toInt();
            const QByteArray body = reply->readAll();
            QElapsedTimer t;
            t.start();
            orders += takeIn(body);
            workMs += bench::msSince(t);
        }
        return orders;
    }

private:
    static std::string text(const nlohmann::json& j, const char* key)
    {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    }
    static qint64 minor(const std::string& decimal) { return qRound64(std::strtod(decimal.c_str(), nullptr) * 100.0); }
    static QDateTime date(const nlohmann::json& j, const char* key)
    {
        return QDateTime::fromString(QString::fromStdString(text(j, key)) + u'Z', Qt::ISODate);
    }

    qint64 takeIn(const QByteArray& body)
    {
        const nlohmann::json page = nlohmann::json::parse(body.constData(), body.constData() + body.size());
        store::Transaction tx(m_db);
        qint64 n = 0;
        for (const nlohmann::json& o : page) {
            const nlohmann::json& billing = o.at("billing");
            const QString number = QString::fromStdString(text(o, "number"));
            const QString total = QString::fromStdString(text(o, "total"));
            m_order.reset();
            m_order.bind(1, QString::number(o.at("id").get<qint64>()))
                .bind(2, number)
                .bind(3, QString::fromStdString(text(o, "status")))
                .bind(4, o.at("date_paid_gmt").is_null() ? QStringLiteral("pending") : QStringLiteral("paid"))
                .bind(5, QString::fromStdString(text(o, "currency")))
                .bind(6, minor(text(o, "total")))
                .bind(7, minor(text(o, "total_tax")))
                .bind(8, QString::fromStdString(text(billing, "first_name") + ' ' + text(billing, "last_name")))
                .bind(9, QString::fromStdString(text(billing, "email")))
                .bind(10, QString::fromStdString(text(o.at("shipping"), "country")))
                .bind(11, date(o, "date_created_gmt"))
                .bind(12, date(o, "date_modified_gmt"))
                .bind(13, date(o, "date_paid_gmt"));
            (void)test::must(m_order.step());
            const qint64 id = m_order.int64(0);
            m_order.reset();
            int lineNumber = 0;
            for (const nlohmann::json& l : o.at("line_items")) {
                m_line.reset();
                m_line.bind(1, id)
                    .bind(2, ++lineNumber)
                    .bind(3, QString::fromStdString(text(l, "sku")))
                    .bind(4, QString::fromStdString(text(l, "name")))
                    .bind(5, l.at("quantity").get<qint64>())
                    .bind(6, qRound64(l.at("price").get<double>() * 100.0))
                    .bind(7, minor(text(l, "total")))
                    .bind(8, QString::number(l.at("id").get<qint64>()));
                test::must(m_line.exec());
            }
            m_event.reset();
            m_event.bind(1, id).bind(2, date(o, "date_created_gmt")).bind(3, number + u' ' + total);
            test::must(m_event.exec());
            ++n;
        }
        test::must(tx.commit());
        return n;
    }

    store::Database& m_db;
    QByteArray m_auth;
    QUrl m_url;
    QNetworkAccessManager m_network;
    store::Statement m_order;
    store::Statement m_line;
    store::Statement m_event;
};

} // namespace

int main(int argc, char** argv)
{
    bench::quietLogs();
    QCoreApplication app(argc, argv);
    const bench::Options options(argc, argv);
    const int orders = int(options.value("orders", options.has("smoke") ? 300 : 100000));
    Figures figures("ingest");
    figures.set("orders_planned", orders);

    bench::SandboxThread sandbox;
    const sim::Scenario scenario = bench::benchmarkScenario(orders);
    QElapsedTimer setup;
    setup.start();
    const sim::Endpoints endpoints = sandbox.start(scenario, 24);
    Figures::say(QStringLiteral("sandbox: %1 orders planned over one day, started in %2 s")
                     .arg(orders)
                     .arg(bench::msSince(setup) / 1000.0, 0, 'f', 1));

    // The whole pipeline: the engine's order poller, page after page (like the ceiling), into its own store.
    bench::PollerRun pipeline(sandbox, endpoints, 1, 3650);
    const double pipelineMs = pipeline.run(1000000);
    const engine::CycleSummary& summary = pipeline.summary;
    if (!summary.problems.isEmpty())
        Figures::say(
            QStringLiteral("pipeline problems: %1").arg(summary.problems.mid(0, 3).join(QStringLiteral("; "))));
    const qint64 taken = pipeline.count("orders");
    const double pipelineRate = double(taken) / (pipelineMs / 1000.0);
    Figures::say(QStringLiteral("pipeline: %1 orders (%2 reads) in %3 s: %4 orders/s; %5 exceptions raised, %6 WMS "
                                "creates queued, %7 lifecycle events")
                     .arg(taken)
                     .arg(summary.ordersRead)
                     .arg(pipelineMs / 1000.0, 0, 'f', 2)
                     .arg(pipelineRate, 0, 'f', 0)
                     .arg(pipeline.count("exceptions"))
                     .arg(pipeline.count("outbox"))
                     .arg(pipeline.count("lifecycle_events")));

    // The ceiling, on the same sandbox in the same run.
    test::TempStore ceilingStore;
    Ceiling ceiling(endpoints, ceilingStore.db);
    double workMs = 0;
    QElapsedTimer t;
    t.start();
    const qint64 ceilingOrders = ceiling.run(workMs);
    const double ceilingMs = bench::msSince(t);
    const double ceilingRate = double(ceilingOrders) / (ceilingMs / 1000.0);
    const double workRate = double(ceilingOrders) / (workMs / 1000.0);
    Figures::say(QStringLiteral("ceiling: %1 orders in %2 s: %3 orders/s over HTTP (parsing and inserting alone: %4 "
                                "orders/s)")
                     .arg(ceilingOrders)
                     .arg(ceilingMs / 1000.0, 0, 'f', 2)
                     .arg(ceilingRate, 0, 'f', 0)
                     .arg(workRate, 0, 'f', 0));
    const double ratio = pipelineRate / ceilingRate;
    Figures::say(
        QStringLiteral("ratio: the pipeline runs at %1 of the ceiling (target: at least 0.5)").arg(ratio, 0, 'f', 2));

    figures.set("orders", taken);
    figures.setMs("pipeline_ms", pipelineMs);
    figures.set("pipeline_orders_per_s", qRound64(pipelineRate));
    figures.set("ceiling_orders", ceilingOrders);
    figures.setMs("ceiling_ms", ceilingMs);
    figures.set("ceiling_orders_per_s", qRound64(ceilingRate));
    figures.set("ceiling_parse_insert_orders_per_s", qRound64(workRate));
    figures.set("ratio", double(qRound64(ratio * 1000)) / 1000.0);
    figures.set("target_ratio", 0.5);
    figures.print();
    return taken > 0 && ceilingOrders > 0 ? 0 : 1;
}
