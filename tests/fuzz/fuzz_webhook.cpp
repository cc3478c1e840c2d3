// SPDX-License-Identifier: GPL-3.0-or-later
// The WooCommerce webhook verifier from any delivery: never a crash; a delivery whose signature is not the body's
// HMAC under the secret is always refused; a correctly signed body is parsed defensively. Half the inputs are
// signed with the secret, so the fuzzer also reaches the body parser.
#include "connectors/webhook_signature.h"
#include "connectors/woocommerce/woo_connector.h"
#include "fuzz_input.h"
#include "net/http_client.h"

using namespace lockstep;
using namespace lockstep::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    static const QByteArray kSecret = QByteArrayLiteral("fuzz-webhook-secret");
    // No network: the connector is only asked to verify.
    static net::HttpClient client(QStringLiteral("woocommerce"), nullptr, net::HttpPolicy{}, {});
    static connectors::woocommerce::WooConnector woo({QUrl(QStringLiteral("http://127.0.0.1:1")),
                                                         QStringLiteral("ck"),
                                                         QStringLiteral("cs"),
                                                         QString::fromLatin1(kSecret)},
        client);

    // Byte 0: how to sign and spell the headers; byte 1: length of a forged signature; then the signature and body.
    const std::uint8_t mode = data[0];
    const std::size_t forgedLength = std::min<std::size_t>(data[1], size - 2);
    const QByteArray forged = fuzz::bytes(data + 2, forgedLength);
    const QByteArray body = fuzz::bytes(data + 2 + forgedLength, size - 2 - forgedLength);
    const bool sign = mode & 1;
    const QByteArray good = connectors::hmacSha256Base64(kSecret, body);
    const QByteArray signature = sign ? good : forged;
    QHash<QByteArray, QByteArray> headers;
    headers.insert(mode & 2 ? QByteArrayLiteral("x-wc-webhook-signature") : QByteArrayLiteral("X-WC-Webhook-Signature"),
        signature);
    headers.insert(QByteArrayLiteral("X-WC-Webhook-Topic"), mode & 4 ? QByteArrayLiteral("order.updated") : forged);

    const auto event = woo.verifyWebhook(headers, body);
    if (signature != good)
        fuzz::require(!event.ok(), "a delivery with a wrong signature was accepted");
    if (event.ok())
        fuzz::require(!event->resourceId.isEmpty() && !event->dedupeKey.isEmpty(), "an event without id or key");
    fuzz::require(connectors::constantTimeEquals(good, good), "a signature does not equal itself");
    fuzz::require(connectors::constantTimeEquals(forged, good) == (forged == good), "constant-time compare is wrong");
    return 0;
}
