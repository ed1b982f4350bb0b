// SPDX-License-Identifier: GPL-3.0-or-later
// The categories of POLICY.md through the built-in rulebook, on each side of every boundary:
// birthdays, month counts, disability levels and types, parents' conditions.
#include "tests/core/RulesTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <string>

using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

constexpr const char* kBothDeceased = R"({"father.status": "deceased", "mother.status": "deceased"})";

} // namespace

TEST_CASE("An ordinary child is in no category", "[rules]")
{
    const Evaluation ev = evaluate("{}");
    CHECK(ev.findings.isEmpty());
}

TEST_CASE("ageInYears counts whole years; a 29 February birthday falls on 1 March", "[rules]")
{
    CHECK(ageInYears(QDate(2010, 6, 15), QDate(2028, 6, 14)) == 17);
    CHECK(ageInYears(QDate(2010, 6, 15), QDate(2028, 6, 15)) == 18);
    CHECK(ageInYears(QDate(2010, 6, 15), QDate(2010, 6, 15)) == 0);
    CHECK(ageInYears(QDate(2010, 12, 31), QDate(2011, 1, 1)) == 0);

    const QDate leapDay(2008, 2, 29);
    CHECK(ageInYears(leapDay, QDate(2026, 2, 28)) == 17);
    CHECK(ageInYears(leapDay, QDate(2026, 3, 1)) == 18);
    // In a leap year the birthday is the 29th itself.
    CHECK(ageInYears(leapDay, QDate(2028, 2, 28)) == 19);
    CHECK(ageInYears(leapDay, QDate(2028, 2, 29)) == 20);
}

TEST_CASE("cat.orphan: both parents deceased, declared missing or unknown, before the 18th birthday",
          "[rules]")
{
    SECTION("met, with the facts that made it true")
    {
        const Evaluation ev = evaluate(kBothDeceased);
        REQUIRE(status(ev, "cat.orphan") == "met");
        CHECK(because(ev, "cat.orphan") == "age = 10, father.status = deceased, mother.status = deceased");
        const Finding* f = ev.find(QStringLiteral("cat.orphan"));
        CHECK(f->kind == QLatin1String("category"));
        CHECK(f->severity.isEmpty());
        CHECK(f->title == QLatin1String("Orphan"));
        CHECK(f->questions.isEmpty());
        CHECK(f->cite.contains(QStringLiteral("54号")));
        CHECK_FALSE(f->referTo.isEmpty());
    }
    SECTION("the day before the 18th birthday, and the day of it")
    {
        CHECK(status(evaluate(kBothDeceased, birthdayTomorrow(18)), "cat.orphan") == "met");
        CHECK(status(evaluate(kBothDeceased, birthdayToday(18)), "cat.orphan") == "not reported");
    }
    SECTION("every status that counts, in any combination")
    {
        CHECK(status(evaluate(R"({"father.status": "declared_missing", "mother.status": "unknown"})"),
                     "cat.orphan") == "met");
        CHECK(status(evaluate(R"({"father.status": "unknown", "mother.status": "unknown"})"), "cat.orphan") ==
              "met");
        CHECK(status(evaluate(R"({"father.status": "deceased", "mother.status": "declared_missing"})"),
                     "cat.orphan") == "met");
    }
    SECTION("one living parent is enough to rule it out")
    {
        CHECK(status(evaluate(R"({"father.status": "deceased", "mother.status": "alive"})"), "cat.orphan") ==
              "not reported");
        CHECK(status(evaluate(R"({"father.status": "alive", "mother.status": "unknown"})"), "cat.orphan") ==
              "not reported");
    }
    SECTION("an unanswered status makes it possible and is the one question")
    {
        const Evaluation ev = evaluate(R"({"father.status": "deceased", "mother.status": null})");
        REQUIRE(status(ev, "cat.orphan") == "possible");
        CHECK(questions(ev, "cat.orphan") == "mother.status");
        CHECK(ev.find(QStringLiteral("cat.orphan"))->because.isEmpty());
    }
    SECTION("an unknown birth date asks only for it (school matters only where a county extends the age)")
    {
        const Evaluation ev = evaluate(R"({"father.status": "deceased", "mother.status": "deceased",
                                           "child.birth_date": null, "child.school": null})");
        REQUIRE(status(ev, "cat.orphan") == "possible");
        CHECK(questions(ev, "cat.orphan") == "child.birth_date");
    }
    SECTION("born on 29 February: 18 on 1 March in a year without one")
    {
        const QDate leapDay(2008, 2, 29);
        // The last visit lies after these evaluation dates; it does not matter here.
        const char* facts =
            R"({"father.status": "deceased", "mother.status": "deceased", "visit.last_date": null})";
        CHECK(status(evaluate(facts, leapDay, QDate(2026, 2, 28)), "cat.orphan") == "met");
        CHECK(status(evaluate(facts, leapDay, QDate(2026, 3, 1)), "cat.orphan") == "not reported");
    }
}

