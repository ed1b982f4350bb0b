// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ([.dump]): writes every evaluation of a large corpus to the file named by
// TONGHU_EVALUATION_DUMP, one line per evaluation, so that two builds of the evaluator can be
// compared byte for byte (cmp) when its inside changes and its output must not. The corpus: the
// children and visits of a demo village and thousands of drawn fact sets (some with values of the
// wrong type), each in three languages, against the built-in rulebook, a copy whose settings a
// county changed after loading, and a rulebook extended with rules that use every construct of
// the condition language; plus Evaluator::condition() of every rule's parts and every checklist
// condition; and every fact of every case, so that the scans that read the village are compared
// too. Run: TONGHU_EVALUATION_DUMP=/tmp/a.txt tonghu_core_tests "[.dump]"
#include "core/rules/Checklist.h"
#include "tests/core/EvaluationCorpus.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace tonghu;
using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

// Rules that reach what the built-in ones do not: known(), if() in a condition, contains,
// arithmetic, dates compared, != between facts, a definition without a parameter using rules and
// definitions, nested if() in a severity, texts missing in one language, has_risk() in `days`.
constexpr const char* kExtraRules = R"([define zz_vulnerable]
title.zh = 脆弱
when = supported_age and (cat.disabled or unable(mother) or without_capacity(father))

[cat.zz_known]
kind = category
title.zh = 测试甲
when = (known(child.school) and not known(obs.mh_signs))
       or if(child.lives_alone, age + 2 > 12, age - 1 < setting.rehab.below_age)
cite = test

[cat.zz_dates]
kind = category
title.zh = 测试乙
title.en = Test B
when = visit.last_date > child.birth_date and zz_vulnerable and not cat.orphan
cite = test
documents.zh = 甲；乙; 丙 ; ;丁

[risk.zz_contains]
kind = risk
severity = if(obs.mh_signs contains 'bullied', 'critical', if(known(child.sex), 'low', 'high'))
title.zh = 测试丙
action.en = Only in English
refer_to.en = Only in English
when = obs.mh_signs contains 'bullied' or count(obs.mh_signs) = 1
       or child.disability_level + father.disability_level >= 3
cite = test

[risk.zz_refs]
kind = risk
severity = low
title.zh = 测试丁
when = (risk.zz_contains or cat.zz_dates) and (father.status != mother.status or household.assistance in ['dibao', 'tekun'])
cite = test

[schedule.zz_weekly]
kind = schedule
title.zh = 每周
when = has_risk('low') and has_category()
days = if(has_risk('critical'), 3, setting.interval.urgent_days - 2)
)";

Rulebook extendedRulebook()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString& name : QDir(QStringLiteral(":/rules")).entryList(QDir::Files)) {
        REQUIRE(QFile::copy(QStringLiteral(":/rules/") + name, dir.filePath(name)));
        QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile extra(dir.filePath(QStringLiteral("zz_extra.rules")));
    REQUIRE(extra.open(QIODevice::WriteOnly));
    extra.write(kExtraRules);
    extra.close();
    return Rulebook::load(dir.path());
}

// As CountyRulebook::current makes one: a copy of the built-in rulebook, settings changed after.
Rulebook countySettings()
{
    Rulebook rb = Rulebook::builtin();
    rb.version = QStringLiteral("2026.2-county");
    const std::pair<const char*, double> changes[] = {
        {"in_school.extension_age", 21}, {"migrant.min_months", 3},      {"mental_health.medium_signs", 1},
        {"mental_health.high_signs", 2}, {"parent_contact.medium_months", 3}, {"parent_contact.high_months", 6},
        {"rehab.below_age", 8},          {"interval.quarterly_days", 60}, {"interval.default_days", 150}};
    for (const auto& [name, value] : changes)
        rb.settings.insert(QString::fromLatin1(name), value);
    return rb;
}

QString shown(const Value& v)
{
    return QString::number(int(v.type)) + QLatin1Char(':') + v.display();
}

// Every field of every fact: what the scans read for the demo village's children and visits.
QString shown(const Facts& facts) { return factsText(facts, QLatin1Char(' ')); }

} // namespace

TEST_CASE("Dump every evaluation of the corpus for a byte-for-byte comparison", "[.dump]")
{
    const QString path = qEnvironmentVariable("TONGHU_EVALUATION_DUMP");
    if (path.isEmpty())
        SKIP("TONGHU_EVALUATION_DUMP names the file to write");
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));

    const Rulebook county = countySettings();
    const Rulebook extended = extendedRulebook();
    const std::pair<const char*, const Rulebook*> rulebooks[] = {
        {"builtin", &Rulebook::builtin()}, {"county", &county}, {"extended", &extended}};
    std::vector<EvaluationCase> cases = demoVillageCases(200, 3);
    for (EvaluationCase& c : drawnCases(Rulebook::builtin(), 3000, 23))
        cases.push_back(std::move(c));
    for (EvaluationCase& c : drawnCases(Rulebook::builtin(), 1000, 29, true))
        cases.push_back(std::move(c));
    const Checklist& checklist = Checklist::builtin();

    qint64 lines = 0;
    for (const EvaluationCase& c : cases)
        out.write(QStringLiteral("facts | %1 | %2 | %3\n").arg(c.label, c.asOf.toString(Qt::ISODate), shown(c.facts)).toUtf8());
    for (const auto& [rulebookName, rb] : rulebooks) {
        const Evaluator evaluator(*rb);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const EvaluationCase& c = cases[i];
            for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("bo")}) {
                if (language == QLatin1String("bo") && i % 10 != 0)
                    continue;
                const Evaluation ev = evaluator.evaluate(c.facts, c.asOf, language);
                const QString line = QStringLiteral("%1 | %2 | %3 | %4 | %5\n")
                                         .arg(QLatin1String(rulebookName), c.label, language, ev.scheduleRule,
                                              QString::fromUtf8(QJsonDocument(ev.toJson()).toJson(QJsonDocument::Compact)));
                out.write(line.toUtf8());
                ++lines;
            }
            QStringList conditions;
            for (const Rule& r : rb->rules)
                for (const ExprPtr& e : {r.when, r.severity, r.days})
                    if (e)
                        conditions << shown(evaluator.condition(e, c.facts, c.asOf));
            for (const Definition& d : rb->definitions)
                if (d.param.isEmpty())
                    conditions << shown(evaluator.condition(d.when, c.facts, c.asOf));
            for (const ChecklistQuestion& q : checklist.questions)
                for (const ExprPtr& e : {q.showIf, q.validIf})
                    if (e)
                        conditions << shown(evaluator.condition(e, c.facts, c.asOf));
            out.write(QStringLiteral("%1 | %2 | conditions | %3\n")
                          .arg(QLatin1String(rulebookName), c.label, conditions.join(QLatin1Char(' ')))
                          .toUtf8());
        }
    }
    REQUIRE(out.error() == QFile::NoError);
    CHECK(lines > 10000);
}
