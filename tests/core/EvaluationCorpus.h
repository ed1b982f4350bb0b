// SPDX-License-Identifier: GPL-3.0-or-later
// Many sets of facts to evaluate, for the tests that pin what the evaluator reports: the children
// and visits of a generated demo village, and sets drawn at random (with a fixed seed) from the
// rulebook's vocabulary, with unknowns, ages on and around birthdays, and — for the hidden dump
// only — values of the wrong type, which a hand-built Facts can hold.
#pragma once

#include "core/model/DemoVillage.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <random>
#include <vector>

namespace tonghu::rules::test {

struct EvaluationCase
{
    QString label; // where the facts came from, to name a failing case
    Facts facts;
    QDate asOf;
};

// Every field of every fact, one fact after another with `separator` between them: two Facts
// print the same only when they are the same.
inline QString factsText(const Facts& facts, QChar separator)
{
    QStringList names = facts.keys();
    names.sort();
    QStringList out;
    for (const QString& n : names) {
        const Value& v = facts[n];
        out << QStringLiteral("%1=%2|%3|%4|%5|%6|%7")
                   .arg(n)
                   .arg(int(v.type))
                   .arg(v.b)
                   .arg(v.n, 0, 'g', 17)
                   .arg(v.s, v.d.toString(Qt::ISODate), v.list.join(QLatin1Char(',')));
    }
    return out.join(separator);
}

// The demo village's last day of history: in the past, as DemoVillage requires.
inline const QDate kDemoToday(2026, 11, 20);

// Every active child of a demo village as the statistics read them, and every submitted visit
// as a reviewer weighs it.
inline std::vector<EvaluationCase> demoVillageCases(int children, quint32 seed)
{
    auto t = tonghu::test::makeVault();
    model::DemoOptions o;
    o.children = children;
    o.seed = seed;
    o.placeCode = t->vault->placeCode();
    o.referenceYear = kDemoToday.year();
    o.today = kDemoToday;
    model::DemoVillage::generate(t->vault->database(), t->vault->userId(), o);
    std::vector<EvaluationCase> out;
    ChildEvaluation evaluation(t->vault->database(), Rulebook::builtin());
    evaluation.forEachActiveChild(QStringLiteral("*"), [&](const ChildFacts& c) {
        out.push_back({QStringLiteral("demo child"), c.facts.toFacts(), kDemoToday});
    });
    evaluation.forEachVisit(QStringLiteral("*"), kDemoToday.addYears(-2), kDemoToday, [&](const VisitFacts& v) {
        out.push_back({QStringLiteral("demo visit"), v.facts.toFacts(), v.visitDate});
    });
    // Record ids are new UUIDs each run: the cases are ordered and named by what they hold, so
    // that two runs list the same cases in the same order.
    const auto key = [](const EvaluationCase& c) {
        QStringList parts{c.label, c.asOf.toString(Qt::ISODate)};
        QStringList names = c.facts.keys();
        names.sort();
        for (const QString& n : names)
            parts << n + QLatin1Char('=') + QString::number(int(c.facts[n].type)) + c.facts[n].display();
        return parts.join(QLatin1Char('|'));
    };
    std::vector<std::pair<QString, EvaluationCase>> keyed;
    for (EvaluationCase& c : out)
        keyed.emplace_back(key(c), std::move(c));
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out.clear();
    for (auto& [k, c] : keyed) {
        c.label += QStringLiteral(" %1").arg(out.size());
        out.push_back(std::move(c));
    }
    return out;
}

class FactsDrawer
{
public:
    FactsDrawer(const Rulebook& rb, quint32 seed) : m_rb(rb), m_rng(seed) {}

