// SPDX-License-Identifier: GPL-3.0-or-later
// The order lookup page on the offscreen platform, over a real store: search by every key, the pick list,
// the headline per stage, the timeline in time order, exceptions with their action signals, copy as text.
#include "common/desktop_opener.h"
#include "common/display_format.h"
#include "common/order_text.h"
#include "demo_store.h"
#include "lookup/lifecycle_model.h"
#include "lookup/order_lookup_page.h"
#include "lookup_search.h"
#include "shell/navigation.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace lockstep;
using namespace lockstep::core;
using namespace lockstep::test;

namespace {

const QDateTime kPlaced = utc("2026-11-23T09:00:00Z");

QPushButton* button(QWidget* page, const QString& text)
{
    for (auto* b : page->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestOrderLookupPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_order_lookup_page"));
    }

    void lookupByTrackingNumberShowsTimelineInTimeOrder()
    {
        TempStore s;
        const qint64 id = seedShippedOrder(s.db, kPlaced);
        // An event that arrived late but happened early must still sort into place.
        addEvent(s.db,
            id,
            kPlaced.addSecs(60),
            SourceSystem::WooCommerce,
            QStringLiteral("storefront.status"),
            QStringLiteral("processing"));
        ManualClock clock(kPlaced.addSecs(6 * 3600));
        ui::OrderLookupPage page(s.path);
        page.setClock(&clock);
        new QAbstractItemModelTester(
            page.timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);

        QCOMPARE(lookUp(page, QStringLiteral("  1Z999AA10123456784 ")), 1);
        QCOMPARE(page.currentOrderId(), id);
        QVERIFY(page.resultList()->isHidden());
        const auto* model = page.timelineModel();
        QStringList rows;
        QDateTime previous;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QDateTime at = model->index(r, 0).data(ui::LifecycleModel::RawValueRole).toDateTime();
            QVERIFY2(!previous.isValid() || previous <= at, qPrintable(QString::number(r)));
            previous = at;
            rows << QStringLiteral("%1 | %2 | %3")
                        .arg(model->index(r, 1).data().toString(),
                            model->index(r, 2).data().toString(),
                            model->index(r, 3).data().toString());
        }
        QCOMPARE(rows,
            (QStringList{
                QStringLiteral("WooCommerce | Order placed | Order 1042 placed: 68.86 USD"),
                QStringLiteral("WooCommerce | Storefront status changed | processing"),
                QStringLiteral("WooCommerce | Payment confirmed | Payment confirmed"),
                QStringLiteral("Lockstep | Sent to the warehouse | Queued for the warehouse at DAL-1"),
                QStringLiteral("Warehouse | Warehouse status | New at DAL-1"),
                QStringLiteral("Warehouse | Warehouse status | Back Ordered at DAL-1"),
                QStringLiteral("Warehouse | Warehouse status | Released at DAL-1"),
                QStringLiteral("Warehouse | Picked | Picked at DAL-1"),
                QStringLiteral("Carrier | Collected by the carrier | Collected by UPS, tracking 1Z999AA10123456784"),
            }));
        QCOMPARE(model->index(0, 0).data().toString(), ui::DisplayFormat::localTime(kPlaced));
        // One vocabulary for times: the lifecycle writes an instant as the queues, the audit and the dashboard do,
        // "2026-11-23 14:05" in local time, whatever the language.
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"))
                    .match(model->index(0, 0).data().toString())
                    .hasMatch());
        QVERIFY(!model->index(0, 1).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(page.headlineText(),
            QStringLiteral("Shipped with UPS 1Z999AA10123456784, collected %1")
                .arg(ui::DisplayFormat::localTime(kPlaced.addSecs(5 * 3600))));
    }

    void timelineNamesEveryEventTheEngineWritesInWords()
    {
        for (const char* kind : {"storefront.placed",
                 "storefront.paid",
                 "storefront.status",
                 "storefront.cancelled",
                 "storefront.told_shipped",
                 "lockstep.queued_for_wms",
                 "lockstep.cancel_queued",
                 "lockstep.create_withdrawn",
                 "lockstep.retry",
                 "lockstep.checked",
                 "wms.acknowledged",
                 "wms.status",
                 "wms.shipment",
                 "wms.canceled",
                 "carrier.collected"}) {
            const QString key = QString::fromLatin1(kind);
            QVERIFY2(ui::OrderText::eventTitle(key) != key, kind);
        }
    }

