// SPDX-License-Identifier: GPL-3.0-or-later
// The rulebook language as a county officer meets it: the condition language and its
// three-valued logic, errors reported as file:line:column in broken rulebooks
// (tests/data/rulebooks/), the evaluate input reader, county settings and versions, languages.
#include "core/rules/Evaluator.h"
#include "core/rules/FactsInput.h"
#include "core/rules/RuleError.h"
#include "core/rules/Rulebook.h"
#include "core/util/Error.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <string>

using namespace tonghu;
using namespace tonghu::rules;

namespace {

const QDate kAsOf(2026, 5, 1);

// Parses, checks and evaluates one condition against the built-in rulebook, as a checklist's
// show_if is: "true", "false" or "unknown".
std::string truth(const char* condition, const Facts& facts)
{
    const Rulebook& rb = Rulebook::builtin();
    const ExprPtr e = parseExpression(QString::fromUtf8(condition), {QStringLiteral("test"), 1, 1});
    rb.checkCondition(e);
    const Value v = Evaluator(rb).condition(e, facts, kAsOf);
    if (!v.known())
        return "unknown";
    REQUIRE(v.type == Value::Type::Bool);
    return v.b ? "true" : "false";
}

Facts facts(std::initializer_list<std::pair<const char*, Value>> list)
{
    Facts f;
    for (const auto& [name, value] : list)
        f.insert(QString::fromLatin1(name), value);
    return f;
}

Value text(const char* s)
{
    return Value::text(QString::fromLatin1(s));
}

// The message of the RuleError that `condition` raises, "" when it raises none.
std::string conditionError(const char* condition)
{
    try {
        const ExprPtr e = parseExpression(QString::fromUtf8(condition), {QStringLiteral("show_if"), 4, 11});
        Rulebook::builtin().checkCondition(e);
    } catch (const RuleError& err) {
        return err.message().toStdString();
    }
    return {};
}

QString rulebooksDir()
{
    return QStringLiteral(TONGHU_SOURCE_DIR "/tests/data/rulebooks");
}

// Loads tests/data/rulebooks/<name>, which must fail; returns the message.
std::string brokenRulebook(const char* name, QString* dir = nullptr)
{
    const QString path = rulebooksDir() + QLatin1Char('/') + QLatin1String(name);
    REQUIRE(QFileInfo(path + QStringLiteral("/rulebook.conf")).isFile());
    if (dir)
        *dir = path;
    try {
        Rulebook::load(path);
    } catch (const RuleError& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
        return e.message().toStdString();
    }
    FAIL("the broken rulebook " << name << " loaded");
    return {};
}

bool startsWith(const std::string& s, const std::string& prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// The message of the tonghu::Error that reading `json` raises, "" when it raises none.
std::string inputError(const QByteArray& json)
{
    try {
        FactsInput::parse(json, Rulebook::builtin());
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
        return e.message().toStdString();
    }
    return {};
}

// A copy of the built-in rulebook in a temporary folder, to be edited as a county would.
struct CountyRulebook
{
    QTemporaryDir dir;

    CountyRulebook()
    {
        REQUIRE(dir.isValid());
        const QStringList files = QDir(QStringLiteral(":/rules")).entryList(QDir::Files);
        REQUIRE(files.contains(QStringLiteral("settings.conf")));
        for (const QString& name : files) {
            REQUIRE(QFile::copy(QStringLiteral(":/rules/") + name, dir.filePath(name)));
            // Resources copy read-only.
            QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    void replace(const char* file, const char* from, const char* to)
    {
        QFile f(dir.filePath(QString::fromLatin1(file)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        REQUIRE(bytes.contains(from));
        bytes.replace(from, to);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(bytes) == bytes.size());
    }

    Rulebook load() const { return Rulebook::load(dir.path()); }
};

} // namespace

TEST_CASE("Conditions use three-valued logic: unknown is never false", "[rules]")
{
    const Facts none;
    const Facts yes = facts({{"obs.begging", Value::boolean(true)}});
    const Facts no = facts({{"obs.begging", Value::boolean(false)}});

    CHECK(truth("obs.begging", none) == "unknown");
    CHECK(truth("not obs.begging", none) == "unknown");
    CHECK(truth("not obs.begging", no) == "true");
    // and: false decides, true needs every part
    CHECK(truth("obs.begging and obs.abandoned", no) == "false");
    CHECK(truth("obs.begging and obs.abandoned", yes) == "unknown");
    CHECK(truth("obs.begging and true", yes) == "true");
    // or: true decides, false needs every part
    CHECK(truth("obs.begging or obs.abandoned", yes) == "true");
    CHECK(truth("obs.begging or obs.abandoned", no) == "unknown");
    CHECK(truth("obs.begging or false", no) == "false");
    // A comparison with an unknown side is unknown.
    CHECK(truth("child.months_at_residence >= 6", none) == "unknown");
    // known() itself is always decided.
    CHECK(truth("known(obs.begging)", none) == "false");
    CHECK(truth("known(obs.begging)", no) == "true");
}

TEST_CASE("Comparisons, lists, settings, definitions and ages", "[rules]")
{
    const Facts f =
        facts({{"child.birth_date", Value::date(QDate(2016, 5, 1))},
               {"child.hukou", text("other_county")},
               {"child.months_at_residence", Value::number(6)},
               {"child.disability_level", Value::number(3)},
               {"obs.mh_signs", Value::ofList({QStringLiteral("bullied"), QStringLiteral("truancy")})},
               {"mother.status", text("deceased")},
               {"father.lost_contact_months", Value::number(7)}});
    CHECK(truth("age = 10", f) == "true");
    CHECK(truth("age + 8 >= 18", f) == "true");
    CHECK(truth("age - 1 < 9", f) == "false");
    CHECK(truth("child.hukou = 'other_county'", f) == "true");
    CHECK(truth("child.hukou != 'local'", f) == "true");
    CHECK(truth("child.hukou in ['local', 'none']", f) == "false");
    CHECK(truth("child.disability_level in [3, 4]", f) == "true");
    CHECK(truth("obs.mh_signs contains 'bullied'", f) == "true");
    CHECK(truth("obs.mh_signs contains 'withdrawal'", f) == "false");
    CHECK(truth("count(obs.mh_signs) = 2", f) == "true");
    CHECK(truth("child.months_at_residence >= setting.migrant.min_months", f) == "true");
    CHECK(truth("gone(mother) and not gone(father)", f) == "unknown");
    CHECK(truth("gone(mother)", f) == "true");
    CHECK(truth("unable(father)", f) == "true");
    CHECK(truth("if(gone(mother), 'yes', 'no') = 'yes'", f) == "true");
    CHECK(truth("cat.migrant", f) == "true");
}

TEST_CASE("A condition's mistakes are reported where they are", "[rules]")
{
    // Written at line 4, column 11 of a checklist file.
    CHECK(conditionError("child.sex = 'female'") == "");
    CHECK(conditionError("child.sex = 'girl'") ==
          "show_if:4:23: 'girl' is not a value of child.sex; allowed: male, female.");
    CHECK(conditionError("child.sexx = 'female'") == "show_if:4:11: Unknown fact 'child.sexx'.");
    CHECK(conditionError("age < ") == "show_if:4:17: The condition ends too early.");
    CHECK(conditionError("(age < 6") == "show_if:4:19: Expected ')' here.");
    CHECK(startsWith(conditionError("child.sex >= 3"), "show_if:4:21: Cannot compare"));
    CHECK(conditionError("age < setting.no_such") == "show_if:4:17: Unknown setting 'no_such'.");
    CHECK(conditionError("cat.orpan") == "show_if:4:11: Unknown rule 'cat.orpan'.");
    CHECK(startsWith(conditionError("has_risk('high')"),
                     "show_if:4:11: 'has_risk' can be used only in schedule"));
    CHECK(startsWith(conditionError("obs.begging and 3"), "show_if:4:27: "));
    CHECK(startsWith(conditionError("frobnicate(child.sex)"), "show_if:4:11: Unknown function"));
    CHECK(startsWith(conditionError("unable(uncle)"), "show_if:4:18: "));
    CHECK(conditionError("child.sex == 'female'") ==
          "show_if:4:22: Write a single '=' to compare: there is no '=='.");
    // A condition continued on the next line keeps the file's columns.
    CHECK(conditionError("obs.begging\n       or obs.abandonned") ==
          "show_if:5:11: Unknown fact 'obs.abandonned'.");
}

TEST_CASE("Broken rulebooks are refused at the first problem with file:line:column", "[rules]")
{
    QString dir;
    SECTION("syntax error")
    {
        const std::string m = brokenRulebook("syntax_error", &dir);
        CHECK(m == (dir + QStringLiteral("/risks.rules:12:23: Write a single '=' to compare: there is no '=='.")).toStdString());
    }
    SECTION("unknown fact")
    {
        const std::string m = brokenRulebook("unknown_fact", &dir);
        CHECK(m == (dir + QStringLiteral("/categories.rules:52:8: Unknown fact 'child.disability_levl'."))
                       .toStdString());
    }
    SECTION("enum value not allowed")
    {
        const std::string m = brokenRulebook("enum_value", &dir);
        CHECK(m == (dir +
                    QStringLiteral("/categories.rules:8:28: 'dead' is not a value of father.status; allowed: "
                                   "alive, deceased, declared_missing, unknown."))
                       .toStdString());
    }
    SECTION("type error")
    {
        const std::string m = brokenRulebook("type_error", &dir);
        CHECK(m ==
              (dir + QStringLiteral("/risks.rules:11:22: Cannot compare text with a number.")).toStdString());
    }
    SECTION("unknown rule")
    {
        const std::string m = brokenRulebook("unknown_rule", &dir);
        CHECK(m == (dir + QStringLiteral("/eligibility.rules:8:8: Unknown rule 'cat.orpan'.")).toStdString());
    }
    SECTION("cycle between two rules")
    {
        const std::string m = brokenRulebook("cycle", &dir);
        CHECK(startsWith(m, (dir + QStringLiteral("/categories.rules:3:2: ")).toStdString()));
        CHECK(m.find("cat.orphan → cat.de_facto_unsupported → cat.orphan") != std::string::npos);
    }
    SECTION("missing cite")
    {
        const std::string m = brokenRulebook("missing_cite", &dir);
        CHECK(startsWith(m, (dir + QStringLiteral("/risks.rules:109:2: ")).toStdString()));
        CHECK(m.find("risk.no_hukou") != std::string::npos);
        CHECK(m.find("cite") != std::string::npos);
    }
    SECTION("unknown setting")
    {
        const std::string m = brokenRulebook("unknown_setting", &dir);
        CHECK(m == (dir + QStringLiteral("/categories.rules:43:41: Unknown setting 'migrant.min_month'."))
                       .toStdString());
    }
}

TEST_CASE("Evaluate input: malformed facts are refused naming the fact", "[rules]")
{
    CHECK(startsWith(inputError("{\"as_of\": "), "The input is not valid JSON"));
    CHECK(startsWith(inputError("[1, 2]"), "The input must be a JSON object"));
    CHECK(startsWith(inputError(R"({"as_of": "2026-13-01"})"), "as_of: "));
    CHECK(startsWith(inputError(R"({"facts": [1]})"), "facts: "));
    CHECK(startsWith(inputError(R"({"facts": {"child.sex": 1}})"), "child.sex: "));
    CHECK(
        startsWith(inputError(R"({"facts": {"child.serious_illness": "yes"}})"), "child.serious_illness: "));
    CHECK(
        startsWith(inputError(R"({"facts": {"father.status": "dead"}})"), "father.status: must be one of: "));
    CHECK(startsWith(inputError(R"({"facts": {"obs.mh_signs": ["sad"]}})"), "obs.mh_signs: "));
    CHECK(startsWith(inputError(R"({"facts": {"obs.mh_signs": "withdrawal"}})"), "obs.mh_signs: "));
    CHECK(startsWith(inputError(R"({"facts": {"child.birth_date": "2026-02-30"}})"), "child.birth_date: "));
    CHECK(startsWith(inputError(R"({"facts": {"child.birth_date": "2016-4-1"}})"), "child.birth_date: "));
    CHECK(startsWith(inputError(R"({"as_of": "2026-05-01", "facts": {"child.birth_date": "2026-05-02"}})"),
                     "child.birth_date: is after as_of"));
    CHECK(startsWith(inputError(R"({"as_of": "2026-05-01", "facts": {"visit.last_date": "2026-06-01"}})"),
                     "visit.last_date: "));
    CHECK(startsWith(inputError(R"({"facts": {"child.disability_level": 5}})"), "child.disability_level: "));
    CHECK(startsWith(inputError(R"({"facts": {"child.disability_level": -1}})"), "child.disability_level: "));
    CHECK(startsWith(inputError(R"({"facts": {"child.months_at_residence": 5.5}})"),
                     "child.months_at_residence: must be a whole number"));
    CHECK(startsWith(inputError(R"({"facts": {"father.imprisoned_months": "6"}})"),
                     "father.imprisoned_months: "));
    // The boundaries themselves are accepted.
    CHECK(inputError(R"({"as_of": "2026-05-01", "facts": {"child.birth_date": "2026-05-01",
                         "child.disability_level": 4, "child.months_at_residence": 0}})") == "");
}

TEST_CASE("Evaluate input: unknown names warn, null means unknown", "[rules]")
{
    const EvaluateInput in = FactsInput::parse(
        R"({"as_of": "2026-05-01", "facts": {"child.shoe_size": 30, "P.status": "alive",
            "father.status": null, "mother.status": "deceased", "obs.mh_signs": ["bullied", "bullied"]}})",
        Rulebook::builtin());
    CHECK(in.asOf == kAsOf);
    REQUIRE(in.warnings.size() == 2);
    CHECK(in.warnings.join(QLatin1Char(' ')).contains(QLatin1String("child.shoe_size")));
    CHECK(in.warnings.join(QLatin1Char(' ')).contains(QLatin1String("P.status")));
    CHECK_FALSE(in.facts.contains(QStringLiteral("father.status")));
    CHECK(in.facts.value(QStringLiteral("mother.status")) == Value::text(QStringLiteral("deceased")));
    CHECK(in.facts.value(QStringLiteral("obs.mh_signs")).list == QStringList{QStringLiteral("bullied")});

