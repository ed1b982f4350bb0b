// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/IdleLockSetting.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/VaultInfo.h"
#include "core/util/Error.h"

namespace tonghu::vault {

namespace {

constexpr const char* kKey = "idle_lock_seconds";

} // namespace

int IdleLockSetting::seconds(storage::Database& db)
{
    bool ok = false;
    const int stored = storage::readInfo(db, kKey).toInt(&ok);
    // A value out of range was not written by setSeconds: the default is the safe reading.
    return ok && stored >= 1 && stored <= kMaxSeconds ? stored : kDefaultSeconds;
}

void IdleLockSetting::setSeconds(storage::Database& db, const QString& userId, int seconds)
{
    if (seconds < 1 || seconds > kMaxSeconds)
        throw Error(Error::Kind::BadInput, tr("Choose between 1 and %n minute(s).", nullptr, kMaxSeconds / 60));
    storage::Transaction tx(db);
    storage::writeInfo(db, kKey, QString::number(seconds));
    audit::AuditLog::append(db, userId, QStringLiteral("settings.idle_lock"), {}, {}, QString::number(seconds));
    tx.commit();
}

} // namespace tonghu::vault
