// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_actions.h"

#include "acknowledge_dialog.h"
#include "action_broker.h"
#include "action_result_dialog.h"
#include "assign_dialog.h"
#include "common/background_reader.h"
#include "common/message_box.h"
#include "custom_field_dialog.h"
#include "facility_dialog.h"
#include "intercept_dialog.h"
#include "line_adjust_dialog.h"
#include "queues/both_systems_state.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_filter_bar.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "shell/role.h"
#include "sku_mapping_dialog.h"
#include "store/exception_repository.h"

#include <QLocale>
#include <QProgressDialog>

namespace lockstep::ui {

using core::actions::ActionCommand;
using core::actions::ActionKind;
using core::actions::ActionResult;

namespace {

/// A retry confirmation lists where this many orders stand, then counts the rest.
constexpr int kMaxStatesShown = 3;
/// Rows looked at for those orders (some may not be about an order).
constexpr int kMaxRowsLookedAt = 50;
/// The reader's one channel: a newer request's read overtakes an older one's.
constexpr int kFactsChannel = 0;

} // namespace

QueueActions::QueueActions(QueuePage* page, core::store::Database& db, ActionBroker* broker)
    : QObject(page)
    , m_page(page)
    , m_databasePath(db.path())
    , m_broker(broker)
{
    connect(page, &QueuePage::retryRequested, this, &QueueActions::retry);
    connect(page, &QueuePage::editRequested, this, &QueueActions::edit);
    connect(page, &QueuePage::acknowledgeRequested, this, &QueueActions::acknowledge);
    connect(page, &QueuePage::interceptRequested, this, &QueueActions::intercept);
    connect(page, &QueuePage::assignRequested, this, &QueueActions::assign);
    connect(page, &QueuePage::claimRequested, this, &QueueActions::claim);
    connect(page, &QueuePage::unclaimRequested, this, &QueueActions::unclaim);
    connect(page, &QueuePage::reopenRequested, this, &QueueActions::reopen);
    connect(page->detailPanel(), &QueueDetailPanel::commentRequested, this, &QueueActions::comment);
}

QDialog* QueueActions::openDialog() const
{
    return m_dialog;
}

QProgressDialog* QueueActions::progressDialog() const
{
    return m_progress;
}

ActionResultDialog* QueueActions::resultDialog() const
{
    return m_result;
}

ActionCommand QueueActions::commandFor(ActionKind kind, const QList<ExceptionRef>& refs) const
{
    ActionCommand command;
    command.kind = kind;
    command.role = Roles::key(Roles::instance().effectiveRole()); // the audit row names it
    if (refs.isEmpty()) {
        command.filter = m_page->model()->filter();
    } else {
        command.targets.reserve(refs.size());
        for (const ExceptionRef& r : refs)
            command.targets.append({r.id, r.version});
    }
    return command;
}

int QueueActions::countFor(const QList<ExceptionRef>& refs) const
{
    if (!refs.isEmpty())
        return static_cast<int>(refs.size());
    const qint64 total = m_page->model()->totalCount();
    return static_cast<int>(total >= 0 ? total : m_page->model()->rowCount());
}

QString QueueActions::labelOf(qint64 exceptionId) const
{
    const int row = m_page->model()->rowOfId(exceptionId);
    if (row < 0)
        return {};
    const core::ExceptionRecord& r = m_page->model()->record(row);
    return r.orderRef.isEmpty() ? (r.sku.isEmpty() ? QString() : tr("SKU %1").arg(r.sku))
                                : tr("Order %1").arg(r.orderRef);
}

void QueueActions::keepDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal without a nested event loop: the engine's news keeps arriving while it is open.
    dialog->open();
}

template <typename T, typename Work, typename Then> void QueueActions::readThen(Work work, Then then)
{
    if (!m_reader)
        m_reader = new BackgroundReader(m_databasePath, QStringLiteral("queue-actions"), this);
    m_reading = true;
    m_reader->read<T>(kFactsChannel, std::move(work), [this, then = std::move(then)](const core::Result<T>& read) {
        m_reading = false;
        then(read);
    });
}

