// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain_store.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace lockstep::app {

using core::ErrorCode;
using core::makeError;

namespace {

/// Runs a keychain job to its end (or the timeout) and turns its error into a message a person can act on.
core::Status runJob(QKeychain::Job& job, std::chrono::milliseconds timeout, const QString& entry)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    const QString context = QStringLiteral("keychain entry ") + entry;
    if (!finished)
        return makeError(ErrorCode::Network,
            QStringLiteral("the keychain did not answer in time (is it locked, waiting for a password?)"),
            context);
    switch (job.error()) {
    case QKeychain::NoError:
        return core::Status::success();
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no such entry; store the secret first (Settings, or `lockstep secret set ENTRY`)"),
            context);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(
            ErrorCode::Refused, QStringLiteral("the keychain refused access: ") + job.errorString(), context);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return makeError(ErrorCode::Io,
        QStringLiteral("the keychain does not answer (%1); on a server without one, name an environment variable "
                       "instead ({\"env\": \"NAME\"})")
            .arg(job.errorString()),
        context);
}

} // namespace

KeychainStore::KeychainStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

core::Result<QString> KeychainStore::read(const QString& entry)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entry);
    if (auto st = runJob(job, m_timeout, entry); !st.ok())
        return st.error();
    return job.textData();
}

core::Status KeychainStore::write(const QString& entry, const QString& secret)
{
    if (entry.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a keychain entry needs a name"));
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entry);
    job.setTextData(secret);
    return runJob(job, m_timeout, entry);
}

core::Status KeychainStore::remove(const QString& entry)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entry);
    return runJob(job, m_timeout, entry);
}

} // namespace lockstep::app
