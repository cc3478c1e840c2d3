// SPDX-License-Identifier: GPL-3.0-or-later
#include "requested_actions.h"

#include "actions/action_json.h"
#include "store/action_request_repository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

namespace lockstep::core::engine {

Q_LOGGING_CATEGORY(lcRequests, "lockstep.engine.requests")

namespace {

/// Progress is written at most this often: a bulk retry of thousands reports a few times a second, not per item.
constexpr std::chrono::milliseconds kProgressEvery{250};

actions::ActionResult failed(const actions::ActionCommand& command, const QString& error)
{
    actions::ActionResult r;
    r.requestId = command.requestId;
    r.kind = command.kind;
    r.error = error;
    return r;
}

} // namespace

RequestedActions::RequestedActions(store::Database& db, const Clock& clock, qint64 epoch, Run run, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_epoch(epoch)
    , m_run(std::move(run))
{
    connect(&m_look, &QTimer::timeout, this, &RequestedActions::takeNext);
}

void RequestedActions::start(std::chrono::milliseconds every)
{
    actions::ActionResult interrupted;
    // For whoever reads the table; the console that asked says it in its person's language.
    interrupted.error = QStringLiteral("The engine that was running this stopped before it finished.");
    store::Transaction tx(m_db);
    auto marked = store::ActionRequestRepository(m_db).interruptOthers(
        m_epoch, actions::resultToJson(interrupted), m_clock.nowUtc());
    if (marked.ok() && tx.commit().ok() && marked.value() > 0)
        qCWarning(lcRequests) << marked.value() << "requested action(s) were interrupted by the previous engine";
    m_look.start(every);
}

void RequestedActions::stop()
{
    m_look.stop();
    // One last try for the answers owed; what stays refused, the next engine marks interrupted.
    while (!m_unwritten.isEmpty() && writeBack(m_unwritten.constFirst().id, m_unwritten.constFirst().result))
        m_unwritten.removeFirst();
}

void RequestedActions::takeNext()
{
    while (!m_unwritten.isEmpty()) {
        if (!writeBack(m_unwritten.constFirst().id, m_unwritten.constFirst().result))
            return; // still refused: nothing new is taken until the answers owed are written
        qCInfo(lcRequests) << "the result of requested action" << m_unwritten.constFirst().id << "was written back";
        m_unwritten.removeFirst();
    }
    if (m_running)
        return;
    store::ActionRequestRepository requests(m_db);
    if (!requests.anyQueued().valueOr(false))
        return;
    store::Transaction tx(m_db);
    auto taken = requests.take(m_epoch, m_clock.nowUtc());
    if (!taken.ok() || !taken.value() || !tx.commit().ok())
        return; // taken by none (the lease is gone, the server away): it waits, and the console is told by its wait
    const store::ActionRequest request = *taken.value();
    auto command = actions::commandFromJson(request.command);
    if (!command.ok()) {
        actions::ActionCommand unknown;
        finish(request.id,
            failed(unknown,
                QCoreApplication::translate("Lockstep", "The engine could not read the request: %1")
                    .arg(command.error().toString())));
        return;
    }
    actions::ActionCommand c = std::move(command).value();
    c.requestId = request.id;
    qCInfo(lcRequests).noquote() << "running" << request.kind << "request" << request.id << "from"
                                 << request.requestedBy << "at" << request.requestedFrom;
    m_running = true;
    auto lastWritten = std::make_shared<QDeadlineTimer>(QDeadlineTimer(0));
    m_run(
        c,
        [this, id = request.id, lastWritten](int done, int total) {
            if (!lastWritten->hasExpired() && done < total)
                return;
            lastWritten->setRemainingTime(kProgressEvery);
            (void)store::ActionRequestRepository(m_db).setProgress(id, done, total);
        },
        [this, id = request.id](const actions::ActionResult& result) {
            m_running = false;
            finish(id, result);
        });
}

void RequestedActions::finish(qint64 id, const actions::ActionResult& result)
{
    const QString json = actions::resultToJson(result);
    if (writeBack(id, json))
        return;
    qCWarning(lcRequests) << "the result of requested action" << id
                          << "could not be written back; it is written again at the next look";
    m_unwritten.append({id, json});
}

bool RequestedActions::writeBack(qint64 id, const QString& result)
{
    store::Transaction tx(m_db);
    const Status written = store::ActionRequestRepository(m_db).finish(id, result, m_clock.nowUtc());
    if (written.ok())
        return tx.commit().ok();
    if (written.error().code == ErrorCode::Conflict) {
        qCWarning(lcRequests) << "requested action" << id
                              << "is no longer this engine's to answer:" << written.error().toString();
        return true;
    }
    return false;
}

} // namespace lockstep::core::engine
