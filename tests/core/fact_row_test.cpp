// SPDX-License-Identifier: GPL-3.0-or-later
// A scan's FactRow is what the Evaluator reads instead of a Facts hash: the same facts must give
// the same evaluation either way, for every child and visit of a demo village, and for a row
// whose names are not the rulebook's own strings (they are then found by name).
#include "core/rules/FactRow.h"
#include "core/rules/VisitAnswers.h"
#include "tests/core/EvaluationCorpus.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>

#include <memory>

using namespace tonghu;
using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

QByteArray written(const Evaluation& ev)
{
    return QJsonDocument(ev.toJson()).toJson(QJsonDocument::Compact) + ev.scheduleRule.toUtf8();
}

// The same evaluation, in both languages, of a row and of its facts by name.
void checkSame(const Evaluator& evaluator, const FactRow& row, const QDate& asOf)
{
    const Facts byName = row.toFacts();
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        const Evaluation fromRow = evaluator.evaluate(row, asOf, language);
        const Evaluation fromFacts = evaluator.evaluate(byName, asOf, language);
        CHECK(written(fromRow) == written(fromFacts));
        CHECK(fromRow.nextVisitDue == fromFacts.nextVisitDue);
    }
}

// A copy of the built-in rulebook whose fact names are new strings: the same text elsewhere.
Rulebook withOwnNames()
{
    Rulebook rb = Rulebook::builtin();
    for (FactSpec& spec : rb.facts)
        spec.name = QString(spec.name.constData(), spec.name.size());
    return rb;
}

} // namespace

TEST_CASE("A scan's rows evaluate as the same facts by name do", "[rules][evaluation]")
{
    auto t = tonghu::test::makeVault();
    model::DemoOptions o;
    o.children = 40;
    o.seed = 23;
    o.placeCode = t->vault->placeCode();
    o.referenceYear = kDemoToday.year();
    o.today = kDemoToday;
    model::DemoVillage::generate(t->vault->database(), t->vault->userId(), o);
    const Rulebook& rb = Rulebook::builtin();
    const Evaluator evaluator(rb);
    ChildEvaluation evaluation(t->vault->database(), rb);

    int children = 0, visited = 0, withFindings = 0;
    evaluation.forEachActiveChild(QStringLiteral("*"), [&](const ChildFacts& c) {
        ++children;
        visited += c.facts.lastVisit() ? 1 : 0;
        withFindings += evaluator.evaluate(c.facts, kDemoToday).findings.isEmpty() ? 0 : 1;
        checkSame(evaluator, c.facts, kDemoToday);
        // What a single child's evaluation reads gives the same as its row.
        CHECK(written(evaluator.evaluate(c.facts, kDemoToday)) ==
              written(evaluator.evaluate(evaluation.factsFor(c.childId), kDemoToday)));
    });
    CHECK(children == 40);
    CHECK(visited > 0);
    CHECK(withFindings > 0);

    int visits = 0;
    evaluation.forEachVisit(QStringLiteral("*"), kDemoToday.addYears(-2), kDemoToday, [&](const VisitFacts& v) {
        ++visits;
        checkSame(evaluator, v.facts, v.visitDate);
    });
    CHECK(visits > 0);

    // The same rows with names that are not the compiled rules' strings.
    const Rulebook other = withOwnNames();
    const auto vocabulary = std::make_shared<const VisitAnswers>(other);
    FactRow row(vocabulary);
    REQUIRE(&row.nameOf(0) != &rb.facts.first().name);
    int copied = 0;
    evaluation.forEachActiveChild(QStringLiteral("*"), [&](const ChildFacts& c) {
        row.clear();
        const Facts facts = c.facts.toFacts();
        for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
            const int slot = vocabulary->slotOf(it.key());
            REQUIRE(slot >= 0);
            REQUIRE(row.nameOf(slot).constData() != it.key().constData());
            row.set(slot, Value(*it));
        }
        CHECK(written(evaluator.evaluate(row, kDemoToday)) == written(evaluator.evaluate(facts, kDemoToday)));
        ++copied;
    });
    CHECK(copied == 40);
}

TEST_CASE("A fact row keeps the first value put in a slot and forgets all on clear", "[rules][evaluation]")
{
    const auto vocabulary = std::make_shared<const VisitAnswers>(Rulebook::builtin());
    FactRow row(vocabulary);
    const int status = vocabulary->slotOf(QStringLiteral("father.status"));
    const int lastVisit = vocabulary->slotOf(QStringLiteral("visit.last_date"));
    REQUIRE(status >= 0);
    REQUIRE(lastVisit >= 0);

    // The answers first: the record's value for the same fact comes later and is not taken.
    row.overlay(R"({"father.status":"deceased","obs.mh_signs":null})");
    row.set(status, Value::text(QStringLiteral("alive")));
    REQUIRE(row.find(QStringLiteral("father.status")));
    CHECK(row.find(QStringLiteral("father.status"))->s == QStringLiteral("deceased"));
    CHECK_FALSE(row.find(QStringLiteral("obs.mh_signs"))); // null: asked again
    CHECK_FALSE(row.find(QStringLiteral("no.such_fact")));
    row.set(lastVisit, Value::unknown());
    CHECK_FALSE(row.lastVisit());
    row.setLastVisit(QDate(2026, 3, 1));
    REQUIRE(row.lastVisit());
    CHECK(row.lastVisit()->d == QDate(2026, 3, 1));
    CHECK(row.setSlots() == std::vector<int>{status, lastVisit});
    const Facts facts = row.toFacts();
    CHECK(facts.size() == 2);
    CHECK(facts.value(QStringLiteral("visit.last_date")) == Value::date(QDate(2026, 3, 1)));

    row.clear();
    CHECK(row.setSlots().empty());
    CHECK_FALSE(row.at(status));
    CHECK_FALSE(row.lastVisit());
    CHECK(row.toFacts().isEmpty());
    row.set(status, Value::text(QStringLiteral("alive")));
    CHECK(row.at(status)->s == QStringLiteral("alive"));
}
