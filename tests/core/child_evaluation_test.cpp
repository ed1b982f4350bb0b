// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/rules/ChildEvaluation.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QUuid>

using namespace tonghu;

namespace {

struct Family
{
    std::unique_ptr<test::TempVault> t = test::makeVault();
    model::RecordStore store{t->vault->database(), t->vault->userId(), t->vault->placeCode()};
    model::Child child;

    Family()
    {
        model::Household h;
        h.address = QStringLiteral("三组4号");
        h.assistance = QStringLiteral("dibao");
        h.guardianCapable = true;
        h = store.saveHousehold(h);
        model::Person father;
        father.householdId = h.id;
        father.name = QStringLiteral("周父");
        father.relation = QStringLiteral("father");
        father.status = QStringLiteral("deceased");
        father = store.savePerson(father);
        model::Person mother;
        mother.householdId = h.id;
        mother.name = QStringLiteral("吴母");
        mother.relation = QStringLiteral("mother");
        mother.status = QStringLiteral("alive");
        mother.imprisonedMonths = 24;
        mother = store.savePerson(mother);
        child.householdId = h.id;
        child.name = QStringLiteral("周小雨");
        child.sex = QStringLiteral("female");
        child.birthDate = QDate(2015, 9, 1);
        child.school = QStringLiteral("primary");
        child.fatherId = father.id;
        child.motherId = mother.id;
        child = store.saveChild(child);
    }

    void submitVisit(const char* date, const char* answersJson)
    {
        auto st = t->vault->database().prepare(
            "INSERT INTO visits (id, child_id, visit_date, status, answers, submitted_at, created_at, updated_at) "
            "VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?)");
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, child.id);
        st.bind(3, QString::fromLatin1(date)).bind(4, QString::fromUtf8(answersJson)).bind(5, now).bind(6, now).bind(7, now);
        st.run();
    }
};

} // namespace

TEST_CASE("A stored child is evaluated from its record, household and parents", "[rules][evaluation]")
{
    Family f;
    rules::ChildEvaluation service(f.t->vault->database(), rules::Rulebook::builtin(), f.t->vault->userId());
    const rules::Facts facts = service.factsFor(f.child.id);
    CHECK(facts.value(QStringLiteral("father.status")).s == QStringLiteral("deceased"));
    CHECK(facts.value(QStringLiteral("mother.imprisoned_months")).n == 24);
    CHECK(facts.value(QStringLiteral("household.assistance")).s == QStringLiteral("dibao"));
    CHECK_FALSE(facts.contains(QStringLiteral("visit.last_date")));

    const rules::Evaluation ev = service.evaluate(f.child.id, QDate(2026, 6, 1));
    const rules::Finding* deFacto = ev.find(QStringLiteral("cat.de_facto_unsupported"));
    REQUIRE(deFacto);
    CHECK(deFacto->status == QStringLiteral("met"));
    CHECK(deFacto->because.contains(QStringLiteral("mother.imprisoned_months = 24")));
    CHECK(ev.find(QStringLiteral("cat.orphan")) == nullptr);
    REQUIRE(ev.find(QStringLiteral("elig.compulsory_edu_aid")));
    CHECK(ev.find(QStringLiteral("elig.compulsory_edu_aid"))->status == QStringLiteral("met"));
    CHECK(ev.nextVisitDue == QDate(2026, 7, 1)); // monthly for a de facto unsupported child
    CHECK_THROWS_AS(service.evaluate(QStringLiteral("no-such-child"), QDate(2026, 6, 1)), Error);
}

TEST_CASE("The latest submitted visit's answers and date take part", "[rules][evaluation]")
{
    Family f;
    rules::ChildEvaluation service(f.t->vault->database(), rules::Rulebook::builtin(), f.t->vault->userId());
    f.submitVisit("2026-03-01", R"({"obs.mh_signs": ["withdrawal"]})");
    f.submitVisit("2026-05-20", R"({"obs.mh_signs": ["withdrawal", "bullied", "falling_grades"], "child.school": "tertiary"})");
    const rules::Evaluation ev = service.evaluate(f.child.id, QDate(2026, 6, 1));
    const rules::Finding* mh = ev.find(QStringLiteral("risk.mental_health"));
    REQUIRE(mh);
    CHECK(mh->status == QStringLiteral("met"));
    CHECK(mh->severity == QStringLiteral("high"));
    // A high risk asks for a follow-up within 7 days of the last visit.
    CHECK(ev.nextVisitDue == QDate(2026, 5, 27));
    // An answer outside the vocabulary is ignored; the record's value stands.
    CHECK(service.factsFor(f.child.id).value(QStringLiteral("child.school")).s == QStringLiteral("primary"));
}

TEST_CASE("A stored evaluation records the rulebook version", "[rules][evaluation]")
{
    Family f;
    rules::ChildEvaluation service(f.t->vault->database(), rules::Rulebook::builtin(), f.t->vault->userId());
    CHECK_FALSE(service.latest(f.child.id));
    const auto stored = service.evaluateAndStore(f.child.id, QDate(2026, 6, 1));
    const auto latest = service.latest(f.child.id);
    REQUIRE(latest);
    CHECK(latest->id == stored.id);
    CHECK(latest->ruleset == rules::Rulebook::builtin().tag());
    CHECK(latest->nextVisitDue == QDate(2026, 7, 1));
    CHECK(latest->result.value(QStringLiteral("ruleset")).toString() == latest->ruleset);
    CHECK(latest->result.value(QStringLiteral("findings")).toArray().size() > 0);
}
