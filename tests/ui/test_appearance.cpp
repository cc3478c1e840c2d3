// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the dark look is Fusion with a dark palette whose text stands out from its background, and
// going back to light restores the platform's own style and palette.
#include "shell/appearance.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QStyle>
#include <QTest>
#include <QValueAxis>

using lockstep::ui::Appearance;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkAndBack()
    {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(app);
        const QString platformStyle = app->style()->name();
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);

        Appearance::apply(*app, true);
        QCOMPARE(app->style()->name().toLower(), QStringLiteral("fusion"));
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 100);
        QVERIFY(dark.color(QPalette::WindowText).lightness() - dark.color(QPalette::Window).lightness() > 120);
        QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 120);
        QVERIFY(dark.color(QPalette::Disabled, QPalette::Text) != dark.color(QPalette::Active, QPalette::Text));

        Appearance::apply(*app, false);
        QCOMPARE(app->style()->name(), platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        QVERIFY(!Appearance::systemIsDark()); // the offscreen platform is light
    }

    void chartsAndSidebarIconsFollowTheDarkPalette()
    {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        auto* chart = new QChart;
        auto* axis = new QValueAxis;
        chart->addAxis(axis, Qt::AlignLeft);
        QChartView view(chart);
        Appearance::followPalette(&view);
        view.show();
        QVERIFY(chart->backgroundBrush().color().lightness() > 200); // light: a light chart

        Appearance::apply(*app, true);
        const QPalette dark = QApplication::palette();
        QTRY_COMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(axis->labelsColor(), dark.color(QPalette::WindowText));
        QCOMPARE(chart->legend()->labelColor(), dark.color(QPalette::WindowText));

        // A sidebar icon is drawn light on the dark window.
        const QImage glyph =
            Appearance::lineIcon(QStringLiteral(":/lockstep/icons/queue.svg"), dark).pixmap(24).toImage();
        QVERIFY(!glyph.isNull());
        int brightest = 0;
        for (int y = 0; y < glyph.height(); ++y)
            for (int x = 0; x < glyph.width(); ++x)
                if (qAlpha(glyph.pixel(x, y)) > 200)
                    brightest = std::max(brightest, QColor(glyph.pixel(x, y)).lightness());
        QVERIFY2(brightest - dark.color(QPalette::Window).lightness() > 100, qPrintable(QString::number(brightest)));

        Appearance::apply(*app, false);
        QTRY_VERIFY(chart->backgroundBrush().color().lightness() > 200);
    }
};

QTEST_MAIN(TestAppearance)
#include "test_appearance.moc"
