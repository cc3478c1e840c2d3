// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"
#include "support.h"

#include <QTest>

#include <limits>

using lockstep::core::ErrorCode;
using lockstep::core::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("printed");
        QTest::newRow("eur") << "29.35"
                             << "EUR" << qint64(2935) << "29.35";
        QTest::newRow("one decimal") << "0.1"
                                     << "USD" << qint64(10) << "0.10";
        QTest::newRow("no decimals") << "1200"
                                     << "GBP" << qint64(120000) << "1200.00";
        QTest::newRow("leading dot") << ".5"
                                     << "EUR" << qint64(50) << "0.50";
        QTest::newRow("refund") << "-5.00"
                                << "EUR" << qint64(-500) << "-5.00";
        QTest::newRow("small refund") << "-0.05"
                                      << "EUR" << qint64(-5) << "-0.05";
        QTest::newRow("plus sign") << "+3.10"
                                   << "EUR" << qint64(310) << "3.10";
        QTest::newRow("jpy") << "1500"
                             << "JPY" << qint64(1500) << "1500";
        QTest::newRow("jpy trailing zeros") << "1500.00"
                                            << "JPY" << qint64(1500) << "1500";
        QTest::newRow("kwd") << "1.250"
                             << "KWD" << qint64(1250) << "1.250";
        QTest::newRow("kwd short") << "0.5"
                                   << "KWD" << qint64(500) << "0.500";
        QTest::newRow("lowercase code") << "2.00"
                                        << "eur" << qint64(200) << "2.00";
        QTest::newRow("whitespace") << "  7.25 "
                                    << "EUR" << qint64(725) << "7.25";
        QTest::newRow("zero") << "0"
                              << "EUR" << qint64(0) << "0.00";
        QTest::newRow("extra zero decimals") << "3.4000"
                                             << "EUR" << qint64(340) << "3.40";
        QTest::newRow("max") << "92233720368547758.07"
                             << "EUR" << std::numeric_limits<qint64>::max() << "92233720368547758.07";
    }

    void parsesExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, printed);
        const auto m = Money::parse(text, currency);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toString()));
        QCOMPARE(m->minorUnits(), minor);
        QCOMPARE(m->currency(), currency.toUpper());
        QCOMPARE(m->toDecimalString(), printed);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << ""
                               << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("letters") << "12a"
                                 << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("comma") << "12,50"
                               << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("two dots") << "1.2.3"
                                  << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("sign only") << "-"
                                   << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("dot only") << "."
                                  << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("exponent") << "1e5"
                                  << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("too precise eur") << "3.402"
                                         << "EUR" << int(ErrorCode::InvalidArgument);
        QTest::newRow("fractional yen") << "100.5"
                                        << "JPY" << int(ErrorCode::InvalidArgument);
        QTest::newRow("bad currency") << "1.00"
                                      << "EURO" << int(ErrorCode::InvalidArgument);
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "EUR" << int(ErrorCode::Overflow);
        QTest::newRow("huge") << "99999999999999999999999"
                              << "JPY" << int(ErrorCode::Overflow);
        QTest::newRow("nan") << "NaN"
                             << "EUR" << int(ErrorCode::InvalidArgument);
    }

    void refusesMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(int, code);
        const auto m = Money::parse(text, currency);
        QVERIFY(!m.ok());
        QCOMPARE(int(m.error().code), code);
        QVERIFY(m.error().context.contains(text));
    }

    void roundsHalfEvenOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("down") << "3.402" << qint64(340);
        QTest::newRow("up") << "3.406" << qint64(341);
        QTest::newRow("half to even down") << "3.405" << qint64(340);
        QTest::newRow("half to even up") << "3.415" << qint64(342);
        QTest::newRow("more than half") << "3.4051" << qint64(341);
        QTest::newRow("negative") << "-3.406" << qint64(-341);
    }

    void roundsHalfEvenOnlyWhenAsked()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto m = Money::parse(text, QStringLiteral("EUR"), Money::Rounding::HalfEven);
        QVERIFY(m.ok());
        QCOMPARE(m->minorUnits(), minor);
    }

    void addsWithoutFloatingPointError()
    {
        const auto a = Money::parse(QStringLiteral("0.1"), QStringLiteral("EUR"));
        const auto b = Money::parse(QStringLiteral("0.2"), QStringLiteral("EUR"));
        const auto sum = a->add(b.value());
        QVERIFY(sum.ok());
        QCOMPARE(sum.value(), Money::parse(QStringLiteral("0.3"), QStringLiteral("EUR")).value());
        QCOMPARE(sum->toDecimalString(), QStringLiteral("0.30"));
    }

    void refundBringsTotalToZero()
    {
        const Money paid = Money::parse(QStringLiteral("19.99"), QStringLiteral("GBP")).value();
        const Money refund = Money::parse(QStringLiteral("-19.99"), QStringLiteral("GBP")).value();
        QVERIFY(paid.add(refund)->isZero());
        QCOMPARE(paid.negated().value(), refund);
        QCOMPARE(paid.subtract(paid.multiply(2).value())->toDecimalString(), QStringLiteral("-19.99"));
    }

    void refusesMixedCurrencies()
    {
        const Money eur = Money::fromMinor(100, QStringLiteral("EUR"));
        const Money usd = Money::fromMinor(100, QStringLiteral("USD"));
        LOCKSTEP_COMPARE_ENUM(eur.add(usd).error().code, ErrorCode::CurrencyMismatch);
        LOCKSTEP_COMPARE_ENUM(eur.subtract(usd).error().code, ErrorCode::CurrencyMismatch);
    }

    void refusesOverflow()
    {
        const Money max = Money::fromMinor(std::numeric_limits<qint64>::max(), QStringLiteral("EUR"));
        const Money min = Money::fromMinor(std::numeric_limits<qint64>::min(), QStringLiteral("EUR"));
        const Money one = Money::fromMinor(1, QStringLiteral("EUR"));
        LOCKSTEP_COMPARE_ENUM(max.add(one).error().code, ErrorCode::Overflow);
        LOCKSTEP_COMPARE_ENUM(min.subtract(one).error().code, ErrorCode::Overflow);
        LOCKSTEP_COMPARE_ENUM(max.multiply(2).error().code, ErrorCode::Overflow);
        LOCKSTEP_COMPARE_ENUM(min.multiply(-1).error().code, ErrorCode::Overflow);
        LOCKSTEP_COMPARE_ENUM(min.negated().error().code, ErrorCode::Overflow);
        QCOMPARE(min.toDecimalString(), QStringLiteral("-92233720368547758.08"));
    }

    void knowsCurrencyDecimals()
    {
        QCOMPARE(Money::decimalsFor(QStringLiteral("JPY")), 0);
        QCOMPARE(Money::decimalsFor(QStringLiteral("KRW")), 0);
        QCOMPARE(Money::decimalsFor(QStringLiteral("EUR")), 2);
        QCOMPARE(Money::decimalsFor(QStringLiteral("KWD")), 3);
        QCOMPARE(Money::decimalsFor(QStringLiteral("BHD")), 3);
        QCOMPARE(Money::fromMinor(5, QStringLiteral("KWD")).toDecimalString(), QStringLiteral("0.005"));
        QCOMPARE(Money::fromMinor(-7, QStringLiteral("JPY")).toDecimalString(), QStringLiteral("-7"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
