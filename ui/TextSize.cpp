// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TextSize.h"

#include <QApplication>
#include <QFont>
#include <QSettings>

#include <algorithm>

namespace tonghu::ui {

namespace {

const QString kKey = QStringLiteral("ui/text_size");

// The desktop's font as it was before Tonghu changed it, so changing the size twice does not
// compound.
const QFont& desktopFont()
{
    static const QFont font = QApplication::font();
    return font;
}

} // namespace

int TextSize::percent()
{
    const int saved = QSettings().value(kKey, 100).toInt();
    return choices().contains(saved) ? saved : 100;
}

void TextSize::setPercent(int percent)
{
    QSettings().setValue(kKey, choices().contains(percent) ? percent : 100);
}

double TextSize::pointsFor(int percent)
{
    const double base = std::max(desktopFont().pointSizeF(), kMinimumPoints);
    return base * percent / 100.0;
}

void TextSize::apply()
{
    QFont font = desktopFont();
    font.setPointSizeF(pointsFor(percent()));
    QApplication::setFont(font);
}

} // namespace tonghu::ui
