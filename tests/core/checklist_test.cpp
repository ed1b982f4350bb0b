// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Checklist.h"
#include "core/rules/RuleError.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tonghu::rules;

namespace {

const QDate kAsOf(2026, 6, 1);

Facts childFacts(const char* sex, const QDate& birth)
{
    Facts f;
    f.insert(QStringLiteral("child.sex"), Value::text(QString::fromLatin1(sex)));
    f.insert(QStringLiteral("child.birth_date"), Value::date(birth));
    return f;
}

bool shows(const char* fact, const Facts& answers)
{
    const Checklist& c = Checklist::builtin();
    const Evaluator ev(Rulebook::builtin());
    const ChecklistQuestion* q = c.question(QString::fromLatin1(fact));
    REQUIRE(q);
    return c.visible(*q, ev, answers, kAsOf);
}

// Writes the built-in checklist with one line replaced, and returns the load error.
QString errorAfterReplacing(const QString& from, const QString& to)
{
    QFile in(QStringLiteral(":/checklists/visit.checklist"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    REQUIRE(text.contains(from));
    text.replace(from, to);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("visit.checklist"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    try {
        Checklist::load(path, Rulebook::builtin());
    } catch (const RuleError& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("The visit checklist covers every fact of the rulebook but the previous visit date", "[checklist]")
{
    const Checklist& c = Checklist::builtin();
    CHECK(c.sections.size() == 7);
    for (const QString& fact : Rulebook::builtin().facts.keys()) {
        if (fact == QLatin1String("visit.last_date"))
            continue;
        CAPTURE(fact);
        CHECK(c.question(fact) != nullptr);
    }
    // A parent question is asked for each parent, with the parent named in its label.
    REQUIRE(c.question(QStringLiteral("mother.status")));
    CHECK(c.question(QStringLiteral("mother.status"))->localized(QStringLiteral("label"), QStringLiteral("zh")).startsWith(QStringLiteral("母亲")));
    CHECK(c.question(QStringLiteral("father.status"))->localized(QStringLiteral("label"), QStringLiteral("en")).startsWith(QStringLiteral("Father")));
    CHECK(c.question(QStringLiteral("child.hukou"))->valueLabel(QStringLiteral("none"), QStringLiteral("zh")) == QStringLiteral("没有户口"));
}

TEST_CASE("show_if: no pregnancy question for boys or young children", "[checklist]")
{
    CHECK(shows("obs.pregnant", childFacts("female", QDate(2012, 1, 1))));
    CHECK_FALSE(shows("obs.pregnant", childFacts("male", QDate(2012, 1, 1))));
    CHECK_FALSE(shows("obs.pregnant", childFacts("female", QDate(2020, 1, 1))));
    // The tenth birthday itself shows the question; the day before does not.
    CHECK(shows("obs.pregnant", childFacts("female", QDate(2016, 6, 1))));
    CHECK_FALSE(shows("obs.pregnant", childFacts("female", QDate(2016, 6, 2))));
    // Unknown sex: ask rather than skip.
    Facts unknownSex;
    unknownSex.insert(QStringLiteral("child.birth_date"), Value::date(QDate(2012, 1, 1)));
    CHECK(shows("obs.pregnant", unknownSex));
    CHECK(shows("obs.unattended_under_8", childFacts("male", QDate(2020, 1, 1))));
    CHECK_FALSE(shows("obs.unattended_under_8", childFacts("male", QDate(2012, 1, 1))));
}

TEST_CASE("Parent questions follow the parent's answers", "[checklist]")
{
    Facts f;
    CHECK(shows("father.imprisoned_months", f));
    f.insert(QStringLiteral("father.status"), Value::text(QStringLiteral("deceased")));
    CHECK_FALSE(shows("father.imprisoned_months", f));
    CHECK(shows("mother.imprisoned_months", f));
    f.insert(QStringLiteral("mother.migrant_worker"), Value::boolean(false));
    CHECK_FALSE(shows("mother.months_since_contact", f));
    CHECK_FALSE(shows("household.entrustment_signed", f)); // father deceased, mother at home
}

TEST_CASE("Required answers and validation messages", "[checklist]")
{
    const Checklist& c = Checklist::builtin();
    const Evaluator ev(Rulebook::builtin());
    Facts f = childFacts("male", QDate(2015, 3, 3));
    auto problems = c.problems(ev, f, kAsOf, QStringLiteral("zh"));
    const auto hasProblem = [&](const char* fact) {
        for (const auto& p : problems)
            if (p.fact == QLatin1String(fact))
                return true;
        return false;
    };
    CHECK(hasProblem("child.school"));
    CHECK(hasProblem("obs.private_injury"));
    CHECK_FALSE(hasProblem("obs.pregnant")); // hidden for a boy
    CHECK_FALSE(hasProblem("child.in_institution")); // optional
    // Shown while the disability level is unknown, but required only once a disability is known.
    CHECK_FALSE(hasProblem("child.disability_type"));
    f.insert(QStringLiteral("child.disability_level"), Value::number(2));
    problems = c.problems(ev, f, kAsOf, QStringLiteral("zh"));
    CHECK(hasProblem("child.disability_type"));

    f.insert(QStringLiteral("child.school"), Value::text(QStringLiteral("not_school_age")));
    problems = c.problems(ev, f, kAsOf, QStringLiteral("zh"));
    REQUIRE(hasProblem("child.school"));
    for (const auto& p : problems)
        if (p.fact == QLatin1String("child.school"))
            CHECK(p.message.contains(QStringLiteral("入学年龄")));
    f.insert(QStringLiteral("child.school"), Value::text(QStringLiteral("primary")));
    problems = c.problems(ev, f, kAsOf, QStringLiteral("zh"));
    CHECK_FALSE(hasProblem("child.school"));
}

TEST_CASE("A broken checklist is refused with its file, line and column", "[checklist]")
{
    CHECK(errorAfterReplacing(QStringLiteral("[question child.in_institution]"), QStringLiteral("[question child.institution]"))
              .contains(QStringLiteral("unknown fact 'child.institution'")));
    const QString enumError = errorAfterReplacing(QStringLiteral("show_if = child.hukou = 'other_county'"),
                                                  QStringLiteral("show_if = child.hukou = 'elsewhere'"));
    CHECK(enumError.contains(QStringLiteral("visit.checklist:")));
    CHECK(enumError.contains(QStringLiteral("'elsewhere' is not a value of child.hukou")));
    CHECK(errorAfterReplacing(QStringLiteral("values.zh = male: 男 | female: 女"), QStringLiteral("values.zh = male: 男"))
              .contains(QStringLiteral("has no zh label")));
    CHECK(errorAfterReplacing(QStringLiteral("section = health\nlabel.zh = 是否患有"), QStringLiteral("section = wellbeing\nlabel.zh = 是否患有"))
              .contains(QStringLiteral("no known section")));
}
