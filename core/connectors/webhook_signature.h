// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace lockstep::core::connectors {

/// base64(HMAC-SHA256(key = secret, message = body)): WooCommerce's webhook signature, computed over the
/// exact bytes received (re-serialised JSON would give other bytes and another signature).
QByteArray hmacSha256Base64(QByteArrayView secret, QByteArrayView body);

/// Compares in time that depends only on the lengths, so a forger learns nothing from timing.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// A header's value looked up case-insensitively (HTTP header names are not case-sensitive).
QByteArray headerCaseInsensitive(const QHash<QByteArray, QByteArray>& headers, QByteArrayView name);

} // namespace lockstep::core::connectors
