// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/model/Worklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlText.h"
#include "core/util/Error.h"
#include "core/util/SecureBuffer.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using tonghu::Error;
using tonghu::SecureBuffer;
using tonghu::storage::Database;
using tonghu::storage::Migrations;

namespace {

int tableCount(Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')");
    st.step();
    return st.integer(0);
}

// Rows valid at schema version 1, written the way version 1 wrote them.
void insertVersion1Rows(Database& db)
{
    const char* t = "'2025-01-01T00:00:00.000Z'";
    db.exec(tonghu::storage::sqlJoin(
        {"INSERT INTO places VALUES ('p1', '620426', 'county', '岷县', NULL, ", t, ", ", t, ")"}));
    db.exec(
        tonghu::storage::sqlJoin({"INSERT INTO households (id, place_code, address, created_at, updated_at) "
                                  "VALUES ('h1', '620426', '一组1号', ",
                                  t, ", ", t, ")"}));
    db.exec(tonghu::storage::sqlJoin(
        {"INSERT INTO children (id, household_id, name, id_number, sex, birth_date, created_at, "
         "updated_at) VALUES ('c1', 'h1', '张三', '11010519491231002X', 'female', '2015-03-01', ",
         t, ", ", t, ")"}));
}

} // namespace

TEST_CASE("Migrations are numbered without gaps", "[migrations]")
{
    const QStringList scripts = Migrations::scripts();
    REQUIRE(scripts.size() >= 2);
    CHECK(Migrations::latestVersion() == scripts.size());
}

TEST_CASE("A database migrates from every earlier version to the latest, keeping its rows", "[migrations]")
{
    const int latest = Migrations::latestVersion();
    QTemporaryDir reference;
    const SecureBuffer key = SecureBuffer::random(32);
    Database fresh(reference.path() + QStringLiteral("/fresh.db"), &key, Database::Mode::Create);
    Migrations::migrate(fresh);
    const int expectedObjects = tableCount(fresh);

    for (int start = 0; start < latest; ++start) {
        CAPTURE(start);
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/old.db"), &key, Database::Mode::Create);
        Migrations::migrate(db, start);
        CHECK(db.userVersion() == start);
        if (start >= 1)
            insertVersion1Rows(db);
        CHECK(Migrations::migrate(db) == start);
        CHECK(db.userVersion() == latest);
        CHECK(tableCount(db) == expectedObjects);
        if (start >= 1) {
            // Rows written before the search keys existed are found by pinyin after the backfill.
            tonghu::model::RecordStore store(db, QStringLiteral("u"), QStringLiteral("620426"));
            store.backfillSearchKeys();
            const auto found = store.searchChildren(QStringLiteral("zs"));
            REQUIRE(found.size() == 1);
            CHECK(found.front().id == QStringLiteral("c1"));
            CHECK(store.searchChildren(QStringLiteral("002x")).size() == 1);
            // The lists' counts start from the rows already there (migration 0023).
            CHECK(store.childCount() == 1);
            CHECK(store.householdCount() == 1);
        }
    }
}

TEST_CASE("A database from a newer version is refused and left untouched", "[migrations]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dir.path() + QStringLiteral("/new.db"), &key, Database::Mode::Create);
    Migrations::migrate(db);
    const int future = Migrations::latestVersion() + 1;
    db.setUserVersion(future);
    try {
        Migrations::migrate(db);
        FAIL("a newer schema was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::TooNew);
        CHECK(e.message().contains(QString::number(future)));
    }
    CHECK(db.userVersion() == future);
}

TEST_CASE("A failing migration step leaves the previous schema intact", "[migrations]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dir.path() + QStringLiteral("/half.db"), &key, Database::Mode::Create);
    Migrations::migrate(db, 1);
    // Make step 2 fail half-way: its columns are added, then its index name is already taken.
    db.exec("CREATE INDEX children_name ON children(sex)");
    CHECK_THROWS_AS(Migrations::migrate(db), Error);
    CHECK(db.userVersion() == 1);
    auto st = db.prepare("SELECT count(*) FROM pragma_table_info('children') WHERE name = 'name_pinyin'");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 0);
}