    // A misspelt top-level key would leave every fact unknown: it is pointed out.
    const EvaluateInput typo = FactsInput::parse(R"({"as_of": "2026-05-01", "fatcs": {}})", Rulebook::builtin());
    REQUIRE(typo.warnings.size() == 1);
    CHECK(typo.warnings.front().contains(QLatin1String("fatcs")));

    // Without as_of the evaluation date is today.
    const EvaluateInput today = FactsInput::parse(R"({"facts": {}})", Rulebook::builtin(), QDate(2027, 1, 2));
    CHECK(today.asOf == QDate(2027, 1, 2));
    CHECK(today.facts.isEmpty());
}

TEST_CASE("A county's settings change the results; the version names the rulebook", "[rules]")
{
    Facts migrant = facts({{"child.birth_date", Value::date(QDate(2016, 4, 1))},
                           {"child.hukou", text("other_county")},
                           {"child.months_at_residence", Value::number(4)}});
    const Evaluation builtin = Evaluator(Rulebook::builtin()).evaluate(migrant, kAsOf);
    CHECK(builtin.ruleset == QLatin1String("tonghu-default@2026.2"));
    CHECK(builtin.find(QStringLiteral("cat.migrant")) == nullptr);

    CountyRulebook county;
    county.replace("settings.conf", "migrant.min_months = 6", "migrant.min_months = 3");
    county.replace("settings.conf", "interval.quarterly_days = 90", "interval.quarterly_days = 60");
    county.replace("rulebook.conf", "version = 2026.2", "version = 2026.2-gansu-3");
    const Rulebook rb = county.load();
    CHECK(rb.tag() == QLatin1String("tonghu-default@2026.2-gansu-3"));
    CHECK(rb.settings.value(QStringLiteral("migrant.min_months")) == 3);
    const Evaluation local = Evaluator(rb).evaluate(migrant, kAsOf);
    CHECK(local.ruleset == QLatin1String("tonghu-default@2026.2-gansu-3"));
    const Finding* f = local.find(QStringLiteral("cat.migrant"));
    REQUIRE(f);
    CHECK(f->status == QLatin1String("met"));
    CHECK(local.nextVisitDue == kAsOf.addDays(60));

    // 2 months is still too short.
    migrant.insert(QStringLiteral("child.months_at_residence"), Value::number(2));
    const Evaluation tooShort = Evaluator(rb).evaluate(migrant, kAsOf);
    CHECK(tooShort.find(QStringLiteral("cat.migrant")) == nullptr);
}

