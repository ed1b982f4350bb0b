// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu --screenshot FILE --screenshot-of VIEW`: the manual's screenshots, made from the real
// windows so they stay current.
#pragma once

#include <QString>
#include <QStringList>

namespace tonghu::app {

// Every view --screenshot-of takes, in the order the help lists them; the first is the default.
QStringList screenshotViews();

// Shows `view`, saves it as PNG in `file` once it is laid out and painted, and returns the exit
// status. The views of the main window unlock `vaultDir` with TONGHU_PASSPHRASE; the set-up
// wizard and the unlock dialog need no vault and never unlock one.
int takeScreenshot(const QString& vaultDir, const QString& file, const QString& view);

} // namespace tonghu::app
