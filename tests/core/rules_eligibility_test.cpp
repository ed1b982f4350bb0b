// SPDX-License-Identifier: GPL-3.0-or-later
// The benefits of POLICY.md through the built-in rulebook: each condition on both sides, who
// decides (refer_to) and what to gather (documents).
#include "tests/core/RulesTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <string>

using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

constexpr const char* kBothDeceased = R"({"father.status": "deceased", "mother.status": "deceased"})";
constexpr const char* kDeFacto = R"({"mother.status": "deceased", "father.imprisoned_months": 12})";

const Finding& finding(const Evaluation& ev, const char* id)
{
    const Finding* f = ev.find(QString::fromLatin1(id));
    REQUIRE(f);
    return *f;
}

} // namespace

TEST_CASE("Every benefit names who decides, what to gather and its source", "[rules]")
{
    for (const Rule& r : Rulebook::builtin().rules) {
        if (r.kind != QLatin1String("eligibility"))
            continue;
        INFO(r.id.toStdString());
        CHECK_FALSE(r.cite.isEmpty());
        CHECK_FALSE(r.localized(QStringLiteral("refer_to"), QStringLiteral("en")).isEmpty());
        CHECK_FALSE(r.localized(QStringLiteral("documents"), QStringLiteral("en")).isEmpty());
        CHECK_FALSE(r.text.value(QStringLiteral("documents.zh")).isEmpty());
    }
}

TEST_CASE("elig.orphan_allowance and elig.de_facto_allowance follow their categories", "[rules]")
{
    const Evaluation orphan = evaluate(kBothDeceased);
    const Finding& allowance = finding(orphan, "elig.orphan_allowance");
    CHECK(allowance.status == QLatin1String("met"));
    CHECK(allowance.kind == QLatin1String("eligibility"));
    CHECK(allowance.severity.isEmpty());
    CHECK(joined(allowance.because) == "age = 10, father.status = deceased, mother.status = deceased");
    CHECK(allowance.referTo.contains(QLatin1String("county civil affairs")));
    // The documents of POLICY.md, one entry each.
    REQUIRE(allowance.documents.size() == 4);
    CHECK(allowance.documents.at(0).contains(QLatin1String("Application form")));
    CHECK(allowance.documents.at(1).contains(QLatin1String("household register")));
    CHECK(allowance.documents.at(2).contains(QLatin1String("death")));
    CHECK(allowance.documents.at(3).contains(QLatin1String("guardian")));
    CHECK(allowance.cite.contains(QStringLiteral("54号")));
    CHECK(status(orphan, "elig.de_facto_allowance") == "not reported");

    const Evaluation deFacto = evaluate(kDeFacto);
    const Finding& subsidy = finding(deFacto, "elig.de_facto_allowance");
    CHECK(subsidy.status == QLatin1String("met"));
    CHECK(subsidy.referTo.contains(QLatin1String("next month")));
    CHECK(subsidy.cite.contains(QStringLiteral("62号")));
    CHECK(status(deFacto, "elig.orphan_allowance") == "not reported");

    CHECK(status(evaluate("{}"), "elig.orphan_allowance") == "not reported");
    CHECK(status(evaluate("{}"), "elig.de_facto_allowance") == "not reported");
}

TEST_CASE("elig.dibao_single_person: a dibao-edge household and a severely disabled or ill child", "[rules]")
{
    const auto child = [](const char* more) {
        return evaluate(R"({"household.assistance": "dibao_edge", )" + QByteArray(more) + "}");
    };
    CHECK(status(child(R"("child.disability_level": 2, "child.disability_type": "physical")"),
                 "elig.dibao_single_person") == "met");
    CHECK(status(child(R"("child.disability_level": 3, "child.disability_type": "physical")"),
                 "elig.dibao_single_person") == "not reported");
    CHECK(status(child(R"("child.disability_level": 3, "child.disability_type": "intellectual")"),
                 "elig.dibao_single_person") == "met");
    CHECK(status(child(R"("child.disability_level": 4, "child.disability_type": "mental")"),
                 "elig.dibao_single_person") == "met");
    CHECK(status(child(R"("child.disability_level": 4, "child.disability_type": "autism")"),
                 "elig.dibao_single_person") == "not reported");
    const Evaluation ill = child(R"("child.serious_illness": true)");
    CHECK(status(ill, "elig.dibao_single_person") == "met");
    CHECK(because(ill, "elig.dibao_single_person") ==
          "household.assistance = dibao_edge, child.serious_illness = true");
    // Already on dibao: nothing to apply for.
    CHECK(status(evaluate(R"({"household.assistance": "dibao", "child.serious_illness": true})"),
                 "elig.dibao_single_person") == "not reported");
    // A level 3 with no type recorded yet: the type decides.
    const Evaluation noType = child(R"("child.disability_level": 3)");
    REQUIRE(status(noType, "elig.dibao_single_person") == "possible");
    CHECK(questions(noType, "elig.dibao_single_person") == "child.disability_type");
}

