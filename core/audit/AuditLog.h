// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::audit {

// The append-only audit trail. Each entry's hash covers the previous entry's hash and its own
// fields, so editing or removing an entry breaks the chain from that point on. Entries name
// records by id only: no names, ID numbers or notes are ever written here.
class AuditLog final
{
public:
    static void append(storage::Database& db, const QString& userId, const QString& action,
                       const QString& entity = {}, const QString& entityId = {}, const QString& detail = {});
    // The sequence number of the first entry whose chain is broken, or 0 when all are intact.
    static qint64 firstBrokenEntry(storage::Database& db);
    static qint64 count(storage::Database& db);
};

} // namespace tonghu::audit
