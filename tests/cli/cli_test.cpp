// SPDX-License-Identifier: GPL-3.0-or-later
// The real tonghu-cli binary driven as a script would. Every vault here uses the standard KDF
// (the CLI offers no way to weaken it), so each create or unlock costs about a second: the
// cases share vaults and keep the number of runs small.
#include "core/model/IdNumber.h"
#include "core/vault/Vault.h"
#include "tests/cli/CliTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace tonghu;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple 42";

using Run = test::CliRun;

// Runs tonghu-cli in English, with the passphrase in TONGHU_PASSPHRASE unless it is null.
Run cli(const QStringList& arguments, const char* passphrase = kPassphrase)
{
    return test::runCli(arguments, passphrase);
}

QStringList withVault(const QString& dir, QStringList arguments)
{
    return QStringList{QStringLiteral("--vault"), dir} + arguments;
}

// SHA-256 of every file of the vault except the unlock-attempt counter, which a wrong passphrase
// is meant to change.
QMap<QString, QByteArray> vaultHashes(const QString& dir)
{
    QMap<QString, QByteArray> hashes;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (name == QLatin1String("unlock-attempts.json"))
            continue;
        QFile f(dir + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::ReadOnly));
        hashes.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

struct ChildLine
{
    QString name;
    QString idNumber;
    QString birthDate;
    QString sex;
    bool operator==(const ChildLine&) const = default;
    bool operator<(const ChildLine& o) const { return idNumber < o.idNumber; }
};

QList<ChildLine> childLines(const QJsonArray& array)
{
    QList<ChildLine> lines;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        lines << ChildLine{
            o.value(QLatin1String("name")).toString(), o.value(QLatin1String("id_number")).toString(),
            o.value(QLatin1String("birth_date")).toString(), o.value(QLatin1String("sex")).toString()};
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

TEST_CASE("tonghu-cli reports its version and refuses unknown verbs and options", "[cli]")
{
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QByteArray("tonghu-cli ") + TONGHU_VERSION);

    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("check-id"));

    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String("Usage:")));
    CHECK(unknown.out.isEmpty());

    CHECK(
        cli({QStringLiteral("check-id"), QStringLiteral("--no-such-option"), QStringLiteral("1")}).exitCode ==
        2);
    CHECK(cli({}).exitCode == 2);
}

TEST_CASE("check-id tells a valid number from an invalid one, with or without a vault", "[cli]")
{
    const Run valid = cli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X")}, nullptr);
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains("1949-12-31"));

    const Run validJson =
        cli({QStringLiteral("check-id"), QStringLiteral("11010519491231002x"), QStringLiteral("--json")},
            nullptr);
    REQUIRE(validJson.exitCode == 0);
    const QJsonObject v = validJson.json().object();
    CHECK(v.value(QLatin1String("valid")).toBool());
    CHECK(v.value(QLatin1String("birth_date")).toString() == QLatin1String("1949-12-31"));
    CHECK(v.value(QLatin1String("sex")).toString() == QLatin1String("female"));
    CHECK(v.value(QLatin1String("region")).toString() == QLatin1String("110105"));

    // A wrong check character: exit 2, the reason on stderr.
    const Run invalid = cli({QStringLiteral("check-id"), QStringLiteral("110105194912310021")}, nullptr);
    CHECK(invalid.exitCode == 2);
    CHECK_FALSE(invalid.err.trimmed().isEmpty());
    CHECK(invalid.out.isEmpty());

    const Run invalidJson =
        cli({QStringLiteral("check-id"), QStringLiteral("11010519490230002X"), QStringLiteral("--json")},
            nullptr);
    CHECK(invalidJson.exitCode == 2);
    const QJsonObject i = invalidJson.json().object();
    CHECK_FALSE(i.value(QLatin1String("valid")).toBool(true));
    CHECK_FALSE(i.value(QLatin1String("error")).toString().isEmpty());

    CHECK(cli({QStringLiteral("check-id")}, nullptr).exitCode == 2);
    CHECK(cli({QStringLiteral("check-id"), QStringLiteral("12345")}, nullptr).exitCode == 2);
}

