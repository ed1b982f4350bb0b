// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SummaryCharts.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace tonghu::ui {

namespace {

// The families PrintDocuments prints with, so a chart's Chinese matches the text around it.
QFont chartFont(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")});
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

constexpr int kText = 34; // about 10 pt once the image is printed 17 cm wide
constexpr int kRow = 56;  // one bar
constexpr int kMargin = 24;

} // namespace

QImage drawBarChart(const BarChart& chart, int width)
{
    const QFont text = chartFont(kText);
    const QFont title = chartFont(kText + 6, true);
    const QFontMetrics tm(text);
    const int titleHeight = chart.title.isEmpty() ? 0 : QFontMetrics(title).height() + kMargin;
    const int legendHeight = chart.parts.size() > 1 ? tm.height() + kMargin : 0;
    const int rows = std::max<int>(1, int(chart.bars.size()));
    const int height = kMargin + titleHeight + legendHeight + rows * kRow + kMargin;

    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    int y = kMargin;
    if (titleHeight > 0) {
        p.setFont(title);
        p.setPen(Qt::black);
        p.drawText(QRect(kMargin, y, width - 2 * kMargin, titleHeight - kMargin),
                   Qt::AlignLeft | Qt::AlignVCenter, chart.title);
        y += titleHeight;
    }
    p.setFont(text);
    if (legendHeight > 0) {
        int x = kMargin;
        for (const ChartPart& part : chart.parts) {
            p.fillRect(QRect(x, y + (tm.height() - kText) / 2, kText, kText), part.color);
            x += kText + 12;
            p.setPen(Qt::black);
            p.drawText(QPoint(x, y + tm.ascent()), part.name);
            x += tm.horizontalAdvance(part.name) + 40;
        }
        y += legendHeight;
    }

    // Labels take what they need up to a third of the width; a longer one is elided.
    int labelWidth = 0;
    int figureWidth = tm.horizontalAdvance(QStringLiteral("0000"));
    int maximum = 0;
    for (const ChartBar& bar : chart.bars) {
        labelWidth = std::max(labelWidth, tm.horizontalAdvance(bar.label));
        int sum = 0;
        for (int v : bar.values)
            sum += std::max(0, v);
        maximum = std::max(maximum, sum);
        figureWidth = std::max(
            figureWidth, tm.horizontalAdvance(bar.figure.isEmpty() ? QString::number(sum) : bar.figure));
    }
    labelWidth = std::min(labelWidth, width / 3);
    const int barLeft = kMargin + labelWidth + 20;
    const int barSpace = std::max(1, width - barLeft - figureWidth - 20 - kMargin);

    if (chart.bars.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawText(QRect(kMargin, y, width - 2 * kMargin, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("—"));
    }
    for (const ChartBar& bar : chart.bars) {
        p.setPen(Qt::black);
        p.drawText(QRect(kMargin, y, labelWidth, kRow), Qt::AlignRight | Qt::AlignVCenter,
                   tm.elidedText(bar.label, Qt::ElideRight, labelWidth));
        int x = barLeft;
        int sum = 0;
        for (qsizetype i = 0; i < bar.values.size(); ++i) {
            const int v = std::max(0, bar.values.at(i));
            sum += v;
            if (v == 0 || maximum == 0)
                continue;
            const int w = std::max(2, int(qint64(v) * barSpace / maximum));
            const QColor color = i < chart.parts.size() ? chart.parts.at(i).color : QColor(Qt::gray);
            p.fillRect(QRect(x, y + 10, w, kRow - 20), color);
            x += w;
        }
        p.setPen(Qt::black);
        p.drawText(QRect(x + 12, y, figureWidth + 8, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   bar.figure.isEmpty() ? QString::number(sum) : bar.figure);
        y += kRow;
    }
    p.end();
    return image;
}

} // namespace tonghu::ui
