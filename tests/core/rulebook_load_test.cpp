// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Evaluator.h"
#include "core/rules/FactsInput.h"
#include "core/rules/Rulebook.h"

#include <catch2/catch_test_macros.hpp>


using namespace tonghu::rules;

TEST_CASE("The built-in rulebook loads and has every rule id of the policy", "[rules]")
{
    const Rulebook& rb = Rulebook::builtin();
    CHECK(rb.tag() == QStringLiteral("tonghu-default@2026.2"));
    for (const char* id : {"cat.orphan", "cat.de_facto_unsupported", "cat.left_behind", "cat.migrant", "cat.disabled",
                           "cat.poverty", "elig.orphan_allowance", "elig.de_facto_allowance", "elig.dibao_single_person",
                           "elig.rehab_assistance", "elig.insurance_subsidy", "elig.medical_assistance",
                           "elig.temporary_assistance", "elig.preschool_aid", "elig.compulsory_edu_aid",
                           "elig.senior_edu_aid", "elig.housing_support", "risk.mandatory_report", "risk.unsafe_alone",
                           "risk.temporary_guardianship", "risk.self_harm_talk", "risk.mental_health",
                           "risk.entrustment_missing", "risk.parent_contact_gap", "risk.dropout", "risk.no_hukou",
                           "risk.uninsured", "risk.bad_behavior"})
        CHECK(rb.rule(QString::fromLatin1(id)) != nullptr);
}