QList<core::ExceptionRecord> QueueActions::recordsOf(const QList<ExceptionRef>& refs, int limit) const
{
    QList<core::ExceptionRecord> records;
    const int rows = m_page->model()->rowCount();
    for (int i = 0; i < (refs.isEmpty() ? rows : refs.size()) && records.size() < limit; ++i) {
        const int row = refs.isEmpty() ? i : m_page->model()->rowOfId(refs.at(i).id);
        if (row >= 0)
            records << m_page->model()->record(row);
    }
    return records;
}

QString QueueActions::confirmRetryText(const QList<ExceptionRef>& refs, const QStringList& states) const
{
    const QLocale locale;
    QString text = tr("Retry %n exception(s) now?", nullptr, countFor(refs)) + filterLine(refs);
    // Where the first few orders stand, as the store knows it: already at the warehouse? cancelled? shipped?
    if (!states.isEmpty())
        text += QStringLiteral("\n\n") + states.join(QStringLiteral("\n\n"));
    const int total = countFor(refs);
    const int shown = static_cast<int>(states.size());
    if (total > shown && shown > 0)
        text += QStringLiteral("\n\n") + tr("…and %1 more.").arg(locale.toString(total - shown));
    text += QStringLiteral("\n\n")
        + tr("The warehouse is asked first whether it already has each order; nothing is sent twice.");
    return text;
}

QString QueueActions::acknowledgeConsequence(const QList<ExceptionRef>& refs, qint64 wholeFilterOrders) const
{
    // Paid orders a SKU mismatch holds back: acknowledging sends none of them.
    QStringList held;
    int count = 0;
    const int rows = m_page->model()->rowCount();
    for (int i = 0; i < (refs.isEmpty() ? rows : refs.size()); ++i) {
        const int row = refs.isEmpty() ? i : m_page->model()->rowOfId(refs.at(i).id);
        if (row < 0)
            continue;
        const core::ExceptionRecord& r = m_page->model()->record(row);
        if (r.type != core::ExceptionType::SkuMismatch || r.orderRef.isEmpty())
            continue;
        if (++count <= kMaxStatesShown)
            held << r.orderRef;
    }
    // The whole filter: every matching order counts, not only the rows read so far.
    count = static_cast<int>(std::max<qint64>(count, wholeFilterOrders));
    if (count == 0)
        return {};
    const QLocale locale;
    QString orders = held.join(QStringLiteral(", "));
    if (count > held.size())
        orders += u' ' + tr("and %1 more").arg(locale.toString(count - held.size()));
    return tr("Acknowledging does not send %n order(s) to the warehouse (%1): each stays paid and unsent in Lockstep, "
              "and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled "
              "outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU "
              "or send the order without that line (Edit).",
        nullptr,
        count)
        .arg(orders);
}

QString QueueActions::filterLine(const QList<ExceptionRef>& refs) const
{
    return refs.isEmpty()
        ? QStringLiteral("\n\n") + tr("Everything matching the filter: %1.").arg(m_page->filterBar()->summary())
        : QString();
}

bool QueueActions::permitted(RoleAction action, const QString& actionName) const
{
    const Role role = Roles::instance().effectiveRole();
    if (Roles::allows(role, action))
        return true;
    m_page->setActionNote(tr("%1 is not part of the work of the role \"%2\"; nothing was sent.")
                              .arg(actionName, Roles::displayName(role)));
    return false;
}

