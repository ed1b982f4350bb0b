// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tonghu::ui {

// `tonghu --self-test`: checks, from the installed files alone, that this copy of Tonghu works
// on this machine: its translations are embedded, SQLCipher encrypts (a new vault in a private
// temporary folder, whose file must not hold SQLite's plain header), a demo village can be
// written and read back, and the main window is drawn on the current platform (offscreen
// works). Prints one line per check and returns 0 when all pass, 1 otherwise. Needs a
// QApplication. Nothing is left behind.
int runSelfTest();

} // namespace tonghu::ui