TEST_CASE("cat.de_facto_unsupported: both parents unable, or one gone and the other unable", "[rules]")
{
    SECTION("mother deceased, father imprisoned: 6 months counts, 5 does not")
    {
        const Evaluation six = evaluate(R"({"mother.status": "deceased", "father.imprisoned_months": 6})");
        REQUIRE(status(six, "cat.de_facto_unsupported") == "met");
        CHECK(because(six, "cat.de_facto_unsupported") ==
              "age = 10, father.status = alive, mother.status = deceased, father.imprisoned_months = 6");
        CHECK(status(six, "cat.orphan") == "not reported");
        CHECK(status(evaluate(R"({"mother.status": "deceased", "father.imprisoned_months": 5})"),
                     "cat.de_facto_unsupported") == "not reported");
    }
    SECTION("each 'unable' month count at 5 and at 6")
    {
        for (const char* fact : {"father.imprisoned_months", "father.compulsory_rehab_months",
                                 "father.detained_months", "father.lost_contact_months"}) {
            INFO(fact);
            const QByteArray at6 =
                R"({"mother.status": "declared_missing", ")" + QByteArray(fact) + R"(": 6})";
            const QByteArray at5 =
                R"({"mother.status": "declared_missing", ")" + QByteArray(fact) + R"(": 5})";
            CHECK(status(evaluate(at6), "cat.de_facto_unsupported") == "met");
            CHECK(status(evaluate(at5), "cat.de_facto_unsupported") == "not reported");
        }
    }
    SECTION("serious illness, revoked guardianship and deportation make a parent unable")
    {
        for (const char* fact :
             {"father.serious_illness", "father.guardianship_revoked", "father.deported"}) {
            INFO(fact);
            CHECK(status(evaluate(R"({"mother.status": "deceased", ")" + QByteArray(fact) + R"(": true})"),
                         "cat.de_facto_unsupported") == "met");
        }
    }
    SECTION("severely disabled: levels 1-2 of any type, 3-4 only intellectual or mental")
    {
        const auto withFather = [](const char* level, const char* type) {
            return evaluate(R"({"mother.status": "deceased", "father.disability_level": )" +
                            QByteArray(level) + R"(, "father.disability_type": ")" + QByteArray(type) +
                            R"("})");
        };
        CHECK(status(withFather("1", "physical"), "cat.de_facto_unsupported") == "met");
        CHECK(status(withFather("2", "physical"), "cat.de_facto_unsupported") == "met");
        CHECK(status(withFather("3", "physical"), "cat.de_facto_unsupported") == "not reported");
        CHECK(status(withFather("3", "intellectual"), "cat.de_facto_unsupported") == "met");
        CHECK(status(withFather("3", "mental"), "cat.de_facto_unsupported") == "met");
        CHECK(status(withFather("4", "mental"), "cat.de_facto_unsupported") == "met");
        CHECK(status(withFather("4", "hearing"), "cat.de_facto_unsupported") == "not reported");
        CHECK(status(withFather("0", "intellectual"), "cat.de_facto_unsupported") == "not reported");
    }
    SECTION("both parents alive and unable")
    {
        CHECK(status(evaluate(R"({"father.imprisoned_months": 24, "mother.serious_illness": true})"),
                     "cat.de_facto_unsupported") == "met");
        // One unable parent and one able, living parent: someone can raise the child.
        CHECK(status(evaluate(R"({"father.imprisoned_months": 24})"), "cat.de_facto_unsupported") ==
              "not reported");
    }
    SECTION("an orphan is not also de facto unsupported")
    {
        const Evaluation ev = evaluate(R"({"father.status": "deceased", "mother.status": "deceased",
                                           "father.serious_illness": true, "mother.serious_illness": true})");
        CHECK(status(ev, "cat.orphan") == "met");
        CHECK(status(ev, "cat.de_facto_unsupported") == "not reported");
    }
    SECTION("the day before the 18th birthday, and the day of it")
    {
        const char* facts = R"({"mother.status": "deceased", "father.imprisoned_months": 36})";
        CHECK(status(evaluate(facts, birthdayTomorrow(18)), "cat.de_facto_unsupported") == "met");
        CHECK(status(evaluate(facts, birthdayToday(18)), "cat.de_facto_unsupported") == "not reported");
    }
    SECTION("unanswered facts about the father are exactly the questions")
    {
        const Evaluation ev = evaluate(R"({"mother.status": "deceased", "father.imprisoned_months": 5,
            "father.disability_level": null, "father.serious_illness": null, "father.lost_contact_months": null})");
        REQUIRE(status(ev, "cat.de_facto_unsupported") == "possible");
        // The type is asked because a level 3 or 4 would count only for some types.
        CHECK(questions(ev, "cat.de_facto_unsupported") ==
              "father.disability_level, father.disability_type, father.serious_illness, "
              "father.lost_contact_months");
    }
}

