// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli audit verify` and `audit list` on real vault files, and the masking of the
// children list. Each CLI run unlocks with the standard KDF (about a second), so the cases
// share one vault and run few commands.
#include "core/model/IdNumber.h"
#include "core/storage/Database.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"
#include "tests/cli/CliTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tonghu;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple 42";

test::CliRun cli(const QString& vault, const QStringList& arguments)
{
    return test::runCli(QStringList{QStringLiteral("--vault"), vault} + arguments, kPassphrase);
}

QJsonArray jsonArray(const test::CliRun& run) { return QJsonDocument::fromJson(run.out).array(); }

// Opens the vault as someone with the passphrase and an SQL tool would, drops the triggers that
// keep the log append-only in that connection, and runs `sql` on the entry numbered `seq`.
void tamper(const QString& dir, const char* sql, qint64 seq)
{
    auto v = vault::Vault::unlock(dir, SecureBuffer::fromText(kPassphrase));
    v->database().exec("DROP TRIGGER IF EXISTS audit_log_no_update");
    v->database().exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
    auto st = v->database().prepare(sql);
    st.bind(1, static_cast<std::int64_t>(seq)).run();
    REQUIRE(v->database().changes() == 1);
}

} // namespace

TEST_CASE("audit verify finds an edited entry and a removed one; audit list filters", "[cli][audit]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    REQUIRE(cli(dir, {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("3"),
                      QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode == 0);

    {
        INFO("the children list masks ID numbers, in JSON too, unless asked");
        const test::CliRun masked = cli(dir, {QStringLiteral("children"), QStringLiteral("--json")});
        REQUIRE(masked.exitCode == 0);
        const QJsonArray children = jsonArray(masked);
        REQUIRE(children.size() == 3);
        for (const QJsonValue& c : children) {
            const QString id = c.toObject().value(QLatin1String("id_number")).toString();
            CHECK(id.size() == 18);
            CHECK(id.mid(6, 8) == QLatin1String("********"));
            CHECK_FALSE(model::IdNumber::parse(id).valid());
        }
        const test::CliRun text = cli(dir, {QStringLiteral("children")});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains("********"));

        const test::CliRun whole =
            cli(dir, {QStringLiteral("children"), QStringLiteral("--show-id"), QStringLiteral("--json")});
        REQUIRE(whole.exitCode == 0);
        QStringList childIds;
        for (const QJsonValue& c : jsonArray(whole)) {
            CHECK(model::IdNumber::parse(c.toObject().value(QLatin1String("id_number")).toString()).valid());
            childIds << c.toObject().value(QLatin1String("id")).toString();
        }
        REQUIRE(childIds.size() == 3);

        INFO("each number shown whole is a reveal entry naming the child, not the number");
        const test::CliRun reveals =
            cli(dir, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("reveal"), QStringLiteral("--json")});
        REQUIRE(reveals.exitCode == 0);
        QStringList revealed;
        for (const QJsonValue& v : jsonArray(reveals)) {
            const QJsonObject e = v.toObject();
            CHECK(e.value(QLatin1String("entity")).toString() == QLatin1String("child"));
            CHECK(e.value(QLatin1String("detail")).toString() == QLatin1String("id_number"));
            revealed << e.value(QLatin1String("entity_id")).toString();
        }
        std::sort(revealed.begin(), revealed.end());
        std::sort(childIds.begin(), childIds.end());
        CHECK(revealed == childIds);
    }

    QString userId;
    {
        INFO("audit list: groups of actions, users and days");
        const test::CliRun exports =
            cli(dir, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("export"), QStringLiteral("--json")});
        REQUIRE(exports.exitCode == 0);
        const QJsonArray list = jsonArray(exports);
        CHECK(list.size() == 3); // the three children lists above
        for (const QJsonValue& v : list)
            CHECK(v.toObject().value(QLatin1String("action")).toString() == QLatin1String("export.list"));
        userId = list.first().toObject().value(QLatin1String("user_id")).toString();
        REQUIRE_FALSE(userId.isEmpty());

        const test::CliRun mine = cli(dir, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"),
                                            userId, QStringLiteral("--action"), QStringLiteral("unlock")});
        REQUIRE(mine.exitCode == 0);
        CHECK(mine.out.contains("unlock"));
        CHECK_FALSE(mine.out.contains("export.list"));

        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const test::CliRun none =
            cli(dir, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), tomorrow});
        REQUIRE(none.exitCode == 0);
        CHECK(none.out.trimmed() == "No entry matches.");

        const test::CliRun bad =
            cli(dir, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("soon")});
        CHECK(bad.exitCode == 2);
    }

    const test::CliRun intact = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.startsWith("The audit log is intact"));

    {
        INFO("an entry edited with SQL: exit 1, one line with its number, after later entries too");
        tamper(dir, "UPDATE audit_log SET entity_id = 'someone-else' WHERE seq = ?", 4);
        // Another session appends its unlock, export and lock entries after the edited one.
        REQUIRE(cli(dir, {QStringLiteral("children")}).exitCode == 0);
        const test::CliRun broken = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(broken.exitCode == 1);
        const QList<QByteArray> lines = broken.out.trimmed().split('\n');
        REQUIRE(lines.size() == 1);
        CHECK(lines.first().contains(" 4:"));
    }
}

TEST_CASE("audit verify finds an entry removed with SQL", "[cli][audit]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    REQUIRE(cli(dir, {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                      QStringLiteral("--place"), QStringLiteral("621126103"), QStringLiteral("--user"),
                      QStringLiteral("测试员")})
                .exitCode == 0);
    // vault.create, lock, then the tamperer's own unlock: the second entry goes.
    tamper(dir, "DELETE FROM audit_log WHERE seq = ?", 2);
    const test::CliRun broken = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(broken.exitCode == 1);
    const QJsonObject o = QJsonDocument::fromJson(broken.out).object();
    CHECK(o.value(QLatin1String("intact")).toBool() == false);
    CHECK(o.value(QLatin1String("first_broken")).toInteger() == 2);
}
