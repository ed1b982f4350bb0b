// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>

using namespace tonghu;

namespace {

const QDate kVisitDay(2026, 5, 10);

struct Fixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault();
    std::unique_ptr<model::RecordStore> records;
    std::unique_ptr<model::VisitStore> visits;
    model::Child child;
    model::Person father;

    Fixture()
    {
        open();
        model::Household h;
        h.address = QStringLiteral("五组8号");
        h = records->saveHousehold(h);
        father.householdId = h.id;
        father.name = QStringLiteral("郑父");
        father.relation = QStringLiteral("father");
        father = records->savePerson(father);
        child.householdId = h.id;
        child.name = QStringLiteral("郑小明");
        child.sex = QStringLiteral("male");
        child.birthDate = QDate(2015, 2, 2);
        child.fatherId = father.id;
        child = records->saveChild(child);
    }

    void open()
    {
        records = std::make_unique<model::RecordStore>(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        visits = std::make_unique<model::VisitStore>(t->vault->database(), rules::Rulebook::builtin(),
                                                     rules::Checklist::builtin(), t->vault->userId());
    }

    // Closes the vault as a crash would leave it (no explicit save anywhere) and unlocks it again.
    void reopen()
    {
        visits.reset();
        records.reset();
        t->vault.reset();
        t->vault = vault::Vault::unlock(t->path(), test::secret(test::kPassphrase));
        open();
    }
    void answerEverything(const QString& visitId) { test::answerEverything(*visits, visitId); }
};

Error::Kind errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    return Error::Kind::Internal;
}

} // namespace

TEST_CASE("Every answer of a draft is saved as it is given and survives a crash", "[visits]")
{
    Fixture f;
    const model::Visit draft = f.visits->openDraft(f.child.id, kVisitDay);
    CHECK(draft.status == QStringLiteral("draft"));
    CHECK(f.visits->openDraft(f.child.id).id == draft.id); // one open draft per child
    f.visits->setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    f.visits->setAnswer(draft.id, QStringLiteral("obs.mh_signs"), QJsonArray{QStringLiteral("withdrawal")});
    f.reopen();
    const auto again = f.visits->visit(draft.id);
    REQUIRE(again);
    CHECK(again->answers.value(QStringLiteral("child.school")).toString() == QStringLiteral("junior"));
    CHECK(again->answers.value(QStringLiteral("obs.mh_signs")).toArray().size() == 1);
    CHECK(again->visitDate == kVisitDay);
    // A null answer clears the question again.
    f.visits->setAnswer(draft.id, QStringLiteral("child.school"), QJsonValue());
    CHECK_FALSE(f.visits->visit(draft.id)->answers.contains(QStringLiteral("child.school")));
}

TEST_CASE("An answer of the wrong type or value is refused and changes nothing", "[visits]")
{
    Fixture f;
    const model::Visit draft = f.visits->openDraft(f.child.id, kVisitDay);
    f.visits->setAnswer(draft.id, QStringLiteral("child.disability_level"), 2);
    try {
        f.visits->setAnswer(draft.id, QStringLiteral("child.disability_level"), 7);
        FAIL("an impossible level was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
        CHECK(e.message().contains(QStringLiteral("child.disability_level")));
    }
    CHECK(errorOf([&] { f.visits->setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("college")); }) ==
          Error::Kind::BadInput);
    CHECK(errorOf([&] { f.visits->setAnswer(draft.id, QStringLiteral("child.shoe_size"), 30); }) == Error::Kind::BadInput);
    CHECK(f.visits->visit(draft.id)->answers.value(QStringLiteral("child.disability_level")).toInt() == 2);
    CHECK(f.visits->visit(draft.id)->answers.size() == 1);
}

