// SPDX-License-Identifier: GPL-3.0-or-later
// WordPress's wp_specialchars_decode(…, ENT_QUOTES), which WooCommerce applies to a webhook's secret before it
// signs: the cases its translation tables name, zero-padded numeric forms, and the single pass of PHP's strtr.
#include "connectors/webhook_signature.h"

#include <QTest>

using namespace lockstep::core::connectors;

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheEntitiesWordPressDecodes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("key");
        QTest::newRow("no entity") << QStringLiteral("plain-secret") << QStringLiteral("plain-secret");
        QTest::newRow("a bare ampersand stays") << QStringLiteral("a&b") << QStringLiteral("a&b");
        QTest::newRow("named") << QStringLiteral("&amp;&lt;&gt;&quot;") << QStringLiteral("&<>\"");
        QTest::newRow("numeric quotes") << QStringLiteral("&#039;&#x27;&#034;&#x22;") << QStringLiteral("''\"\"");
        QTest::newRow("numeric others") << QStringLiteral("&#060;&#062;&#038;&#x26;") << QStringLiteral("<>&&");
        QTest::newRow("padding and hex case")
            << QStringLiteral("&#39;&#0039;&#X0027;&#38;&#x026;") << QStringLiteral("''\'&&");
        QTest::newRow("one pass") << QStringLiteral("&amp;amp;&amp;lt;") << QStringLiteral("&amp;&lt;");
        QTest::newRow("entities WordPress leaves")
            << QStringLiteral("&apos;&nbsp;&#65;&copy;") << QStringLiteral("&apos;&nbsp;&#65;&copy;");
        QTest::newRow("unterminated") << QStringLiteral("&amp&lt") << QStringLiteral("&amp&lt");
    }

    void decodesTheEntitiesWordPressDecodes()
    {
        QFETCH(QString, stored);
        QFETCH(QString, key);
        QCOMPARE(wpSpecialcharsDecode(stored), key);
        QCOMPARE(wooWebhookKey(stored), key.toUtf8());
    }

    void signsOverTheDecodedKey()
    {
        // Computed independently: HMAC-SHA256 with key `s3cr&t<"wh">'k&amp;` over these bytes, base64.
        const QByteArray body = R"({"id":1001,"status":"processing","total":"29.35"})";
        QCOMPARE(
            hmacSha256Base64(wooWebhookKey(QStringLiteral("s3cr&amp;t&lt;&quot;wh&#034;&gt;&#0039;k&amp;amp;")), body),
            QByteArray("ynupX1WNyvhXgPTb6I1n42v0+upvPYwDvu8w3o1hoeU="));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "test_webhook_signature.moc"
