// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace lockstep::ui {

namespace {
QString& platformStyle()
{
    static QString name;
    return name;
}
QPalette& platformPalette()
{
    static QPalette palette;
    return palette;
}
} // namespace

bool Appearance::systemIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Older Qt: a dark desktop gives a dark window colour in the platform's palette.
    const QPalette p = platformStyle().isEmpty() ? QGuiApplication::palette() : platformPalette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2f, 0x36);
    const QColor base(0x1f, 0x22, 0x28);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x86, 0x8f);
    const QColor highlight(0x3d, 0x7e, 0xc4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(130));
    p.setColor(QPalette::Midlight, window.lighter(115));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void Appearance::apply(QApplication& app, bool dark)
{
    if (platformStyle().isEmpty()) {
        platformStyle() = app.style()->name();
        platformPalette() = QApplication::palette();
    }
    if (dark) {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app.setPalette(darkPalette());
    } else {
        app.setStyle(QStyleFactory::create(platformStyle()));
        app.setPalette(platformPalette());
    }
}

void Appearance::follow(QApplication& app)
{
    if (platformStyle().isEmpty()) {
        platformStyle() = app.style()->name();
        platformPalette() = QApplication::palette();
    }
    if (systemIsDark())
        apply(app, true); // light: the platform's own style and palette stay untouched
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QObject::connect(
        QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app, [&app](Qt::ColorScheme scheme) {
            apply(app, scheme == Qt::ColorScheme::Dark);
        });
#endif
}

} // namespace lockstep::ui
