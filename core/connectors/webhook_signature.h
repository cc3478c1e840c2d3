// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace lockstep::core::connectors {

/// base64(HMAC-SHA256(key = secret, message = body)): WooCommerce's webhook signature, computed over the
/// exact bytes received (re-serialised JSON would give other bytes and another signature).
QByteArray hmacSha256Base64(QByteArrayView secret, QByteArrayView body);

/// WordPress's `wp_specialchars_decode($text, ENT_QUOTES)`: `&amp;`, `&lt;`, `&gt;`, `&quot;` and the numeric
/// forms of those and of `'` (zero-padded or not, hex in either case) back to their characters, in one pass
/// (`&amp;lt;` becomes `&lt;`). WooCommerce signs a webhook with its secret decoded so
/// (`WC_Webhook::generate_signature`): a secret stored with such entities verifies only when decoded alike.
QString wpSpecialcharsDecode(const QString& text);

/// The key WooCommerce signs a webhook with, for the secret as configured.
QByteArray wooWebhookKey(const QString& secret);

/// Compares in time that depends only on the lengths, so a forger learns nothing from timing.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// A header's value looked up case-insensitively (HTTP header names are not case-sensitive).
QByteArray headerCaseInsensitive(const QHash<QByteArray, QByteArray>& headers, QByteArrayView name);

} // namespace lockstep::core::connectors