TEST_CASE("A county may keep orphans at school in their category after 18", "[rules]")
{
    const Facts student = facts({{"child.birth_date", Value::date(QDate(2007, 4, 1))}, // 19
                                 {"child.school", text("senior")},
                                 {"father.status", text("deceased")},
                                 {"mother.status", text("deceased")}});
    const Evaluation national = Evaluator(Rulebook::builtin()).evaluate(student, kAsOf);
    CHECK(national.find(QStringLiteral("cat.orphan")) == nullptr);

    CountyRulebook county;
    county.replace("settings.conf", "in_school.extension_age = 18", "in_school.extension_age = 20");
    const Rulebook rb = county.load();
    const Evaluation ev = Evaluator(rb).evaluate(student, kAsOf);
    REQUIRE(ev.find(QStringLiteral("cat.orphan")));
    CHECK(ev.find(QStringLiteral("cat.orphan"))->status == QLatin1String("met"));
    // Not at school any more: no extension.
    Facts working = student;
    working.insert(QStringLiteral("child.school"), text("not_enrolled"));
    const Evaluation notAtSchool = Evaluator(rb).evaluate(working, kAsOf);
    CHECK(notAtSchool.find(QStringLiteral("cat.orphan")) == nullptr);
    // With the extension, an unknown school stage becomes a question for a 19-year-old.
    working.remove(QStringLiteral("child.school"));
    const Evaluation unknownSchool = Evaluator(rb).evaluate(working, kAsOf);
    const Finding* possible = unknownSchool.find(QStringLiteral("cat.orphan"));
    REQUIRE(possible);
    CHECK(possible->questions == QStringList{QStringLiteral("child.school")});
}

