// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli backup`, `backup verify` and `restore` on real files, and a backup onto a full disk
// (a small tmpfs mounted in a private mount namespace). Each run unlocks with the standard KDF,
// so the cases share one vault and run few commands.
#include "tests/cli/CliTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tonghu;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple 42";

test::CliRun cli(const QStringList& arguments, const char* passphrase = kPassphrase)
{
    return test::runCli(arguments, passphrase);
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("backup, backup verify and restore from the command line", "[cli][backup]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    REQUIRE(cli({QStringLiteral("--vault"), dir, QStringLiteral("demo"), QStringLiteral("--children"),
                 QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode == 0);
    const QString file = tmp.filePath(QStringLiteral("b.tonghubackup"));

    const test::CliRun made =
        cli({QStringLiteral("--vault"), dir, QStringLiteral("backup"), QStringLiteral("--out"), file, QStringLiteral("--json")});
    REQUIRE(made.exitCode == 0);
    CHECK(made.json().object().value(QLatin1String("children")).toInt() == 3);
    CHECK(QFile::exists(file));

    INFO("an existing file is not overwritten from a script");
    const QByteArray before = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const test::CliRun again = cli({QStringLiteral("--vault"), dir, QStringLiteral("backup"), QStringLiteral("--out"), file});
    CHECK(again.exitCode == 2);
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == before);
    }

    const test::CliRun verified = cli({QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--json")});
    REQUIRE(verified.exitCode == 0);
    const QJsonObject report = verified.json().object();
    CHECK(report.value(QLatin1String("intact")).toBool());
    CHECK(report.value(QLatin1String("children")).toInt() == 3);
    CHECK(report.value(QLatin1String("visits")).toInt() > 0);

    const test::CliRun wrong = cli({QStringLiteral("backup"), QStringLiteral("verify"), file}, "not the passphrase 000");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.errLines() == QStringList{QStringLiteral("tonghu-cli: The passphrase does not open this backup. "
                                                         "Nothing was changed.")});

    const QString cut = tmp.filePath(QStringLiteral("cut.tonghubackup"));
    {
        QFile f(cut);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(before.left(before.size() - 10));
    }
    const test::CliRun damaged = cli({QStringLiteral("backup"), QStringLiteral("verify"), cut});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QLatin1String("damaged or incomplete")));

    const QString target = tmp.filePath(QStringLiteral("restored"));
    const test::CliRun restored = cli({QStringLiteral("restore"), file, QStringLiteral("--to"), target, QStringLiteral("--json")});
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.json().object().value(QLatin1String("children")).toInt() == 3);

    INFO("the restored vault lists the same children, and its log says it was restored");
    const test::CliRun sourceChildren = cli({QStringLiteral("--vault"), dir, QStringLiteral("children"), QStringLiteral("--json")});
    const test::CliRun restoredChildren =
        cli({QStringLiteral("--vault"), target, QStringLiteral("children"), QStringLiteral("--json")});
    REQUIRE(restoredChildren.exitCode == 0);
    CHECK(restoredChildren.json() == sourceChildren.json());
    const test::CliRun log = cli({QStringLiteral("--vault"), target, QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--action"), QStringLiteral("vault.restore"), QStringLiteral("--json")});
    CHECK(log.json().array().size() == 1);
    const test::CliRun exported = cli({QStringLiteral("--vault"), dir, QStringLiteral("audit"), QStringLiteral("list"),
                                       QStringLiteral("--action"), QStringLiteral("export.backup"), QStringLiteral("--json")});
    CHECK(exported.json().array().size() == 1);

    INFO("a vault in the way is kept unless --overwrite");
    const test::CliRun refused = cli({QStringLiteral("restore"), file, QStringLiteral("--to"), dir});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("already holds a vault")));
    const test::CliRun replaced = cli({QStringLiteral("restore"), file, QStringLiteral("--to"), dir, QStringLiteral("--overwrite")});
    CHECK(replaced.exitCode == 0);
    CHECK(entriesOf(tmp.path()).size() == 4); // vault, restored, b and cut: nothing moved aside is left

    INFO("passphrases never come from the arguments; bad usage is exit 2");
    CHECK(cli({QStringLiteral("restore"), file}).exitCode == 2);
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("verify")}).exitCode == 2);
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("verify"), file}, nullptr).exitCode == 2);
}

// A backup onto a disk with too little room: a 256 KiB tmpfs, mounted in a mount namespace of
// the command's own (unshare -m), so nothing outside the test sees it. Needs root, or another
// way to unshare; skipped otherwise.
TEST_CASE("a backup to a full disk fails with a clear message and leaves no partial file", "[cli][backup]")
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        SKIP("unshare is not installed");
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    REQUIRE(cli({QStringLiteral("--vault"), dir, QStringLiteral("demo"), QStringLiteral("--children"),
                 QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("8")})
                .exitCode == 0);
    const QString stick = tmp.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));
    // The listing is taken inside the namespace, after tonghu-cli ended: outside, the folder is
    // the empty mount point whatever happened on the tmpfs.
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=256k tonghu-test \"$1\" || exit 77\n"
        "\"$2\" --vault \"$3\" backup --out \"$1/b.tonghubackup\"\n"
        "rc=$?\n"
        "echo \"listing:$(ls -A \"$1\" | tr '\\n' ' ')\"\n"
        "exit $rc\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("TONGHU_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(unshare, {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                            QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), stick,
                            QStringLiteral(TONGHU_CLI_PATH), dir});
    REQUIRE(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() == 77 || (process.exitCode() != 0 && err.contains(QLatin1String("unshare"))))
        SKIP("no private mount namespace here (needs root): " << err.toStdString());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(err.contains(QLatin1String("The backup could not be written: the disk may be full or not writable. No "
                                     "backup file was left behind.")));
    CHECK(out.trimmed() == QLatin1String("listing:"));
    CHECK(entriesOf(stick).isEmpty());
    const test::CliRun log = cli({QStringLiteral("--vault"), dir, QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--action"), QStringLiteral("export.backup"), QStringLiteral("--json")});
    CHECK(log.json().array().isEmpty());
}