TEST_CASE("Step 15 puts the visits still waiting for a decision in the review queue, and only those", "[migrations]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dir.path() + QStringLiteral("/v14.db"), &key, Database::Mode::Create);
    Migrations::migrate(db, 14);
    insertVersion1Rows(db);
    const std::string t = "'2025-01-01T00:00:00.000Z'";
    const auto visit = [&](const char* id, const char* status, const char* supersedes) {
        db.exec("INSERT INTO visits (id, child_id, visit_date, status, supersedes_id, submitted_at, created_at, "
                "updated_at) VALUES ('" + std::string(id) + "', 'c1', '2025-01-01', '" + status + "', "
                + (supersedes ? "'" + std::string(supersedes) + "'" : std::string("NULL")) + ", " + t + ", " + t
                + ", " + t + ")");
    };
    visit("reviewed", "submitted", nullptr);
    visit("waiting", "submitted", nullptr);
    visit("corrected", "submitted", nullptr);
    visit("correction", "submitted", "corrected");
    visit("draft", "draft", nullptr);
    db.exec("INSERT INTO visit_reviews (id, visit_id, decision, reviewed_at, created_at, updated_at) "
            "VALUES ('r1', 'reviewed', 'approved', " + t + ", " + t + ", " + t + ")");
    Migrations::migrate(db);
    auto st = db.prepare("SELECT group_concat(visit_id, ' ') FROM (SELECT visit_id FROM review_pending ORDER BY visit_id)");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("correction waiting"));
}

TEST_CASE("Step 20 keeps beside each stored evaluation its open critical and high risks, as a new one is stored",
          "[migrations]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dir.path() + QStringLiteral("/v19.db"), &key, Database::Mode::Create);
    Migrations::migrate(db, 19);
    insertVersion1Rows(db);
    const auto finding = [](const char* id, const char* kind, const char* status, const char* severity,
                            const QString& title) {
        tonghu::rules::Finding f;
        f.id = QLatin1String(id);
        f.kind = QLatin1String(kind);
        f.status = QLatin1String(status);
        f.severity = QLatin1String(severity);
        f.title = title;
        return f;
    };
    tonghu::rules::Evaluation ev;
    ev.ruleset = QStringLiteral("builtin@1");
    ev.asOf = QDate(2025, 1, 1);
    ev.nextVisitDue = QDate(2025, 1, 8);
    ev.findings = {finding("category.left_behind", "category", "met", "", QStringLiteral("留守儿童")),
                   finding("risk.lives_alone", "risk", "met", "critical", QStringLiteral("独居")),
                   finding("risk.abuse", "risk", "possible", "critical", QStringLiteral("疑似遭受侵害")),
                   finding("risk.dropout", "risk", "met", "high", QStringLiteral("失学辍学")),
                   finding("risk.no_insurance", "risk", "met", "low", QStringLiteral("未参加医保"))};
    auto insert = db.prepare("INSERT INTO evaluations (id, child_id, ruleset, as_of, result, next_visit_due, created_at) "
                             "VALUES ('e1', 'c1', 'builtin@1', '2025-01-01', ?, '2025-01-08', '2025-01-01T00:00:00.000Z')");
    insert.bind(1, QString::fromUtf8(QJsonDocument(ev.toJson()).toJson(QJsonDocument::Compact)));
    insert.run();
    Migrations::migrate(db);

    auto st = db.prepare("SELECT open_risks FROM evaluations WHERE id = 'e1'");
    REQUIRE(st.step());
    CHECK(st.text(0) == tonghu::rules::ChildEvaluation::openRisks(ev));
    CHECK(st.text(0) == QStringLiteral(R"([["risk.lives_alone","critical","独居"],["risk.dropout","high","失学辍学"]])"));

    // The worklist lists them from there, the critical one first.
    db.exec("INSERT INTO vault_info (key, value) VALUES ('role', 'village')");
    const QList<tonghu::model::WorklistItem> items = tonghu::model::Worklist::build(db, QDate(2025, 1, 2));
    QStringList risks;
    for (const auto& i : items)
        if (i.kind == tonghu::model::WorklistItem::Kind::OpenRisk)
            risks << i.refId + QLatin1Char(' ') + i.severity + QLatin1Char(' ') + i.detail;
    CHECK(risks == QStringList{QStringLiteral("risk.lives_alone critical 独居"), QStringLiteral("risk.dropout high 失学辍学")});
}
