// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::vault {

// What each role may do, enforced by the core services themselves, so a hidden button is never
// the only guard:
// - a child director keeps the records of her own village, visits, submits and follows up
//   referrals;
// - a township supervisor reviews the visits of the villages enrolled with the township and
//   manages referrals, but never changes a village's records or answers;
// - a county officer reads everything in the county and publishes the county's settings, and
//   neither edits nor reviews.
enum class Action {
    EditRecords,     // households, members, children, attachments, consent
    VisitChildren,   // drafts, answers, mandatory reports, submission, corrections
    ReviewVisits,
    ManageReferrals,
    PublishRules,
};

class Access final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::vault::Access)
public:
    static bool allows(Role role, Action action);
    // Throws Error{BadInput} saying who may do it, when `role` may not.
    static void require(Role role, Action action);
    // The same for the vault's own role (kept in the vault), and, for records, that the record's
    // place is this vault's own village: a director edits no other village's records.
    static void require(storage::Database& db, Action action, const QString& recordPlace = {});
    static Role roleOf(storage::Database& db);
};

} // namespace tonghu::vault
