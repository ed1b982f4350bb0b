// SPDX-License-Identifier: GPL-3.0-or-later
// What must hold of every evaluation, checked over the children and visits of a demo village and
// a thousand sets of facts drawn from the vocabulary: each finding is reported exactly when its
// condition is not false, a met finding's `because` names facts that by themselves decide it, a
// possible finding asks only unknown facts and no answer to any other fact decides it, the order
// and the texts are the rulebook's, and the next visit is due by a schedule entry.
#include "tests/core/EvaluationCorpus.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace tonghu;
using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

const QStringList kSeverityOrder{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low")};

bool hasDuplicates(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end()).size() != list.size();
}

// The facts a met finding's `because` names ("age = 9" stands for the birth date), taken from
// the case's facts; "" when an entry does not match the case's facts.
Facts factsNamedIn(const Finding& f, const EvaluationCase& c, std::string* mismatch)
{
    Facts out;
    for (const QString& entry : f.because) {
        const QString name = entry.section(QStringLiteral(" = "), 0, 0);
        const QString shown = entry.section(QStringLiteral(" = "), 1);
        if (name == QLatin1String("age")) {
            const Value birth = c.facts.value(QStringLiteral("child.birth_date"));
            if (!birth.known() || shown != QString::number(ageInYears(birth.d, c.asOf)))
                *mismatch = entry.toStdString();
            out.insert(QStringLiteral("child.birth_date"), birth);
            continue;
        }
        const Value v = c.facts.value(name);
        if (!v.known() || v.display() != shown)
            *mismatch = entry.toStdString();
        out.insert(name, v);
    }
    return out;
}

// `facts` with every unknown fact of the vocabulary but `keepUnknown` answered at random.
Facts answerAllBut(const Rulebook& rb, const Facts& facts, const QStringList& keepUnknown, const QDate& asOf,
                   FactsDrawer& drawer)
{
    Facts out = facts;
    for (const FactSpec& spec : rb.facts)
        if (!out.value(spec.name).known() && !keepUnknown.contains(spec.name))
            out.insert(spec.name, drawer.value(spec, asOf));
    return out;
}

