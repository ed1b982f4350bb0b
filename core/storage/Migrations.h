// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tonghu::storage {

class Database;

// Numbered SQL scripts from resources/sql (NNNN_name.sql). The schema version is
// PRAGMA user_version; all pending steps run in one transaction, so a failure half-way leaves
// the previous schema intact. A database newer than this build is refused, never touched.
class Migrations final
{
public:
    // The scripts in order; index i holds the step to version i + 1.
    static QStringList scripts();
    static int latestVersion();
    // Brings db to `target` (default: the latest). Returns the version it started from.
    static int migrate(Database& db, int target = -1);
};

} // namespace tonghu::storage
