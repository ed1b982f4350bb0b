// SPDX-License-Identifier: GPL-3.0-or-later
// Roles enforced by the core services themselves: each call a role may not make fails with
// Error{BadInput} and changes nothing, whatever the interface shows or hides.
#include "core/model/AttachmentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/ReviewStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <functional>

using namespace tonghu;

namespace {

// The kind of error the call throws; nullopt when it succeeds.
std::optional<Error::Kind> refusal(const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& e) {
        return e.kind();
    }
    return std::nullopt;
}

int events(storage::Database& db)
{
    return test::count(db, "SELECT count(*) FROM events");
}

// A village with a child and a submitted visit, synced to its township and county.
struct Synced
{
    test::County c;
    QString visitId;
    QString childId;
    QString householdId;

    Synced()
    {
        visitId = c.submittedVisit();
        auto st = c.a->vault->database().prepare(
            "SELECT c.id, c.household_id FROM visits v JOIN children c ON c.id = v.child_id WHERE v.id = ?");
        st.bind(1, visitId);
        REQUIRE(st.step());
        childId = st.text(0);
        householdId = st.text(1);
        st.reset();
        c.roundTrip();
    }
};

} // namespace

TEST_CASE("What each role may do", "[access]")
{
    using vault::Action;
    using vault::Role;
    CHECK(vault::Access::allows(Role::Village, Action::EditRecords));
    CHECK(vault::Access::allows(Role::Village, Action::VisitChildren));
    CHECK(vault::Access::allows(Role::Village, Action::ManageReferrals));
    CHECK_FALSE(vault::Access::allows(Role::Village, Action::ReviewVisits));
    CHECK_FALSE(vault::Access::allows(Role::Village, Action::PublishRules));
    CHECK_FALSE(vault::Access::allows(Role::Township, Action::EditRecords));
    CHECK_FALSE(vault::Access::allows(Role::Township, Action::VisitChildren));
    CHECK(vault::Access::allows(Role::Township, Action::ReviewVisits));
    CHECK(vault::Access::allows(Role::Township, Action::ManageReferrals));
    CHECK_FALSE(vault::Access::allows(Role::Township, Action::PublishRules));
    for (Action a : {Action::EditRecords, Action::VisitChildren, Action::ReviewVisits, Action::ManageReferrals})
        CHECK_FALSE(vault::Access::allows(Role::County, a));
    CHECK(vault::Access::allows(Role::County, Action::PublishRules));
}

TEST_CASE("A township supervisor cannot change a village's records or answers, and reviews and follows up "
          "referrals",
          "[access]")
{
    Synced s;
    test::TempVault& t = *s.c.township;
    storage::Database& db = t.vault->database();
    model::RecordStore records(db, t.vault->userId(), t.vault->placeCode());
    const int before = events(db);

    auto household = records.household(s.householdId);
    REQUIRE(household);
    household->address = QStringLiteral("改过的地址");
    CHECK(refusal([&] { records.saveHousehold(*household); }) == Error::Kind::BadInput);
    auto child = records.child(s.childId);
    REQUIRE(child);
    child->school = QStringLiteral("junior");
    CHECK(refusal([&] { records.saveChild(*child); }) == Error::Kind::BadInput);
    CHECK(refusal([&] { records.removeChild(s.childId); }) == Error::Kind::BadInput);
    model::Household own;
    own.address = QStringLiteral("乡镇自己建的户");
    CHECK(refusal([&] { records.saveHousehold(own); }) == Error::Kind::BadInput);

    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t.vault->userId());
    CHECK(refusal([&] { visits.openDraft(s.childId); }) == Error::Kind::BadInput);
    CHECK(refusal([&] { visits.correct(s.visitId, QStringLiteral("改答案")); }) == Error::Kind::BadInput);
    model::AttachmentStore attachments(db, t.vault->userId());
    model::Attachment photo;
    photo.childId = s.childId;
    photo.fileName = QStringLiteral("scan.png");
    CHECK(refusal([&] { attachments.add(photo, QByteArray("\x89PNG\r\n\x1a\n", 8)); }) == Error::Kind::BadInput);
    CHECK(refusal([&] { rules::CountyRulebook::publish(*t.vault, rules::Rulebook::builtin()); })
          == Error::Kind::BadInput);
    CHECK(events(db) == before);
    CHECK(records.child(s.childId)->school != QStringLiteral("junior"));

    // What a township does.
    model::ReviewStore reviews(db, t.vault->userId(), vault::Role::Township, t.vault->placeCode());
    CHECK_FALSE(refusal([&] { reviews.review(s.visitId, model::VisitReview::Decision::Approved, {}); }));
    model::ReferralStore referrals(db, t.vault->userId());
    model::Referral r;
    r.childId = s.childId;
    r.agency = QStringLiteral("township_civil_affairs");
    r.reason = QStringLiteral("乡镇跟进");
    CHECK_FALSE(refusal([&] { r = referrals.create(r); }));
    CHECK_FALSE(refusal([&] { referrals.update(r.id, QStringLiteral("accepted"), {}, QDate::currentDate()); }));
}

