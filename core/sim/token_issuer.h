// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QSet>
#include <QString>

namespace lockstep::core::sim {

/// Issues opaque bearer tokens for one simulated system and remembers which are valid.
/// Tokens are derived from a seed and a counter, so runs are reproducible. Thread: the sandbox's thread.
class TokenIssuer
{
public:
    explicit TokenIssuer(QByteArray seed)
        : m_seed(std::move(seed))
    {}

    QString issue()
    {
        const QByteArray material = m_seed + ':' + QByteArray::number(++m_counter);
        const QString token =
            QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(40));
        m_valid.insert(token);
        return token;
    }
    bool isValid(const QString& token) const { return !token.isEmpty() && m_valid.contains(token); }
    /// Forgets every token (the next call gets 401, as after an expiry).
    void revokeAll() { m_valid.clear(); }

private:
    QByteArray m_seed;
    quint64 m_counter = 0;
    QSet<QString> m_valid;
};

} // namespace lockstep::core::sim
