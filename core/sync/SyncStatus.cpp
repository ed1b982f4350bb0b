// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncStatus.h"

#include "core/storage/Database.h"
#include "core/storage/VaultInfo.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::sync {

SyncStatus SyncStatus::read(storage::Database& db)
{
    SyncStatus s;
    const QString own = DeviceIdentity::ensure(db).deviceId;
    // After the lowest acknowledgement of any trusted parent, as Outbox::pending() counts them. A
    // stream has no gaps (a purged record's events keep their place), so that is the distance
    // from the acknowledgement to the stream's head: two index lookups, where count(*) read
    // every event not yet acknowledged (all of a county's at first).
    auto pending = db.prepare(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM trusted_devices WHERE relation = 'parent' AND revoked_at IS NULL) "
        "THEN max(0, coalesce((SELECT max(seq) FROM events WHERE origin_device = ?1), 0) - coalesce(("
        "  SELECT min(coalesce(a.acked_seq, 0)) FROM trusted_devices t"
        "  LEFT JOIN sync_acks a ON a.peer_device = t.device_id AND a.stream = ?1"
        "  WHERE t.relation = 'parent' AND t.revoked_at IS NULL), 0)) ELSE 0 END");
    pending.bind(1, own);
    pending.step();
    s.pendingEvents = int(pending.int64(0));

    const QJsonObject last = QJsonDocument::fromJson(storage::readInfo(db, "sync_last").toUtf8()).object();
    s.lastSyncAt = QDateTime::fromString(last.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    s.lastImported = last.value(QLatin1String("imported")).toInt();
    s.lastChanges = last.value(QLatin1String("changes")).toInt();
    s.lastRefused = last.value(QLatin1String("refused")).toInt();

    auto held = db.prepare("SELECT sender, coalesce(stream, sender), min(first_seq) FROM held_bundles "
                           "GROUP BY 2 ORDER BY 2");
    while (held.step()) {
        const qint64 next = EventLog::lastSequence(db, held.text(1)) + 1;
        // A bundle whose turn has come and is still held waits for records it refers to.
        s.held << Held{held.text(0), held.int64(2) <= next ? 0 : next};
    }
    auto conflicts = db.prepare("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL");
    conflicts.step();
    s.openConflicts = int(conflicts.int64(0));
    return s;
}

} // namespace tonghu::sync
