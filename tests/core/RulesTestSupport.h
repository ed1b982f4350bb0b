// SPDX-License-Identifier: GPL-3.0-or-later
// What the rulebook tests share: a fully answered ordinary child and helpers that evaluate it
// with a few facts changed and print findings so Catch shows both sides of a failure.
#pragma once

#include "core/rules/Evaluator.h"
#include "core/rules/FactsInput.h"
#include "core/rules/Rulebook.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace tonghu::rules::test {

inline const QDate kAsOf(2026, 5, 1);

// A 10-year-old about whom every fact is known and nothing is wrong. A case changes only the
// facts it is about, so a rule that is not reported is really false, not merely undecided.
inline constexpr const char* kOrdinaryChild = R"({
    "child.birth_date": "2016-04-01", "child.sex": "male", "child.hukou": "local",
    "child.months_at_residence": 120, "child.school": "primary", "child.disability_level": 0,
    "child.serious_illness": false, "child.medical_insurance": true, "child.lives_alone": false,
    "child.in_institution": false,
    "father.status": "alive", "father.disability_level": 0, "father.serious_illness": false,
    "father.imprisoned_months": 0, "father.compulsory_rehab_months": 0, "father.detained_months": 0,
    "father.lost_contact_months": 0, "father.guardianship_revoked": false, "father.deported": false,
    "father.migrant_worker": false, "father.months_since_contact": 0,
    "mother.status": "alive", "mother.disability_level": 0, "mother.serious_illness": false,
    "mother.imprisoned_months": 0, "mother.compulsory_rehab_months": 0, "mother.detained_months": 0,
    "mother.lost_contact_months": 0, "mother.guardianship_revoked": false, "mother.deported": false,
    "mother.migrant_worker": false, "mother.months_since_contact": 0,
    "household.assistance": "none", "household.poverty_monitored": false, "household.crisis": "none",
    "household.entrustment_signed": true, "household.guardian_capable": true,
    "obs.private_injury": false, "obs.sexual_assault_suspected": false, "obs.pregnant": false,
    "obs.serious_harm_signs": false, "obs.violence_suspected": false, "obs.self_harm": false,
    "obs.abandoned": false, "obs.missing_or_trafficked": false, "obs.begging": false,
    "obs.other_serious_danger": false, "obs.unattended_under_8": false, "obs.mh_signs": [],
    "obs.self_harm_talk": false, "obs.bad_behavior": false,
    "visit.last_date": "2026-04-01"
})";

// The ordinary child changed by `changes` (a JSON object; null makes a fact unknown), born on
// `birth` when given, evaluated on `asOf` — read through FactsInput as tonghu-cli reads it.
inline Evaluation evaluate(const QByteArray& changes, const QDate& birth = {}, const QDate& asOf = kAsOf)
{
    QJsonObject facts = QJsonDocument::fromJson(kOrdinaryChild).object();
    REQUIRE(facts.size() == 52); // all but the three disability types
    const QJsonDocument delta = QJsonDocument::fromJson(changes);
    REQUIRE(delta.isObject());
    const QJsonObject d = delta.object();
    for (auto it = d.begin(); it != d.end(); ++it)
        facts.insert(it.key(), it.value());
    if (birth.isValid())
        facts.insert(QStringLiteral("child.birth_date"), birth.toString(Qt::ISODate));
    const EvaluateInput in = FactsInput::fromObject(
        QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("facts"), facts}},
        Rulebook::builtin());
    REQUIRE(in.warnings.isEmpty()); // a misspelt fact in a test must not pass unnoticed
    return Evaluator(Rulebook::builtin()).evaluate(in.facts, in.asOf, QStringLiteral("en"));
}

// The birth date of a child whose `years`th birthday is kAsOf itself, or tomorrow.
inline QDate birthdayToday(int years)
{
    return kAsOf.addYears(-years);
}
inline QDate birthdayTomorrow(int years)
{
    return kAsOf.addYears(-years).addDays(1);
}

// std::string so that Catch prints both sides of a failed comparison.
inline std::string status(const Evaluation& ev, const char* id)
{
    const Finding* f = ev.find(QString::fromLatin1(id));
    return f ? f->status.toStdString() : std::string("not reported");
}

inline std::string joined(const QStringList& list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

inline std::string questions(const Evaluation& ev, const char* id)
{
    const Finding* f = ev.find(QString::fromLatin1(id));
    REQUIRE(f);
    return joined(f->questions);
}

inline std::string because(const Evaluation& ev, const char* id)
{
    const Finding* f = ev.find(QString::fromLatin1(id));
    REQUIRE(f);
    return joined(f->because);
}

} // namespace tonghu::rules::test
