// SPDX-License-Identifier: GPL-3.0-or-later
// The real tonghu-cli binary on the rulebook verbs: `evaluate` (the contract of POLICY.md) and
// `rules check`. Neither needs a vault, so each run is quick; the cases still share runs.
#include "tests/cli/CliTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Run : tonghu::test::CliRun
{
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs tonghu-cli with `input` on its standard input, in an English environment and with no
// passphrase anywhere: these verbs must not need one.
Run cli(const QStringList& arguments, const QByteArray& input = {})
{
    return {tonghu::test::runCli(arguments, nullptr, input)};
}

// The source tree: the built-in rulebook and the broken test copies.
QString sourcePath(const char* relative)
{
    return QDir::cleanPath(QStringLiteral(TONGHU_SOURCE_DIR "/") + QLatin1String(relative));
}

// A girl of 10 (born 2016-04-01, evaluated 2026-05-01) whose parents both died; her mother's
// and the household's situation is partly unknown.
constexpr const char* kOrphan = R"({
    "as_of": "2026-05-01",
    "facts": {
        "child.birth_date": "2016-04-01", "child.sex": "female", "child.hukou": "local",
        "child.school": "primary", "child.disability_level": 0, "child.medical_insurance": true,
        "father.status": "deceased", "mother.status": "deceased",
        "household.assistance": "none", "household.guardian_capable": null,
        "obs.mh_signs": ["withdrawal", "bullied"],
        "visit.last_date": "2026-04-20"
    }
})";

const QJsonObject* findingIn(const QJsonArray& findings, const char* id, QJsonObject* storage)
{
    for (const QJsonValue& v : findings)
        if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String(id)) {
            *storage = v.toObject();
            return storage;
        }
    return nullptr;
}

} // namespace

TEST_CASE("tonghu-cli evaluate prints the findings of the contract, from a file or stdin", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("facts.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kOrphan);
    }

    const Run fromFile =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("evaluate"), file});
    INFO(fromFile.err.toStdString());
    REQUIRE(fromFile.exitCode == 0);
    CHECK(fromFile.err.isEmpty());
    const QJsonObject out = fromFile.json();
    CHECK(out.value(QLatin1String("ruleset")).toString().startsWith(QLatin1String("tonghu-default@")));
    // Mental-health signs make a medium risk; the orphan visit is monthly, from the last visit.
    CHECK(out.value(QLatin1String("next_visit_due")).toString() == QLatin1String("2026-05-20"));
    const QJsonArray findings = out.value(QLatin1String("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    for (const QJsonValue& v : findings) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "kind", "status", "severity", "title", "because", "questions",
                                "refer_to", "documents", "cite"}) {
            INFO(key);
            CHECK(o.contains(QLatin1String(key)));
        }
        const QString status = o.value(QLatin1String("status")).toString();
        CHECK((status == QLatin1String("met") || status == QLatin1String("possible")));
        CHECK_FALSE(o.value(QLatin1String("cite")).toString().isEmpty());
    }

    QJsonObject orphan;
    REQUIRE(findingIn(findings, "cat.orphan", &orphan));
    CHECK(orphan.value(QLatin1String("kind")).toString() == QLatin1String("category"));
    CHECK(orphan.value(QLatin1String("status")).toString() == QLatin1String("met"));
    CHECK(orphan.value(QLatin1String("severity")).isNull());
    CHECK(orphan.value(QLatin1String("title")).toString() == QLatin1String("Orphan"));
    CHECK(orphan.value(QLatin1String("because")).toArray() ==
          QJsonArray{QStringLiteral("age = 10"), QStringLiteral("father.status = deceased"),
                     QStringLiteral("mother.status = deceased")});
    CHECK(orphan.value(QLatin1String("questions")).toArray().isEmpty());

    QJsonObject allowance;
    REQUIRE(findingIn(findings, "elig.orphan_allowance", &allowance));
    CHECK(allowance.value(QLatin1String("documents")).toArray().size() == 4);
    CHECK_FALSE(allowance.value(QLatin1String("refer_to")).toString().isEmpty());

    QJsonObject guardianship;
    REQUIRE(findingIn(findings, "risk.temporary_guardianship", &guardianship));
    CHECK(guardianship.value(QLatin1String("status")).toString() == QLatin1String("possible"));
    CHECK(guardianship.value(QLatin1String("severity")).toString() == QLatin1String("critical"));
    CHECK(guardianship.value(QLatin1String("questions")).toArray() ==
          QJsonArray{QStringLiteral("household.guardian_capable")});

    QJsonObject mentalHealth;
    REQUIRE(findingIn(findings, "risk.mental_health", &mentalHealth));
    CHECK(mentalHealth.value(QLatin1String("severity")).toString() == QLatin1String("medium"));

    // The same facts on stdin, plus a name the rulebook does not know: a warning, not an error.
    QByteArray withUnknown = kOrphan;
    withUnknown.replace("\"child.sex\"", "\"child.shoe_size\": 31, \"child.sex\"");
    const Run fromStdin =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("evaluate"), QStringLiteral("-")},
            withUnknown);
    REQUIRE(fromStdin.exitCode == 0);
    REQUIRE(fromStdin.errLines().size() == 1);
    CHECK(fromStdin.err.contains(QLatin1String("child.shoe_size")));
    CHECK(fromStdin.json() == out);
}

