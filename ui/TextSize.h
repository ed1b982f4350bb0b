// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace tonghu::ui {

// How large the interface's text is: many child directors are older and read a laptop's small
// default text with difficulty. Kept in the user's settings (QSettings, "ui/text_size"), not in
// the vault, so the unlock dialog is already readable. Never below 10.5 points, whatever the
// desktop's default.
class TextSize final
{
public:
    static constexpr double kMinimumPoints = 10.5;
    static QList<int> choices() { return {100, 115, 130, 150}; }
    // The saved percentage (one of choices(); 100 when none is saved).
    static int percent();
    static void setPercent(int percent);
    // Sets the application's font from the desktop's and the saved percentage. Call once after
    // the QApplication is made, and again after setPercent().
    static void apply();
    // The point size apply() gives for `percent` of the desktop's font.
    static double pointsFor(int percent);
};

} // namespace tonghu::ui
