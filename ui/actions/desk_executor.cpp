// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk_executor.h"

#include "actions/action_executor.h"
#include "domain/clock.h"
#include "store/store.h"

namespace lockstep::ui {

using namespace lockstep::core;

/// What the executor's thread keeps: its writing connection, opened on first use.
struct DeskExecutor::Shared
{
    QString path;
    std::unique_ptr<store::Database> db;
};

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

void DeskExecutor::execute(const actions::ActionCommand& command)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, shared = m_shared, config = m_config, command] {
            auto finish = [this](actions::ActionResult result) {
                QMetaObject::invokeMethod(
                    this, [this, result] { Q_EMIT actionFinished(result); }, Qt::QueuedConnection);
            };
            actions::ActionResult result;
            result.requestId = command.requestId;
            result.kind = command.kind;
            if (command.kind == actions::ActionKind::Probe) {
                result.error = tr("Checking both systems needs the engine, and it does not run in this program: "
                                  "check from the console or service that runs it.");
                return finish(result);
            }
            if (!shared->db) {
                auto db = store::openStore(shared->path);
                if (!db.ok()) {
                    result.error = tr("The database cannot be written: %1").arg(db.error().toString());
                    return finish(result);
                }
                shared->db = std::make_unique<store::Database>(std::move(db).value());
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
        },
        Qt::QueuedConnection);
}

} // namespace lockstep::ui
