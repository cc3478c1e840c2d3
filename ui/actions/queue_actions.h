// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "common/exception_ref.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QProgressDialog;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

enum class RoleAction;
class ActionBroker;
class ActionResultDialog;
class BackgroundReader;
class QueuePage;

/// The action side of one queue page: turns the page's requests (Retry, Edit…, Acknowledge…, Assign…, Claim)
/// into engine commands on the selection or on everything matching the filter, through the ActionBroker (the
/// engine runs them on its own thread; nothing here waits for it). Dialogs open window-modal without a nested
/// event loop (open(), not exec()); a retry asks first, with where the order stands at both systems, and every other
/// action on more than one exception asks first, naming how many (acknowledge and assign in their dialogs). A bulk
/// command shows a non-modal progress dialog (engine commands cannot be cancelled once running, so it has no
/// Cancel), then a result dialog with every row's outcome and reason; a single success is a note on the page.
/// The page re-reads its rows afterwards, keeping the selection. A request the role in effect does not do is refused
/// with a note. Every command names the role, for the audit row. What a question or an edit dialog shows from the
/// store (where the orders stand, the dialog's facts, a count) is read on a BackgroundReader of its own, never on the
/// UI thread: the question or dialog comes when that is in (`isReading()` meanwhile; a newer request overtakes one
/// still reading). Thread: UI. `db` names the store (its path); owned by the page.
class QueueActions : public QObject
{
    Q_OBJECT

public:
    QueueActions(QueuePage* page, core::store::Database& db, ActionBroker* broker);

    /// The edit, acknowledge or assign dialog open now (null when none).
    QDialog* openDialog() const;
    /// The progress of the bulk command in flight (null when none).
    QProgressDialog* progressDialog() const;
    /// The outcome of the last command that needed one (null before, or once closed).
    ActionResultDialog* resultDialog() const;
    /// Commands sent by this page and not yet answered.
    int pendingCount() const { return m_pending; }
    /// What a question or dialog is to show is being read (it opens when that is in).
    bool isReading() const { return m_reading; }

    void retry(const QList<lockstep::ui::ExceptionRef>& refs);
    void edit(const QList<lockstep::ui::ExceptionRef>& refs);
    void acknowledge(const QList<lockstep::ui::ExceptionRef>& refs);
    void assign(const QList<lockstep::ui::ExceptionRef>& refs);
    void claim(const QList<lockstep::ui::ExceptionRef>& refs);
    void unclaim(const QList<lockstep::ui::ExceptionRef>& refs);
    void reopen(const QList<lockstep::ui::ExceptionRef>& refs);
    /// Asks the warehouse to pull the first exception's order (a cancellation past cutoff): the dialog writes the
    /// message, the person says how they asked, and the engine keeps the request.
    void intercept(const QList<lockstep::ui::ExceptionRef>& refs);
    /// Adds `text` to the thread of `exception` (the detail panel's field is emptied once the engine took it).
    void comment(const lockstep::ui::ExceptionRef& exception, const QString& text);

Q_SIGNALS:
    /// The engine answered a command of this page (after the outcome was shown).
    void actionFinished(const lockstep::core::actions::ActionResult& result);

private:
    /// Targets from the selection, or the page's filter when `refs` is empty ("Whole filter").
    core::actions::ActionCommand commandFor(core::actions::ActionKind kind, const QList<ExceptionRef>& refs) const;
    /// How many the command touches, for titles: the selection's size or the filter's count.
    int countFor(const QList<ExceptionRef>& refs) const;
    /// `after` runs once the result is shown and the page re-read.
    void send(const core::actions::ActionCommand& command,
        const QString& actionName,
        std::function<void(const core::actions::ActionResult&)> after = {});
    void showResult(const QString& actionName, const core::actions::ActionResult& result, bool bulk);
    void keepDialog(QDialog* dialog);
    QString labelOf(qint64 exceptionId) const;
    /// The rows of `refs` in the page's window (of every row when `refs` is empty), at most `limit`.
    QList<core::ExceptionRecord> recordsOf(const QList<ExceptionRef>& refs, int limit) const;
    /// The retry question: how many, and where the orders read stand at both systems (`states`).
    QString confirmRetryText(const QList<ExceptionRef>& refs, const QStringList& states) const;
    /// What acknowledging does to the selection's orders ("stays unsent"), for the acknowledge dialog; empty if
    /// nothing. `wholeFilterOrders` is the count of the filter's orders when the request is on the whole filter.
    QString acknowledgeConsequence(const QList<ExceptionRef>& refs, qint64 wholeFilterOrders) const;
    /// Runs `work` on the reader's thread, then `then` here with its result; a newer request overtakes it.
    template <typename T, typename Work, typename Then> void readThen(Work work, Then then);
    /// For a request on the whole filter (`refs` empty), a paragraph naming the filter; otherwise nothing.
    QString filterLine(const QList<ExceptionRef>& refs) const;
    /// False, with a note on the page, when the role in effect does not do `action` (a request from elsewhere than
    /// the page's disabled actions, e.g. the order lookup's buttons).
    bool permitted(RoleAction action, const QString& actionName) const;
    /// Asks `question` (which names the count) when the request touches more than one exception; true to go ahead.
    bool confirmMany(const QString& actionName, const QString& question, const QList<ExceptionRef>& refs);

    QueuePage* m_page = nullptr;
    QString m_databasePath;
    BackgroundReader* m_reader = nullptr; ///< started on the first read
    bool m_reading = false;
    ActionBroker* m_broker = nullptr;
    QPointer<QDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<ActionResultDialog> m_result;
    int m_pending = 0;
};

} // namespace lockstep::ui