TEST_CASE("elig.rehab_assistance: disabled, under 7, a listed type and a family condition", "[rules]")
{
    constexpr const char* base = R"({"child.disability_level": 2, "child.disability_type": "autism",
                                     "household.poverty_monitored": true, "child.school": "preschool"})";
    SECTION("the day before the 7th birthday, and the day of it")
    {
        CHECK(status(evaluate(base, birthdayTomorrow(7)), "elig.rehab_assistance") == "met");
        CHECK(status(evaluate(base, birthdayToday(7)), "elig.rehab_assistance") == "not reported");
    }
    SECTION("types: mental is not in the scheme")
    {
        for (const char* type :
             {"visual", "hearing", "speech", "physical", "intellectual", "autism", "multiple"}) {
            INFO(type);
            CHECK(status(evaluate(R"({"child.disability_level": 3, "household.assistance": "dibao",
                                      "child.disability_type": ")" +
                                      QByteArray(type) + R"("})",
                                  birthdayToday(4)),
                         "elig.rehab_assistance") == "met");
        }
        CHECK(status(evaluate(R"({"child.disability_level": 3, "household.assistance": "dibao",
                                  "child.disability_type": "mental"})",
                              birthdayToday(4)),
                     "elig.rehab_assistance") == "not reported");
    }
    SECTION("not without a disability")
    {
        CHECK(status(evaluate(R"({"child.disability_level": 0, "child.disability_type": "autism",
                                  "household.assistance": "dibao"})",
                              birthdayToday(4)),
                     "elig.rehab_assistance") == "not reported");
    }
    SECTION("each family condition, and none")
    {
        const auto with = [](const char* family) {
            return evaluate(R"({"child.disability_level": 1, "child.disability_type": "hearing", )" +
                                QByteArray(family) + "}",
                            birthdayToday(3));
        };
        CHECK(status(with(R"("household.assistance": "dibao")"), "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("household.assistance": "tekun")"), "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("household.assistance": "dibao_edge")"), "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("household.poverty_monitored": true)"), "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("child.in_institution": true)"), "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("father.status": "deceased", "mother.status": "deceased")"),
                     "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("mother.status": "deceased", "father.deported": true)"),
                     "elig.rehab_assistance") == "met");
        CHECK(status(with(R"("household.assistance": "none")"), "elig.rehab_assistance") == "not reported");
    }
    SECTION("an unknown birth date is the question")
    {
        const Evaluation ev = evaluate(R"({"child.disability_level": 1, "child.disability_type": "hearing",
                                           "household.assistance": "dibao", "child.birth_date": null})");
        REQUIRE(status(ev, "elig.rehab_assistance") == "possible");
        CHECK(questions(ev, "elig.rehab_assistance") == "child.birth_date");
    }
}

TEST_CASE("elig.insurance_subsidy: orphans, de facto unsupported, tekun and dibao", "[rules]")
{
    CHECK(status(evaluate(kBothDeceased), "elig.insurance_subsidy") == "met");
    CHECK(status(evaluate(kDeFacto), "elig.insurance_subsidy") == "met");
    CHECK(status(evaluate(R"({"household.assistance": "tekun"})"), "elig.insurance_subsidy") == "met");
    CHECK(status(evaluate(R"({"household.assistance": "dibao"})"), "elig.insurance_subsidy") == "met");
    CHECK(status(evaluate(R"({"household.assistance": "dibao_edge"})"), "elig.insurance_subsidy") ==
          "not reported");
    CHECK(status(evaluate("{}"), "elig.insurance_subsidy") == "not reported");
}

TEST_CASE("elig.medical_assistance: a seriously ill child of a covered family", "[rules]")
{
    CHECK(status(evaluate(R"({"child.serious_illness": true, "household.assistance": "dibao_edge"})"),
                 "elig.medical_assistance") == "met");
    CHECK(status(evaluate(R"({"child.serious_illness": true, "household.assistance": "tekun"})"),
                 "elig.medical_assistance") == "met");
    CHECK(status(evaluate(R"({"child.serious_illness": true, "father.status": "deceased",
                              "mother.status": "deceased"})"),
                 "elig.medical_assistance") == "met");
    CHECK(status(evaluate(R"({"child.serious_illness": true, "household.assistance": "none"})"),
                 "elig.medical_assistance") == "not reported");
    CHECK(status(evaluate(R"({"child.serious_illness": false, "household.assistance": "dibao"})"),
                 "elig.medical_assistance") == "not reported");
    const Evaluation unknown =
        evaluate(R"({"child.serious_illness": null, "household.assistance": "dibao"})");
    REQUIRE(status(unknown, "elig.medical_assistance") == "possible");
    CHECK(questions(unknown, "elig.medical_assistance") == "child.serious_illness");
}

