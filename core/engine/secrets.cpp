// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

namespace lockstep::core::engine {

Result<QString> resolveSecret(const SecretRef& ref, CredentialStore* keychain)
{
    switch (ref.kind) {
    case SecretRef::Kind::None:
        return makeError(ErrorCode::NotFound, QStringLiteral("no secret configured"));
    case SecretRef::Kind::Literal:
        return ref.name;
    case SecretRef::Kind::Environment: {
        const QString value = qEnvironmentVariable(ref.name.toLocal8Bit().constData());
        if (value.isEmpty())
            return makeError(ErrorCode::NotFound, QStringLiteral("environment variable is not set"), ref.name);
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

} // namespace lockstep::core::engine
