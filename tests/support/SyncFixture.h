// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Exchange.h"
#include "tests/support/TestSupport.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Rulebook;
}

namespace tonghu::test {

inline const QString kVillageA = QStringLiteral("621126101201");
inline const QString kVillageB = QStringLiteral("621126101202");
inline const QString kTownship = QStringLiteral("621126101");
inline const QString kCounty = QStringLiteral("621126");

// Enrolls `other`'s device in `into`, as importing its enrollment file does.
void enroll(vault::Vault& into, vault::Vault& other);
// Each of the two enrolls the other.
void enrollEachOther(vault::Vault& a, vault::Vault& b);

// The integer the query returns, with `bound` as its one parameter when given.
int count(storage::Database& db, const char* sql, const QString& bound = {});
// The status of the referral `id`; it must be there.
QString referralStatus(storage::Database& db, const QString& id);

// Two villages, their township and the county, each enrolled with the devices it deals with,
// sharing one folder (a USB stick that goes round).
struct County
{
    std::unique_ptr<TempVault> a;
    std::unique_ptr<TempVault> b;
    std::unique_ptr<TempVault> township;
    std::unique_ptr<TempVault> county;
    QTemporaryDir stick;

    County();
    sync::SyncReport sync(TempVault& t);
    // Everyone syncs in turn, twice: everything has arrived everywhere afterwards.
    void roundTrip();
    // A child of village A with one submitted visit, evaluated with `rulebook` (the built-in one
    // when null); returns the visit id.
    QString submittedVisit(const rules::Rulebook* rulebook = nullptr);
    // A referral of a new child of village A, made there and synced everywhere; then changed
    // to `villageStatus` in the village and to `townshipStatus` in the township before either
    // hears of the other, and synced again: a conflict on both sides. Returns the referral id.
    // `beforeChanges`, when given, runs after the first round trip, before either change.
    QString conflictingReferral(const QString& villageStatus, const QString& townshipStatus,
                                const std::function<void()>& beforeChanges = {});
};

} // namespace tonghu::test
