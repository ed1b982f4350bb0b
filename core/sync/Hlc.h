// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::sync {

// A hybrid logical clock: wall-clock milliseconds with a counter, so every event this device
// writes is later than every event it wrote or received before, even when the laptop's clock is
// set back. Written as "MMMMMMMMMMMMMMM.CCCCC" (15 digits of milliseconds since 1970, 5 of
// counter): comparing two as text compares them as times.
class Hlc final
{
public:
    // The next time for an event written here; `nowMs` is the wall clock (tests pass their own).
    static QString next(storage::Database& db, qint64 nowMs = -1);
    // Moves this device's clock past a time received from another device.
    static void observe(storage::Database& db, const QString& remote);

    static QString format(qint64 ms, int counter);
    // False for text that is not an HLC time.
    static bool parse(const QString& text, qint64* ms, int* counter);
};

} // namespace tonghu::sync