TEST_CASE("tonghu-cli evaluate refuses malformed facts with one line naming the fact", "[cli]")
{
    const Run badDate =
        cli({QStringLiteral("evaluate"), QStringLiteral("-")},
            R"({"as_of": "2026-05-01", "facts": {"child.sex": "male", "child.birth_date": "2016-02-30"}})");
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.out.isEmpty());
    REQUIRE(badDate.errLines().size() == 1);
    CHECK(badDate.err.contains(QLatin1String("child.birth_date")));

    const Run badEnum =
        cli({QStringLiteral("evaluate"), QStringLiteral("-")}, R"({"facts": {"father.status": "dead"}})");
    CHECK(badEnum.exitCode == 2);
    CHECK(badEnum.out.isEmpty());
    REQUIRE(badEnum.errLines().size() == 1);
    CHECK(badEnum.err.contains(QLatin1String("father.status")));

    const Run notJson = cli({QStringLiteral("evaluate"), QStringLiteral("-")}, "as_of=2026-05-01");
    CHECK(notJson.exitCode == 2);
    CHECK(notJson.errLines().size() == 1);
}

TEST_CASE("tonghu-cli evaluate --rules uses a rulebook folder; titles follow --lang", "[cli]")
{
    const Run zh = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("evaluate"),
                        QStringLiteral("--rules"), sourcePath("resources/rules"), QStringLiteral("-")},
                       kOrphan);
    INFO(zh.err.toStdString());
    REQUIRE(zh.exitCode == 0);
    QJsonObject orphan;
    REQUIRE(findingIn(zh.json().value(QLatin1String("findings")).toArray(), "cat.orphan", &orphan));
    CHECK(orphan.value(QLatin1String("title")).toString() == QStringLiteral("孤儿"));

    // A broken rulebook is refused before any fact is read.
    const Run broken = cli({QStringLiteral("evaluate"), QStringLiteral("--rules"),
                            sourcePath("tests/data/rulebooks/unknown_fact"), QStringLiteral("-")},
                           kOrphan);
    CHECK(broken.exitCode == 2);
    CHECK(broken.out.isEmpty());
    CHECK(broken.err.contains(QLatin1String("categories.rules:52:8:")));
}

TEST_CASE("tonghu-cli rules check reports OK or the first problem as file:line:column", "[cli]")
{
    const Run good = cli({QStringLiteral("rules"), QStringLiteral("check"), sourcePath("resources/rules")});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    static const QRegularExpression ok(
        QStringLiteral("^OK: tonghu-default@\\S+, \\d+ rules, \\d+ facts, \\d+ settings, 1 checklists\n$"));
    CHECK(ok.match(QString::fromUtf8(good.out)).hasMatch());
    CHECK(good.err.isEmpty());

    const QString dir = sourcePath("tests/data/rulebooks/syntax_error");
    const Run bad = cli({QStringLiteral("rules"), QStringLiteral("check"), dir});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    REQUIRE(bad.errLines().size() == 1);
    // At the start of the line, as a compiler writes it, so an editor can jump there.
    CHECK(bad.err.startsWith(dir + QStringLiteral("/risks.rules:12:23: ")));

    const Run missing =
        cli({QStringLiteral("rules"), QStringLiteral("check"), sourcePath("tests/data/rulebooks/none")});
    CHECK(missing.exitCode == 2);

    // The checklists beside the rulebook are checked against it too.
    QTemporaryDir checklists;
    QFile original(sourcePath("resources/checklists/visit.checklist"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    REQUIRE(text.contains("[question child.in_institution]"));
    text.replace("[question child.in_institution]", "[question child.institution]");
    QFile copy(checklists.filePath(QStringLiteral("visit.checklist")));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();
    const Run badChecklist = cli({QStringLiteral("rules"), QStringLiteral("check"), sourcePath("resources/rules"),
                                  QStringLiteral("--checklists"), checklists.path()});
    CHECK(badChecklist.exitCode == 2);
    CHECK(badChecklist.err.startsWith(checklists.filePath(QStringLiteral("visit.checklist")) + QLatin1Char(':')));
    CHECK(badChecklist.err.contains(QLatin1String("child.institution")));
}
