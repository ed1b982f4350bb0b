// SPDX-License-Identifier: GPL-3.0-or-later
// What checking a backup and restoring one share: opening its key slots with the secret, and
// opening its database copy with the key and checking every page.
#pragma once

#include "core/backup/Backup.h"

#include <memory>

namespace tonghu::backup {

// Counts the children, households, visits and events (0 for a table an old schema lacks).
void countRecords(storage::Database& db, BackupReport* report);

// Writes the backup's key slots into `folder` and opens them with `secret`: Error{WrongSecret}
// when no slot opens, in words that say the backup, not the vault, was not opened.
vault::UnwrappedKey unwrapBackupKey(const QByteArray& keySlots, const QString& folder, const BackupSecret& secret);

// Opens the copy with `key`, requires PRAGMA integrity_check to say "ok" and
// PRAGMA cipher_integrity_check (every page's HMAC) to find nothing, and fills the schema version
// and counts of `report`. Error{Corrupt} otherwise.
std::unique_ptr<storage::Database> openCheckedCopy(const QString& databasePath, const SecureBuffer& key,
                                                   BackupReport* report);

} // namespace tonghu::backup
