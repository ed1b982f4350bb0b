// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SyncFixture.h"

#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/sync/Enrollment.h"
#include "core/sync/FolderRemote.h"
#include "core/sync/TrustStore.h"

#include <catch2/catch_test_macros.hpp>

#include <QThread>

namespace tonghu::test {

int count(storage::Database& db, const char* sql, const QString& bound)
{
    auto st = db.prepare(sql);
    if (!bound.isNull())
        st.bind(1, bound);
    st.step();
    return int(st.int64(0));
}

QString referralStatus(storage::Database& db, const QString& id)
{
    auto st = db.prepare("SELECT status FROM referrals WHERE id = ?");
    st.bind(1, id);
    REQUIRE(st.step());
    return st.text(0);
}

void enroll(vault::Vault& into, vault::Vault& other)
{
    sync::TrustStore(into).enroll(sync::Enrollment::read(sync::Enrollment::exportOwn(other)));
}

void enrollEachOther(vault::Vault& a, vault::Vault& b)
{
    enroll(a, b);
    enroll(b, a);
}

County::County()
    : a(makeVault(vault::Role::Village, kVillageA)), b(makeVault(vault::Role::Village, kVillageB)),
      township(makeVault(vault::Role::Township, kTownship)), county(makeVault(vault::Role::County, kCounty))
{
    for (TempVault* v : {a.get(), b.get()}) {
        enrollEachOther(*v->vault, *township->vault);
        enrollEachOther(*v->vault, *county->vault);
    }
    enrollEachOther(*township->vault, *county->vault);
}

sync::SyncReport County::sync(TempVault& t)
{
    sync::FolderRemote remote(stick.path());
    return sync::Exchange::run(*t.vault, remote);
}

void County::roundTrip()
{
    for (int i = 0; i < 2; ++i)
        for (TempVault* v : {a.get(), b.get(), township.get(), county.get()})
            REQUIRE(sync(*v).refused.isEmpty());
}

QString County::submittedVisit(const rules::Rulebook* rulebook)
{
    storage::Database& db = a->vault->database();
    model::RecordStore records(db, a->vault->userId(), kVillageA);
    const model::Child child = addChild(records, QStringLiteral("甲"), "male", QDate(2015, 3, 1));
    model::VisitStore visits(db, rulebook ? *rulebook : rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             a->vault->userId());
    const model::Visit draft = visits.openDraft(child.id);
    answerEverything(visits, draft.id);
    return visits.submit(draft.id).id;
}

QString County::conflictingReferral(const QString& villageStatus, const QString& townshipStatus,
                                    const std::function<void()>& beforeChanges)
{
    storage::Database& village = a->vault->database();
    model::RecordStore records(village, a->vault->userId(), kVillageA);
    const model::Child child = addChild(records, QStringLiteral("乙"), "male", QDate(2013, 8, 8));
    model::ReferralStore villageReferrals(village, a->vault->userId());
    model::Referral r;
    r.childId = child.id;
    r.agency = QStringLiteral("township_civil_affairs");
    r.reason = QStringLiteral("需要临时救助");
    r = villageReferrals.create(r);
    roundTrip();
    if (beforeChanges)
        beforeChanges();
    villageReferrals.update(r.id, villageStatus, {}, QDate::currentDate());
    // "Then": the township's change is on a later millisecond, so its clock is the later one
    // (within the same millisecond the device ids would decide).
    QThread::msleep(3);
    model::ReferralStore(township->vault->database(), township->vault->userId())
        .update(r.id, townshipStatus, {}, QDate::currentDate());
    roundTrip();
    return r.id;
}

} // namespace tonghu::test
