// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::sync {

// What the window shows about sync: what waits to leave, when the last sync was and what it
// brought, and what is held back.
struct SyncStatus
{
    int pendingEvents = 0;     // this device's changes not yet confirmed by every parent
    QDateTime lastSyncAt;      // null before the first sync
    int lastImported = 0;      // bundles the last sync applied
    int lastChanges = 0;       // changes they brought
    int lastRefused = 0;       // bundles it refused
    struct Held
    {
        QString senderDeviceId;
        qint64 missingFrom = 0; // the sender's first change that has not arrived; 0 when the bundle
                                // waits for records it refers to (sent by another device)
    };
    QList<Held> held;
    int openConflicts = 0; // fields changed on two sides, waiting for a person to decide

    static SyncStatus read(storage::Database& db);
};

} // namespace tonghu::sync