TEST_CASE("A county officer reads everything and publishes settings, and neither edits nor reviews", "[access]")
{
    Synced s;
    test::TempVault& county = *s.c.county;
    storage::Database& db = county.vault->database();
    REQUIRE(test::count(db, "SELECT count(*) FROM visits WHERE id = ?", s.visitId) == 1); // it reads
    const int before = events(db);
    model::RecordStore records(db, county.vault->userId(), county.vault->placeCode());
    auto child = records.child(s.childId);
    REQUIRE(child);
    child->name = QStringLiteral("改名");
    CHECK(refusal([&] { records.saveChild(*child); }) == Error::Kind::BadInput);
    model::ReviewStore reviews(db, county.vault->userId(), vault::Role::County, county.vault->placeCode());
    CHECK(refusal([&] { reviews.review(s.visitId, model::VisitReview::Decision::Approved, {}); })
          == Error::Kind::BadInput);
    model::ReferralStore referrals(db, county.vault->userId());
    model::Referral r;
    r.childId = s.childId;
    r.agency = QStringLiteral("county_civil_affairs");
    r.reason = QStringLiteral("县里转介");
    CHECK(refusal([&] { referrals.create(r); }) == Error::Kind::BadInput);
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), county.vault->userId());
    CHECK(refusal([&] { visits.openDraft(s.childId); }) == Error::Kind::BadInput);
    CHECK(events(db) == before);

    rules::Rulebook settings = rules::Rulebook::builtin();
    settings.version = QStringLiteral("2026.1-621126.2");
    CHECK_FALSE(refusal([&] { rules::CountyRulebook::publish(*county.vault, settings); }));
}

TEST_CASE("A child director keeps her own village's records only", "[access]")
{
    test::County c;
    storage::Database& db = c.a->vault->database();
    model::RecordStore records(db, c.a->vault->userId(), c.a->vault->placeCode());
    model::Household mine;
    mine.address = QStringLiteral("本村一组");
    CHECK_FALSE(refusal([&] { mine = records.saveHousehold(mine); }));
    // A household placed in the neighbouring village is refused, and so is moving one there.
    model::Household other;
    other.address = QStringLiteral("邻村二组");
    other.placeCode = test::kVillageB;
    const auto message = [](const std::function<void()>& call) {
        try {
            call();
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    const QString otherVillage = QStringLiteral("belongs to another village");
    CHECK(message([&] { records.saveHousehold(other); }).contains(otherVillage));
    mine.placeCode = test::kVillageB;
    CHECK(message([&] { records.saveHousehold(mine); }).contains(otherVillage));
    CHECK(records.household(mine.id)->placeCode == test::kVillageA);
    model::ReviewStore reviews(db, c.a->vault->userId(), vault::Role::Village, c.a->vault->placeCode());
    CHECK(refusal([&] { reviews.review(c.submittedVisit(), model::VisitReview::Decision::Approved, {}); })
          == Error::Kind::BadInput);
}