void checkEvaluation(const Rulebook& rb, const Evaluator& evaluator, const EvaluationCase& c, const Evaluation& ev,
                     const QString& language, FactsDrawer& drawer)
{
    INFO(c.label.toStdString() << " in " << language.toStdString());
    CHECK(ev.ruleset == rb.tag());
    CHECK(ev.asOf == c.asOf);

    // Reported exactly when the condition is not false; met when true.
    for (const Rule& r : rb.rules) {
        if (r.kind == QLatin1String("schedule"))
            continue;
        INFO(r.id.toStdString());
        const Value v = evaluator.condition(r.when, c.facts, c.asOf);
        const Finding* f = ev.find(r.id);
        if (v.isFalse()) {
            CHECK(f == nullptr);
            continue;
        }
        REQUIRE(f);
        CHECK(f->status == (v.isTrue() ? QLatin1String("met") : QLatin1String("possible")));
    }

    // Categories and benefits in the rulebook's order, then risks most urgent first.
    for (qsizetype i = 1; i < ev.findings.size(); ++i) {
        const Finding& a = ev.findings[i - 1];
        const Finding& b = ev.findings[i];
        const bool aRisk = a.kind == QLatin1String("risk");
        const bool bRisk = b.kind == QLatin1String("risk");
        const auto position = [&](const Finding& f) { return rb.ruleIndex.value(f.id); };
        if (aRisk != bRisk)
            CHECK(bRisk);
        else if (aRisk && a.severity != b.severity)
            CHECK(kSeverityOrder.indexOf(a.severity) < kSeverityOrder.indexOf(b.severity));
        else
            CHECK(position(a) < position(b));
    }

    for (const Finding& f : ev.findings) {
        INFO(f.id.toStdString() << " " << f.status.toStdString());
        const Rule* r = rb.rule(f.id);
        REQUIRE(r);
        CHECK(f.kind == r->kind);
        CHECK(f.cite == r->cite);
        CHECK(f.title == r->localized(QStringLiteral("title"), language));
        CHECK(f.referTo == r->localized(QStringLiteral("refer_to"), language));
        CHECK(f.action == r->localized(QStringLiteral("action"), language));
        for (const QString& d : f.documents) {
            CHECK(d == d.trimmed());
            CHECK(r->localized(QStringLiteral("documents"), language).contains(d));
        }
        if (f.kind == QLatin1String("risk"))
            CHECK(kSeverityOrder.contains(f.severity));
        else
            CHECK(f.severity.isEmpty());
        CHECK_FALSE(hasDuplicates(f.because));
        CHECK_FALSE(hasDuplicates(f.questions));

        if (f.status == QLatin1String("met")) {
            CHECK(f.questions.isEmpty());
            CHECK_FALSE(f.because.isEmpty());
            std::string mismatch;
            const Facts deciding = factsNamedIn(f, c, &mismatch);
            CHECK(mismatch == "");
            // Those facts alone decide it (no built-in condition uses if() or known(), whose
            // explanation leaves out the facts they test).
            CHECK(evaluator.condition(r->when, deciding, c.asOf).isTrue());
        } else {
            CHECK(f.because.isEmpty());
            REQUIRE_FALSE(f.questions.isEmpty());
            for (const QString& q : f.questions) {
                INFO(q.toStdString());
                CHECK(rb.fact(q));
                CHECK_FALSE(c.facts.value(q).known());
            }
            // Whatever the other unknown facts turn out to be, these questions still decide it.
            const Facts answered = answerAllBut(rb, c.facts, f.questions, c.asOf, drawer);
            CHECK_FALSE(evaluator.condition(r->when, answered, c.asOf).known());
        }
    }

    // Due from the last visit (or the evaluation date) by the schedule entry that set it; the
    // six-monthly default always applies, and a critical or high risk wants a follow-up.
    const Value last = c.facts.value(QStringLiteral("visit.last_date"));
    const QDate base = last.known() ? last.d : c.asOf;
    const Rule* schedule = rb.rule(ev.scheduleRule);
    REQUIRE(schedule);
    CHECK(schedule->kind == QLatin1String("schedule"));
    const int days = int(evaluator.condition(schedule->days, c.facts, c.asOf).n);
    CHECK(ev.nextVisitDue == base.addDays(days));
    CHECK(days <= rb.settings.value(QStringLiteral("interval.default_days")));
    bool urgent = false;
    for (const Finding& f : ev.findings)
        urgent = urgent || (f.status == QLatin1String("met") &&
                            (f.severity == QLatin1String("critical") || f.severity == QLatin1String("high")));
    if (urgent)
        CHECK(days <= rb.settings.value(QStringLiteral("interval.urgent_days")));
}

} // namespace

TEST_CASE("Every finding is explained by the facts that decided it, or asks what would", "[rules][evaluation]")
{
    const Rulebook& rb = Rulebook::builtin();
    const Evaluator evaluator(rb);
    std::vector<EvaluationCase> cases = demoVillageCases(120, 5);
    const std::size_t demo = cases.size();
    for (EvaluationCase& c : drawnCases(rb, 1000, 11))
        cases.push_back(std::move(c));
    FactsDrawer drawer(rb, 17);
    int met = 0, possible = 0;
    for (const EvaluationCase& c : cases) {
        for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
            const Evaluation ev = evaluator.evaluate(c.facts, c.asOf, language);
            checkEvaluation(rb, evaluator, c, ev, language, drawer);
            for (const Finding& f : ev.findings)
                ++(f.status == QLatin1String("met") ? met : possible);
        }
    }
    // The corpus reaches both kinds of finding, from the village and from the drawn sets.
    CHECK(demo > 120);
    CHECK(met > 1000);
    CHECK(possible > 1000);
}
