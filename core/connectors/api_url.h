// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace lockstep::core::connectors {

using QueryItems = QList<std::pair<QString, QString>>;

/// `base` with `path` appended to its path (one slash between them) and `query` as its query string. Every key and
/// value is fully percent-encoded: to the servers '+' is a space, and '&', '=' and '#' are syntax, so a SKU or a
/// predicate containing them must travel encoded.
QUrl apiUrl(const QUrl& base, const QString& path, const QueryItems& query = {});

} // namespace lockstep::core::connectors