TEST_CASE("A copy of the built-in rulebook checks clean", "[rules]")
{
    CountyRulebook county;
    const Rulebook rb = county.load();
    const Rulebook& builtin = Rulebook::builtin();
    CHECK(rb.tag() == builtin.tag());
    CHECK(rb.rules.size() == builtin.rules.size());
    CHECK(rb.facts.size() == builtin.facts.size());
    CHECK(rb.settings == builtin.settings);
    for (const Rule& r : builtin.rules)
        if (r.kind != QLatin1String("schedule"))
            CHECK_FALSE(r.cite.isEmpty());
}

TEST_CASE("Titles, referrals and documents follow the language", "[rules]")
{
    const Facts orphan = facts({{"child.birth_date", Value::date(QDate(2016, 4, 1))},
                                {"father.status", text("deceased")},
                                {"mother.status", text("deceased")}});
    const Evaluator evaluator(Rulebook::builtin());
    const Evaluation zh = evaluator.evaluate(orphan, kAsOf, QStringLiteral("zh"));
    const Evaluation en = evaluator.evaluate(orphan, kAsOf, QStringLiteral("en"));
    CHECK(zh.find(QStringLiteral("cat.orphan"))->title == QStringLiteral("孤儿"));
    CHECK(en.find(QStringLiteral("cat.orphan"))->title == QLatin1String("Orphan"));
    const Finding* zhAllowance = zh.find(QStringLiteral("elig.orphan_allowance"));
    const Finding* enAllowance = en.find(QStringLiteral("elig.orphan_allowance"));
    REQUIRE(zhAllowance);
    REQUIRE(enAllowance);
    CHECK(zhAllowance->referTo.contains(QStringLiteral("民政")));
    CHECK(zhAllowance->documents.size() == enAllowance->documents.size());
    CHECK(zhAllowance->documents.contains(QStringLiteral("户口簿")));
    // The cite is the source's own title, the same in every language.
    CHECK(zhAllowance->cite == enAllowance->cite);
    // A language without texts falls back to Chinese.
    CHECK(Rulebook::builtin()
              .rule(QStringLiteral("cat.orphan"))
              ->localized(QStringLiteral("title"), QStringLiteral("bo")) == QStringLiteral("孤儿"));
}

