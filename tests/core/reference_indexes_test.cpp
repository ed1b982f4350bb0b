// SPDX-License-Identifier: GPL-3.0-or-later
// When a row is deleted SQLite looks for the rows that refer to it. Each such look must be an
// index search: a scan of the referring table for every row deleted makes a county's purge or
// household removal take time in proportion to the county for each row (migration 0019).
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/util/SecureBuffer.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

using tonghu::SecureBuffer;
using tonghu::storage::Database;
using tonghu::storage::Migrations;

namespace {

// Users stay for the audit log, places and devices are never removed, and their rows are written
// before the rows that name them: no look for referring rows ever runs for them.
const QSet<QString> kNeverDeleted{QStringLiteral("users"), QStringLiteral("places"),
                                  QStringLiteral("trusted_devices")};

struct Fresh
{
    QTemporaryDir dir;
    SecureBuffer key = SecureBuffer::random(32);
    Database db{dir.path() + QStringLiteral("/references.db"), &key, Database::Mode::Create};
    Fresh() { Migrations::migrate(db); }
};

// Runs one statement and returns how many steps of full table scans it took.
int fullScanSteps(Database& db, const char* sql, const char* id)
{
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    CHECK(sqlite3_step(st) == SQLITE_DONE);
    const int steps = sqlite3_stmt_status(st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
    sqlite3_finalize(st);
    return steps;
}

} // namespace

TEST_CASE("Every reference to a record that can be deleted has an index that starts with it", "[storage]")
{
    Fresh f;
    QStringList tables;
    auto list =
        f.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list.step())
        tables << list.text(0);
    int checked = 0;
    for (const QString& table : tables) {
        QSet<QString> leading; // the first column of each index of the table
        auto indexes = f.db.prepare("SELECT name FROM pragma_index_list(?)");
        indexes.bind(1, table);
        while (indexes.step()) {
            auto first = f.db.prepare("SELECT name FROM pragma_index_info(?) WHERE seqno = 0");
            first.bind(1, indexes.text(0));
            if (first.step())
                leading << first.text(0);
        }
        auto references = f.db.prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
        references.bind(1, table);
        while (references.step()) {
            if (kNeverDeleted.contains(references.text(1)))
                continue;
            INFO(table.toStdString() << "." << references.text(0).toStdString() << " refers to "
                                     << references.text(1).toStdString());
            CHECK(leading.contains(references.text(0)));
            ++checked;
        }
    }
    // children → persons three times, visits → children, evaluations → visits, and so on.
    CHECK(checked >= 15);
}

TEST_CASE("Deleting a person or a visit finds what refers to it without scanning a table", "[storage]")
{
    Fresh f;
    Database& db = f.db;
    const char* t = "'2026-01-01T00:00:00.000Z'";
    const auto exec = [&](const std::string& sql) { db.exec(sql); };
    exec(std::string("INSERT INTO places (id, code, level, name, created_at, updated_at) VALUES "
                     "('p', '620423101201', 'village', 'v', ") +
         t + ", " + t + ")");
    exec(std::string("INSERT INTO users (id, name, role, place_code, active, created_at, updated_at) VALUES "
                     "('u', 'u', 'village', '620423101201', 1, ") +
         t + ", " + t + ")");
    // Many children, each with parents and a visit with its stored evaluation, so that a scan of
    // any of those tables would take steps.
    for (int i = 0; i < 50; ++i) {
        const std::string n = std::to_string(i);
        exec("INSERT INTO households (id, place_code, address, created_at, updated_at) VALUES ('h" + n +
             "', '620423101201', '一组', " + t + ", " + t + ")");
        for (const char* who : {"f", "m"})
            exec("INSERT INTO persons (id, household_id, name, relation, created_at, updated_at) VALUES ('" +
                 std::string(who) + n + "', 'h" + n + "', 'x', 'father', " + t + ", " + t + ")");
        exec("INSERT INTO children (id, household_id, name, sex, birth_date, father_id, mother_id, "
             "guardian_id, "
             "created_at, updated_at) VALUES ('c" +
             n + "', 'h" + n + "', 'x', 'female', '2015-01-01', 'f" + n + "', 'm" + n + "', 'm" + n + "', " +
             t + ", " + t + ")");
        exec("INSERT INTO visits (id, child_id, visit_date, status, answers, author_id, version, created_at, "
             "updated_at) VALUES ('v" +
             n + "', 'c" + n + "', '2026-01-01', 'draft', '{}', 'u', 1, " + t + ", " + t + ")");
        exec("INSERT INTO evaluations (id, child_id, visit_id, ruleset, as_of, result, created_by, "
             "created_at) "
             "VALUES ('e" +
             n + "', 'c" + n + "', 'v" + n + "', 'r@1', '2026-01-01', '{}', 'u', " + t + ")");
    }
    exec("DELETE FROM evaluations WHERE id = 'e7'");

    // The child's father and guardian references are set to NULL, found through their indexes.
    CHECK(fullScanSteps(db, "DELETE FROM persons WHERE id = ?", "m3") == 0);
    auto child =
        db.prepare("SELECT mother_id IS NULL AND guardian_id IS NULL AND father_id = 'f3' FROM children "
                   "WHERE id = 'c3'");
    REQUIRE(child.step());
    CHECK(child.integer(0) == 1);
    child.reset();
    // A visit nothing else refers to any more goes; the evaluations and referrals are searched.
    CHECK(fullScanSteps(db, "DELETE FROM visits WHERE id = ?", "v7") == 0);
    auto gone = db.prepare("SELECT count(*) FROM visits WHERE id = 'v7'");
    REQUIRE(gone.step());
    CHECK(gone.integer(0) == 0);
}
