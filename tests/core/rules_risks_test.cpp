// SPDX-License-Identifier: GPL-3.0-or-later
// The risks of POLICY.md through the built-in rulebook: each condition on both sides of its
// boundary, the severity, and the order in which they are listed (most urgent first).
#include "tests/core/RulesTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <string>

using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

std::string severity(const Evaluation& ev, const char* id)
{
    const Finding* f = ev.find(QString::fromLatin1(id));
    REQUIRE(f);
    return f->severity.toStdString();
}

} // namespace

TEST_CASE("risk.mandatory_report: each listed sign of harm", "[rules]")
{
    SECTION("signs that are enough on their own, for any child")
    {
        for (const char* sign : {"obs.private_injury", "obs.self_harm", "obs.abandoned",
                                 "obs.missing_or_trafficked", "obs.begging", "obs.other_serious_danger"}) {
            INFO(sign);
            const Evaluation ev = evaluate(R"({")" + QByteArray(sign) + R"(": true})");
            REQUIRE(status(ev, "risk.mandatory_report") == "met");
            CHECK(severity(ev, "risk.mandatory_report") == "critical");
            CHECK(because(ev, "risk.mandatory_report") == std::string(sign) + " = true");
        }
        const Evaluation begging = evaluate(R"({"obs.begging": true})");
        const Finding* f = begging.find(QStringLiteral("risk.mandatory_report"));
        CHECK(f->action.contains(QLatin1String("110")));
        CHECK(f->referTo == QLatin1String("Police"));
        CHECK(f->cite.contains(QStringLiteral("强制报告")));
    }
    SECTION("serious harm signs only together with suspected violence")
    {
        CHECK(status(evaluate(R"({"obs.serious_harm_signs": true, "obs.violence_suspected": true})"),
                     "risk.mandatory_report") == "met");
        CHECK(status(evaluate(R"({"obs.serious_harm_signs": true})"), "risk.mandatory_report") ==
              "not reported");
        CHECK(status(evaluate(R"({"obs.violence_suspected": true})"), "risk.mandatory_report") ==
              "not reported");
    }
    SECTION("a girl under 14: suspected sexual assault or pregnancy")
    {
        const Evaluation assault = evaluate(
            R"({"child.sex": "female", "obs.sexual_assault_suspected": true})", birthdayTomorrow(14));
        REQUIRE(status(assault, "risk.mandatory_report") == "met");
        CHECK(because(assault, "risk.mandatory_report") ==
              "child.sex = female, age = 13, obs.sexual_assault_suspected = true");
        CHECK(status(evaluate(R"({"child.sex": "female", "obs.pregnant": true})", birthdayTomorrow(14)),
                     "risk.mandatory_report") == "met");
    }
    SECTION("a girl of 14 or more: pregnancy and suspected assault together")
    {
        CHECK(status(evaluate(R"({"child.sex": "female", "obs.sexual_assault_suspected": true})",
                              birthdayToday(14)),
                     "risk.mandatory_report") == "not reported");
        CHECK(status(evaluate(R"({"child.sex": "female", "obs.pregnant": true})", birthdayToday(14)),
                     "risk.mandatory_report") == "not reported");
        CHECK(
            status(
                evaluate(
                    R"({"child.sex": "female", "obs.pregnant": true, "obs.sexual_assault_suspected": true})",
                    birthdayToday(14)),
                "risk.mandatory_report") == "met");
    }
    SECTION("the sex-specific clauses do not apply to a boy")
    {
        CHECK(status(evaluate(R"({"child.sex": "male", "obs.sexual_assault_suspected": true})",
                              birthdayTomorrow(14)),
                     "risk.mandatory_report") == "not reported");
    }
    SECTION("an unknown sex is the one question")
    {
        const Evaluation ev = evaluate(R"({"child.sex": null, "obs.sexual_assault_suspected": true})");
        REQUIRE(status(ev, "risk.mandatory_report") == "possible");
        CHECK(questions(ev, "risk.mandatory_report") == "child.sex");
        CHECK(severity(ev, "risk.mandatory_report") == "critical");
    }
}

TEST_CASE("risk.unsafe_alone: living alone under 16, unattended under 8", "[rules]")
{
    CHECK(status(evaluate(R"({"child.lives_alone": true})", birthdayTomorrow(16)), "risk.unsafe_alone") ==
          "met");
    CHECK(status(evaluate(R"({"child.lives_alone": true})", birthdayToday(16)), "risk.unsafe_alone") ==
          "not reported");
    CHECK(status(evaluate(R"({"obs.unattended_under_8": true})", birthdayTomorrow(8)), "risk.unsafe_alone") ==
          "met");
    CHECK(status(evaluate(R"({"obs.unattended_under_8": true})", birthdayToday(8)), "risk.unsafe_alone") ==
          "not reported");
    CHECK(severity(evaluate(R"({"child.lives_alone": true})"), "risk.unsafe_alone") == "critical");
}

