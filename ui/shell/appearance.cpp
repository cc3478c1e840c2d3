// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImageReader>
#include <QLegend>
#include <QPixmap>
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
/// Recolours a chart view's chart when the view's palette changes (the application switching light and dark).
class ChartPaletteFollower : public QObject
{
public:
    explicit ChartPaletteFollower(QChartView* view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && (event->type() == QEvent::PaletteChange || event->type() == QEvent::Show))
            Appearance::colourChart(m_view->chart(), m_view->palette());
        return false;
    }

private:
    QChartView* m_view;
};

} // namespace

void Appearance::followPalette(QChartView* view)
{
    new ChartPaletteFollower(view);
    colourChart(view->chart(), view->palette());
}

void Appearance::colourChart(QChart* chart, const QPalette& palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

QIcon Appearance::lineIcon(const QString& svgPath, const QPalette& palette)
{
    QFile file(svgPath);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(svgPath);
    // The icons draw with one stroke colour; halfway between the text and the window reads as a quiet glyph.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor tint = QColor::fromRgbF((text.redF() * 3 + window.redF()) / 4,
        (text.greenF() * 3 + window.greenF()) / 4,
        (text.blueF() * 3 + window.blueF()) / 4);
    QByteArray svg = file.readAll();
    svg.replace("#5b6b7c", tint.name().toLatin1());
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        if (const QImage image = reader.read(); !image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon.isNull() ? QIcon(svgPath) : icon;
}

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
