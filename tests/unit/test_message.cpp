// SPDX-License-Identifier: GPL-3.0-or-later
// Text a person reads, kept as template and arguments (core/domain/message.h): written in English as the engine
// always wrote it, translated through whatever translator the program installed (here a small one in the test),
// stored and read back unchanged, never confused by an argument that looks like a placeholder, and refusing stored
// text that is not one of its own.
#include "domain/message.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace lockstep::core;

namespace {

/// A translator of a few "Lockstep" templates, choosing the plural as a language with two forms would.
class SmallGerman : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        if (QLatin1String(context) != QLatin1String(Message::kContext))
            return {};
        const QString s = QString::fromUtf8(source);
        if (s == QLatin1String("Order %1 was paid %2 ago. %3"))
            return QStringLiteral("Bestellung %1 wurde vor %2 bezahlt. %3");
        if (s == QLatin1String("It failed %1."))
            return QStringLiteral("Fehlgeschlagen: %1.");
        if (s == QLatin1String("%n time(s)"))
            return n == 1 ? QStringLiteral("%n Mal") : QStringLiteral("%n Male");
        if (s == QLatin1String("%1 h %2 min"))
            return QStringLiteral("%1 Std. %2 Min.");
        return {};
    }
    bool isEmpty() const override { return false; }
};

Message paidAgo(qint64 attempts)
{
    return Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 was paid %2 ago. %3"),
        {Message::literal(QStringLiteral("1042")),
            Message::duration(3 * 3600 + 5 * 60),
            Message(QT_TRANSLATE_NOOP("Lockstep", "It failed %1."),
                {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n time(s)"), attempts)})});
}

} // namespace

class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishReadsAsTheEngineAlwaysWroteIt()
    {
        QCOMPARE(paidAgo(1).english(), QStringLiteral("Order 1042 was paid 3 h 5 min ago. It failed 1 time."));
        QCOMPARE(paidAgo(3).english(), QStringLiteral("Order 1042 was paid 3 h 5 min ago. It failed 3 times."));
        QCOMPARE(Message::duration(59 * 60).english(), QStringLiteral("59 min"));
        QCOMPARE(Message::duration(3 * 86400 + 7200).english(), QStringLiteral("3 d 2 h"));
        QCOMPARE(Message::list({Message::literal(QStringLiteral("A")), Message::number(2)}).english(),
            QStringLiteral("A, 2"));
        // Without a translator, toString() is the English text too.
        QCOMPARE(paidAgo(3).toString(), paidAgo(3).english());
    }

    void aTranslatorRendersTemplatesAndLeavesLiteralsAlone()
    {
        SmallGerman german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString one = paidAgo(1).toString();
        const QString three = paidAgo(3).toString();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(one, QStringLiteral("Bestellung 1042 wurde vor 3 Std. 5 Min. bezahlt. Fehlgeschlagen: 1 Mal."));
        QCOMPARE(three, QStringLiteral("Bestellung 1042 wurde vor 3 Std. 5 Min. bezahlt. Fehlgeschlagen: 3 Male."));
        // The English is the English whatever is installed.
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString english = paidAgo(1).english();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(english, QStringLiteral("Order 1042 was paid 3 h 5 min ago. It failed 1 time."));
    }

    void anArgumentThatLooksLikeAPlaceholderIsShownAsItIs()
    {
        const Message m(QT_TRANSLATE_NOOP("Lockstep", "The warehouse refused order %1: %2"),
            {Message::literal(QStringLiteral("%2 %1")), Message::literal(QStringLiteral("bad value %1 at %n"))});
        QCOMPARE(m.english(), QStringLiteral("The warehouse refused order %2 %1: bad value %1 at %n"));
    }

    void tenAndMoreArgumentsAreReadAsQStringArgReadsThem()
    {
        Message m(QT_TRANSLATE_NOOP("Lockstep", "%1%2%3%4%5%6%7%8%9 %10"));
        for (int i = 1; i <= 10; ++i)
            m.arg(Message::number(i % 10));
        QCOMPARE(m.english(), QStringLiteral("123456789 0"));
        // With fewer arguments, %10 is %1 followed by a zero.
        const Message few(QT_TRANSLATE_NOOP("Lockstep", "%10"), {Message::literal(QStringLiteral("x"))});
        QCOMPARE(few.english(), QStringLiteral("x0"));
    }

    void aStoredMessageIsReadBackTheSame()
    {
        const QList<Message> messages{paidAgo(2),
            Message::literal(QStringLiteral("plain \"quoted\" text")),
            Message::duration(600),
            Message::list({paidAgo(1), Message::literal(QStringLiteral("SKU-1"))}),
            Message()};
        for (const Message& m : messages) {
            const auto back = Message::fromStored(m.toStored());
            QVERIFY2(back.has_value(), qPrintable(m.toStored()));
            QCOMPARE(back->english(), m.english());
            QVERIFY(*back == m);
        }
        QVERIFY(Message().toStored().isEmpty());
        QVERIFY(Message::fromStored(QString())->isEmpty());
    }

    void storedTextThatIsNotAMessageIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("english") << QStringLiteral("Order 1042 was paid 3 h ago.");
        QTest::newRow("truncated") << QStringLiteral("{\"t\":\"Order %1\",\"a\":[\"1042\"");
        QTest::newRow("no template") << QStringLiteral("{\"x\":1}");
        QTest::newRow("argument of a wrong type") << QStringLiteral("{\"t\":\"Order %1\",\"a\":[true]}");
        QTest::newRow("two at the top") << QStringLiteral("[\"a\",\"b\"]");
        QString deep = QStringLiteral("\"x\"");
        for (int i = 0; i < 40; ++i)
            deep = QStringLiteral("{\"t\":\"%1\",\"a\":[%2]}").arg(QStringLiteral("%1"), deep);
        QTest::newRow("nested too deep") << deep;
    }

    void storedTextThatIsNotAMessageIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!Message::fromStored(text).has_value());
        // A reader shows the stored English then.
        QCOMPARE(shownText(Message::fromStored(text).value_or(Message()), QStringLiteral("as stored")),
            QStringLiteral("as stored"));
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "test_message.moc"