TEST_CASE("init creates a vault once, shows the recovery code, and refuses bad places", "[cli]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/vault");
    const QStringList init{
        QStringLiteral("init"),    QStringLiteral("--role"),         QStringLiteral("village"),
        QStringLiteral("--place"), QStringLiteral("621126103201"),   QStringLiteral("--user"),
        QStringLiteral("李老师"),  QStringLiteral("--village-name"), QStringLiteral("红旗村")};

    SECTION("a bad place code is refused before anything is written")
    {
        QStringList shortCode = init;
        shortCode[4] = QStringLiteral("62112610320");
        const Run r = cli(withVault(dir, shortCode));
        CHECK(r.exitCode == 2);
        CHECK(r.err.count(QLatin1Char('\n')) == 1); // one clear line
        QStringList unknownTownship = init;
        unknownTownship[4] = QStringLiteral("621126999201");
        CHECK(cli(withVault(dir, unknownTownship)).exitCode == 2);
        QStringList badRole = init;
        badRole[2] = QStringLiteral("province");
        CHECK(cli(withVault(dir, badRole)).exitCode == 2);
        CHECK_FALSE(vault::Vault::exists(dir));
    }

    SECTION("a new vault lists no children, and a second init is refused")
    {
        const Run created = cli(withVault(dir, init));
        REQUIRE(created.exitCode == 0);
        CHECK(created.out.contains("Recovery code: "));
        CHECK_FALSE(created.out.contains("李老师")); // the user's name is not echoed
        CHECK(vault::Vault::exists(dir));

        const Run children = cli(withVault(dir, {QStringLiteral("children"), QStringLiteral("--json")}));
        REQUIRE(children.exitCode == 0);
        CHECK(children.json().isArray());
        CHECK(children.json().array().isEmpty());

        const auto before = vaultHashes(dir);
        const Run again = cli(withVault(dir, init));
        CHECK((again.exitCode == 1 || again.exitCode == 2));
        CHECK_FALSE(again.err.trimmed().isEmpty());
        CHECK(vaultHashes(dir) == before);
    }
}

TEST_CASE("demo builds the same valid village from the same seed", "[cli]")
{
    QTemporaryDir tmp;
    const QString first = tmp.path() + QStringLiteral("/first");
    const QString second = tmp.path() + QStringLiteral("/second");
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("20"),
                           QStringLiteral("--seed"), QStringLiteral("7")};

    const Run made = cli(withVault(first, demo));
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains("20 children"));
    CHECK(made.out.contains("submitted visits: "));
    // Whole ID numbers only when asked for: the checks below read them.
    const Run listed =
        cli(withVault(first, {QStringLiteral("children"), QStringLiteral("--show-id"), QStringLiteral("--json")}));
    REQUIRE(listed.exitCode == 0);
    const QJsonArray children = listed.json().array();
    REQUIRE(children.size() == 20);
    for (const QJsonValue& value : children) {
        const QJsonObject c = value.toObject();
        CHECK_FALSE(c.value(QLatin1String("id")).toString().isEmpty());
        CHECK_FALSE(c.value(QLatin1String("name")).toString().isEmpty());
        CHECK_FALSE(c.value(QLatin1String("household_id")).toString().isEmpty());
        const auto info = model::IdNumber::parse(c.value(QLatin1String("id_number")).toString());
        CHECK(info.valid());
        CHECK(info.regionCode == QLatin1String("621126"));
        CHECK(info.birthDate.toString(Qt::ISODate) == c.value(QLatin1String("birth_date")).toString());
        CHECK(info.sex == c.value(QLatin1String("sex")).toString());
    }

    // Sections would rerun the demo above for each one, so the checks follow one another.
    {
        INFO("another vault with the same seed gets the same names, ID numbers and birth dates");
        const Run json = cli(withVault(second, demo + QStringList{QStringLiteral("--json")}));
        REQUIRE(json.exitCode == 0);
        // The year of history comes with the village, counted in the output.
        const QJsonObject counts = json.json().object();
        CHECK(counts.value(QLatin1String("children")).toInt() == 20);
        for (const char* key : {"visits", "drafts", "referrals"}) {
            INFO(key);
            CHECK(counts.value(QLatin1String(key)).isDouble());
            CHECK(counts.value(QLatin1String(key)).toInt() > 0);
        }
        CHECK(counts.value(QLatin1String("visits")).toInt() > counts.value(QLatin1String("drafts")).toInt());
        const Run again = cli(
            withVault(second, {QStringLiteral("children"), QStringLiteral("--show-id"), QStringLiteral("--json")}));
        REQUIRE(again.exitCode == 0);
        CHECK(childLines(again.json().array()) == childLines(children));
    }

    {
        INFO("a wrong passphrase is bad input and changes nothing");
        const auto before = vaultHashes(first);
        const Run wrong = cli(withVault(first, {QStringLiteral("children"), QStringLiteral("--json")}),
                              "not the passphrase at all");
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.out.isEmpty());
        CHECK(wrong.err.contains(QLatin1String("passphrase")));
        CHECK(vaultHashes(first) == before);
    }

    {
        INFO("the passphrase can come from the first line of a file");
        const QString file = tmp.path() + QStringLiteral("/passphrase.txt");
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kPassphrase) + "\nsecond line is ignored\n");
        f.close();
        const Run fromFile = cli(withVault(first, {QStringLiteral("children"), QStringLiteral("--json"),
                                                   QStringLiteral("--passphrase-file"), file}),
                                 nullptr);
        CHECK(fromFile.exitCode == 0);
        CHECK(fromFile.json().array().size() == 20);

        // Without any source and without a terminal there is nobody to ask: bad input.
        CHECK(cli(withVault(first, {QStringLiteral("children")}), nullptr).exitCode == 2);
    }
}
