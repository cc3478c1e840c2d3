// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the dark look is Fusion with a dark palette whose text stands out from its background, and
// going back to light restores the platform's own style and palette.
#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

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
};

QTEST_MAIN(TestAppearance)
#include "test_appearance.moc"