TEST_CASE("The evaluation as JSON has the fields of the evaluate contract", "[rules]")
{
    const Facts f = facts({{"child.birth_date", Value::date(QDate(2016, 4, 1))},
                           {"child.school", text("not_enrolled")},
                           {"visit.last_date", Value::date(QDate(2026, 4, 20))}});
    const QJsonObject json = Evaluator(Rulebook::builtin()).evaluate(f, kAsOf, QStringLiteral("en")).toJson();
    CHECK(json.value(QLatin1String("ruleset")).toString() == QLatin1String("tonghu-default@2026.2"));
    CHECK(json.value(QLatin1String("next_visit_due")).toString() == QLatin1String("2026-04-27"));
    const QJsonArray findings = json.value(QLatin1String("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool sawDropout = false;
    for (const QJsonValue& v : findings) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "kind", "status", "severity", "title", "because", "questions",
                                "refer_to", "documents", "cite"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(QLatin1String("because")).isArray());
        CHECK(o.value(QLatin1String("questions")).isArray());
        CHECK(o.value(QLatin1String("documents")).isArray());
        const QString kind = o.value(QLatin1String("kind")).toString();
        // severity is a word for risks and null otherwise
        CHECK(o.value(QLatin1String("severity")).isNull() == (kind != QLatin1String("risk")));
        if (o.value(QLatin1String("id")).toString() == QLatin1String("risk.dropout")) {
            sawDropout = true;
            CHECK(o.value(QLatin1String("status")).toString() == QLatin1String("met"));
            CHECK(o.value(QLatin1String("severity")).toString() == QLatin1String("high"));
            CHECK(o.value(QLatin1String("because")).toArray() ==
                  QJsonArray{QStringLiteral("age = 10"), QStringLiteral("child.school = not_enrolled")});
        }
        if (o.value(QLatin1String("status")).toString() == QLatin1String("possible"))
            CHECK_FALSE(o.value(QLatin1String("questions")).toArray().isEmpty());
    }
    CHECK(sawDropout);
}

