// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/Measurement.h"
#include "core/bench/SyntheticCounty.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::bench {

struct BenchOptions
{
    CountyShape shape;
    QString dir;             // working folder; the two databases live under it
    bool dropCaches = false; // before the cold scan; only as root, see docs/performance.md
    int searchQueries = 1000;
    int childFiles = 200;
    // Opens the main window on the children tab for an open vault and returns the milliseconds
    // until the child list is drawn. tonghu-bench sets it from the ui library (core has no
    // widgets); left empty, the workload is not run.
    std::function<double(std::unique_ptr<vault::Vault>)> showChildList;
};

// What one database gave: the figures in the order of the report, and its size.
struct ModeResult
{
    QList<Measurement> workloads;
    CountyCounts counts;
    std::int64_t databaseBytes = 0;
    std::int64_t scannedBytes = 0; // pages the cold scan read from the file
    bool cacheDropped = false;
};

// Runs every workload on one database: Tonghu's encrypted vault, or (plain = true) the same
// schema and statements in a plain SQLite file (VaultSetup::plainDatabaseForBenchmark). Both
// runs build the same county from the same seed, so they read and write the same rows.
ModeResult runMode(bool plain, const BenchOptions& options, const QStringList& answerTemplates);

// Unlocks the encrypted director's vault an earlier run left in its working folder `dir`
// (--dir): to time one workload again on a county that took long to build.
std::unique_ptr<vault::Vault> unlockKeptVault(const QString& dir);

} // namespace tonghu::bench