bool QueueActions::confirmMany(const QString& actionName, const QString& question, const QList<ExceptionRef>& refs)
{
    if (countFor(refs) <= 1)
        return true;
    return MessageBox::question(
               m_page, actionName, question + filterLine(refs), QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void QueueActions::retry(const QList<ExceptionRef>& refs)
{
    if (!permitted(RoleAction::Retry, tr("Retry")))
        return;
    // What is retried is fixed now; where its first orders stand is read off the UI thread, then asked.
    const ActionCommand command = commandFor(ActionKind::Retry, refs);
    readThen<QStringList>(
        [records = recordsOf(refs, kMaxRowsLookedAt)](core::store::Database& db) -> core::Result<QStringList> {
            QStringList states;
            for (const core::ExceptionRecord& r : records) {
                const BothSystemsState state = BothSystemsState::read(db, r);
                if (state.aboutAnOrder)
                    states << state.text();
                if (states.size() == kMaxStatesShown)
                    break;
            }
            return states;
        },
        [this, refs, command](const core::Result<QStringList>& states) {
            const QString question = confirmRetryText(refs, states.ok() ? states.value() : QStringList());
            if (MessageBox::question(
                    m_page, tr("Retry"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                != QMessageBox::Yes)
                return;
            send(command, tr("Retry"));
        });
}

void QueueActions::edit(const QList<ExceptionRef>& refs)
{
    if (refs.isEmpty() || !permitted(RoleAction::Edit, tr("Edit")))
        return;
    // The dialog is made for the record under the cursor (or the first selected).
    int row = m_page->view()->currentIndex().row();
    if (row < 0 || !m_page->view()->selectionModel()->isRowSelected(row, {}))
        row = m_page->model()->rowOfId(refs.constFirst().id);
    if (row < 0)
        return;
    const core::ExceptionRecord record = m_page->model()->record(row);
    // Every selected order goes to a chosen facility; the other edits are about the record under the cursor (a
    // SKU mapping reaches every exception with that SKU by itself).
    const QList<ExceptionRef> targets = record.type == core::ExceptionType::FacilityRoutingFailure
        ? refs
        : QList<ExceptionRef>{{record.id, record.version}};
    // The dialog's facts are read off the UI thread; it opens with them.
    using MakeDialog = std::function<EditDialog*(QWidget * parent)>;
    readThen<MakeDialog>(
        [record, known = m_page->model()->facilitiesSeen()](core::store::Database& db) -> core::Result<MakeDialog> {
            switch (record.type) {
            case core::ExceptionType::SkuMismatch:
                return MakeDialog([facts = SkuMappingDialog::read(db, record), record](
                                      QWidget* parent) { return new SkuMappingDialog(facts, record, parent); });
            case core::ExceptionType::FacilityRoutingFailure:
                return MakeDialog([facts = FacilityDialog::read(db, record), record, known](
                                      QWidget* parent) { return new FacilityDialog(facts, record, known, parent); });
            case core::ExceptionType::UnmappedCustomField:
                return MakeDialog([facts = CustomFieldDialog::read(db, record), record](
                                      QWidget* parent) { return new CustomFieldDialog(facts, record, parent); });
            default:
                return MakeDialog([facts = LineAdjustDialog::read(db, record), record](
                                      QWidget* parent) { return new LineAdjustDialog(facts, record, parent); });
            }
        },
        [this, targets](const core::Result<MakeDialog>& make) {
            if (!make.ok()) {
                m_page->setActionNote(tr("Cannot read what the edit shows: %1").arg(make.error().toString()));
                return;
            }
            EditDialog* dialog = make.value()(m_page);
            connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
                if (!confirmMany(tr("Edit"),
                        tr("Send %n order(s) to the facility you chose?", nullptr, countFor(targets)),
                        targets))
                    return;
                ActionCommand command = commandFor(ActionKind::Edit, targets);
                command.edit = dialog->editSpec();
                send(command, tr("Edit"));
            });
            keepDialog(dialog);
        });
}

void QueueActions::acknowledge(const QList<ExceptionRef>& refs)
{
    // The dialog names how many it acknowledges: it is the confirmation.
    if (!permitted(RoleAction::Acknowledge, tr("Acknowledge")))
        return;
    auto* dialog = new AcknowledgeDialog(countFor(refs), refs.isEmpty(), m_page);
    dialog->setConsequence(acknowledgeConsequence(refs, 0));
    connect(dialog, &QDialog::accepted, this, [this, dialog, refs] {
        ActionCommand command = commandFor(ActionKind::Acknowledge, refs);
        command.note = dialog->note();
        command.resolution = dialog->resolution();
        send(command, tr("Acknowledge"));
    });
    keepDialog(dialog);
    if (refs.isEmpty() && m_page->model()->filter().type == core::ExceptionType::SkuMismatch) {
        // The whole filter's held orders are counted off the UI thread; the dialog says so once they are.
        core::store::ExceptionFilter orders = m_page->model()->filter();
        orders.aboutAnOrder = true;
        readThen<qint64>(
            [orders](core::store::Database& db) { return core::store::ExceptionRepository(db).count(orders); },
            [this, refs, open = QPointer<AcknowledgeDialog>(dialog)](const core::Result<qint64>& count) {
                if (open && count.ok())
                    open->setConsequence(acknowledgeConsequence(refs, count.value()));
            });
    }
}

void QueueActions::assign(const QList<ExceptionRef>& refs)
{
    // The dialog names how many it assigns: it is the confirmation.
    if (!permitted(RoleAction::Assign, tr("Assign")))
        return;
    QString current;
    if (!refs.isEmpty()) {
        if (const int row = m_page->model()->rowOfId(refs.constFirst().id); row >= 0)
            current = m_page->model()->record(row).assignee;
    }
    auto* dialog = new AssignDialog(countFor(refs), current, m_page);
    connect(dialog, &QDialog::accepted, this, [this, dialog, refs] {
        ActionCommand command = commandFor(ActionKind::Assign, refs);
        command.assignee = dialog->assignee();
        send(command, tr("Assign"));
    });
    keepDialog(dialog);
}

void QueueActions::claim(const QList<ExceptionRef>& refs)
{
    if (permitted(RoleAction::Claim, tr("Claim"))
        && confirmMany(tr("Claim"), tr("Claim %n exception(s)?", nullptr, countFor(refs)), refs))
        send(commandFor(ActionKind::Claim, refs), tr("Claim"));
}

void QueueActions::unclaim(const QList<ExceptionRef>& refs)
{
    if (permitted(RoleAction::Claim, tr("Release claim"))
        && confirmMany(tr("Release claim"), tr("Release the claim on %n exception(s)?", nullptr, countFor(refs)), refs))
        send(commandFor(ActionKind::Unclaim, refs), tr("Release claim"));
}

void QueueActions::reopen(const QList<ExceptionRef>& refs)
{
    if (permitted(RoleAction::Acknowledge, tr("Reopen"))
        && confirmMany(tr("Reopen"), tr("Reopen %n exception(s)?", nullptr, countFor(refs)), refs))
        send(commandFor(ActionKind::Reopen, refs), tr("Reopen"));
}

void QueueActions::intercept(const QList<ExceptionRef>& refs)
{
    if (refs.isEmpty() || !permitted(RoleAction::Intercept, tr("Ask to intercept")))
        return;
    const QList<ExceptionRef> one{refs.constFirst()};
    const auto open = [this, one](const core::ExceptionRecord& record) {
        auto* dialog = new InterceptDialog(record, m_page);
        connect(dialog, &QDialog::accepted, this, [this, dialog, one] {
            ActionCommand command = commandFor(ActionKind::RequestIntercept, one);
            command.note = dialog->note();
            send(command, tr("Ask to intercept"));
        });
        keepDialog(dialog);
    };
    // The page's row, or (asked from the order lookup) the record as the store holds it, read off the UI thread.
    if (const int row = m_page->model()->rowOfId(one.constFirst().id); row >= 0) {
        open(m_page->model()->record(row));
        return;
    }
    readThen<std::optional<core::ExceptionRecord>>(
        [id = one.constFirst().id](
            core::store::Database& db) { return core::store::ExceptionRepository(db).findById(id); },
        [open](const core::Result<std::optional<core::ExceptionRecord>>& record) {
            if (record.ok() && record.value())
                open(*record.value());
        });
}

void QueueActions::comment(const ExceptionRef& exception, const QString& text)
{
    if (text.trimmed().isEmpty() || !permitted(RoleAction::Comment, tr("Comment")))
        return;
    ActionCommand command = commandFor(ActionKind::Comment, {exception});
    command.note = text.trimmed();
    send(command, tr("Comment"), [this, id = exception.id](const ActionResult& result) {
        if (m_page->detailPanel()->recordId() == id)
            m_page->detailPanel()->reloadThread(result.ok());
    });
}

void QueueActions::send(
    const ActionCommand& command, const QString& actionName, std::function<void(const ActionResult&)> after)
{
    if (!m_broker || !m_broker->hasExecutor()) {
        m_page->setActionNote(tr("The engine is not running: %1 was not sent.").arg(actionName));
        return;
    }
    const bool bulk = command.filter.has_value() || command.targets.size() > 1;
    if (bulk) {
        auto* progress = new QProgressDialog(m_page);
        progress->setObjectName(QStringLiteral("ActionProgressDialog"));
        progress->setWindowTitle(actionName);
        progress->setLabelText(command.filter
                ? tr("%1: everything matching the filter…").arg(actionName)
                : tr("%1: %n exception(s)…", nullptr, static_cast<int>(command.targets.size())).arg(actionName));
        // The engine runs a command to its end once it starts: there is nothing to cancel.
        progress->setCancelButton(nullptr);
        progress->setWindowModality(Qt::NonModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setRange(0, 0);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->show();
        m_progress = progress;
    }
    ++m_pending;
    m_page->setActionNote(tr("%1 sent to the engine…").arg(actionName));
    QPointer<QProgressDialog> progress = bulk ? m_progress : nullptr;
    m_broker->post(
        command,
        this,
        [progress](int done, int total) {
            if (!progress)
                return;
            progress->setRange(0, total);
            progress->setValue(done);
        },
        [this, progress, actionName, bulk, after = std::move(after)](const ActionResult& result) {
            --m_pending;
            if (progress)
                progress->close();
            showResult(actionName, result, bulk);
            m_page->refresh();
            if (after)
                after(result);
            Q_EMIT actionFinished(result);
        });
}

void QueueActions::showResult(const QString& actionName, const ActionResult& result, bool bulk)
{
    const QLocale locale;
    if (!bulk && result.error.isEmpty() && result.items.size() == 1 && result.items.constFirst().succeeded) {
        const auto& item = result.items.constFirst();
        const QString label = labelOf(item.exceptionId);
        m_page->setActionNote(label.isEmpty() ? item.shown() : tr("%1: %2").arg(label, item.shown()));
        return;
    }
    m_page->setActionNote(result.error.isEmpty()
            ? tr("%1: %2 done, %3 refused.")
                  .arg(actionName, locale.toString(result.succeededCount()), locale.toString(result.refusedCount()))
            : tr("%1 did not run: %2").arg(actionName, result.error));
    // The engine names each outcome's order: no store read on this thread, however many rows were acted on.
    QHash<qint64, QString> labels;
    for (const auto& item : result.items) {
        QString label = labelOf(item.exceptionId);
        if (label.isEmpty() && !item.orderRef.isEmpty())
            label = tr("Order %1").arg(item.orderRef);
        if (!label.isEmpty())
            labels.insert(item.exceptionId, label);
    }
    if (m_result)
        m_result->close();
    auto* dialog = new ActionResultDialog(actionName, result, labels, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    m_result = dialog;
}

} // namespace lockstep::ui
