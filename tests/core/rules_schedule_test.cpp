// SPDX-License-Identifier: GPL-3.0-or-later
// The visit schedule of POLICY.md: next_visit_due is the last visit (or the evaluation date)
// plus the shortest interval whose condition is met.
#include "tests/core/RulesTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <string>

using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

// The ordinary child's last visit.
const QDate kLastVisit(2026, 4, 1);

std::string due(const Evaluation& ev)
{
    return ev.nextVisitDue.toString(Qt::ISODate).toStdString();
}
std::string days(int n)
{
    return kLastVisit.addDays(n).toString(Qt::ISODate).toStdString();
}

} // namespace

TEST_CASE("No category: every 6 months from the last visit", "[rules]")
{
    const Evaluation ev = evaluate("{}");
    CHECK(due(ev) == "2026-09-28");
    CHECK(due(ev) == days(180));
    CHECK(ev.scheduleRule == QLatin1String("schedule.default"));
}

TEST_CASE("Without a last visit the interval counts from the evaluation date", "[rules]")
{
    const Evaluation ev = evaluate(R"({"visit.last_date": null})");
    CHECK(due(ev) == kAsOf.addDays(180).toString(Qt::ISODate).toStdString());
    const Evaluation orphan = evaluate(R"({"visit.last_date": null, "father.status": "deceased",
                                           "mother.status": "deceased"})");
    CHECK(due(orphan) == "2026-05-31");
}

TEST_CASE("Any other category: every 3 months", "[rules]")
{
    CHECK(due(evaluate(R"({"household.assistance": "dibao"})")) == days(90));
    CHECK(due(evaluate(R"({"child.hukou": "other_county", "child.months_at_residence": 6})")) == days(90));
    // A disability of level 3 is a category but not one of the monthly ones.
    const Evaluation level3 =
        evaluate(R"({"child.disability_level": 3, "child.disability_type": "physical"})");
    CHECK(due(level3) == days(90));
    CHECK(level3.scheduleRule == QLatin1String("schedule.quarterly"));
    // A left-behind child whose agreement is signed.
    CHECK(due(evaluate(R"({"father.migrant_worker": true, "mother.migrant_worker": true})")) == days(90));
}

TEST_CASE("Monthly: orphans, de facto unsupported, left-behind without agreement, disability 1-2", "[rules]")
{
    CHECK(due(evaluate(R"({"father.status": "deceased", "mother.status": "deceased"})")) == days(30));
    CHECK(due(evaluate(R"({"mother.status": "deceased", "father.detained_months": 6})")) == days(30));
    const Evaluation leftBehind = evaluate(R"({"father.migrant_worker": true, "mother.migrant_worker": true,
                                               "household.entrustment_signed": false})");
    CHECK(due(leftBehind) == days(30));
    CHECK(leftBehind.scheduleRule == QLatin1String("schedule.monthly"));
    CHECK(due(evaluate(R"({"child.disability_level": 1})")) == days(30));
    CHECK(due(evaluate(R"({"child.disability_level": 2})")) == days(30));
}

TEST_CASE("A critical or high risk: follow up within 7 days", "[rules]")
{
    const Evaluation high = evaluate(R"({"child.school": "not_enrolled"})");
    CHECK(due(high) == days(7));
    CHECK(high.scheduleRule == QLatin1String("schedule.follow_up"));
    CHECK(due(evaluate(R"({"obs.abandoned": true})")) == days(7));
    CHECK(due(evaluate(R"({"obs.mh_signs": ["withdrawal", "bullied", "truancy"]})")) == days(7));
    // A medium risk alone does not change the interval.
    CHECK(due(evaluate(R"({"obs.mh_signs": ["withdrawal", "bullied"]})")) == days(180));
    CHECK(due(evaluate(R"({"child.hukou": "none"})")) == days(180));
}

TEST_CASE("The shortest interval that applies wins", "[rules]")
{
    const Evaluation ev = evaluate(R"({"father.status": "deceased", "mother.status": "deceased",
                                       "household.assistance": "dibao", "obs.begging": true})");
    CHECK(due(ev) == days(7));
    CHECK(ev.scheduleRule == QLatin1String("schedule.follow_up"));
}

TEST_CASE("A possible finding does not shorten the interval", "[rules]")
{
    // Both parents' status unknown: orphan is possible, not met; the begging sign unknown: the
    // mandatory report is possible. The visit that answers them is the next regular one.
    const Evaluation ev = evaluate(R"({"father.status": null, "mother.status": null, "obs.begging": null})");
    REQUIRE(status(ev, "cat.orphan") == "possible");
    REQUIRE(status(ev, "risk.mandatory_report") == "possible");
    CHECK(due(ev) == days(180));
}
