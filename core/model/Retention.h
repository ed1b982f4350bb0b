// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace tonghu::vault {
class Vault;
}
namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

// The end of keeping a child's records. A child who left the system (status "left") is kept for
// the county's retention.years_after_leaving after the day they left; then every record of the
// child is purged from this device: the child, their visits with reports and reviews,
// evaluations, referrals, photos and scans, consent, and the household when no other child
// remains in it. The event log keeps each event's place in its stream but not its content, and
// the ids purged are remembered so a late bundle cannot bring the records back. Each device
// purges its own copy.
class Retention final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::Retention)
public:
    static int yearsAfterLeaving(storage::Database& db);
    // The children whose retention has ended on `today`, oldest departure first.
    static QStringList due(storage::Database& db, const QDate& today);
    // Purges those of `childIds` whose retention has ended (Error{BadInput} for any other, and
    // nothing is purged), in one transaction, with an audit entry per child. Returns how many
    // records were removed.
    static int purge(vault::Vault& vault, const QStringList& childIds, const QDate& today);
    // Whether a record was purged here (an incoming change to it is passed over).
    static bool isPurged(storage::Database& db, const QString& entity, const QString& id);
};

} // namespace tonghu::model
