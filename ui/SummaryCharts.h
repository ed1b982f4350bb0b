// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace tonghu::ui {

// A horizontal bar chart drawn with QPainter, for a printed report: each bar a row of stacked
// parts, its label on the left and its figure written at its end. Drawn for paper (white,
// large text, colours told apart in grey too) rather than through Qt Charts, which needs a
// widget and a shown view to lay itself out.
struct ChartPart
{
    QString name; // in the legend
    QColor color;
};

struct ChartBar
{
    QString label;
    QList<int> values; // one per part, stacked left to right
    QString figure;    // written after the bar ("12 / 20"); empty: the sum
};

struct BarChart
{
    QString title;
    QList<ChartPart> parts;
    QList<ChartBar> bars;
};

// `width` in pixels; the height follows from the number of bars. Text is drawn at a size meant
// for an image shown about 17 cm wide.
QImage drawBarChart(const BarChart& chart, int width = 1800);

} // namespace tonghu::ui
