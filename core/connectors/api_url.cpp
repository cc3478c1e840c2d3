// SPDX-License-Identifier: GPL-3.0-or-later
#include "api_url.h"

#include <QStringList>

namespace lockstep::core::connectors {

QUrl apiUrl(const QUrl& base, const QString& path, const QueryItems& query)
{
    QUrl u = base;
    QString p = u.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    u.setPath(p + (path.startsWith(u'/') ? path : u'/' + path));
    QStringList parts;
    for (const auto& [key, value] : query)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    u.setQuery(parts.isEmpty() ? QString() : parts.join(u'&'), QUrl::StrictMode);
    return u;
}

} // namespace lockstep::core::connectors
