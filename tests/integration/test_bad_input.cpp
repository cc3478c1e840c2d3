// SPDX-License-Identifier: GPL-3.0-or-later
// The reliability harness's bad input: the sandbox's WooCommerce serves hostile records in place of real orders
// (Sandbox::setWooOrderBytes) in the same pages as good ones, and the real connector and engine take them in over
// HTTP. Wrong types and huge numbers are refused with an error naming the order and the field; invalid UTF-8 and
// broken escapes cost only the bad characters; SQL and spreadsheet-formula payloads in names and SKUs are stored
// verbatim (parameterised SQL) and an unknown SKU among them is held as an exception naming the order; non-objects
// in a list are reported; a truncated page moves no cursor and loses nothing once the storefront answers again.
// Every other order of those pages reaches the WMS exactly once, and nothing crashes.
#include "engine_run.h"
#include "reconciliation.h"
#include "sim/world.h"
#include "sim_test_client.h"
#include "store/cursor_repository.h"
#include "store/exception_repository.h"
#include "store/order_repository.h"
#include "support.h"

#include <QTest>

#include <algorithm>

using namespace lockstep::core;
using namespace lockstep::core::engine;

using lockstep::test::EngineRun;
using Json = nlohmann::json;

namespace {

constexpr qint64 kHour = 3600 * 1000;

const QString kSqlName = QStringLiteral("Robert'); DROP TABLE orders;--");
const QString kSqlSku = QStringLiteral("X'; DELETE FROM outbox WHERE '1'='1");
const QString kFormulaName = QStringLiteral("=HYPERLINK(\"http://evil.invalid\",\"click\")");
const QString kFormulaLast = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");

/// The WooCommerce orders the sandbox has placed and paid, with no planted failure, oldest first.
QList<sim::StorefrontOrder> paidWooOrders(const sim::Sandbox& sandbox)
{
    QList<sim::StorefrontOrder> out;
    for (const auto& o : sandbox.world()->orders()) {
        if (o.placed && !o.commercetools && o.paidMSecs >= 0 && o.failure == sim::PlannedFailure::None
            && o.wooStatus == QLatin1String("processing"))
            out.append(o);
    }
    return out;
}

bool anyProblem(const QStringList& problems, const QString& a, const QString& b)
{
    for (const QString& p : problems) {
        if (p.contains(a) && p.contains(b))
            return true;
    }
    return false;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileRecordsAmongGoodOnes()
    {
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario(11);
        QVERIFY(sandbox.start(scenario).ok());
        const auto& ep = sandbox.endpoints().woocommerce;
        lockstep::test::HttpClient http;
        const auto auth = lockstep::test::HttpClient::basic(ep.consumerKey, ep.consumerSecret);
        const auto orderJson = [&](qint64 id) {
            return http
                .get(lockstep::test::withPath(ep.baseUrl, QStringLiteral("/wp-json/wc/v3/orders/%1").arg(id)), {auth})
                .json();
        };

        ManualClock clock(sandbox.now());
        const auto advance = [&](qint64 msecs) {
            sandbox.advance(msecs);
            clock.advanceMSecs(msecs);
        };
        advance(5 * kHour);
        const QList<sim::StorefrontOrder> paid = paidWooOrders(sandbox);
        QVERIFY2(paid.size() >= 10, qPrintable(QString::number(paid.size())));

        // Each victim is a real paid order whose JSON is spoiled in one way; the rest of its page stays good.
        struct Victim
        {
            QString what;
            qint64 id;
            QString number;
        };
        QList<Victim> refused; // must not reach the WMS; an error names the order and the field
        QList<Victim> taken; // must reach the WMS exactly once, bad characters replaced
        int next = 0;
        const auto spoil = [&](const QString& what, const std::function<QByteArray(Json)>& make, QList<Victim>& into) {
            const auto& o = paid.at(next++);
            sandbox.setWooOrderBytes(o.wooId, make(orderJson(o.wooId)));
            into.append({what, o.wooId, o.number});
        };
        spoil(
            QStringLiteral("total"),
            [](Json j) {
                j["total"] = {{"amount", 12}};
                return QByteArray::fromStdString(j.dump());
            },
            refused);
        spoil(
            QStringLiteral("quantity"),
            [](Json j) {
                j["line_items"][0]["quantity"] = 1e300;
                return QByteArray::fromStdString(j.dump());
            },
            refused);
        spoil(
            QStringLiteral("total"),
            [](Json j) {
                j["total"] = "99999999999999999999999999999.99";
                return QByteArray::fromStdString(j.dump());
            },
            refused);
        spoil(
            QStringLiteral("currency"),
            [](Json j) {
                j["currency"] = 978;
                return QByteArray::fromStdString(j.dump());
            },
            refused);
        spoil(
            QStringLiteral("invalid UTF-8"),
            [](Json j) {
                j["billing"]["first_name"] = "Ann@@";
                return QByteArray::fromStdString(j.dump()).replace("Ann@@", "Ann\xff\xfe");
            },
            taken);
        spoil(
            QStringLiteral("lone surrogate"),
            [](Json j) {
                j["billing"]["last_name"] = "Lee@@";
                return QByteArray::fromStdString(j.dump()).replace("Lee@@", "Lee\\ud800");
            },
            taken);
        spoil(
            QStringLiteral("non-objects"),
            [](Json j) { return "null,42,\"order\",[]," + QByteArray::fromStdString(j.dump()); },
            taken);
        spoil(
            QStringLiteral("formula"),
            [](Json j) {
                j["billing"]["first_name"] = lockstep::test::toStd(kFormulaName);
                j["billing"]["last_name"] = lockstep::test::toStd(kFormulaLast);
                j["line_items"][0]["name"] = "+cmd|' /C calc'!A0";
                return QByteArray::fromStdString(j.dump());
            },
            taken);
        const auto& sqlOrder = paid.at(next++);
        {
            Json j = orderJson(sqlOrder.wooId);
            j["billing"]["first_name"] = lockstep::test::toStd(kSqlName);
            j["billing"]["last_name"] = "";
            j["line_items"][0]["sku"] = lockstep::test::toStd(kSqlSku);
            sandbox.setWooOrderBytes(sqlOrder.wooId, QByteArray::fromStdString(j.dump()));
        }

        Config config = lockstep::test::sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        config.commercetools.enabled = true; // its orders share the warehouse: none may be lost either
        lockstep::test::TempStore store;
        EngineRun run(config, store.path, &clock);
        auto first = run.cycle(true);
        QVERIFY(first.has_value());
        const QStringList& problems = first->problems;
        const auto ledger = [&] { return sandbox.ledger(); };
        const auto received = [&](const QString& number) {
            return ledger().counterFor(QStringLiteral("sales_orders_received"), number);
        };

        store::OrderRepository orders(store.db);
        for (const Victim& v : std::as_const(refused)) {
            QCOMPARE(received(v.number), 0);
            QVERIFY2(anyProblem(problems, QStringLiteral("woocommerce order %1").arg(v.id), v.what),
                qPrintable(v.what + QStringLiteral(" of order ") + v.number + QStringLiteral(" not named in:\n")
                    + problems.join(u'\n')));
            QVERIFY(!orders.findByStorefrontId(SourceSystem::WooCommerce, QString::number(v.id)).value().has_value());
        }
        for (const Victim& v : std::as_const(taken))
            QVERIFY2(received(v.number) == 1,
                qPrintable(v.what + QStringLiteral(": ") + v.number + u'\n' + problems.join(u'\n')));
        QVERIFY2(
            anyProblem(problems, QStringLiteral("(body)"), QStringLiteral("UTF-8")), qPrintable(problems.join(u'\n')));
        QVERIFY2(anyProblem(problems, QStringLiteral("(record)"), QStringLiteral("not an object")),
            qPrintable(problems.join(u'\n')));
        const auto utf8 = orders.findByStorefrontId(SourceSystem::WooCommerce, QString::number(taken.at(0).id)).value();
        QVERIFY(utf8.has_value());
        QVERIFY2(utf8->customerName.contains(QChar(0xFFFD)), qPrintable(utf8->customerName));

        // Formula payloads are data: stored exactly as sent (exports neutralise them, see test_csv_writer).
        const auto formula =
            orders.findByStorefrontId(SourceSystem::WooCommerce, QString::number(taken.at(3).id)).value();
        QVERIFY(formula.has_value());
        QCOMPARE(formula->customerName, kFormulaName + u' ' + kFormulaLast);
        QCOMPARE(formula->lines.constFirst().name, QStringLiteral("+cmd|' /C calc'!A0"));

        // SQL payloads are data too: stored verbatim, every table still there, and the unknown SKU is held.
        const auto sql = orders.findByStorefrontId(SourceSystem::WooCommerce, QString::number(sqlOrder.wooId)).value();
        QVERIFY(sql.has_value());
        QCOMPARE(sql->customerName, kSqlName);
        QCOMPARE(sql->lines.constFirst().sku, kSqlSku);
        QCOMPARE(received(sqlOrder.number), 0);
        const auto held =
            store::ExceptionRepository(store.db)
                .findBySubject(ExceptionType::SkuMismatch, QStringLiteral("woocommerce:%1").arg(sqlOrder.wooId))
                .value();
        QVERIFY(held.has_value());
        QVERIFY2(held->reason.contains(sqlOrder.number) && held->reason.contains(kSqlSku), qPrintable(held->reason));
        QCOMPARE(held->sku, kSqlSku);
        for (const char* table : {"orders", "order_lines", "outbox", "exceptions", "audit_log"}) {
            auto st = store.db.prepare(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
            LOCKSTEP_VERIFY_OK(st);
            QVERIFY(st->step().value());
            QVERIFY2(st->int64(0) > 0, table);
        }

        // Everything else on those pages arrived: every paid order is at the WMS once or held, except the
        // unreadable ones, which the error above names.
        auto r = lockstep::test::reconcile(ledger().toJson(), store.db);
        QStringList lost = r.lost;
        for (const Victim& v : std::as_const(refused))
            lost.removeIf([&v](const QString& l) { return l.section(u' ', 0, 0) == v.number; });
        QVERIFY2(lost.isEmpty() && r.duplicated.isEmpty() && r.unpaidSent.isEmpty(),
            qPrintable(lost.join(u',') + u'\n' + r.problems()));
        QVERIFY(r.atWms >= paid.size() - refused.size() - 1);
        qInfo("bad input, first page: %s; %lld problems reported", qPrintable(r.summary()), qint64(problems.size()));

        // A truncated page: the storefront cuts its answer short. Nothing on it is taken in, the cursor stays,
        // and once the storefront answers in full again, every order arrives.
        advance(3 * kHour);
        const QList<sim::StorefrontOrder> later = paidWooOrders(sandbox);
        QVERIFY(later.size() > paid.size());
        const auto& cut = later.constLast();
        const QByteArray whole = QByteArray::fromStdString(orderJson(cut.wooId).dump());
        sandbox.setWooOrderBytes(cut.wooId, whole.left(whole.size() / 2));
        const QString cursor =
            store::CursorRepository(store.db).get(QStringLiteral("woocommerce.orders")).value().value_or(QString());
        QStringList newWoo; // paid since the first page: all behind the truncated page
        for (const auto& o : later) {
            if (!std::any_of(
                    paid.cbegin(), paid.cend(), [&o](const sim::StorefrontOrder& p) { return p.number == o.number; }))
                newWoo << o.number;
        }
        QVERIFY(!newWoo.isEmpty());
        auto truncated = run.cycle(false);
        QVERIFY(truncated.has_value());
        QVERIFY2(
            anyProblem(truncated->problems, QStringLiteral("woocommerce orders"), QStringLiteral("not valid JSON")),
            qPrintable(truncated->problems.join(u'\n')));
        QCOMPARE(
            store::CursorRepository(store.db).get(QStringLiteral("woocommerce.orders")).value().value_or(QString()),
            cursor);
        for (const QString& number : std::as_const(newWoo))
            QCOMPARE(received(number), 0);
        sandbox.setWooOrderBytes(cut.wooId, {});
        auto recovered = run.cycle(false);
        QVERIFY(recovered.has_value());
        for (const QString& number : std::as_const(newWoo))
            QCOMPARE(received(number), 1);
        r = lockstep::test::reconcile(ledger().toJson(), store.db);
        lost = r.lost;
        for (const Victim& v : std::as_const(refused))
            lost.removeIf([&v](const QString& l) { return l.section(u' ', 0, 0) == v.number; });
        QVERIFY2(lost.isEmpty() && r.duplicated.isEmpty(), qPrintable(lost.join(u',') + u'\n' + r.problems()));
        qInfo("bad input, after the truncated page: %s", qPrintable(r.summary()));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
