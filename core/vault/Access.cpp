// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Access.h"

#include "core/storage/VaultInfo.h"
#include "core/util/Error.h"

namespace tonghu::vault {

bool Access::allows(Role role, Action action)
{
    switch (action) {
    case Action::EditRecords:
    case Action::VisitChildren:
        return role == Role::Village;
    case Action::ReviewVisits:
        return role == Role::Township;
    case Action::ManageReferrals:
        return role == Role::Village || role == Role::Township;
    case Action::PublishRules:
        return role == Role::County;
    }
    return false;
}

void Access::require(Role role, Action action)
{
    if (allows(role, action))
        return;
    switch (action) {
    case Action::EditRecords:
        throw Error(Error::Kind::BadInput, tr("Only the village's child director changes its households and "
                                              "children; a %1 reads them.")
                                               .arg(roleTitle(role)));
    case Action::VisitChildren:
        throw Error(Error::Kind::BadInput, tr("Only the village's child director records and submits home "
                                              "visits; a %1 reads them.")
                                               .arg(roleTitle(role)));
    case Action::ReviewVisits:
        throw Error(Error::Kind::BadInput, tr("Only a township supervisor reviews visits."));
    case Action::ManageReferrals:
        throw Error(Error::Kind::BadInput, tr("Referrals are made and followed up by the child director and the "
                                              "township supervisor."));
    case Action::PublishRules:
        throw Error(Error::Kind::BadInput, tr("Only the county publishes rulebook settings."));
    }
}

Role Access::roleOf(storage::Database& db)
{
    Role role = Role::Village;
    if (!roleFromCode(storage::readInfo(db, "role"), &role))
        throw Error(Error::Kind::Corrupt, tr("This vault does not say whose it is (its role is missing)."));
    return role;
}

void Access::require(storage::Database& db, Action action, const QString& recordPlace)
{
    require(roleOf(db), action);
    if (!recordPlace.isEmpty() && (action == Action::EditRecords || action == Action::VisitChildren)
        && recordPlace != storage::readInfo(db, "place_code"))
        throw Error(Error::Kind::BadInput, tr("This record belongs to another village; only its own child "
                                              "director changes it."));
}

} // namespace tonghu::vault