    // A set of facts as FactsInput would accept them (right types, allowed values), or with
    // `mistyped` also some values of the wrong type and some explicit unknowns.
    EvaluationCase draw(int index, bool mistyped)
    {
        static const QDate asOfs[] = {QDate(2026, 5, 1), QDate(2026, 3, 1), QDate(2024, 2, 29), QDate(2027, 2, 28),
                                      QDate(2026, 12, 1)};
        EvaluationCase c;
        c.asOf = asOfs[pick(5)];
        c.label = QStringLiteral("drawn %1%2").arg(index).arg(mistyped ? QStringLiteral(" mistyped") : QString());
        // Half of the sets start from an ordinary child with everything known and change a few
        // facts, which reaches the rules whose conditions need several facts at once; the others
        // draw every fact, some of them unknown.
        const bool nearOrdinary = pick(2) == 0;
        static const double unknownShare[] = {0.0, 0.1, 0.3, 0.6, 0.9};
        const double unknown = nearOrdinary ? 0.0 : unknownShare[pick(5)];
        for (const FactSpec& spec : m_rb.facts) {
            if (chance(unknown))
                continue;
            c.facts.insert(spec.name, nearOrdinary ? ordinary(spec, c.asOf) : value(spec, c.asOf));
        }
        if (nearOrdinary) {
            const QStringList names = m_rb.facts.keys();
            for (int k = 1 + pick(6); k > 0; --k) {
                const FactSpec& spec = m_rb.facts[names[pick(int(names.size()))]];
                if (chance(0.25))
                    c.facts.remove(spec.name);
                else
                    c.facts.insert(spec.name, value(spec, c.asOf));
            }
        }
        if (mistyped) {
            const QStringList names = m_rb.facts.keys();
            for (int k = 1 + pick(4); k > 0; --k)
                c.facts.insert(names[pick(int(names.size()))], wrongValue(c.asOf));
        }
        return c;
    }

    // Any allowed value of the fact.
    Value value(const FactSpec& spec, const QDate& asOf)
    {
        switch (spec.type) {
        case FactSpec::Type::Bool:
            return Value::boolean(pick(2) == 0);
        case FactSpec::Type::Number: {
            static const int common[] = {0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 24, 60, 120};
            const int n = common[pick(14)];
            return Value::number(spec.hasRange ? std::clamp<double>(n, spec.min, spec.max) : n);
        }
        case FactSpec::Type::Date:
            return Value::date(spec.name == QLatin1String("child.birth_date") ? birthDate(asOf) : asOf.addDays(-pick(400)));
        case FactSpec::Type::Enum:
            return Value::text(spec.values[pick(int(spec.values.size()))]);
        case FactSpec::Type::List: {
            QStringList items = spec.values;
            std::shuffle(items.begin(), items.end(), m_rng);
            return Value::ofList(items.mid(0, pick(int(items.size()) + 1) / (1 + pick(3))));
        }
        }
        return {};
    }

private:
    int pick(int n) { return int(m_rng() % std::uint32_t(n)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

    QDate birthDate(const QDate& asOf)
    {
        switch (pick(4)) {
        case 0: // a birthday today
            return asOf.addYears(-pick(22));
        case 1: // a birthday tomorrow
            return asOf.addYears(-pick(22)).addDays(1);
        case 2: // born on 29 February
            return QDate(2004 + 4 * pick(6), 2, 29);
        default:
            return asOf.addDays(-pick(25 * 366));
        }
    }

    // What nobody has to worry about: the first allowed value is the unremarkable one for most
    // enums (alive, none, local), zero months, no observations.
    Value ordinary(const FactSpec& spec, const QDate& asOf)
    {
        switch (spec.type) {
        case FactSpec::Type::Bool:
            return Value::boolean(spec.name == QLatin1String("child.medical_insurance") ||
                                  spec.name.startsWith(QLatin1String("household.entrustment")) ||
                                  spec.name == QLatin1String("household.guardian_capable"));
        case FactSpec::Type::Number:
            return Value::number(spec.hasRange ? spec.min : 0);
        case FactSpec::Type::Date:
            return Value::date(spec.name == QLatin1String("child.birth_date") ? asOf.addYears(-10).addDays(-30)
                                                                               : asOf.addDays(-30));
        case FactSpec::Type::Enum:
            return Value::text(spec.name == QLatin1String("child.school") ? QStringLiteral("primary") : spec.values[0]);
        case FactSpec::Type::List:
            return Value::ofList({});
        }
        return {};
    }

    Value wrongValue(const QDate& asOf)
    {
        switch (pick(6)) {
        case 0:
            return Value::text(QStringLiteral("deceased"));
        case 1:
            return Value::number(3);
        case 2:
            return Value::boolean(true);
        case 3:
            return Value::date(asOf.addYears(-7));
        case 4:
            return Value::ofList({QStringLiteral("withdrawal"), QStringLiteral("bullied"), QStringLiteral("aggression")});
        default:
            return Value::unknown(); // present in the hash, but unknown
        }
    }

    const Rulebook& m_rb;
    std::mt19937 m_rng;
};

inline std::vector<EvaluationCase> drawnCases(const Rulebook& rb, int count, quint32 seed, bool mistyped = false)
{
    FactsDrawer drawer(rb, seed);
    std::vector<EvaluationCase> out;
    for (int i = 0; i < count; ++i)
        out.push_back(drawer.draw(i, mistyped));
    return out;
}

} // namespace tonghu::rules::test
