// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include <QDir>
#include <QFile>

namespace lockstep::core::engine {

QString environmentSecret(const QString& name)
{
    const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
    if (!value.isEmpty())
        return value;
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (credentials.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.'))
        return {};
    QFile file(QDir(credentials).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.read(64 * 1024));
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

Result<QString> resolveSecret(const SecretRef& ref, CredentialStore* keychain)
{
    switch (ref.kind) {
    case SecretRef::Kind::None:
        return makeError(ErrorCode::NotFound, QStringLiteral("no secret configured"));
    case SecretRef::Kind::Literal:
        return ref.name;
    case SecretRef::Kind::Environment: {
        const QString value = environmentSecret(ref.name);
        if (value.isEmpty())
            return makeError(ErrorCode::NotFound,
                QStringLiteral("environment variable is not set (nor a service credential of that name)"),
                ref.name);
        return value;
    }
    case SecretRef::Kind::Keychain: {
        if (!keychain)
            return makeError(ErrorCode::NotFound,
                QStringLiteral("no keychain is available here; name an environment variable instead"),
                ref.name);
        auto value = keychain->read(ref.name);
        if (!value.ok())
            return makeError(value.error().code, value.error().message, QStringLiteral("keychain entry ") + ref.name);
        return value;
    }
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown secret kind"));
}

Result<EngineCredentials> resolveCredentials(const Config& config, CredentialStore* keychain)
{
    EngineCredentials c;
    const auto one = [&](const SecretRef& ref, QString& into, const char* what) -> Status {
        if (!ref.isSet())
            return Status::success();
        auto value = resolveSecret(ref, keychain);
        if (!value.ok())
            return makeError(value.error().code,
                value.error().message,
                QString::fromLatin1(what) + QStringLiteral(": ") + value.error().context);
        into = value.value();
        return Status::success();
    };
    if (config.woocommerce.enabled) {
        for (const auto& st : {one(config.woocommerce.key, c.wooKey, "connectors.woocommerce.consumer_key"),
                 one(config.woocommerce.secret, c.wooSecret, "connectors.woocommerce.consumer_secret"),
                 one(config.woocommerce.webhookSecret, c.wooWebhookSecret, "connectors.woocommerce.webhook_secret")}) {
            if (!st.ok())
                return st.error();
        }
    }
    if (config.commercetools.enabled) {
        for (const auto& st : {one(config.commercetools.key, c.ctClientId, "connectors.commercetools.client_id"),
                 one(config.commercetools.secret, c.ctClientSecret, "connectors.commercetools.client_secret")}) {
            if (!st.ok())
                return st.error();
        }
    }
    if (config.pos.enabled) {
        if (const Status st = one(config.pos.key, c.posAccessToken, "connectors.pos.access_token"); !st.ok())
            return st.error();
    }
    if (config.wms.enabled) {
        for (const auto& st : {one(config.wms.key, c.wmsClientId, "connectors.wms.client_id"),
                 one(config.wms.secret, c.wmsClientSecret, "connectors.wms.client_secret"),
                 one(config.wms.refreshToken, c.wmsRefreshToken, "connectors.wms.refresh_token"),
                 one(config.wms.atpUser, c.wmsAtpUser, "connectors.wms.atp_user"),
                 one(config.wms.atpPassword, c.wmsAtpPassword, "connectors.wms.atp_password")}) {
            if (!st.ok())
                return st.error();
        }
    }
    return c;
}

} // namespace lockstep::core::engine
