// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>

class QApplication;
class QChart;
class QChartView;

namespace lockstep::ui {

/// Light and dark following the system. Qt 6.5 and newer report the colour scheme (and its changes); on the
/// Qt 6.4 this builds against, a dark system shows in the window colour of the platform palette. When the system
/// is dark, the Fusion style with a dark palette is used (the native styles of 6.4 stay light on Windows).
/// Thread: UI.
class Appearance
{
public:
    /// True when the system asks for dark colours.
    static bool systemIsDark();
    /// The palette used when the system is dark.
    static QPalette darkPalette();
    /// Applies light or dark to the application now, and again whenever the system changes (Qt >= 6.5).
    static void follow(QApplication& app);
    /// Applies dark (true) or the platform's own light look (false).
    static void apply(QApplication& app, bool dark);

    /// Colours the view's chart from the view's palette (background, title, legend, axes), now and whenever
    /// that palette changes, so a chart is dark in the dark look instead of a white panel.
    static void followPalette(QChartView* view);
    static void colourChart(QChart* chart, const QPalette& palette);
    /// A line icon from an SVG drawn in one colour, redrawn in the palette's text colour so it reads on
    /// light and dark backgrounds alike.
    static QIcon lineIcon(const QString& svgPath, const QPalette& palette);
};

} // namespace lockstep::ui