TEST_CASE("Pathological rulebooks are refused or stay bounded", "[rules][hostile]")
{
    CountyRulebook county;
    const auto appendTo = [&](const char* file, const QByteArray& text) {
        QFile f(county.dir.filePath(QString::fromLatin1(file)));
        REQUIRE(f.open(QIODevice::Append));
        REQUIRE(f.write(text) == text.size());
    };
    const auto refusal = [&]() -> std::string {
        try {
            county.load();
        } catch (const RuleError& e) {
            return e.what_().toStdString();
        }
        return "loaded";
    };
    SECTION("a condition nested 100,000 deep")
    {
        appendTo("definitions.rules", "\n[define deep]\ntitle.zh = 深\ntitle.en = deep\nwhen = " + QByteArray(100000, '(')
                                          + "age < 18" + QByteArray(100000, ')') + "\n");
        CHECK(refusal() == "The condition is nested too deeply.");
    }
    SECTION("a chain of 30,000 definitions, each using the one before")
    {
        QByteArray chain = "\n[define d0]\ntitle.zh = 链\ntitle.en = chain\nwhen = age < 18\n";
        for (int i = 1; i < 30000; ++i)
            chain += "[define d" + QByteArray::number(i) + "]\ntitle.zh = 链\ntitle.en = chain\nwhen = d"
                     + QByteArray::number(i - 1) + "\n";
        appendTo("definitions.rules", chain);
        CHECK(refusal() == "Definitions use one another more than 32 deep here.");
    }
    SECTION("thirty definitions each using the one before three times, used by a rule")
    {
        // Expanded, the last one is 3^30 conditions: checked, compiled, evaluated and explained,
        // each definition must count once (the check and the explanation once took 2^n steps).
        QByteArray doubled = "\n[define d0]\ntitle.zh = 倍\ntitle.en = doubled\nwhen = age < 18\n";
        for (int i = 1; i <= 30; ++i) {
            const QByteArray before = "d" + QByteArray::number(i - 1);
            doubled += "[define d" + QByteArray::number(i) + "]\ntitle.zh = 倍\ntitle.en = doubled\nwhen = " + before
                       + " and (" + before + " or child.lives_alone) and (" + before + " or child.serious_illness)\n";
        }
        appendTo("definitions.rules", doubled);
        appendTo("risks.rules", "\n[risk.doubled]\nkind = risk\nseverity = low\ntitle.zh = 倍\ntitle.en = doubled\n"
                                "when = d30\naction.zh = 无\naction.en = none\ncite = 测试\n");
        const Rulebook rb = county.load();
        REQUIRE(rb.rule(QStringLiteral("risk.doubled")));
        Facts facts;
        facts.insert(QStringLiteral("child.birth_date"), Value::date(QDate(2016, 2, 29)));
        const Evaluation e = Evaluator(rb).evaluate(facts, QDate(2026, 5, 1));
        const Finding* f = e.find(QStringLiteral("risk.doubled"));
        REQUIRE(f);
        CHECK(f->status == QStringLiteral("met"));
        // Every use of d0 explains it the same way: one entry, the child's age.
        CHECK(f->because.size() == 1);
        // Unknown illness and living alone do not matter once d0 holds, so nothing is asked.
        CHECK(f->questions.isEmpty());
    }
}
