// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk_executor.h"

#include "actions/action_executor.h"
#include "actions/action_json.h"
#include "domain/clock.h"
#include "store/action_request_repository.h"
#include "store/engine_claim.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QSysInfo>
#include <QTimer>

namespace lockstep::ui {

using namespace lockstep::core;

/// A command left in the store for the engine, followed until its result is there.
struct DeskExecutor::Pending
{
    actions::ActionCommand command; ///< as the console posted it (its requestId)
    std::shared_ptr<const engine::Config> config; ///< as it was when posted: a withdrawn retry runs here with it
    int done = -1; ///< the progress last passed on
    int total = -1;
    QDeadlineTimer holderCheck; ///< while it waits: when to look again whether an engine holds the store
};

/// What the executor's thread keeps: its writing connection, opened on first use, and the requests it follows.
struct DeskExecutor::Shared
{
    QString path;
    std::unique_ptr<store::Database> db;
    QHash<qint64, Pending> pending; ///< by request row
    QTimer* look = nullptr; ///< on the executor's thread, while any request is pending
    std::chrono::milliseconds lookEvery{250};
    std::chrono::milliseconds holderEvery{5000};
};

namespace {

/// Opens the executor's connection on first use; false (and `error` set) when the store cannot be written.
bool ensureOpen(store::Database*& db, std::unique_ptr<store::Database>& kept, const QString& path, QString& error)
{
    if (!kept) {
        auto opened = store::openStore(path);
        if (!opened.ok()) {
            error = DeskExecutor::tr("The database cannot be written: %1").arg(opened.error().toString());
            return false;
        }
        kept = std::make_unique<store::Database>(std::move(opened).value());
    }
    db = kept.get();
    return true;
}

/// A retry or probe reads both systems live and sends; so does an edit that retries what it touched afterwards.
bool needsEngine(const actions::ActionCommand& command)
{
    return command.kind == actions::ActionKind::Retry || command.kind == actions::ActionKind::Probe
        || (command.kind == actions::ActionKind::Edit && command.edit.retryAfter);
}

} // namespace

DeskExecutor::DeskExecutor(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->path = std::move(databasePath);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("desk-actions"));
    m_thread.start();
}

DeskExecutor::~DeskExecutor()
{
    m_thread.quit();
    m_thread.wait();
    m_shared->db.reset(); // closed here, after its thread ended
}

void DeskExecutor::setConfig(std::optional<engine::Config> config)
{
    m_config = config ? std::make_shared<const engine::Config>(std::move(*config)) : nullptr;
}

void DeskExecutor::setRequestPolling(std::chrono::milliseconds look, std::chrono::milliseconds holderCheck)
{
    QMetaObject::invokeMethod(
        m_context,
        [shared = m_shared, look, holderCheck] {
            shared->lookEvery = look;
            shared->holderEvery = holderCheck;
        },
        Qt::QueuedConnection);
}

void DeskExecutor::finish(const actions::ActionResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT actionFinished(result); }, Qt::QueuedConnection);
}

void DeskExecutor::execute(const actions::ActionCommand& command)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, shared = m_shared, config = m_config, command] {
            store::Database* db = nullptr;
            QString error;
            if (!ensureOpen(db, shared->db, shared->path, error)) {
                actions::ActionResult result;
                result.requestId = command.requestId;
                result.kind = command.kind;
                result.error = error;
                return finish(result);
            }
            if (needsEngine(command) && store::EngineClaim::isHeld(*db, shared->path))
                return leaveForEngine(shared, config, command);
            runHere(shared, config, command);
        },
        Qt::QueuedConnection);
}

void DeskExecutor::runHere(const std::shared_ptr<Shared>& shared,
    const std::shared_ptr<const engine::Config>& config,
    const actions::ActionCommand& command)
{
    actions::ActionResult result;
    result.requestId = command.requestId;
    result.kind = command.kind;
    if (command.kind == actions::ActionKind::Probe) {
        result.error = tr("Checking both systems needs the engine, and none runs on this store now: start the "
                          "engine's service (or a console with the configuration), then check again.");
        return finish(result);
    }
    SystemClock clock;
    actions::ActionExecutor executor(*shared->db, clock, config.get());
    const qint64 id = command.requestId;
    actions::Execution done = executor.execute(command, [this, id](int step, int total) {
        QMetaObject::invokeMethod(
            this, [this, id, step, total] { Q_EMIT actionProgress(id, step, total); }, Qt::QueuedConnection);
    });
    done.result.requestId = command.requestId;
    finish(done.result);
}