TEST_CASE("risk.temporary_guardianship: an orphan or unsupported child with nobody able to care", "[rules]")
{
    CHECK(status(evaluate(R"({"father.status": "deceased", "mother.status": "deceased",
                              "household.guardian_capable": false})"),
                 "risk.temporary_guardianship") == "met");
    CHECK(status(evaluate(R"({"mother.status": "deceased", "father.imprisoned_months": 60,
                              "household.guardian_capable": false})"),
                 "risk.temporary_guardianship") == "met");
    CHECK(status(evaluate(R"({"father.status": "deceased", "mother.status": "deceased",
                              "household.guardian_capable": true})"),
                 "risk.temporary_guardianship") == "not reported");
    // Without the category, a guardian's incapacity is a matter for other rules.
    CHECK(status(evaluate(R"({"household.guardian_capable": false})"), "risk.temporary_guardianship") ==
          "not reported");
    const Evaluation unknown = evaluate(R"({"father.status": "deceased", "mother.status": "deceased",
                                            "household.guardian_capable": null})");
    REQUIRE(status(unknown, "risk.temporary_guardianship") == "possible");
    CHECK(questions(unknown, "risk.temporary_guardianship") == "household.guardian_capable");
}

TEST_CASE("risk.self_harm_talk is critical", "[rules]")
{
    const Evaluation ev = evaluate(R"({"obs.self_harm_talk": true})");
    REQUIRE(status(ev, "risk.self_harm_talk") == "met");
    CHECK(severity(ev, "risk.self_harm_talk") == "critical");
    CHECK(ev.find(QStringLiteral("risk.self_harm_talk"))->action.contains(QLatin1String("12356")));
    CHECK(status(evaluate("{}"), "risk.self_harm_talk") == "not reported");
}

TEST_CASE("risk.mental_health: 2 signs medium, 3 high", "[rules]")
{
    CHECK(status(evaluate(R"({"obs.mh_signs": []})"), "risk.mental_health") == "not reported");
    CHECK(status(evaluate(R"({"obs.mh_signs": ["withdrawal"]})"), "risk.mental_health") == "not reported");
    // The same sign twice is still one sign.
    CHECK(status(evaluate(R"({"obs.mh_signs": ["withdrawal", "withdrawal"]})"), "risk.mental_health") ==
          "not reported");

    const Evaluation two = evaluate(R"({"obs.mh_signs": ["withdrawal", "bullied"]})");
    REQUIRE(status(two, "risk.mental_health") == "met");
    CHECK(severity(two, "risk.mental_health") == "medium");
    CHECK(because(two, "risk.mental_health") == "obs.mh_signs = [withdrawal, bullied]");

    const Evaluation three = evaluate(R"({"obs.mh_signs": ["withdrawal", "bullied", "falling_grades"]})");
    REQUIRE(status(three, "risk.mental_health") == "met");
    CHECK(severity(three, "risk.mental_health") == "high");

    const Evaluation unknown = evaluate(R"({"obs.mh_signs": null})");
    REQUIRE(status(unknown, "risk.mental_health") == "possible");
    CHECK(questions(unknown, "risk.mental_health") == "obs.mh_signs");
    CHECK(severity(unknown, "risk.mental_health") == "medium");
}

TEST_CASE("risk.entrustment_missing: a left-behind child without the signed agreement", "[rules]")
{
    const Evaluation missing = evaluate(R"({"father.migrant_worker": true, "mother.migrant_worker": true,
                                            "household.entrustment_signed": false})");
    REQUIRE(status(missing, "risk.entrustment_missing") == "met");
    CHECK(severity(missing, "risk.entrustment_missing") == "medium");
    CHECK(status(evaluate(R"({"father.migrant_worker": true, "mother.migrant_worker": true,
                              "household.entrustment_signed": true})"),
                 "risk.entrustment_missing") == "not reported");
    // Not left behind: nothing to sign.
    CHECK(status(evaluate(R"({"household.entrustment_signed": false})"), "risk.entrustment_missing") ==
          "not reported");
}

