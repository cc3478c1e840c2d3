// SPDX-License-Identifier: GPL-3.0-or-later
// The action side of the queues on the offscreen platform, with a real engine thread against the sandbox over
// real HTTP and a real SQLite file: fifty selected rows retried through the toolbar's shortcut come back with an
// outcome per row (done at the warehouse, claimed by another person, changed since it was opened); a SKU mapping
// made in the edit dialog resolves every exception with that SKU and each order reaches the warehouse exactly
// once; acknowledge refuses an empty note; the engine's changes keep the selection and the scroll position.
#include "actions/acknowledge_dialog.h"
#include "actions/action_broker.h"
#include "actions/action_executor.h"
#include "actions/action_result_dialog.h"
#include "actions/intercept_dialog.h"
#include "actions/queue_actions.h"
#include "actions/sku_mapping_dialog.h"
#include "common/message_box.h"
#include "exception_samples.h"
#include "integration/engine_run.h"
#include "lookup/order_lookup_page.h"
#include "queue_desk.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_filter_bar.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "shell/main_window.h"
#include "shell/role.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::ExceptionRef;
using lockstep::ui::QueuePage;
using lockstep::ui::QueueTableModel;

namespace {

const QString kUnknownSku = QStringLiteral("GC-STORE");
const QString kOther = QStringLiteral("other.supervisor");

/// A sandbox whose storefront sells a gift card the warehouse does not know (about half the orders), the engine
/// on its thread, and one cycle run: the SKU mismatch queue fills up.
struct World
{
    sim::Sandbox sandbox;
    test::TempStore store;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<test::EngineRun> run;

    bool start()
    {
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        scenario.commercetoolsShare = 0;
        scenario.failureRates.fill(0);
        scenario.failureRates[static_cast<std::size_t>(sim::PlannedFailure::UnknownSku)] = 0.5;
        if (!sandbox.start(scenario).ok())
            return false;
        sandbox.setFaultProfile(sim::FaultProfile{});
        sandbox.advance(8 * 3600 * 1000);
        run = std::make_unique<test::EngineRun>(test::sandboxConfig(sandbox), store.path, &clock);
        return run->cycle(true).has_value();
    }

    /// Wires the window to the engine as the application does (app/main.cpp through EngineHost).
    void connect(ui::MainWindow& window)
    {
        ui::ActionBroker* broker = window.actionBroker();
        auto* engine = run->engine;
        QObject::connect(broker, &ui::ActionBroker::commandPosted, engine, &engine::SyncEngine::executeAction);
        QObject::connect(engine, &engine::SyncEngine::actionProgress, broker, &ui::ActionBroker::takeProgress);
        QObject::connect(engine, &engine::SyncEngine::actionFinished, broker, &ui::ActionBroker::takeResult);
        QObject::connect(
            engine, &engine::SyncEngine::exceptionsChanged, &window, &ui::MainWindow::noteExceptionsChanged);
    }

    /// Runs a command in the engine as another person at another desk would, and waits for its outcome.
    actions::ActionResult act(actions::ActionCommand command)
    {
        QSignalSpy finished(run->engine, &engine::SyncEngine::actionFinished);
        auto* engine = run->engine;
        command.requestId = 42;
        QMetaObject::invokeMethod(
            engine, [engine, command] { engine->executeAction(command); }, Qt::QueuedConnection);
        // An action with nothing to send finishes at once: the signal may be in before the wait starts.
        if (!lockstep::test::waitForSignal(finished, 60000))
            return {};
        return finished.takeFirst().at(0).value<actions::ActionResult>();
    }

    QList<ExceptionRecord> mismatches()
    {
        store::PageRequest request;
        request.filter.type = ExceptionType::SkuMismatch;
        request.filter.state = ExceptionState::Open;
        request.filter.sku = kUnknownSku;
        request.limit = 1000;
        return store::ExceptionRepository(store.db).page(request).value().rows;
    }

    QString simpleItem()
    {
        const QList<Item> items = store::CatalogRepository(store.db).searchItems(QString(), 50).value();
        const auto simple = std::find_if(items.cbegin(), items.cend(), [](const Item& i) { return !i.isBundle(); });
        return simple == items.cend() ? QString() : simple->sku;
    }

