// SPDX-License-Identifier: GPL-3.0-or-later
// latest_visits (migration 0021) holds each child's latest submitted visit for the scans that
// evaluate every child. It is kept by triggers; these tests compare it, child by child, with what
// `visits` itself says is the latest, after every way visits are written.
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/util/SecureBuffer.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QTemporaryDir>

using namespace tonghu;

namespace {

// Children whose row in latest_visits differs from their latest submitted visit as read from
// `visits`, or who have a row without a submitted visit or none with one.
int mismatches(storage::Database& db)
{
    return test::count(db, "SELECT count(*) FROM children c "
                           "LEFT JOIN latest_visits l ON l.child_id = c.id "
                           "LEFT JOIN visits v ON v.rowid = (SELECT rowid FROM visits WHERE child_id = c.id "
                           "AND status = 'submitted' ORDER BY visit_date DESC, submitted_at DESC LIMIT 1) "
                           "WHERE l.visit_id IS NOT v.id OR l.visit_date IS NOT v.visit_date "
                           "OR l.submitted_at IS NOT v.submitted_at OR l.answers IS NOT v.answers");
}

int rows(storage::Database& db) { return test::count(db, "SELECT count(*) FROM latest_visits"); }

QString latestOf(storage::Database& db, const QString& childId)
{
    auto st = db.prepare("SELECT visit_id FROM latest_visits WHERE child_id = ?");
    st.bind(1, childId);
    return st.step() ? st.text(0) : QString();
}

} // namespace

TEST_CASE("Each child's latest visit is kept beside the others' through submissions, corrections and imports",
          "[evaluation][latest]")
{
    test::County c;
    storage::Database& db = c.a->vault->database();
    test::generateDemo(*c.a->vault, 12, 3);
    REQUIRE(rows(db) > 0);
    CHECK(mismatches(db) == 0);

    model::RecordStore records(db, c.a->vault->userId(), test::kVillageA);
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), c.a->vault->userId());
    const model::Child child = test::addChild(records, QStringLiteral("丙"), "male", QDate(2016, 2, 2));
    CHECK(latestOf(db, child.id).isEmpty());
    const auto submitted = [&](const QDate& date) {
        const model::Visit draft = visits.openDraft(child.id, date);
        test::answerEverything(visits, draft.id);
        return visits.submit(draft.id).id;
    };
    // A draft is not a visit yet.
    const model::Visit draft = visits.openDraft(child.id, QDate(2026, 3, 1));
    CHECK(latestOf(db, child.id).isEmpty());
    test::answerEverything(visits, draft.id);
    const QString march = visits.submit(draft.id).id;
    CHECK(latestOf(db, child.id) == march);
    // A visit typed in later for an earlier day does not replace a later one.
    submitted(QDate(2026, 1, 10));
    CHECK(latestOf(db, child.id) == march);
    const QString april = submitted(QDate(2026, 4, 2));
    CHECK(latestOf(db, child.id) == april);
    // A correction of the latest visit, for the same day, is submitted after it and replaces it.
    const model::Visit correction = visits.correct(april, QStringLiteral("记错了上学情况"));
    visits.setAnswer(correction.id, QStringLiteral("child.medical_insurance"), false);
    const QString corrected = visits.submit(correction.id).id;
    CHECK(latestOf(db, child.id) == corrected);
    CHECK(mismatches(db) == 0);

    // The township and the county get theirs from the visits they import.
    c.roundTrip();
    for (test::TempVault* t : {c.township.get(), c.county.get()}) {
        storage::Database& other = t->vault->database();
        CHECK(rows(other) == rows(db));
        CHECK(latestOf(other, child.id) == corrected);
        CHECK(mismatches(other) == 0);
    }
}

TEST_CASE("When a child's latest visit is deleted, the one before it becomes the latest", "[evaluation][latest]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    storage::Database db(dir.path() + QStringLiteral("/v.db"), &key, storage::Database::Mode::Create);
    storage::Migrations::migrate(db);
    const std::string t = "'2026-01-01T00:00:00.000Z'";
    db.exec("INSERT INTO places (id, code, level, name, created_at, updated_at) VALUES ('p', '620426', 'county', '县', "
            + t + ", " + t + ")");
    db.exec("INSERT INTO households (id, place_code, address, created_at, updated_at) VALUES ('h', '620426', '一组', "
            + t + ", " + t + ")");
    db.exec("INSERT INTO children (id, household_id, name, id_number, sex, birth_date, created_at, updated_at) "
            "VALUES ('c', 'h', '丁', '11010519491231002X', 'female', '2015-03-01', " + t + ", " + t + ")");
    const auto visit = [&](const char* id, const char* date, const char* submitted) {
        db.exec(std::string("INSERT INTO visits (id, child_id, visit_date, status, answers, submitted_at, created_at, "
                            "updated_at) VALUES ('") + id + "', 'c', '" + date + "', 'submitted', '{\"v\": \"" + id
                + "\"}', '" + submitted + "', " + t + ", " + t + ")");
    };
    visit("june", "2026-06-01", "2026-06-01T10:00:00.000Z");
    visit("march", "2026-03-01", "2026-03-01T10:00:00.000Z");
    visit("june-again", "2026-06-01", "2026-06-03T10:00:00.000Z"); // the same day, submitted later
    CHECK(latestOf(db, QStringLiteral("c")) == QStringLiteral("june-again"));

    // Submitted visits go only with their child's records, at the end of retention, which marks
    // the child first (Retention::purge); one at a time, as it deletes them.
    db.exec("INSERT INTO purged_records (entity, entity_id, purged_at) VALUES ('children', 'c', " + t + ")");
    db.exec("DELETE FROM visits WHERE id = 'june-again'");
    CHECK(latestOf(db, QStringLiteral("c")) == QStringLiteral("june"));
    db.exec("DELETE FROM visits WHERE id = 'march'");
    CHECK(latestOf(db, QStringLiteral("c")) == QStringLiteral("june"));
    CHECK(mismatches(db) == 0);
    db.exec("DELETE FROM visits WHERE id = 'june'");
    CHECK(rows(db) == 0);
}

TEST_CASE("Step 21 finds the latest visit of every child already on file", "[migrations][latest]")
{
    auto t = test::makeVault();
    storage::Database& db = t->vault->database();
    test::generateDemo(*t->vault, 8, 6);
    const int before = rows(db);
    REQUIRE(before > 0);
    // As a vault of version 20 held them: visits without latest_visits, which the step then fills.
    for (const char* trigger : {"latest_visits_on_insert", "latest_visits_on_submit", "latest_visits_on_delete"})
        db.exec(std::string("DROP TRIGGER ") + trigger);
    db.exec("DROP VIEW latest_visit_candidates");
    db.exec("DROP TABLE latest_visits");
    // Step 22 only remakes an index; what step 23 made goes too.
    for (const char* trigger : {"record_counts_child_in", "record_counts_child_out", "record_counts_household_in",
                                "record_counts_household_out"})
        db.exec(std::string("DROP TRIGGER ") + trigger);
    db.exec("DROP TABLE record_counts");
    db.exec("PRAGMA user_version = 20");
    storage::Migrations::migrate(db);
    CHECK(rows(db) == before);
    CHECK(mismatches(db) == 0);
}