    void findsAnOrderAsPeopleTypeItAndLinksToItsTrackingAndStorefront()
    {
        TempStore s;
        const qint64 id = seedShippedOrder(s.db, kPlaced); // 1042, customer@example.com, "Example Customer", UPS
        ui::OrderLookupPage page(s.path);
        ui::RecordLinks links;
        links.woocommerceSite = QUrl(QStringLiteral("https://shop.example.com/"));
        page.setRecordLinks(links);

        QCOMPARE(lookUp(page, QStringLiteral("#1042")), 1);
        QCOMPARE(page.currentOrderId(), id);
        lookUp(page, QString());
        QCOMPARE(lookUp(page, QStringLiteral("customer@exa")), 1);
        QCOMPARE(page.currentOrderId(), id);
        lookUp(page, QString());
        QCOMPARE(lookUp(page, QStringLiteral("example cust")), 1);
        QCOMPARE(page.currentOrderId(), id);

        QCOMPARE(page.linkTargets(),
            (QList<QUrl>{ui::OrderText::trackingUrl(QStringLiteral("UPS"), QStringLiteral("1Z999AA10123456784")),
                QUrl(QStringLiteral("https://shop.example.com/wp-admin/post.php?post=1042&action=edit"))}));
        QVERIFY(!page.linkTargets().first().isEmpty());
        auto* label = page.findChild<QLabel*>(QStringLiteral("orderLinks"));
        QVERIFY(label && label->isVisibleTo(&page));
        QList<QUrl> opened;
        ui::DesktopOpener::setHook([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        Q_EMIT label->linkActivated(page.linkTargets().constLast().toString());
        ui::DesktopOpener::setHook({});
        QCOMPARE(opened, QList<QUrl>{page.linkTargets().constLast()});
    }

    void exceptionReasonsReadInPlainWords()
    {
        TempStore s;
        const qint64 id = addOrder(s.db, makeOrder(QStringLiteral("1072"), QStringLiteral("a@example.com"), kPlaced));
        ExceptionRecord r = makeException(ExceptionType::StuckPending, QStringLiteral("woocommerce:1072"), kPlaced);
        r.orderId = id;
        r.orderRef = QStringLiteral("1072");
        r.reason = QStringLiteral("Could not send: POST http://127.0.0.1:8081/api/orders: Host 127.0.0.1 not found "
                                  "(HostNotFoundError)");
        addException(s.db, r);
        ui::OrderLookupPage page(s.path);
        QCOMPARE(lookUp(page, QStringLiteral("1072")), 1);
        QCOMPARE(page.exceptionList()->topLevelItem(0)->text(3),
            QStringLiteral("Could not send: 127.0.0.1: the server's name was not found"));
    }

    void commercetoolsOrdersOpenInTheMerchantCenterOfTheProjectsRegion()
    {
        ui::RecordLinks links;
        links.commercetoolsApi = QUrl(QStringLiteral("https://api.europe-west1.gcp.commercetools.com"));
        links.commercetoolsProject = QStringLiteral("acme-shop");
        QCOMPARE(links.storefrontRecord(SourceSystem::Commercetools, QStringLiteral("5d2e-uuid")),
            QUrl(QStringLiteral("https://mc.europe-west1.gcp.commercetools.com/acme-shop/orders/5d2e-uuid")));
        QVERIFY(links.storefrontRecord(SourceSystem::WooCommerce, QStringLiteral("1042")).isEmpty());
        QVERIFY(links.storefrontRecord(SourceSystem::Pos, QStringLiteral("T-1")).isEmpty());
    }

    void lookupByEmailWithTwoOrdersShowsBothToPick()
    {
        TempStore s;
        Order first = makeOrder(QStringLiteral("1001"), QStringLiteral("buyer@example.com"), kPlaced);
        first.customerName = QStringLiteral("<b>Buyer</b> <img src=x>"); // data, never markup
        const qint64 older = addOrder(s.db, first);
        const qint64 newer =
            addOrder(s.db, makeOrder(QStringLiteral("1077"), QStringLiteral("buyer@example.com"), kPlaced.addDays(2)));
        addOrder(s.db, makeOrder(QStringLiteral("1078"), QStringLiteral("someone@example.com"), kPlaced));
        ui::OrderLookupPage page(s.path);
        ManualClock clock(kPlaced.addDays(2).addSecs(600)); // the newer order is within its service level
        page.setClock(&clock);
        QSignalSpy shown(&page, &ui::OrderLookupPage::orderShown);

        QCOMPARE(lookUp(page, QStringLiteral("BUYER@example.com")), 2);
        QTreeWidget* list = page.resultList();
        QVERIFY(!list->isHidden());
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("1077")); // newest first
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("1001"));
        QCOMPARE(page.currentOrderId(), newer);
        QVERIFY(!page.exceptionList()->isVisibleTo(&page)); // nothing about it needs a person
        list->setCurrentItem(list->topLevelItem(1));
        QTRY_COMPARE(page.currentOrderId(), older); // read off the UI thread
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.last().at(0).toLongLong(), older);
        auto* facts = page.findChild<QLabel*>(QStringLiteral("orderFacts"));
        QVERIFY(facts);
        QVERIFY(facts->text().contains(QStringLiteral("<b>Buyer</b> <img src=x> <buyer@example.com>")));
        LOCKSTEP_COMPARE_ENUM(facts->textFormat(), Qt::PlainText);

