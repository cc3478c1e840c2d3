// SPDX-License-Identifier: GPL-3.0-or-later
// The first sync against a WooCommerce that lies about its pages, over real HTTP on 127.0.0.1 and a real SQLite
// file: `X-WP-TotalPages: 2147483647` once made the backfill read without end and never set a cursor. A read stops on
// an empty or short page and at the last page `X-WP-Total` allows; the backfill ends, stores its cursor and reports
// the contradiction as a problem. And an HTML page where the API's JSON belongs (a proxy's error or login page) is
// named as one, with its status and title, not as "not valid JSON".
#include "connectors/json_fields.h"
#include "connectors/woocommerce/woo_connector.h"
#include "domain/clock.h"
#include "engine/order_poller.h"
#include "net/http_client.h"
#include "scripted_server.h"
#include "store/cursor_repository.h"
#include "support.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace lockstep::core;
using lockstep::test::ScriptedServer;
using lockstep::test::ScriptStep;

namespace {

const QByteArray kLyingPages = "2147483647";
const QByteArray kLoginPage = "\xEF\xBB\xBF\n  <!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                              "<title>\n  Sign in - Example Shop\n</title></head><body><form></form></body></html>";
const QByteArray kProxyPage = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                              "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

bool anyContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&text](const QString& l) { return l.contains(text); });
}

} // namespace

class TestWooHostileAnswers : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        std::optional<engine::CycleSummary> summary;
        int requests = 0;
        QString cursor;
    };

    /// A backfill (no cursor yet, 4 lanes, so 16 windows) against a server that answers every request with `answer`.
    static Run backfillAgainst(const ScriptStep& answer, int pageSize)
    {
        ScriptedServer server;
        server.serve(QStringLiteral("/wp-json/wc/v3/orders"));
        server.setFallback(answer);
        if (!server.start())
            qFatal("cannot listen on 127.0.0.1");
        QNetworkAccessManager network;
        net::HttpClient http(QStringLiteral("woocommerce"), &network, {}, {});
        connectors::woocommerce::WooSettings settings;
        settings.baseUrl = server.url(QString());
        settings.consumerKey = QStringLiteral("ck");
        settings.consumerSecret = QStringLiteral("cs");
        settings.pageSize = pageSize;
        connectors::woocommerce::WooConnector woo(settings, http);

        lockstep::test::TempStore store;
        engine::Config config;
        config.backfillParallelism = 4;
        ManualClock clock(lockstep::test::utc("2026-12-01T00:00:00Z"));
        engine::EngineContext context{store.db, config, clock, {&woo}, nullptr};
        engine::OrderPoller poller(context, woo);

        Run run;
        poller.run([&run](engine::CycleSummary s) { run.summary = std::move(s); });
        // Without a bound this never ends: the wait fails instead of the suite hanging.
        (void)QTest::qWaitFor([&run] { return run.summary.has_value(); }, 60000);
        run.requests = server.requestCount();
        store::CursorRepository cursors(store.db);
        run.cursor = cursors.get(poller.cursorName()).value().value_or(QString());
        return run;
    }

