// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/Runner.h"

#include <QByteArray>

namespace tonghu::bench {

struct BenchReport
{
    CountyShape shape;
    ModeResult encrypted;
    ModeResult plain;
    double cryptoLimitMbS = 0;       // AES-256-CBC + HMAC-SHA256: the pages of a new vault
    double cryptoLimitSha512MbS = 0; // the same with HMAC-SHA512, SQLCipher 4's default (older vaults)
    double kdfStandardMs = 0;
    double kdfFastMs = 0;
    double peakRssMb = 0;
};

// One JSON object: children, visits, workloads [{name, unit, encrypted, plain, ratio, ...}],
// crypto_limit_mb_s, peak_rss_mb, and the figures beside them. Counts and times only: never a
// name or an ID number.
QByteArray toJson(const BenchReport& report);
// The same as a table for a person.
QByteArray toTable(const BenchReport& report);

} // namespace tonghu::bench
