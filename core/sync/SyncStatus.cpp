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
    // After the lowest acknowledgement of any trusted parent, as Outbox::pending() counts them.
    auto pending = db.prepare(
        "SELECT count(*) FROM events WHERE origin_device = ?1 AND seq > coalesce(("
        "  SELECT min(coalesce(a.acked_seq, 0)) FROM trusted_devices t"
        "  LEFT JOIN sync_acks a ON a.peer_device = t.device_id"
        "  WHERE t.relation = 'parent' AND t.revoked_at IS NULL), 0)"
        " AND EXISTS (SELECT 1 FROM trusted_devices WHERE relation = 'parent' AND revoked_at IS NULL)");
    pending.bind(1, own);
    pending.step();
    s.pendingEvents = int(pending.int64(0));

    const QJsonObject last = QJsonDocument::fromJson(storage::readInfo(db, "sync_last").toUtf8()).object();
    s.lastSyncAt = QDateTime::fromString(last.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    s.lastImported = last.value(QLatin1String("imported")).toInt();
    s.lastChanges = last.value(QLatin1String("changes")).toInt();
    s.lastRefused = last.value(QLatin1String("refused")).toInt();

    auto held = db.prepare("SELECT sender, min(first_seq) FROM held_bundles GROUP BY sender ORDER BY sender");
    while (held.step())
        s.held << Held{held.text(0), EventLog::lastSequence(db, held.text(0)) + 1};
    return s;
}

} // namespace tonghu::sync