        // By order number and storefront id: one match, no list.
        QCOMPARE(lookUp(page, QStringLiteral("1078")), 1);
        QVERIFY(list->isHidden());
        QCOMPARE(lookUp(page, QStringLiteral("no-such-order")), 0);
        QVERIFY(page.headlineText().isEmpty());
    }

    void returnSearchesAndCtrlFFocusesTheBox()
    {
        TempStore s;
        const qint64 id = addOrder(s.db, makeOrder(QStringLiteral("1042"), {}, kPlaced));
        QWidget window;
        auto* page = new ui::OrderLookupPage(s.path, &window);
        auto* other = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        QTest::keyClick(other, Qt::Key_F, Qt::ControlModifier); // not within the page: nothing happens
        QVERIFY(other->hasFocus());
        page->searchField()->setFocus();
        QTest::keyClicks(page->searchField(), QStringLiteral("1042"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTRY_COMPARE(page->currentOrderId(), id);
        // Focus moves away; Ctrl+F brings it back with the text selected.
        page->exceptionList()->setFocus();
        QTest::keyClick(page->exceptionList(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->searchField()->hasFocus());
        QCOMPARE(page->searchField()->selectedText(), QStringLiteral("1042"));
    }

    void headlinePerStage()
    {
        TempStore s;
        ManualClock clock(kPlaced.addSecs(14 * 60));
        // Paid two minutes after placing, nothing from the warehouse after twelve more.
        addOrder(s.db, makeOrder(QStringLiteral("2001"), {}, kPlaced));
        // Back ordered at DAL-1, one of five short.
        const Order backOrdered = makeOrder(QStringLiteral("2002"), {}, kPlaced);
        addOrder(s.db, backOrdered);
        acknowledge(s.db, backOrdered, kPlaced.addSecs(300), WmsOrderStatus::BackOrdered, 1);
        // Picked and packed; the carrier has not collected yet.
        const Order picked = makeOrder(QStringLiteral("2003"), {}, kPlaced);
        addOrder(s.db, picked);
        acknowledge(s.db, picked, kPlaced.addSecs(300), WmsOrderStatus::PickComplete);
        // Cancelled in the storefront before the warehouse started.
        Order cancelled = makeOrder(QStringLiteral("2004"), {}, kPlaced);
        cancelled.status = QStringLiteral("cancelled");
        addOrder(s.db, cancelled);

        ui::OrderLookupPage page(s.path);
        page.setClock(&clock);
        lookUp(page, QStringLiteral("2001"));
        QCOMPARE(page.headlineText(), QStringLiteral("Paid, waiting for the warehouse to acknowledge (12 min)"));
        lookUp(page, QStringLiteral("2002"));
        QCOMPARE(page.headlineText(), QStringLiteral("At DAL-1: Back Ordered, 1 of 5 units short"));
        lookUp(page, QStringLiteral("2003"));
        QCOMPARE(page.headlineText(), QStringLiteral("Picked at DAL-1, waiting for carrier collection (9 min)"));
        lookUp(page, QStringLiteral("2004"));
        QCOMPARE(page.headlineText(), QStringLiteral("Cancelled in the storefront; the warehouse had not started"));
    }

    void copyAsTextIsAPlainSummaryForTheCustomer()
    {
        TempStore s;
        seedShippedOrder(s.db, kPlaced);
        ui::OrderLookupPage page(s.path);
        QGuiApplication::clipboard()->clear();
        QCOMPARE(lookUp(page, QStringLiteral("1042")), 1);
        QPushButton* copy = button(&page, QStringLiteral("&Copy as text"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        const QString expected =
            QStringLiteral("Order 1042, placed %1\n"
                           "Your order has shipped with UPS.\n"
                           "Payment confirmed: %2\n"
                           "Shipped with UPS on %3, tracking number 1Z999AA10123456784\n"
                           "Track the parcel: https://www.ups.com/track?tracknum=1Z999AA10123456784\n"
                           "\n"
                           "Items:\n"
                           "  2 × Stoneware mug, white\n"
                           "  3 × Earl Grey loose tea, 250 g\n")
                .arg(ui::DisplayFormat::localTime(kPlaced),
                    ui::DisplayFormat::localTime(kPlaced.addSecs(120)),
                    ui::DisplayFormat::localTime(kPlaced.addSecs(5 * 3600)));
        QCOMPARE(text, expected);
        // Nothing internal: no facility codes, warehouse numbers, system names or the customer's address.
        for (const char* internal : {"DAL-1", "SO-", "woocommerce", "Deposco", "@", "exception", "409"})
            QVERIFY2(!text.contains(QLatin1String(internal), Qt::CaseInsensitive), internal);
    }

    void exceptionsInlineEmitTheirActions()
    {
        TempStore s;
        seedShippedOrder(s.db, kPlaced);
        const qint64 openId = openExceptionId(s);
        ui::OrderLookupPage page(s.path);
        ManualClock clock(kPlaced.addSecs(600)); // within its service level: only the stored exceptions show
        page.setClock(&clock);
        QSignalSpy retry(&page, &ui::OrderLookupPage::retryRequested);
        QSignalSpy acknowledge(&page, &ui::OrderLookupPage::acknowledgeRequested);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lookUp(page, QStringLiteral("1042"));
        QTreeWidget* list = page.exceptionList();
        QVERIFY(list->isVisibleTo(&page));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Shipment confirmations missing"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Open"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Resolved"));
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(button(&page, QStringLiteral("&Retry")), Qt::LeftButton);
        QTest::mouseClick(button(&page, QStringLiteral("&Acknowledge…")), Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.first().at(0).value<ui::ExceptionRef>().id, openId);
        // With the queue it was read in, so the window hands it to that queue's actions without reading it again.
        LOCKSTEP_COMPARE_ENUM(retry.first().at(1).value<ExceptionType>(), ExceptionType::ShipmentConfirmationMissing);
        QCOMPARE(acknowledge.count(), 1);
        QCOMPARE(acknowledge.first().at(0).value<ui::ExceptionRef>().id, openId);
        // Each carries the version shown: a change made at another desk since is refused, not acted on.
        const qint64 shown = retry.first().at(0).value<ui::ExceptionRef>().version;
        QCOMPARE(shown, store::ExceptionRepository(s.db).findById(openId).value()->version);
        ExceptionRecord elsewhere = store::ExceptionRepository(s.db).findById(openId).value().value();
        elsewhere.claimedBy = QStringLiteral("other.desk");
        LOCKSTEP_VERIFY_OK(store::ExceptionRepository(s.db).applyAction(elsewhere, elsewhere.version));
        QTest::mouseClick(button(&page, QStringLiteral("&Retry")), Qt::LeftButton);
        QCOMPARE(retry.count(), 2);
        QCOMPARE(retry.last().at(0).value<ui::ExceptionRef>().version, shown);
        // Nothing to intercept on a shipment confirmation.
        QVERIFY(!button(&page, QStringLiteral("Ask to &intercept…"))->isVisible());
        // A resolved exception offers no actions.
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(!button(&page, QStringLiteral("&Retry"))->isEnabled());
        QVERIFY(!button(&page, QStringLiteral("&Acknowledge…"))->isEnabled());
    }

    void anOrderPastItsLimitSaysSoBeforeTheSweepRaisesIt()
    {
        // Paid at 09:02 and never acknowledged by the warehouse; at 10:36 it is 94 minutes past payment, well past
        // the 30-minute limit, though no sweep has raised it yet. The page must not say nothing needs a person.
        TempStore s;
        const Order o = makeOrder(QStringLiteral("1072"), QStringLiteral("ada@example.com"), kPlaced);
        addOrder(s.db, o);
        ManualClock clock(kPlaced.addSecs(96 * 60));
        ui::OrderLookupPage page(s.path);
        page.setClock(&clock);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(lookUp(page, QStringLiteral("1072")), 1);
        QTreeWidget* list = page.exceptionList();
        QVERIFY(list->isVisibleTo(&page));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), ui::Navigation::queueName(ExceptionType::StuckPending));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Due now"));
        // Nothing to act on until the engine raises it.
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(!button(&page, QStringLiteral("&Retry"))->isEnabled());
        QVERIFY(!button(&page, QStringLiteral("&Acknowledge…"))->isEnabled());

        // Within its limit (20 minutes after payment) nothing is due.
        clock.setNow(kPlaced.addSecs(22 * 60));
        lookUp(page, QStringLiteral("1072"));
        QCOMPARE(list->topLevelItemCount(), 0);
    }

private:
    static qint64 openExceptionId(TempStore& s)
    {
        return core::store::ExceptionRepository(s.db)
            .findBySubject(ExceptionType::ShipmentConfirmationMissing, QStringLiteral("woocommerce:1042"))
            .value()
            ->id;
    }
};

QTEST_MAIN(TestOrderLookupPage)
#include "test_order_lookup_page.moc"