void DeskExecutor::leaveForEngine(const std::shared_ptr<Shared>& shared,
    const std::shared_ptr<const engine::Config>& config,
    actions::ActionCommand command)
{
    actions::ActionResult refused;
    refused.requestId = command.requestId;
    refused.kind = command.kind;
    SystemClock clock;
    actions::ActionExecutor reader(*shared->db, clock, nullptr);
    // The engine acts on what the person chose: a bulk's filter is read here, once, as the engine would.
    auto targets = reader.targetsOf(command);
    if (!targets.ok()) {
        refused.error = tr("The exceptions to act on cannot be read: %1").arg(targets.error().toString());
        return finish(refused);
    }
    command.targets = targets.value();
    command.filter.reset();
    // The audit names the person at this desk, not the account the engine runs as.
    if (command.actor.isEmpty())
        command.actor = actions::currentOsUser();

    store::ActionRequest request;
    request.kind = actions::toString(command.kind);
    request.command = actions::commandToJson(command);
    request.requestedBy = command.actor;
    request.requestedFrom =
        QStringLiteral("%1 on %2").arg(QCoreApplication::applicationName(), QSysInfo::machineHostName());
    request.requestedAt = clock.nowUtc();
    auto added = store::ActionRequestRepository(*shared->db).add(request);
    if (!added.ok()) {
        refused.error = tr("The request cannot be left for the engine: %1").arg(added.error().toString());
        return finish(refused);
    }
    Pending pending;
    pending.command = command;
    pending.config = config;
    pending.holderCheck.setRemainingTime(shared->holderEvery);
    shared->pending.insert(added.value(), pending);
    const qint64 id = command.requestId;
    const int total = static_cast<int>(command.targets.size());
    QMetaObject::invokeMethod(
        this, [this, id, total] { Q_EMIT actionProgress(id, 0, total); }, Qt::QueuedConnection);
    if (!shared->look) {
        shared->look = new QTimer(m_context);
        connect(shared->look, &QTimer::timeout, m_context, [this, shared] { lookAtRequests(shared); });
    }
    if (!shared->look->isActive())
        shared->look->start(shared->lookEvery);
}

void DeskExecutor::lookAtRequests(const std::shared_ptr<Shared>& shared)
{
    store::ActionRequestRepository requests(*shared->db);
    for (auto it = shared->pending.begin(); it != shared->pending.end();) {
        Pending& p = it.value();
        auto row = requests.find(it.key());
        if (!row.ok() || !row.value()) {
            ++it; // the server is away for a moment: looked at again on the next turn
            continue;
        }
        const store::ActionRequest& r = *row.value();
        const qint64 id = p.command.requestId;
        if (r.state == store::ActionRequest::State::Running
            && (r.progressDone != p.done || r.progressTotal != p.total)) {
            p.done = r.progressDone;
            p.total = r.progressTotal;
            QMetaObject::invokeMethod(
                this,
                [this, id, done = p.done, total = p.total] { Q_EMIT actionProgress(id, done, total); },
                Qt::QueuedConnection);
        }
        actions::ActionResult result;
        result.requestId = id;
        result.kind = p.command.kind;
        switch (r.state) {
        case store::ActionRequest::State::Queued:
            // Still waiting: while an engine holds the store it will take it; when none does, it is taken back.
            if (p.holderCheck.hasExpired()) {
                p.holderCheck.setRemainingTime(shared->holderEvery);
                if (!store::EngineClaim::isHeld(*shared->db, shared->path)
                    && requests.withdraw(it.key(), QDateTime::currentDateTimeUtc()).valueOr(false)) {
                    const Pending withdrawn = p;
                    it = shared->pending.erase(it);
                    runHere(shared, withdrawn.config, withdrawn.command);
                    continue;
                }
            }
            ++it;
            continue;
        case store::ActionRequest::State::Running:
            ++it;
            continue;
        case store::ActionRequest::State::Done:
            if (auto read = actions::resultFromJson(r.result); read.ok()) {
                result = std::move(read).value();
                result.requestId = id;
            } else {
                result.error = tr("The engine's answer cannot be read: %1").arg(read.error().toString());
            }
            break;
        case store::ActionRequest::State::Interrupted:
            result.error = tr("The engine stopped while it ran this, before it finished. What it did is in the "
                              "exception's history: look there before you try again.");
            break;
        case store::ActionRequest::State::Withdrawn:
            result.error = tr("The request was taken back before an engine ran it.");
            break;
        }
        it = shared->pending.erase(it);
        finish(result);
    }
    if (shared->pending.isEmpty())
        shared->look->stop();
}

} // namespace lockstep::ui