TEST_CASE("A visit is submitted only when every required question is answered", "[visits]")
{
    Fixture f;
    const model::Visit draft = f.visits->openDraft(f.child.id, kVisitDay);
    const QStringList blockers = f.visits->submitBlockers(draft.id, QStringLiteral("en"));
    CHECK(blockers.join(QLatin1Char('\n')).contains(QStringLiteral("Schooling")));
    CHECK_FALSE(blockers.join(QLatin1Char('\n')).contains(QStringLiteral("Pregnant"))); // hidden for a boy
    CHECK(errorOf([&] { f.visits->submit(draft.id); }) == Error::Kind::BadInput);
    CHECK(f.visits->visit(draft.id)->status == QStringLiteral("draft"));

    f.answerEverything(draft.id);
    CHECK(f.visits->submitBlockers(draft.id).isEmpty());
    const model::Visit submitted = f.visits->submit(draft.id);
    CHECK(submitted.status == QStringLiteral("submitted"));
    CHECK(submitted.submittedAt.isValid());

    // Submitted is final: no answer, no date, not even raw SQL changes it.
    CHECK(errorOf([&] { f.visits->setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("junior")); }) ==
          Error::Kind::BadInput);
    CHECK(errorOf([&] { f.t->vault->database().exec("UPDATE visits SET answers = '{}'"); }) != Error::Kind::Internal);
    CHECK(f.visits->visit(draft.id)->answers.value(QStringLiteral("child.school")).toString() == QStringLiteral("primary"));
}

TEST_CASE("A finding that needs a report blocks submission until the report is recorded", "[visits]")
{
    Fixture f;
    const model::Visit draft = f.visits->openDraft(f.child.id, kVisitDay);
    f.answerEverything(draft.id);
    f.visits->setAnswer(draft.id, QStringLiteral("obs.private_injury"), true);
    const QStringList blockers = f.visits->submitBlockers(draft.id, QStringLiteral("en"));
    REQUIRE(blockers.size() == 1);
    CHECK(blockers.front().contains(QStringLiteral("report")));
    CHECK(errorOf([&] { f.visits->submit(draft.id); }) == Error::Kind::BadInput);

    model::MandatoryReport incomplete;
    incomplete.reportedAt = QDateTime(kVisitDay, QTime(15, 30));
    CHECK(errorOf([&] { f.visits->recordMandatoryReport(draft.id, incomplete); }) == Error::Kind::BadInput);
    model::MandatoryReport notPossible;
    notPossible.outcome = model::MandatoryReport::Outcome::NotPossible;
    CHECK(errorOf([&] { f.visits->recordMandatoryReport(draft.id, notPossible); }) == Error::Kind::BadInput);
    CHECK_FALSE(f.visits->mandatoryReport(draft.id));

    model::MandatoryReport report = incomplete;
    report.reportedTo = QStringLiteral("城关派出所");
    report.reference = QStringLiteral("BJ-2026-0510-07");
    f.visits->recordMandatoryReport(draft.id, report);
    CHECK(f.visits->submitBlockers(draft.id).isEmpty());
    f.visits->submit(draft.id);
    const auto kept = f.visits->mandatoryReport(draft.id);
    REQUIRE(kept);
    CHECK(kept->reportedTo == QStringLiteral("城关派出所"));
    CHECK(kept->reference == QStringLiteral("BJ-2026-0510-07"));
    // The report is frozen with the visit.
    CHECK(errorOf([&] { f.visits->recordMandatoryReport(draft.id, report); }) == Error::Kind::BadInput);
    CHECK(errorOf([&] { f.t->vault->database().exec("DELETE FROM mandatory_reports"); }) != Error::Kind::Internal);
}