TEST_CASE("cat.left_behind: local hukou, under 16, migrant parents", "[rules]")
{
    constexpr const char* both = R"({"father.migrant_worker": true, "mother.migrant_worker": true})";
    SECTION("both parents migrant workers")
    {
        const Evaluation ev = evaluate(both);
        REQUIRE(status(ev, "cat.left_behind") == "met");
        CHECK(because(ev, "cat.left_behind") ==
              "age = 10, child.hukou = local, father.migrant_worker = true, mother.migrant_worker = true");
    }
    SECTION("the day before the 16th birthday, and the day of it")
    {
        CHECK(status(evaluate(both, birthdayTomorrow(16)), "cat.left_behind") == "met");
        CHECK(status(evaluate(both, birthdayToday(16)), "cat.left_behind") == "not reported");
    }
    SECTION("only a child registered here")
    {
        CHECK(status(evaluate(R"({"father.migrant_worker": true, "mother.migrant_worker": true,
                                  "child.hukou": "other_county"})"),
                     "cat.left_behind") == "not reported");
    }
    SECTION("one migrant parent and the other without capacity")
    {
        CHECK(status(evaluate(R"({"father.migrant_worker": true, "mother.status": "deceased"})"),
                     "cat.left_behind") == "met");
        CHECK(status(evaluate(R"({"mother.migrant_worker": true, "father.imprisoned_months": 6})"),
                     "cat.left_behind") == "met");
        CHECK(status(evaluate(R"({"mother.migrant_worker": true, "father.imprisoned_months": 5})"),
                     "cat.left_behind") == "not reported");
        CHECK(status(evaluate(R"({"father.migrant_worker": true})"), "cat.left_behind") == "not reported");
    }
    SECTION("an unanswered migrant question")
    {
        const Evaluation ev = evaluate(R"({"father.migrant_worker": true, "mother.migrant_worker": null})");
        REQUIRE(status(ev, "cat.left_behind") == "possible");
        CHECK(questions(ev, "cat.left_behind") == "mother.migrant_worker");
    }
}

TEST_CASE("cat.migrant: from another county, under 16, 6 months at the address", "[rules]")
{
    const auto months = [](int n, const QDate& birth = {}) {
        return evaluate(R"({"child.hukou": "other_county", "child.months_at_residence": )" +
                            QByteArray::number(n) + "}",
                        birth);
    };
    CHECK(status(months(5), "cat.migrant") == "not reported");
    CHECK(status(months(6), "cat.migrant") == "met");
    CHECK(because(months(6), "cat.migrant") ==
          "age = 10, child.hukou = other_county, child.months_at_residence = 6");
    CHECK(status(months(6, birthdayTomorrow(16)), "cat.migrant") == "met");
    CHECK(status(months(6, birthdayToday(16)), "cat.migrant") == "not reported");
    CHECK(status(evaluate(R"({"child.hukou": "local", "child.months_at_residence": 6})"), "cat.migrant") ==
          "not reported");
    const Evaluation unknown =
        evaluate(R"({"child.hukou": "other_county", "child.months_at_residence": null})");
    REQUIRE(status(unknown, "cat.migrant") == "possible");
    CHECK(questions(unknown, "cat.migrant") == "child.months_at_residence");
}

TEST_CASE("cat.disabled and cat.poverty", "[rules]")
{
    CHECK(status(evaluate(R"({"child.disability_level": 0})"), "cat.disabled") == "not reported");
    CHECK(status(evaluate(R"({"child.disability_level": 1})"), "cat.disabled") == "met");
    CHECK(status(evaluate(R"({"child.disability_level": 4, "child.disability_type": "hearing"})"),
                 "cat.disabled") == "met");
    const Evaluation unknown = evaluate(R"({"child.disability_level": null})");
    REQUIRE(status(unknown, "cat.disabled") == "possible");
    CHECK(questions(unknown, "cat.disabled") == "child.disability_level");

    CHECK(status(evaluate(R"({"household.assistance": "dibao"})"), "cat.poverty") == "met");
    CHECK(status(evaluate(R"({"household.assistance": "tekun"})"), "cat.poverty") == "met");
    CHECK(because(evaluate(R"({"household.assistance": "tekun"})"), "cat.poverty") ==
          "household.assistance = tekun");
    CHECK(status(evaluate(R"({"household.assistance": "dibao_edge"})"), "cat.poverty") == "not reported");
    CHECK(status(evaluate(R"({"household.assistance": "none"})"), "cat.poverty") == "not reported");
}