TEST_CASE("elig.temporary_assistance: any household crisis", "[rules]")
{
    CHECK(status(evaluate(R"({"household.crisis": "none"})"), "elig.temporary_assistance") == "not reported");
    for (const char* crisis : {"accident", "acute_illness", "disaster", "domestic_violence"}) {
        INFO(crisis);
        const Evaluation ev = evaluate(R"({"household.crisis": ")" + QByteArray(crisis) + R"("})");
        CHECK(status(ev, "elig.temporary_assistance") == "met");
        CHECK(because(ev, "elig.temporary_assistance") == "household.crisis = " + std::string(crisis));
    }
    const Evaluation unknown = evaluate(R"({"household.crisis": null})");
    REQUIRE(status(unknown, "elig.temporary_assistance") == "possible");
    CHECK(questions(unknown, "elig.temporary_assistance") == "household.crisis");
}

TEST_CASE("Education aid by school stage", "[rules]")
{
    SECTION("preschool: orphan, de facto unsupported, poverty or disability")
    {
        CHECK(status(evaluate(R"({"child.school": "preschool", "child.disability_level": 3,
                                  "child.disability_type": "hearing"})"),
                     "elig.preschool_aid") == "met");
        CHECK(status(evaluate(R"({"child.school": "preschool", "household.assistance": "dibao"})"),
                     "elig.preschool_aid") == "met");
        CHECK(status(evaluate(R"({"child.school": "preschool"})"), "elig.preschool_aid") == "not reported");
        CHECK(status(evaluate(R"({"child.school": "primary", "household.assistance": "dibao"})"),
                     "elig.preschool_aid") == "not reported");
        // poverty monitoring alone is not in the preschool list
        CHECK(status(evaluate(R"({"child.school": "preschool", "household.poverty_monitored": true})"),
                     "elig.preschool_aid") == "not reported");
    }
    SECTION("compulsory: primary or junior; poverty monitoring counts, disability alone does not")
    {
        CHECK(status(evaluate(R"({"child.school": "primary", "household.poverty_monitored": true})"),
                     "elig.compulsory_edu_aid") == "met");
        CHECK(status(evaluate(R"({"child.school": "junior", "household.assistance": "tekun"})"),
                     "elig.compulsory_edu_aid") == "met");
        CHECK(
            status(
                evaluate(
                    R"({"child.school": "junior", "father.status": "deceased", "mother.status": "unknown"})"),
                "elig.compulsory_edu_aid") == "met");
        CHECK(status(evaluate(R"({"child.school": "primary", "child.disability_level": 1})"),
                     "elig.compulsory_edu_aid") == "not reported");
        CHECK(status(evaluate(R"({"child.school": "senior", "household.assistance": "dibao"})"),
                     "elig.compulsory_edu_aid") == "not reported");
    }
    SECTION("senior: senior or vocational; disability counts")
    {
        CHECK(status(evaluate(R"({"child.school": "vocational", "child.disability_level": 2})",
                              birthdayToday(16)),
                     "elig.senior_edu_aid") == "met");
        CHECK(status(evaluate(R"({"child.school": "senior", "household.poverty_monitored": true})",
                              birthdayToday(16)),
                     "elig.senior_edu_aid") == "met");
        CHECK(status(evaluate(R"({"child.school": "higher", "household.assistance": "dibao"})",
                              birthdayToday(17)),
                     "elig.senior_edu_aid") == "not reported");
        CHECK(status(evaluate(R"({"child.school": "senior"})", birthdayToday(16)), "elig.senior_edu_aid") ==
              "not reported");
    }
    SECTION("an unknown school stage is the question")
    {
        const Evaluation ev = evaluate(R"({"child.school": null, "household.assistance": "dibao"})");
        REQUIRE(status(ev, "elig.compulsory_edu_aid") == "possible");
        CHECK(questions(ev, "elig.compulsory_edu_aid") == "child.school");
    }
}

TEST_CASE("elig.housing_support: a migrant child of a poor family", "[rules]")
{
    const auto migrant = [](int months, const char* assistance) {
        return evaluate(R"({"child.hukou": "other_county", "child.months_at_residence": )" +
                        QByteArray::number(months) + R"(, "household.assistance": ")" +
                        QByteArray(assistance) + R"("})");
    };
    CHECK(status(migrant(6, "dibao_edge"), "elig.housing_support") == "met");
    CHECK(status(migrant(6, "tekun"), "elig.housing_support") == "met");
    CHECK(status(migrant(5, "dibao_edge"), "elig.housing_support") == "not reported");
    CHECK(status(migrant(6, "none"), "elig.housing_support") == "not reported");
    CHECK(finding(migrant(6, "dibao"), "elig.housing_support").documents ==
          QStringList{QStringLiteral("Residence permit"), QStringLiteral("proof of income")});
}