TEST_CASE("Submitting writes the answered facts back to the record and stores the evaluation", "[visits]")
{
    Fixture f;
    const model::Visit draft = f.visits->openDraft(f.child.id, kVisitDay);
    f.answerEverything(draft.id);
    f.visits->setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    f.visits->setAnswer(draft.id, QStringLiteral("father.migrant_worker"), true);
    f.visits->setAnswer(draft.id, QStringLiteral("father.months_since_contact"), 13);
    // A migrant parent makes the entrustment agreement a required question.
    CHECK(f.visits->submitBlockers(draft.id).size() == 1);
    f.visits->setAnswer(draft.id, QStringLiteral("household.entrustment_signed"), true);
    f.visits->setAnswer(draft.id, QStringLiteral("household.assistance"), QStringLiteral("dibao"));
    f.visits->submit(draft.id);

    CHECK(f.records->child(f.child.id)->school == QStringLiteral("junior"));
    CHECK(f.records->person(f.father.id)->migrantWorker == std::optional<bool>(true));
    CHECK(f.records->person(f.father.id)->monthsSinceContact == std::optional<int>(13));
    CHECK(f.records->household(f.child.householdId)->assistance == QStringLiteral("dibao"));
    // Facts the visit did not ask stay as they were.
    CHECK(f.records->child(f.child.id)->birthDate == QDate(2015, 2, 2));

    rules::ChildEvaluation evaluations(f.t->vault->database(), rules::Rulebook::builtin());
    const auto stored = evaluations.latest(f.child.id);
    REQUIRE(stored);
    CHECK(stored->visitId == draft.id);
    CHECK(stored->ruleset == rules::Rulebook::builtin().tag());
    // A migrant father out of contact for 13 months is a high risk: follow up within 7 days.
    CHECK(stored->nextVisitDue == kVisitDay.addDays(7));
}

TEST_CASE("Submitting saves again only the records whose facts the answers changed", "[visits]")
{
    Fixture f;
    const model::Visit first = f.visits->openDraft(f.child.id, kVisitDay.addDays(-30));
    f.answerEverything(first.id);
    f.visits->submit(first.id);

    // Every write to a record from here on leaves a row behind.
    storage::Database& db = f.t->vault->database();
    db.exec("CREATE TEMP TABLE writes (record TEXT)");
    for (const char* table : {"children", "persons", "households"})
        db.exec(std::string("CREATE TEMP TRIGGER count_") + table + " AFTER UPDATE ON " + table +
                " BEGIN INSERT INTO writes VALUES ('" + table + "'); END");
    const auto writes = [&](const char* table) {
        auto st = db.prepare("SELECT count(*) FROM writes WHERE record = ?");
        st.bind(1, table);
        REQUIRE(st.step());
        return st.integer(0);
    };

    // The same answers again, but the child has moved up to junior school.
    const model::Visit second = f.visits->openDraft(f.child.id, kVisitDay);
    f.answerEverything(second.id);
    f.visits->setAnswer(second.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    f.visits->submit(second.id);
    CHECK(writes("children") == 1);
    CHECK(f.records->child(f.child.id)->school == QStringLiteral("junior"));
    CHECK(writes("persons") == 0);
    CHECK(writes("households") == 0);
}

TEST_CASE("A correction is a new version linked to the submitted visit, with its reason", "[visits]")
{
    Fixture f;
    const model::Visit first = f.visits->openDraft(f.child.id, kVisitDay);
    f.answerEverything(first.id);
    CHECK(errorOf([&] { f.visits->correct(first.id, QStringLiteral("typo")); }) == Error::Kind::BadInput); // a draft
    f.visits->submit(first.id);
    CHECK(errorOf([&] { f.visits->correct(first.id, QStringLiteral("  ")); }) == Error::Kind::BadInput);

    const model::Visit fix = f.visits->correct(first.id, QStringLiteral("学校填错"));
    CHECK(fix.status == QStringLiteral("draft"));
    CHECK(fix.version == 2);
    CHECK(fix.supersedesId == first.id);
    CHECK(fix.correctionReason == QStringLiteral("学校填错"));
    CHECK(fix.answers == f.visits->visit(first.id)->answers);
    // Only one unfinished version at a time.
    CHECK(errorOf([&] { f.visits->correct(first.id, QStringLiteral("again")); }) == Error::Kind::BadInput);

    f.visits->setAnswer(fix.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    f.visits->submit(fix.id);
    const QList<model::Visit> history = f.visits->visitsOf(f.child.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == fix.id);
    CHECK(history[1].answers.value(QStringLiteral("child.school")).toString() == QStringLiteral("primary"));
}