TEST_CASE("risk.parent_contact_gap: months since contact with a migrant parent", "[rules]")
{
    const auto father = [](bool migrant, int months) {
        return evaluate(R"({"father.migrant_worker": )" + QByteArray(migrant ? "true" : "false") +
                        R"(, "father.months_since_contact": )" + QByteArray::number(months) + "}");
    };
    CHECK(status(father(true, 5), "risk.parent_contact_gap") == "not reported");
    REQUIRE(status(father(true, 6), "risk.parent_contact_gap") == "met");
    CHECK(severity(father(true, 6), "risk.parent_contact_gap") == "medium");
    CHECK(because(father(true, 6), "risk.parent_contact_gap") ==
          "father.migrant_worker = true, father.months_since_contact = 6");
    CHECK(severity(father(true, 11), "risk.parent_contact_gap") == "medium");
    CHECK(severity(father(true, 12), "risk.parent_contact_gap") == "high");
    // A parent at home is not a migrant parent, however long since the last contact.
    CHECK(status(father(false, 12), "risk.parent_contact_gap") == "not reported");
    CHECK(status(father(false, 30), "risk.parent_contact_gap") == "not reported");

    const Evaluation mother =
        evaluate(R"({"mother.migrant_worker": true, "mother.months_since_contact": 12})");
    REQUIRE(status(mother, "risk.parent_contact_gap") == "met");
    CHECK(severity(mother, "risk.parent_contact_gap") == "high");

    const Evaluation unknown =
        evaluate(R"({"father.migrant_worker": true, "father.months_since_contact": null})");
    REQUIRE(status(unknown, "risk.parent_contact_gap") == "possible");
    CHECK(questions(unknown, "risk.parent_contact_gap") == "father.months_since_contact");
}

TEST_CASE("risk.dropout: not enrolled from the 6th to the 16th birthday", "[rules]")
{
    constexpr const char* out = R"({"child.school": "not_enrolled"})";
    CHECK(status(evaluate(out, birthdayTomorrow(6)), "risk.dropout") == "not reported");
    CHECK(status(evaluate(out, birthdayToday(6)), "risk.dropout") == "met");
    CHECK(status(evaluate(out, birthdayTomorrow(16)), "risk.dropout") == "met");
    CHECK(status(evaluate(out, birthdayToday(16)), "risk.dropout") == "not reported");
    const Evaluation fifteen = evaluate(out, birthdayToday(15));
    REQUIRE(status(fifteen, "risk.dropout") == "met");
    CHECK(severity(fifteen, "risk.dropout") == "high");
    CHECK(because(fifteen, "risk.dropout") == "age = 15, child.school = not_enrolled");
    CHECK(status(evaluate(R"({"child.school": "junior"})", birthdayToday(15)), "risk.dropout") ==
          "not reported");
}

TEST_CASE("risk.no_hukou, risk.uninsured and risk.bad_behavior", "[rules]")
{
    const Evaluation noHukou = evaluate(R"({"child.hukou": "none"})");
    REQUIRE(status(noHukou, "risk.no_hukou") == "met");
    CHECK(severity(noHukou, "risk.no_hukou") == "medium");
    CHECK(status(evaluate(R"({"child.hukou": "other_county"})"), "risk.no_hukou") == "not reported");

    const Evaluation uninsured = evaluate(R"({"child.medical_insurance": false})");
    REQUIRE(status(uninsured, "risk.uninsured") == "met");
    CHECK(severity(uninsured, "risk.uninsured") == "medium");
    CHECK(because(uninsured, "risk.uninsured") == "child.medical_insurance = false");
    const Evaluation unknown = evaluate(R"({"child.medical_insurance": null})");
    REQUIRE(status(unknown, "risk.uninsured") == "possible");
    CHECK(questions(unknown, "risk.uninsured") == "child.medical_insurance");

    const Evaluation behaviour = evaluate(R"({"obs.bad_behavior": true})");
    REQUIRE(status(behaviour, "risk.bad_behavior") == "met");
    CHECK(severity(behaviour, "risk.bad_behavior") == "medium");
}

TEST_CASE("Risks are listed most urgent first, after categories and benefits", "[rules]")
{
    const Evaluation ev = evaluate(R"({"child.medical_insurance": false, "child.school": "not_enrolled",
                                       "obs.begging": true, "household.assistance": "dibao",
                                       "obs.mh_signs": ["withdrawal", "bullied"]})");
    QStringList order;
    for (const Finding& f : ev.findings)
        order << f.id;
    CHECK(joined(order) == "cat.poverty, elig.insurance_subsidy, risk.mandatory_report, risk.dropout, "
                           "risk.mental_health, risk.uninsured");
}