    int received(const QString& orderRef) const
    {
        return sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), orderRef);
    }
};

using test::showQueue;

// The listing check raises SKU-level mismatches too (a duplicate SKU, a variation with its parent's SKU): these tests
// work on the orders held for the unknown SKU, so they narrow the queue to it, as a person would.
void narrowTo(QueuePage* page, const QString& text)
{
    ui::QueueFilterState state;
    state.text = text;
    page->filterBar()->setFilterState(state);
}

qint64 idAt(const QueuePage& page, int row)
{
    return page.model()->index(row, 0).data(QueueTableModel::IdRole).toLongLong();
}

/// The first row whose claim is (or is not) held by someone, or -1.
int rowClaimed(const QueuePage& page, bool claimed)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->record(row).claimedBy.isEmpty() != claimed)
            return row;
    }
    return -1;
}

QSet<qint64> idsOf(const QList<ExceptionRef>& refs)
{
    QSet<qint64> ids;
    for (const ExceptionRef& r : refs)
        ids.insert(r.id);
    return ids;
}

} // namespace

class TestQueueActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_queue_actions"));
        // Every HTTP exchange is logged at debug level; these tests read outcomes, not the wire.
        QLoggingCategory::setFilterRules(QStringLiteral("lockstep.*.debug=false"));
    }

    void init()
    {
        QSettings().clear();
        ui::MessageBox::clearLastText();
    }

    void retryingFiftySelectedRowsShowsTheOutcomePerRow()
    {
        World world;
        QVERIFY(world.start());
        const QList<ExceptionRecord> held = world.mismatches();
        QVERIFY2(held.size() >= 50, qPrintable(QString::number(held.size())));

        ui::MainWindow w(world.store.path);
        world.connect(w);
        QueuePage* page = showQueue(w, ExceptionType::SkuMismatch);
        QVERIFY(page);
        narrowTo(page, kUnknownSku);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), qint64(held.size()), 20000);

        // Another supervisor, at another desk, claimed the first two before this page read them.
        actions::ActionExecutor elsewhere(world.store.db, world.clock, nullptr);
        actions::ActionCommand claim;
        claim.kind = actions::ActionKind::Claim;
        claim.actor = kOther;
        claim.targets = {{idAt(*page, 0), 0}, {idAt(*page, 1), 0}};
        QCOMPARE(elsewhere.execute(claim).result.succeededCount(), 2);
        page->refresh();
        QVERIFY(test::settled(*page));
        QTRY_COMPARE(page->model()->record(0).claimedBy, kOther);

        // Fifty rows by keyboard.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 49; ++i)
            QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        const QList<ExceptionRef> selected = page->selectedRefs();
        QCOMPARE(selected.size(), 50);

        // Meanwhile the third is assigned over there, and the gift card is mapped in the item master's terms.
        actions::ActionCommand assign;
        assign.kind = actions::ActionKind::Assign;
        assign.actor = kOther;
        assign.assignee = QStringLiteral("finance");
        assign.targets = {{idAt(*page, 2), 0}};
        QCOMPARE(elsewhere.execute(assign).result.succeededCount(), 1);
        const QString item = world.simpleItem();
        QVERIFY(!item.isEmpty());
        LOCKSTEP_VERIFY_OK(
            store::CatalogRepository(world.store.db)
                .upsertSkuMapping({SourceSystem::WooCommerce, kUnknownSku, item, kOther, world.clock.nowUtc()}));

        // The detail panel and the confirmation say where the order stands at both systems.
        QTRY_VERIFY2(page->detailPanel()->bothSystemsText().contains(QStringLiteral("never sent")),
            qPrintable(page->detailPanel()->bothSystemsText()));
        ui::QueueActions* actions = w.queueActions(ExceptionType::SkuMismatch);
        QSignalSpy finished(actions, &ui::QueueActions::actionFinished);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page->view(), Qt::Key_R, Qt::ControlModifier);
        // Asked once where the orders stand has been read, off the UI thread.
        QTRY_VERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("Retry 50 exception(s) now?")),
            qPrintable(ui::MessageBox::lastText()));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Storefront: order")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Warehouse: not created")));
        // A bulk command shows its progress without blocking the window.
        QVERIFY(actions->progressDialog());
        QVERIFY(actions->progressDialog()->isVisible());
        QVERIFY(!actions->progressDialog()->isModal());
        QVERIFY(finished.wait(120000));
        QTRY_VERIFY(!actions->progressDialog());

        // One line per row: three refused with their reasons first, then the 47 at the warehouse.
        ui::ActionResultDialog* result = actions->resultDialog();
        QVERIFY(result);
        QVERIFY(result->isVisible());
        const QStringList lines = result->rowLines();
        QCOMPARE(lines.size(), 50);
        QVERIFY2(
            result->summaryText().contains(QStringLiteral("47 done, 3 refused")), qPrintable(result->summaryText()));
        QVERIFY2(result->summaryText().contains(QStringLiteral("2 claimed by another person")),
            qPrintable(result->summaryText()));
        QVERIFY(result->summaryText().contains(QStringLiteral("1 changed since you opened it")));
        const auto lineFor = [&](qint64 id) {
            for (int i = 0; i < result->outcomeList()->topLevelItemCount(); ++i) {
                if (result->outcomeList()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
                    return lines.at(i);
            }
            return QString();
        };
        for (int i = 0; i < 50; ++i) {
            const qint64 id = selected.at(i).id;
            const ExceptionRecord r = store::ExceptionRepository(world.store.db).findById(id).value().value();
            const QString line = lineFor(id);
            QVERIFY2(line.startsWith(QStringLiteral("Order %1 · ").arg(r.orderRef)), qPrintable(line));
            if (i < 2) {
                QVERIFY2(line.contains(QStringLiteral("Refused: claimed by another person")) && line.contains(kOther),
                    qPrintable(line));
                QCOMPARE(world.received(r.orderRef), 0);
            } else if (i == 2) {
                QVERIFY2(line.contains(QStringLiteral("Refused: changed since you opened it")) && line.contains(kOther),
                    qPrintable(line));
                QCOMPARE(world.received(r.orderRef), 0);
            } else {
                QVERIFY2(line.contains(QStringLiteral(" · Done · At the warehouse as ")), qPrintable(line));
                QCOMPARE(world.received(r.orderRef), 1);
                LOCKSTEP_COMPARE_ENUM(r.state, ExceptionState::Resolved);
            }
        }
        QCOMPARE(world.sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
        // The queue was read again: the resolved ones left it.
        QTRY_COMPARE(page->model()->totalCount(), held.size() - 47);
        QVERIFY(page->actionNote().contains(QStringLiteral("47 done, 3 refused")));
    }

    void aSkuMappingEditThroughTheDialogResolvesTheExceptions()
    {
        World world;
        QVERIFY(world.start());
        const QList<ExceptionRecord> held = world.mismatches();
        QVERIFY(!held.isEmpty());
        const QString item = world.simpleItem();

        ui::MainWindow w(world.store.path);
        world.connect(w);
        QueuePage* page = showQueue(w, ExceptionType::SkuMismatch);
        QVERIFY(page);
        narrowTo(page, kUnknownSku);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), qint64(held.size()), 20000);
        page->view()->setFocus();
        page->view()->selectRow(0);
        ui::QueueActions* actions = w.queueActions(ExceptionType::SkuMismatch);
        QTest::keyClick(page->view(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(actions->isReading()); // the dialog's facts are read off the UI thread; it opens with them
        QTRY_VERIFY(actions->openDialog());
        auto* dialog = qobject_cast<ui::SkuMappingDialog*>(actions->openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->sameSkuCount(), held.size());
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->beforeText(), QStringLiteral("GC-STORE → not mapped (not in the WMS item master)"));

        // The picker narrows as the person types (each list read off the UI thread).
        QTRY_VERIFY(dialog->itemList()->topLevelItemCount() > 0);
        const int everything = dialog->itemList()->topLevelItemCount();
        QTest::keyClicks(dialog->searchField(), item);
        QTRY_VERIFY(dialog->itemList()->topLevelItemCount() < everything);
        for (int i = 0; i < dialog->itemList()->topLevelItemCount(); ++i)
            QVERIFY(dialog->itemList()->topLevelItem(i)->text(0).contains(item, Qt::CaseInsensitive)
                || dialog->itemList()->topLevelItem(i)->text(1).contains(item, Qt::CaseInsensitive));
        QVERIFY(dialog->chooseItem(item));
        QCOMPARE(dialog->afterText(), QStringLiteral("GC-STORE → WMS item %1").arg(item));
        QVERIFY(dialog->okButton()->isEnabled());

        QSignalSpy finished(actions, &ui::QueueActions::actionFinished);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        const auto outcome = finished.takeFirst().at(0).value<actions::ActionResult>();
        QCOMPARE(outcome.items.size(), held.size());
        QCOMPARE(outcome.succeededCount(), held.size());
        ui::ActionResultDialog* result = actions->resultDialog();
        QVERIFY(result);
        QCOMPARE(result->rowLines().size(), held.size());
        for (const QString& line : result->rowLines())
            QVERIFY2(line.contains(QStringLiteral(" · Done · At the warehouse as ")), qPrintable(line));

        // Every held order reached the warehouse once, and the queue is empty.
        for (const ExceptionRecord& r : held) {
            QCOMPARE(world.received(r.orderRef), 1);
            LOCKSTEP_COMPARE_ENUM(
                store::ExceptionRepository(world.store.db).findById(r.id).value()->state, ExceptionState::Resolved);
        }
        QTRY_COMPARE(page->model()->totalCount(), 0);
    }

    void acknowledgingASkuMismatchSaysTheOrderStaysUnsent()
    {
        // A SKU mismatch holds a paid order back from the warehouse: before it is acknowledged, the dialog says the
        // orders stay unsent (and come back as stuck pending) and points to the edit that ships them.
        test::TempStore s;
        // More than the first page the table reads (200 rows), so the whole filter counts what it has not read.
        QVERIFY(test::insertSamples(s.db, ExceptionType::SkuMismatch, 450, QDateTime::currentDateTimeUtc()));
        ui::MainWindow w(s.path);
        QueuePage* page = showQueue(w, ExceptionType::SkuMismatch);
        QVERIFY(page);
        page->view()->setFocus();
        page->view()->selectRow(0);
        QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        ui::QueueActions* actions = w.queueActions(ExceptionType::SkuMismatch);
        QTest::keyClick(page->view(), Qt::Key_K, Qt::ControlModifier);
        auto* dialog = qobject_cast<ui::AcknowledgeDialog*>(actions->openDialog());
        QVERIFY(dialog);
        const QString said = dialog->consequenceText();
        QVERIFY2(said.startsWith(QStringLiteral("Acknowledging does not send 2 order(s) to the warehouse (")),
            qPrintable(said));
        const int row0 = page->model()->rowOfId(idAt(*page, 0));
        QVERIFY(said.contains(page->model()->record(row0).orderRef));
        QVERIFY(said.contains(QStringLiteral("stuck pending")));
        QVERIFY(said.contains(QStringLiteral("without that line (Edit)")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("acknowledgeConsequence"))->isVisibleTo(dialog));
        dialog->reject();

        // On the whole filter, every matching order counts, not only the rows read so far.
        QVERIFY(page->model()->rowCount() < 450);
        page->wholeFilterAction()->setChecked(true);
        QTest::keyClick(page->view(), Qt::Key_K, Qt::ControlModifier);
        auto* whole = qobject_cast<ui::AcknowledgeDialog*>(actions->openDialog());
        QVERIFY(whole);
        // The whole filter's orders are counted off the UI thread; the dialog says so once they are.
        QTRY_VERIFY2(whole->consequenceText().startsWith(QStringLiteral("Acknowledging does not send 450 order(s)")),
            qPrintable(whole->consequenceText()));
        whole->reject();
    }

    void acknowledgeRefusesAnEmptyNote()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 30, QDateTime::currentDateTimeUtc()));
        ui::MainWindow w(s.path);
        // The engine's side is recorded: this test is about the dialog and the command it sends.
        QList<actions::ActionCommand> sent;
        QObject receiver;
        QObject::connect(
            w.actionBroker(), &ui::ActionBroker::commandPosted, &receiver, [&sent](const actions::ActionCommand& c) {
                sent.append(c);
            });
        QueuePage* page = showQueue(w, ExceptionType::FailedAllocation);
        QVERIFY(page);
        page->view()->setFocus();
        page->view()->selectRow(3);
        QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        ui::QueueActions* actions = w.queueActions(ExceptionType::FailedAllocation);
        QTest::keyClick(page->view(), Qt::Key_K, Qt::ControlModifier);
        auto* dialog = qobject_cast<ui::AcknowledgeDialog*>(actions->openDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Acknowledge 2 exception(s)"));
        QVERIFY(dialog->consequenceText().isEmpty()); // a failed allocation's order is at the warehouse already
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->setNote(QStringLiteral("   "));
        QVERIFY(!dialog->okButton()->isEnabled());
        // Return, or anything else reaching accept(), is refused with a message; nothing is sent.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemText().startsWith(QStringLiteral("Write a note first")));
        QVERIFY(sent.isEmpty());

        dialog->setNote(QStringLiteral("Stock moved in by hand at DAL-1"));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().isEmpty());
        dialog->setResolution(actions::ResolutionKind::HandledInWms);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!actions->openDialog());
        QCOMPARE(sent.size(), 1);
        const actions::ActionCommand& c = sent.constFirst();
        LOCKSTEP_COMPARE_ENUM(c.kind, actions::ActionKind::Acknowledge);
        QCOMPARE(c.note, QStringLiteral("Stock moved in by hand at DAL-1"));
        LOCKSTEP_COMPARE_ENUM(c.resolution, actions::ResolutionKind::HandledInWms);
        QCOMPARE(c.targets.size(), 2);
        QCOMPARE(c.targets.at(0).id, idAt(*page, 3));
        QCOMPARE(c.targets.at(0).expectedVersion, 1);
        QVERIFY(!c.filter);

        // With "Whole filter" on, the command carries the filter instead of ids.
        page->wholeFilterAction()->setChecked(true);
        page->view()->clearSelection();
        QVERIFY(page->action(QueuePage::Action::Acknowledge)->isEnabled());
        QVERIFY(!page->action(QueuePage::Action::Edit)->isEnabled());
        page->action(QueuePage::Action::Acknowledge)->trigger();
        dialog = qobject_cast<ui::AcknowledgeDialog*>(actions->openDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Acknowledge everything matching the filter"));
        dialog->setNote(QStringLiteral("Duplicates of a test import"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(1).targets.isEmpty());
        QVERIFY(sent.at(1).filter.has_value());
        LOCKSTEP_COMPARE_ENUM(*sent.at(1).filter->type, ExceptionType::FailedAllocation);
        LOCKSTEP_COMPARE_ENUM(*sent.at(1).filter->state, ExceptionState::Open);

        // Release claim goes as it is (on a row someone claimed); Reopen only in a view of what is not open.
        QVERIFY(!page->wholeFilterAction()->isChecked()); // it held for that one action
        test::selectOnly(page, rowClaimed(*page, true));
        QVERIFY(!page->action(QueuePage::Action::Reopen)->isEnabled());
        page->action(QueuePage::Action::Unclaim)->trigger();
        QCOMPARE(sent.size(), 3);
        LOCKSTEP_COMPARE_ENUM(sent.at(2).kind, actions::ActionKind::Unclaim);
        QCOMPARE(sent.at(2).targets.size(), 1);

        // The order lookup's inline Retry goes through the same command, with the same confirmation.
        const qint64 fifth = idAt(*page, 5);
        w.showPage({ui::PageKind::OrderLookup, std::nullopt});
        auto* lookup = qobject_cast<ui::OrderLookupPage*>(w.currentPageWidget());
        QVERIFY(lookup);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        Q_EMIT lookup->retryRequested({fifth, page->model()->record(5).version}, ExceptionType::FailedAllocation);
        QTRY_VERIFY(ui::MessageBox::lastText().startsWith(QStringLiteral("Retry 1 exception(s) now?")));
        QCOMPARE(sent.size(), 4);
        LOCKSTEP_COMPARE_ENUM(sent.at(3).kind, actions::ActionKind::Retry);
        QCOMPARE(sent.at(3).targets.size(), 1);
        QCOMPARE(sent.at(3).targets.at(0).id, fifth);
        QCOMPARE(sent.at(3).targets.at(0).expectedVersion, page->model()->record(5).version);
    }

    void wholeFilterHoldsForOneActionAndOnlyForItsFilter()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::FailedAllocation, 12));
        QueuePage* page = desk.page;
        const test::InlineEngine& engine = *desk.engine;
        QTRY_COMPARE(page->model()->totalCount(), 12);
        test::selectOnly(page, 1);

        // On the whole filter, Claim asks first, naming how many and which filter.
        page->wholeFilterAction()->setChecked(true);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->action(QueuePage::Action::Claim)->trigger();
        QVERIFY2(ui::MessageBox::lastText().startsWith(QStringLiteral("Claim 12 exception(s)?")),
            qPrintable(ui::MessageBox::lastText()));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Everything matching the filter: ")));
        QCOMPARE(engine.commands.size(), 1);
        QVERIFY(engine.commands.at(0).filter.has_value());
        // ...and then it is off: the next click acts on the selection only, without a question.
        QVERIFY(!page->wholeFilterAction()->isChecked());
        QTRY_COMPARE(page->actionNote().isEmpty(), false);
        ui::MessageBox::clearLastText();
        test::selectOnly(page, 2);
        page->action(QueuePage::Action::Claim)->trigger();
        QVERIFY(ui::MessageBox::lastText().isEmpty());
        QCOMPARE(engine.commands.size(), 2);
        QVERIFY(!engine.commands.at(1).filter.has_value());
        QCOMPARE(engine.commands.at(1).targets.size(), 1);

        // Another filter turns it off too.
        page->wholeFilterAction()->setChecked(true);
        narrowTo(page, QStringLiteral("DAL-1"));
        QVERIFY(!page->wholeFilterAction()->isChecked());
    }

    void everyActionOnSeveralRecordsAsksNamingTheCount()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::FailedAllocation, 12));
        QueuePage* page = desk.page;
        const test::InlineEngine& engine = *desk.engine;
        test::selectOnly(page, 3);
        QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(page->selectedRefs().size(), 3);

        // Declined: nothing is sent.
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        page->action(QueuePage::Action::Claim)->trigger();
        QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("Claim 3 exception(s)?"));
        QVERIFY(engine.commands.isEmpty());

        // A retry of the whole filter names the count, not only "everything".
        page->wholeFilterAction()->setChecked(true);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        page->action(QueuePage::Action::Retry)->trigger();
        QTRY_VERIFY2(ui::MessageBox::lastText().startsWith(QStringLiteral("Retry 12 exception(s) now?")),
            qPrintable(ui::MessageBox::lastText()));
        QVERIFY(engine.commands.isEmpty());

        // One record needs no question.
        ui::MessageBox::clearLastText();
        test::selectOnly(page, rowClaimed(*page, false));
        page->action(QueuePage::Action::Claim)->trigger();
        QVERIFY(ui::MessageBox::lastText().isEmpty());
        QCOMPARE(engine.commands.size(), 1);
    }

    void theNextRowIsSelectedAfterAnActionTookTheSelectedOneAway()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::FailedAllocation, 10));
        QueuePage* page = desk.page;
        ui::MainWindow& w = *desk.window;
        test::selectOnly(page, rowClaimed(*page, false));
        const qint64 acknowledged = page->selectedRefs().constFirst().id;
        ui::QueueActions* actions = w.queueActions(ExceptionType::FailedAllocation);
        QSignalSpy finished(actions, &ui::QueueActions::actionFinished);
        QTest::keyClick(page->view(), Qt::Key_K, Qt::ControlModifier);
        auto* dialog = qobject_cast<ui::AcknowledgeDialog*>(actions->openDialog());
        QVERIFY(dialog);
        dialog->setNote(QStringLiteral("Stock moved in by hand"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(test::waitForSignal(finished, 10000));
        QVERIFY(test::settled(*page)); // the page's re-read, off the UI thread

        // The acknowledged row left the open queue; the row the detail panel now shows is the selected one.
        QCOMPARE(page->model()->rowOfId(acknowledged), -1);
        const QList<ExceptionRef> selected = page->selectedRefs();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().id, page->detailPanel()->recordId());
        QVERIFY(page->action(QueuePage::Action::Acknowledge)->isEnabled());
        QVERIFY(page->action(QueuePage::Action::Claim)->isEnabled());
    }

    void eachQueueOffersOnlyTheActionsThatFitItsRecords()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::StuckPending, 10));
        QVERIFY(test::insertSamples(
            desk.store.db, ExceptionType::UnmappedCustomField, 10, QDateTime::currentDateTimeUtc()));
        ui::MainWindow& w = *desk.window;
        const test::InlineEngine& engine = *desk.engine;

        // A stuck pending order has nothing to edit: no empty dialog.
        QueuePage* stuck = desk.page;
        test::selectOnly(stuck, rowClaimed(*stuck, false));
        QVERIFY(!stuck->action(QueuePage::Action::Edit)->isEnabled());
        QVERIFY(stuck->action(QueuePage::Action::Retry)->isEnabled());
        QTest::keyClick(stuck->view(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!w.queueActions(ExceptionType::StuckPending)->openDialog());
        // Release claim only where a claim is held.
        QVERIFY(!stuck->action(QueuePage::Action::Unclaim)->isEnabled());
        const int claimed = rowClaimed(*stuck, true);
        QVERIFY(claimed >= 0);
        test::selectOnly(stuck, claimed);
        QVERIFY(stuck->action(QueuePage::Action::Unclaim)->isEnabled());

        // An unmapped custom field fails the same way until it is mapped: Edit, not Retry.
        w.showPage({ui::PageKind::Queue, ExceptionType::UnmappedCustomField});
        QueuePage* field = w.queuePage(ExceptionType::UnmappedCustomField);
        QTRY_VERIFY(field->model()->rowCount() > 0);
        test::selectOnly(field, 0);
        QVERIFY(!field->action(QueuePage::Action::Retry)->isEnabled());
        QVERIFY(field->action(QueuePage::Action::Edit)->isEnabled());

        for (int t = 0; t < kExceptionTypeCount; ++t) {
            const auto type = static_cast<ExceptionType>(t);
            QVERIFY(QueuePage::fits(type, QueuePage::Action::Acknowledge));
            QCOMPARE(QueuePage::fits(type, QueuePage::Action::Edit),
                type == ExceptionType::SkuMismatch || type == ExceptionType::FacilityRoutingFailure
                    || type == ExceptionType::UnmappedCustomField || type == ExceptionType::FailedAllocation);
        }
        QVERIFY(engine.commands.isEmpty());
    }

    void aCancellationPastCutoffAsksTheWarehouseToInterceptTheOrder()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::CancellationPastCutoff, 6));
        ui::MainWindow& w = *desk.window;
        QueuePage* late = desk.page;
        QAction* intercept = late->action(QueuePage::Action::Intercept);
        QVERIFY(intercept->isVisible());
        const int row = rowClaimed(*late, false);
        QVERIFY(row >= 0);
        test::selectOnly(late, row);
        QVERIFY(intercept->isEnabled());
        const ExceptionRecord before = late->model()->record(row);

        QTest::keyClick(late->view(), Qt::Key_I, Qt::ControlModifier);
        auto* dialog =
            qobject_cast<ui::InterceptDialog*>(w.queueActions(ExceptionType::CancellationPastCutoff)->openDialog());
        QVERIFY(dialog);
        // The message names the order and where it is, ready to copy or mail.
        QVERIFY2(dialog->message().contains(before.orderRef), qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(before.facility), qPrintable(dialog->message()));
        dialog->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->message());
        // How and whom the person asked is required.
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->setNote(QStringLiteral("called the shift lead"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();

        QCOMPARE(desk.engine->commands.size(), 1);
        const actions::ActionCommand sent = desk.engine->commands.constFirst();
        QVERIFY(sent.kind == actions::ActionKind::RequestIntercept);
        QCOMPARE(sent.note, QStringLiteral("called the shift lead"));
        QCOMPARE(sent.targets.size(), 1);
        QCOMPARE(sent.targets.constFirst().id, before.id);
        QCOMPARE(sent.targets.constFirst().expectedVersion, before.version);
        const ExceptionRecord after = store::ExceptionRepository(desk.store.db).findById(before.id).value().value();
        LOCKSTEP_COMPARE_ENUM(after.state, ExceptionState::Open);
        QVERIFY2(
            after.suggestedAction.contains(QStringLiteral("called the shift lead")), qPrintable(after.suggestedAction));

        // Two rows are two calls: the action waits for one.
        late->view()->selectAll();
        QVERIFY(!intercept->isEnabled());
        // Finance never asks the warehouse for anything.
        test::selectOnly(late, row);
        ui::Roles::instance().setRole(ui::Role::Finance);
        QVERIFY(!intercept->isEnabled());
        ui::Roles::instance().setRole(ui::Role::Supervisor);

        // Elsewhere there is no order to intercept: the action is not even shown.
        w.showPage({ui::PageKind::Queue, ExceptionType::StuckPending});
        QueuePage* stuck = w.queuePage(ExceptionType::StuckPending);
        QVERIFY(!stuck->action(QueuePage::Action::Intercept)->isVisible());
        QVERIFY(!QueuePage::fits(ExceptionType::StuckPending, QueuePage::Action::Intercept));
    }

    void theEnginesChangesKeepTheSelectionAndScrollPosition()
    {
        World world;
        QVERIFY(world.start());
        ui::MainWindow w(world.store.path);
        world.connect(w);
        QueuePage* page = showQueue(w, ExceptionType::SkuMismatch);
        QVERIFY(page);
        QTRY_VERIFY(page->model()->totalCount() >= 40);
        page->view()->setFocus();
        page->view()->selectRow(20);
        QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
        const QList<ExceptionRef> before = page->selectedRefs();
        QCOMPARE(before.size(), 3);
        const qint64 current = idAt(*page, 22);
        page->view()->verticalScrollBar()->setValue(15);
        const qint64 top = idAt(*page, page->view()->firstVisibleRow());
        const qint64 gone = idAt(*page, 0);

        // Through the engine: five rows above the selection are acknowledged, one selected row is claimed.
        actions::ActionCommand ack;
        ack.kind = actions::ActionKind::Acknowledge;
        ack.actor = kOther;
        ack.note = QStringLiteral("Handled with the customer by phone");
        for (int r = 0; r < 5; ++r)
            ack.targets.append({idAt(*page, r), 0});
        const actions::ActionResult acked = world.act(ack);
        for (const auto& o : acked.items)
            QVERIFY2(o.succeeded, qPrintable(o.message));
        QVERIFY2(acked.error.isEmpty(), qPrintable(acked.error));
        QCOMPARE(acked.succeededCount(), 5);
        actions::ActionCommand claim;
        claim.kind = actions::ActionKind::Claim;
        claim.actor = kOther;
        claim.targets = {{before.at(1).id, 0}};
        QCOMPARE(world.act(claim).succeededCount(), 1);

        // The window hears exceptionsChanged and reads the rows again.
        QTRY_COMPARE(page->model()->rowOfId(gone), -1);
        QTRY_COMPARE(page->model()->record(page->model()->rowOfId(before.at(1).id)).claimedBy, kOther);
        QCOMPARE(idsOf(page->selectedRefs()), idsOf(before));
        QCOMPARE(page->view()->currentIndex().data(QueueTableModel::IdRole).toLongLong(), current);
        QCOMPARE(page->view()->currentIndex().row(), 22 - 5);
        QCOMPARE(idAt(*page, page->view()->firstVisibleRow()), top);
        // The selection now carries the new version of the claimed row, so an action on it is not refused as stale.
        for (const ExceptionRef& r : page->selectedRefs()) {
            if (r.id == before.at(1).id)
                QCOMPARE(r.version, before.at(1).version + 1);
        }
    }
};

QTEST_MAIN(TestQueueActions)
#include "test_queue_actions.moc"