private Q_SLOTS:
    void stopsOnAnEmptyPageWhateverTheHeadersSay()
    {
        const Run run = backfillAgainst(
            ScriptStep::respond(200, "[]", {{"X-WP-TotalPages", kLyingPages}, {"X-WP-Total", "214748364700"}}), 100);
        QVERIFY(run.summary.has_value());
        QCOMPARE(run.requests, 16); // one empty page per window
        QVERIFY(!run.cursor.isEmpty());
        QVERIFY2(anyContains(run.summary->problems,
                     QStringLiteral(
                         "woocommerce orders: (page 1) is empty, but the headers say there are 2147483647 pages")),
            qPrintable(run.summary->problems.join(u'\n')));
        QCOMPARE(run.summary->problems.size(), 1); // said once, not once per window
    }

    void readsNoFurtherThanTheTotalAllows()
    {
        // Full pages (one record each) that never move the watermark, so the read steps by page number: X-WP-Total
        // says 3 orders at 1 a page, so page 3 is the last, whatever X-WP-TotalPages claims.
        const QByteArray page = "[{\"id\": 7, \"currency\": \"EUR\", \"total\": \"1.00\", \"status\": \"processing\", "
                                "\"date_modified_gmt\": \"2001-01-01T00:00:00\"}]";
        const Run run =
            backfillAgainst(ScriptStep::respond(200, page, {{"X-WP-TotalPages", kLyingPages}, {"X-WP-Total", "3"}}), 1);
        QVERIFY(run.summary.has_value());
        QCOMPARE(run.requests, 16 * 3);
        QVERIFY(!run.cursor.isEmpty());
        QVERIFY2(
            anyContains(run.summary->problems,
                QStringLiteral("X-WP-TotalPages says 2147483647 pages, but X-WP-Total (3 orders, 1 a page) allows 3")),
            qPrintable(run.summary->problems.join(u'\n')));
    }

    void stopsOnAShortPage()
    {
        // Two records where 100 fit: the last page, even when the headers say more.
        const QByteArray page = "[{\"id\": \"x\"}, {\"id\": \"y\"}]";
        const Run run = backfillAgainst(ScriptStep::respond(200, page, {{"X-WP-TotalPages", kLyingPages}}), 100);
        QVERIFY(run.summary.has_value());
        QCOMPARE(run.requests, 16);
        QVERIFY(!run.cursor.isEmpty());
    }

    void anHtmlPageIsNamedWithItsStatus()
    {
        ScriptedServer server;
        server.serve(QStringLiteral("/wp-json/wc/v3/orders"));
        QVERIFY(server.start());
        server.setScript({ScriptStep::respond(200, kLoginPage), ScriptStep::respond(502, kProxyPage)});
        QNetworkAccessManager network;
        net::HttpPolicy policy;
        policy.maxAttempts = 1;
        net::HttpClient http(QStringLiteral("woocommerce"), &network, policy, {});
        connectors::woocommerce::WooSettings settings;
        settings.baseUrl = server.url(QString());
        connectors::woocommerce::WooConnector woo(settings, http);

        const auto read = [&woo] {
            std::optional<Result<connectors::OrderPage>> out;
            woo.fetchOrdersChangedSince(QString(), {}, [&out](Result<connectors::OrderPage> r) { out = std::move(r); });
            (void)QTest::qWaitFor([&out] { return out.has_value(); }, 10000);
            return out;
        };
        // 200 with a login page: a failed read (the cursor stays), not an empty page with a JSON problem.
        const auto login = read();
        QVERIFY(login.has_value() && !login->ok());
        LOCKSTEP_COMPARE_ENUM(login->error().code, ErrorCode::Parse);
        QCOMPARE(login->error().context, QStringLiteral("WooCommerce orders page 1"));
        QCOMPARE(login->error().message,
            QStringLiteral("the answer is an HTML page (HTTP 200, \"Sign in - Example Shop\"), not the API's JSON"));

        // 502 from a proxy: the status and the page's title, not "not valid JSON".
        const auto proxy = read();
        QVERIFY(proxy.has_value() && !proxy->ok());
        QVERIFY2(proxy->error().message.endsWith(
                     QStringLiteral("; the answer is an HTML page (HTTP 502, \"502 Bad Gateway\")")),
            qPrintable(proxy->error().message));

        // The parsers name it too, where they see only the bytes.
        QList<connectors::ParseProblem> problems;
        QVERIFY(!connectors::parseJson(kProxyPage, QStringLiteral("orders"), problems).has_value());
        QCOMPARE(problems.constFirst().message,
            QStringLiteral("is an HTML page, not JSON (a proxy's or web server's page?)"));
    }
};

QTEST_GUILESS_MAIN(TestWooHostileAnswers)
#include "test_woo_hostile_answers.moc"
