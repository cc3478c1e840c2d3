// SPDX-License-Identifier: GPL-3.0-or-later
// Bundle availability, safety buffers and batch splitting: the arithmetic behind every stock push.
#include "domain/stock_math.h"

#include <QTest>

using namespace lockstep::core;

class TestStockMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundleIsMinimumOverComponents()
    {
        const Item box{QStringLiteral("1"),
            QStringLiteral("GIFTBOX"),
            {},
            true,
            {{QStringLiteral("MUG"), 1}, {QStringLiteral("TEA"), 3}, {QStringLiteral("CARD"), 2}}};
        QHash<QString, qint64> ats{
            {QStringLiteral("MUG"), 10}, {QStringLiteral("TEA"), 17}, {QStringLiteral("CARD"), 9}};
        QCOMPARE(bundleAvailable(box, ats), 4); // min(10/1, floor(17/3)=5, floor(9/2)=4)
        ats[QStringLiteral("TEA")] = 2;
        QCOMPARE(bundleAvailable(box, ats), 0); // floor(2/3)
        ats.remove(QStringLiteral("TEA"));
        QCOMPARE(bundleAvailable(box, ats), 0); // unknown component: nothing to sell
        ats[QStringLiteral("TEA")] = -5; // oversold component
        QCOMPARE(bundleAvailable(box, ats), 0);
    }

    void bundleEdgeCases()
    {
        QCOMPARE(bundleAvailable(Item{}, {}), 0);
        const Item broken{QStringLiteral("1"), QStringLiteral("B"), {}, true, {{QStringLiteral("X"), 0}}};
        QCOMPARE(bundleAvailable(broken, {{QStringLiteral("X"), 100}}), 0);
        const Item single{QStringLiteral("1"), QStringLiteral("B"), {}, true, {{QStringLiteral("X"), 1}}};
        QCOMPARE(bundleAvailable(single, {{QStringLiteral("X"), 1000000000000LL}}), 1000000000000LL);
    }

    void bufferNeverGoesNegative()
    {
        QCOMPARE(sellable(10, 2), 8);
        QCOMPARE(sellable(2, 2), 0);
        QCOMPARE(sellable(1, 5), 0);
        QCOMPARE(sellable(-3, 0), 0);
        QCOMPARE(sellable(7, -4), 7); // a negative buffer is treated as none
    }

    void batchesRespectTheLimit()
    {
        QCOMPARE(batches(0, 100), QList<BatchRange>{});
        QCOMPARE(batches(100, 100), (QList<BatchRange>{{0, 100}}));
        QCOMPARE(batches(250, 100), (QList<BatchRange>{{0, 100}, {100, 100}, {200, 50}}));
        QCOMPARE(batches(3, 1).size(), 3);
        QCOMPARE(batches(5, 0), QList<BatchRange>{});
    }
};

QTEST_GUILESS_MAIN(TestStockMath)
#include "test_stock_math.moc"
