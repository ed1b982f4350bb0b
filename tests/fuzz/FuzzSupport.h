// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: a Qt core application for the embedded resources, and the one
// way a reader may refuse its input. A reader that refuses with anything but tonghu::Error, or
// whose message is empty, has a bug: the target aborts so that libFuzzer keeps the input.

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>
#include <cstdlib>

namespace tonghu::fuzz {

// The fixed day for the readers that compare with today, so that a finding replays on any day.
inline QDate today() { return QDate(2026, 6, 1); }

inline void startQt()
{
    static int argc = 1;
    static char name[] = "tonghu-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

template <typename Read>
void refusesCleanly(Read read)
{
    try {
        read();
    } catch (const Error& e) {
        if (e.message().isEmpty()) {
            std::fputs("refused without a message\n", stderr);
            std::abort();
        }
    }
}

} // namespace tonghu::fuzz
