// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine in its own thread against the sandbox over real HTTP, judged by the sandbox's truth
// ledger: every paid order reaches the WMS exactly once or sits in an exception, the storefront hears
// "shipped" only after the carrier collected, and a restart (a new engine on the same database) sends
// nothing twice.
#include "engine_run.h"
#include "memory_credential_store.h"
#include "sim_test_client.h"
#include "store/cursor_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "support.h"
#include "world.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;

using lockstep::test::EngineRun;
using lockstep::test::kWebhookSecret;
using lockstep::test::sandboxConfig;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactlyOnceThroughADayOfTrading_data()
    {
        QTest::addColumn<bool>("faults");
        QTest::newRow("calm") << false;
        QTest::newRow("demo faults: 5xx, 429, resets, timeouts, 409") << true;
    }

    void exactlyOnceThroughADayOfTrading()
    {
        QFETCH(bool, faults);
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0; // time moves only when the test says so
        QVERIFY(sandbox.start(scenario).ok());
        if (!faults)
            sandbox.setFaultProfile(sim::FaultProfile{});
        const Config config = sandboxConfig(sandbox);
        lockstep::test::TempStore store;

        // The engine's clock decides when outbox retries are due; the test moves it past every backoff.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const auto outboxWaiting = [&store] {
            store::OutboxRepository outbox(store.db);
            return outbox.countByState(store::OutboxState::Pending).value()
                + outbox.countByState(store::OutboxState::Failed).value();
        };
        sandbox.advance(4 * 3600 * 1000); // four hours of orders and payments
        {
            EngineRun run(config, store.path, &clock);
            auto first = run.cycle(true);
            QVERIFY(first.has_value());
            const QUrl hook = run.webhookUrl();
            QVERIFY(hook.isValid());
            sandbox.addWebhook(QStringLiteral("order.created"), hook, kWebhookSecret);
            sandbox.addWebhook(QStringLiteral("order.updated"), hook, kWebhookSecret);
            QVERIFY2(first->ordersRead > 0, qPrintable(first->problems.join(u'\n')));
            QVERIFY(first->wmsCreated > 0);
            // The warehouse works; the engine follows it.
            for (int step = 0; step < 6; ++step) {
                sandbox.advance(3600 * 1000);
                clock.advanceMSecs(2 * 3600 * 1000);
                QVERIFY(run.cycle(false).has_value());
            }
            // Drain: retries until the outbox holds nothing waiting (bounded).
            for (int drain = 0; drain < 12 && outboxWaiting() > 0; ++drain) {
                clock.advanceMSecs(2 * 3600 * 1000);
                QVERIFY(run.cycle(false).has_value());
            }
            QCOMPARE(outboxWaiting(), 0);
        }
        // A restart: a new engine on the same database. In calm weather everything was already done; with
        // faults it may finish creates still waiting out their backoff, but never sends one twice (ledger below).
        {
            EngineRun again(config, store.path, &clock);
            auto summary = again.cycle(true);
            QVERIFY(summary.has_value());
            if (!faults)
                QCOMPARE(summary->wmsCreated, 0);
        }

        // Webhooks were delivered, duplicates among them (the demo duplicates a fifth of them).
        QVERIFY(sandbox.ledger().counter(QStringLiteral("webhooks.delivered")) > 0);
        if (faults)
            QVERIFY(sandbox.ledger().counter(QStringLiteral("webhooks.duplicated")) > 0);
        // The truth: nothing was received twice by the WMS...
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
        // ...and every paid WooCommerce order is either at the WMS or in an exception.
        store::OrderRepository orders(store.db);
        store::ExceptionRepository exceptions(store.db);
        int paid = 0;
        int atWms = 0;
        int held = 0;
        auto st = store.db.prepare(QStringLiteral(
            "SELECT storefront_id, number FROM orders WHERE payment_state = 'paid' AND status <> 'cancelled'"));
        QVERIFY(st.ok());
        QVERIFY(forEachRowCollect(st.value(), [&](const QString& id, const QString& number) {
            ++paid;
            const int received = sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), number);
            QVERIFY2(received <= 1, qPrintable(number));
            if (received == 1) {
                ++atWms;
                return;
            }
            const QString subject = QStringLiteral("woocommerce:") + id;
            bool inException = false;
            for (int t = 0; t < kExceptionTypeCount; ++t)
                inException =
                    inException || exceptions.findBySubject(static_cast<ExceptionType>(t), subject).value().has_value();
            QVERIFY2(inException,
                qPrintable(QStringLiteral("paid order %1 neither at the WMS nor in an exception").arg(number)));
            ++held;
        }));
        QVERIFY(paid > 20);
        QVERIFY(atWms > 0);
        QVERIFY(held > 0); // the demo plants unknown SKUs and the like
        qInfo("paid %d, at the WMS %d, held as exceptions %d", paid, atWms, held);

        // Shipped only after the carrier collected: every WooCommerce order marked completed had a collection.
        // The order's timeline says so in words a person reads (carrier and tracking), written by the tracker.
        auto completed =
            store.db.prepare(QStringLiteral("SELECT id, number FROM orders WHERE storefront = 'woocommerce'"));
        int told = 0;
        const QRegularExpression collectedWords(
            QStringLiteral("^(Collected by|In transit with|Delivered by) \\S.*, tracking \\S+$"));
        QVERIFY(forEachRowCollect(completed.value(), [&](const QString& id, const QString& number) {
            if (sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), number) > 0) {
                ++told;
                QVERIFY2(
                    sandbox.ledger().counterFor(QStringLiteral("shipments_collected"), number) > 0, qPrintable(number));
                auto events = store::LifecycleRepository(store.db).forOrder(id.toLongLong());
                QVERIFY(events.ok());
                bool collected = false;
                for (const LifecycleEvent& e : std::as_const(events.value())) {
                    if (e.kind != QStringLiteral("carrier.collected"))
                        continue;
                    collected = true;
                    QVERIFY2(!e.detailMessage.isEmpty(), qPrintable(number));
                    QVERIFY2(collectedWords.match(e.shownDetail()).hasMatch(), qPrintable(e.shownDetail()));
                    QCOMPARE(e.detail, e.detailMessage.english());
                }
                QVERIFY2(collected, qPrintable(number));
            }
        }));
        QVERIFY(told > 0);
    }

    void aSplitShipmentIsAnnouncedAsWhatItCarried()
    {
        // Every order of two or more lines leaves the warehouse as two shipments. The storefront hears each as
        // what it carried: commercetools a delivery naming its line items (Partial first, Shipped once all
        // left), WooCommerce the tracking of each and `completed` once, with the shipment that completes it.
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario();
        scenario.wms.splitShipmentRate = 1.0;
        QVERIFY(sandbox.start(scenario).ok());
        Config config = sandboxConfig(sandbox);
        config.commercetools.enabled = true;
        lockstep::test::TempStore store;
        ManualClock clock(sandbox.now());
        sandbox.advance(4 * 3600 * 1000);
        clock.advanceMSecs(4 * 3600 * 1000);
        {
            EngineRun run(config, store.path, &clock);
            QVERIFY(run.cycle(true).has_value());
            // A cycle every warehouse step (15 minutes): the engine sees a split order's first shipment leave
            // before the second.
            int wooPartlyTracked = 0; // WooCommerce orders seen with one shipment's tracking, still not completed
            for (int step = 0; step < 32; ++step) {
                sandbox.advance(15 * 60 * 1000);
                clock.advanceMSecs(15 * 60 * 1000);
                QVERIFY(run.cycle(false).has_value());
                for (const sim::StorefrontOrder& o : sandbox.world()->orders()) {
                    if (o.commercetools
                        || sandbox.ledger().counterFor(QStringLiteral("shipments_collected"), o.number) > 0)
                        continue;
                    QVERIFY2(o.wooStatus != QLatin1String("completed"),
                        qPrintable(o.number + QStringLiteral(" completed before all of it left")));
                    wooPartlyTracked += o.wooMeta.dump().find("_lockstep_shipment_") != std::string::npos;
                }
            }
            QVERIFY(wooPartlyTracked > 0);
        }
        QVERIFY(sandbox.ledger().counter(QStringLiteral("wms.partial_collections")) > 0);
        int ctSplit = 0;
        int wooSplit = 0;
        for (const sim::StorefrontOrder& o : sandbox.world()->orders()) {
            // (an order the customer cancelled after the warehouse released it ships, but is no longer completed; nor
            // is one whose storefront refuses to complete it)
            if (sandbox.ledger().counterFor(QStringLiteral("split_shipments"), o.number) == 0
                || sandbox.ledger().counterFor(QStringLiteral("shipments_collected"), o.number) == 0
                || o.failure == sim::PlannedFailure::CancelAfterLock
                || o.failure == sim::PlannedFailure::ShippedUpdateRefused)
                continue;
            if (o.commercetools) {
                ++ctSplit;
                QCOMPARE(o.ctDeliveries.size(), size_t(2));
                QHash<QString, qint64> delivered; // per line item id, over both deliveries
                QSet<QString> first;
                // A bundle leaves as its components and is announced with its last one: a parcel holding only
                // other components of a bundle names no line item.
                const bool bundled = std::any_of(o.lines.cbegin(), o.lines.cend(), [&](const sim::OrderLine& l) {
                    return sandbox.world()->products().at(l.product).bundle;
                });
                for (size_t d = 0; d < o.ctDeliveries.size(); ++d) {
                    const auto& items = o.ctDeliveries.at(d)["items"];
                    QVERIFY2(!items.empty() || bundled, qPrintable(o.number));
                    for (const auto& item : items) {
                        const QString id = QString::fromStdString(item["id"].get<std::string>());
                        QVERIFY2(d == 0 || !first.contains(id),
                            qPrintable(o.number + QStringLiteral(": a line in both deliveries")));
                        if (d == 0)
                            first.insert(id);
                        delivered[id] += item["quantity"].get<qint64>();
                    }
                }
                qint64 ordered = 0;
                for (const sim::OrderLine& line : o.lines)
                    ordered += line.quantity;
                qint64 total = 0;
                for (const qint64 units : std::as_const(delivered))
                    total += units;
                QCOMPARE(delivered.size(), o.lines.size()); // every line, in exactly one of the two
                QCOMPARE(total, ordered);
                QCOMPARE(o.ctShipmentState, QStringLiteral("Shipped"));
                QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("commercetools_shipment_Partial"), o.number), 1);
            } else {
                ++wooSplit;
                int tracked = 0;
                for (const auto& meta : o.wooMeta)
                    tracked += QString::fromStdString(meta["key"].get<std::string>())
                                   .startsWith(QStringLiteral("_lockstep_shipment_"));
                QVERIFY2(tracked == 2 && o.wooStatus == QLatin1String("completed"),
                    qPrintable(QStringLiteral("%1 (%2): %3 tracking entries, status %4")
                                   .arg(o.number, failureKey(o.failure))
                                   .arg(tracked)
                                   .arg(o.wooStatus)));
                QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), o.number), 1);
            }
        }
        // An order the customer cancelled after the warehouse released it, which the carrier then collected: the
        // storefront records the parcel's tracking, and the order stays cancelled (never turned into a completed sale).
        int cancelledButShipped = 0;
        for (const sim::StorefrontOrder& o : sandbox.world()->orders()) {
            if (o.commercetools || o.failure != sim::PlannedFailure::CancelAfterLock
                || sandbox.ledger().counterFor(QStringLiteral("shipments_collected"), o.number) == 0)
                continue;
            ++cancelledButShipped;
            QVERIFY2(
                o.wooStatus == QLatin1String("cancelled"), qPrintable(o.number + QStringLiteral(": ") + o.wooStatus));
            QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), o.number), 0);
            QVERIFY2(o.wooMeta.dump().find("_lockstep_shipment_") != std::string::npos, qPrintable(o.number));
        }
        qInfo("orders shipped in two parts: commercetools %d, WooCommerce %d; cancelled and shipped anyway: %d",
            ctSplit,
            wooSplit,
            cancelledButShipped);
        QVERIFY(cancelledButShipped > 0);
        QVERIFY(ctSplit > 0);
        QVERIFY(wooSplit > 0);
    }

    void aRotatedWmsRefreshTokenIsKeptForTheNextStart()
    {
        // An installed app signs in to the WMS with a refresh token; each refresh answers a new one and spends the
        // old. The engine keeps the new one in the keychain entry the configuration names, so the next start
        // signs in; a kept old one would be refused.
        sim::Sandbox sandbox;
        QVERIFY(sandbox.start(lockstep::test::quietScenario()).ok());
        Config config = sandboxConfig(sandbox);
        config.wms.refreshToken = SecretRef{SecretRef::Kind::Keychain, QStringLiteral("lockstep/wms-refresh-token")};
        lockstep::test::MemoryCredentialStore keychain;
        keychain.entries.insert(QStringLiteral("lockstep/wms-refresh-token"), QStringLiteral("token-from-the-install"));
        lockstep::test::TempStore store;
        ManualClock clock(sandbox.now());
        sandbox.advance(2 * 3600 * 1000);
        {
            EngineRun run(config, store.path, &clock, &keychain);
            const auto first = run.cycle(true);
            QVERIFY(first.has_value());
            for (const QString& problem : first->problems)
                QVERIFY2(!problem.contains(QLatin1String("sign-in")), qPrintable(problem));
        }
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.refresh_tokens_rotated")), 1);
        const QString kept = keychain.entries.value(QStringLiteral("lockstep/wms-refresh-token"));
        QVERIFY(kept != QLatin1String("token-from-the-install"));
        QVERIFY(!kept.isEmpty());

        sandbox.advance(3600 * 1000);
        EngineRun again(config, store.path, &clock, &keychain);
        const auto second = again.cycle(true);
        QVERIFY(second.has_value());
        for (const QString& problem : second->problems)
            QVERIFY2(!problem.contains(QLatin1String("sign-in")), qPrintable(problem));
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.refresh_tokens_rotated")), 2);
        QVERIFY(keychain.entries.value(QStringLiteral("lockstep/wms-refresh-token")) != kept);
    }

    void webhooksBringOrdersForward()
    {
        // One cycle reads the item master and whatever exists; after it no schedule runs, so only webhooks
        // can bring the next orders in.
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario();
        scenario.faults.duplicateWebhookRate = 0.5;
        QVERIFY(sandbox.start(scenario).ok());
        const Config config = sandboxConfig(sandbox);
        lockstep::test::TempStore store;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        EngineRun run(config, store.path, &clock);
        QVERIFY(run.cycle(true).has_value());
        const int before = sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received"));
        const auto polledCursor = store::CursorRepository(store.db).get(QStringLiteral("woocommerce.orders")).value();
        const QUrl hook = run.webhookUrl();
        QVERIFY(hook.isValid());
        sandbox.addWebhook(QStringLiteral("order.created"), hook, kWebhookSecret);
        sandbox.addWebhook(QStringLiteral("order.updated"), hook, kWebhookSecret);

        sandbox.advance(2 * 3600 * 1000);
        const int events = sandbox.ledger().counter(QStringLiteral("webhooks.events"));
        QVERIFY(events > 5);
        QVERIFY(sandbox.ledger().counter(QStringLiteral("webhooks.duplicated")) > 0);
        // Orders arrive by webhook and their creates follow, without a single poll.
        QVERIFY(QTest::qWaitFor(
            [&] { return sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")) > before + 5; }, 30000));
        QCOMPARE(store::CursorRepository(store.db).get(QStringLiteral("woocommerce.orders")).value(),
            polledCursor); // no poll since
        QTest::qWait(1000); // let the last deliveries and sends settle
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
        auto st = store.db.prepare(QStringLiteral("SELECT count(*) FROM orders"));
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QVERIFY(st->int64(0) > 0);
    }

    void demoLeavesEachPrimaryQueueExplained()
    {
        // The demo scenario, calm weather, the engine's clock moving with the sandbox's.
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.setFaultProfile(sim::FaultProfile{});
        const Config config = sandboxConfig(sandbox);
        lockstep::test::TempStore store;
        ManualClock clock(sandbox.now());
        const auto advance = [&](qint64 msecs) {
            sandbox.advance(msecs);
            clock.advanceMSecs(msecs);
        };
        advance(4 * 3600 * 1000);
        EngineRun run(config, store.path, &clock);
        QVERIFY(run.cycle(true).has_value());
        advance(2 * 3600 * 1000); // the warehouse allocates, releases; customers cancel what is already locked
        QVERIFY(run.cycle(false).has_value());
        // A warehouse outage for one cycle: orders paid meanwhile are not acknowledged within the SLA.
        advance(3600 * 1000);
        sim::FaultProfile down;
        down.serverErrorRate = 1.0;
        sandbox.setFaultProfile(sim::SimSystem::Wms, down);
        auto outage = run.cycle(false);
        QVERIFY(outage.has_value());
        sandbox.setFaultProfile(sim::FaultProfile{});

        store::ExceptionRepository exceptions(store.db);
        QStringList seen;
        for (ExceptionType type : {ExceptionType::FailedAllocation,
                 ExceptionType::SkuMismatch,
                 ExceptionType::StuckPending,
                 ExceptionType::CancellationPastCutoff}) {
            store::PageRequest request;
            request.filter.type = type;
            request.filter.state = ExceptionState::Open;
            auto page = exceptions.page(request);
            QVERIFY(page.ok());
            QVERIFY2(
                !page->rows.isEmpty(), qPrintable(QStringLiteral("no open %1 after the demo").arg(toString(type))));
            for (const ExceptionRecord& r : std::as_const(page->rows)) {
                // Explained with facts: the order it is about (or, for a storefront listing, the SKU), in a
                // sentence, with an action and an owner.
                if (r.subjectKey.startsWith(QLatin1String("sku:")))
                    QVERIFY2(!r.sku.isEmpty() && r.reason.contains(r.sku), qPrintable(r.reason));
                else
                    QVERIFY2(!r.orderRef.isEmpty() && r.reason.contains(r.orderRef), qPrintable(r.reason));
                QVERIFY(r.reason.size() > 40);
                QVERIFY(!r.suggestedAction.isEmpty());
                QVERIFY(!r.signature.isEmpty());
            }
            seen << QStringLiteral("%1: %2, e.g. %3")
                        .arg(toString(type))
                        .arg(page->rows.size())
                        .arg(page->rows.constFirst().reason);
        }
        // Both forms of a stuck pending order: waiting for payment, and paid but not acknowledged (the outage).
        QVERIFY(!exceptions.openCauses(ExceptionType::StuckPending).value().isEmpty());
        bool awaitingPayment = false;
        bool notAcknowledged = false;
        for (const auto& cause : exceptions.openCauses(ExceptionType::StuckPending).value()) {
            awaitingPayment = awaitingPayment || cause.signature.startsWith(QLatin1String("awaiting-payment:"));
            notAcknowledged = notAcknowledged || cause.signature.startsWith(QLatin1String("not-acknowledged:"));
        }
        QVERIFY(awaitingPayment);
        QVERIFY(notAcknowledged);
        // An unknown SKU behind many orders reads as one cause (GC-STORE; BEANIE is the variation without its SKU).
        qint64 giftCards = 0;
        for (const auto& cause : exceptions.openCauses(ExceptionType::SkuMismatch).value()) {
            if (cause.signature == QLatin1String("sku-missing:GC-STORE"))
                giftCards = cause.count;
        }
        QVERIFY2(giftCards > 1, qPrintable(QString::number(giftCards)));
        // Every failed allocation in the demo is the one SKU without stock: one cause, whatever else the orders hold.
        const auto allocationCauses = exceptions.openCauses(ExceptionType::FailedAllocation).value();
        QCOMPARE(allocationCauses.size(), 1);
        QVERIFY(allocationCauses.constFirst().signature.endsWith(QLatin1String(":PRINT-LTD")));
        // The gift-wrapping fee the warehouse does not value: a totals mismatch, named by its cause.
        const auto totalsCauses = exceptions.openCauses(ExceptionType::TotalsMismatch).value();
        QVERIFY(std::any_of(totalsCauses.cbegin(), totalsCauses.cend(), [](const auto& cause) {
            return cause.signature == QLatin1String("totals:fees");
        }));
        qInfo("%s", qPrintable(seen.join(u'\n')));

        // The warehouse is back. The sends the outage made the engine give up on stay stuck until a person retries
        // them, and say so with the error; none reads as "not queued".
        advance(3600 * 1000);
        QVERIFY(run.cycle(false).has_value());
        store::PageRequest stuck;
        stuck.filter.type = ExceptionType::StuckPending;
        stuck.filter.state = ExceptionState::Open;
        stuck.limit = 1000;
        for (const ExceptionRecord& r : exceptions.page(stuck).value().rows) {
            if (r.signature.startsWith(QLatin1String("not-acknowledged:")))
                QVERIFY2(r.reason.contains(QLatin1String("; last error: ")), qPrintable(r.reason));
        }
        qInfo("%s", qPrintable(describeCauses(exceptions)));
    }

private:
    /// The open causes, one line each, as a supervisor reads them.
    static QString describeCauses(store::ExceptionRepository& exceptions)
    {
        QStringList lines;
        for (const auto& c : exceptions.openCauses({}, 20).value())
            lines << QStringLiteral("%1 %2: %3 open").arg(toString(c.type), c.signature).arg(c.count);
        return lines.join(u'\n');
    }

    template <typename F> static bool forEachRowCollect(store::Statement& st, F&& f)
    {
        return store::forEachRow(st, [&](const store::Statement& row) { f(row.text(0), row.text(1)); }).ok();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_sync_engine.moc"
