// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/support/NginxDav.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

constexpr const char* kPassphrase = "correct horse battery staple 42";

struct Run : tonghu::test::CliRun
{
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QString& vault, const QStringList& arguments)
{
    return {tonghu::test::runCli(QStringList{QStringLiteral("--vault"), vault} + arguments, kPassphrase)};
}

void init(const QString& vault, const QStringList& place)
{
    const Run r = cli(vault, QStringList{QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("测试员")}
                                 + place);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// A village and its township, each with a vault, that have imported each other's enrollment.
struct EnrolledPair
{
    QString village;
    QString township;
};

EnrolledPair enrolledPair(const QTemporaryDir& tmp)
{
    EnrolledPair p{tmp.filePath(QStringLiteral("village")), tmp.filePath(QStringLiteral("township"))};
    init(p.village, {QStringLiteral("--role"), QStringLiteral("village"), QStringLiteral("--place"),
                     QStringLiteral("621126103201"), QStringLiteral("--village-name"), QStringLiteral("红旗村")});
    init(p.township, {QStringLiteral("--role"), QStringLiteral("township"), QStringLiteral("--place"),
                      QStringLiteral("621126103")});
    const QString vFile = tmp.filePath(QStringLiteral("v.enrollment"));
    const QString tFile = tmp.filePath(QStringLiteral("t.enrollment"));
    REQUIRE(cli(p.village, {QStringLiteral("enroll"), QStringLiteral("export"), QStringLiteral("--out"), vFile})
                .exitCode == 0);
    REQUIRE(cli(p.township, {QStringLiteral("enroll"), QStringLiteral("export"), QStringLiteral("--out"), tFile})
                .exitCode == 0);
    REQUIRE(cli(p.township, {QStringLiteral("enroll"), QStringLiteral("import"), vFile}).exitCode == 0);
    REQUIRE(cli(p.village, {QStringLiteral("enroll"), QStringLiteral("import"), tFile}).exitCode == 0);
    return p;
}

} // namespace

using namespace tonghu;

TEST_CASE("enroll export and import trust a village and its township both ways, with fingerprints", "[cli][enroll]")
{
    QTemporaryDir tmp;
    const QString village = tmp.filePath(QStringLiteral("village"));
    const QString township = tmp.filePath(QStringLiteral("township"));
    init(village, {QStringLiteral("--role"), QStringLiteral("village"), QStringLiteral("--place"),
                   QStringLiteral("621126103201"), QStringLiteral("--village-name"), QStringLiteral("红旗村")});
    init(township, {QStringLiteral("--role"), QStringLiteral("township"), QStringLiteral("--place"),
                    QStringLiteral("621126103")});

    // Nobody to send to before any device is enrolled.
    CHECK(cli(village, {QStringLiteral("export"), QStringLiteral("--to"), tmp.filePath(QStringLiteral("out"))})
              .exitCode == 2);

    const QString villageFile = tmp.filePath(QStringLiteral("village.enrollment"));
    const Run exported = cli(village, {QStringLiteral("enroll"), QStringLiteral("export"), QStringLiteral("--out"),
                                       villageFile, QStringLiteral("--json")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString fingerprint = exported.json().value(QLatin1String("fingerprint")).toString();
    CHECK(fingerprint.size() == 35);
    REQUIRE(QFile::exists(villageFile));

    // The township sees the same fingerprint the village read out.
    const Run imported = cli(township, {QStringLiteral("enroll"), QStringLiteral("import"), villageFile,
                                        QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QLatin1String("fingerprint")).toString() == fingerprint);
    CHECK(imported.json().value(QLatin1String("relation")).toString() == QLatin1String("child"));

    const QString townshipFile = tmp.filePath(QStringLiteral("township.enrollment"));
    REQUIRE(cli(township, {QStringLiteral("enroll"), QStringLiteral("export"), QStringLiteral("--out"), townshipFile})
                .exitCode == 0);
    const Run back = cli(village, {QStringLiteral("enroll"), QStringLiteral("import"), townshipFile});
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains("Fingerprint"));

    const Run list = cli(village, {QStringLiteral("enroll"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(QLatin1String("fingerprint")).toString() == fingerprint);
    const QJsonArray trusted = list.json().value(QLatin1String("trusted")).toArray();
    REQUIRE(trusted.size() == 1);
    CHECK(trusted.at(0).toObject().value(QLatin1String("relation")).toString() == QLatin1String("parent"));
    CHECK(trusted.at(0).toObject().value(QLatin1String("place_code")).toString() == QLatin1String("621126103"));

    // A changed file is refused with one line and bad-input status, and trusts nothing.
    QFile f(villageFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes.replace("621126103201", "621126103202");
    const QString tampered = tmp.filePath(QStringLiteral("tampered.enrollment"));
    QFile t(tampered);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write(bytes);
    t.close();
    const Run refused = cli(township, {QStringLiteral("enroll"), QStringLiteral("import"), tampered});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.count(QLatin1Char('\n')) == 1);
    const Run after = cli(township, {QStringLiteral("enroll"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(after.json().value(QLatin1String("trusted")).toArray().size() == 1);
}

TEST_CASE("export writes a bundle for the township that it verifies and inspects; a changed copy is refused",
          "[cli][sync]")
{
    QTemporaryDir tmp;
    const auto [village, township] = enrolledPair(tmp);
    const QString stranger = tmp.filePath(QStringLiteral("stranger"));
    init(stranger, {QStringLiteral("--role"), QStringLiteral("township"), QStringLiteral("--place"),
                    QStringLiteral("621126103")});
    const QString outbox = tmp.filePath(QStringLiteral("usb/outbox"));
    REQUIRE(cli(village, {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("4"),
                          QStringLiteral("--place"), QStringLiteral("621126103201")})
                .exitCode == 0);

    const Run exported = cli(village, {QStringLiteral("export"), QStringLiteral("--to"), outbox, QStringLiteral("--json")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonArray paths = QJsonDocument::fromJson(exported.out).array();
    REQUIRE(paths.size() == 1);
    const QString bundle = paths.at(0).toString();
    REQUIRE(QFile::exists(bundle));
    // The file name says nothing about anyone.
    CHECK(QFileInfo(bundle).fileName().endsWith(QLatin1String(".tonghub")));

    const Run verified = cli(township, {QStringLiteral("verify"), bundle, QStringLiteral("--json")});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.json().value(QLatin1String("valid")).toBool());
    CHECK(verified.json().value(QLatin1String("first_sequence")).toInt() == 1);

    const Run inspected = cli(township, {QStringLiteral("inspect"), bundle, QStringLiteral("--json")});
    REQUIRE(inspected.exitCode == 0);
    CHECK(inspected.json().value(QLatin1String("verified")).toBool());
    const QJsonObject contents = inspected.json().value(QLatin1String("contents")).toObject();
    // Four children created, and some changed again by their visits.
    CHECK(contents.value(QLatin1String("children")).toInt() >= 4);
    CHECK(contents.value(QLatin1String("households")).toInt() > 0);
    CHECK(contents.value(QLatin1String("visits")).toInt() > 0);
    CHECK(inspected.json().value(QLatin1String("event_count")).toInt() > 4);

    // A device that never enrolled the village refuses it; so does anyone for a changed copy.
    const Run unknown = cli(stranger, {QStringLiteral("verify"), bundle});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.count(QLatin1Char('\n')) == 1);
    QFile f(bundle);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString changed = tmp.filePath(QStringLiteral("changed.tonghub"));
    QFile c(changed);
    REQUIRE(c.open(QIODevice::WriteOnly));
    c.write(bytes);
    c.close();
    const Run refused = cli(township, {QStringLiteral("verify"), changed});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.count(QLatin1Char('\n')) == 1);
    const Run peek = cli(township, {QStringLiteral("inspect"), changed, QStringLiteral("--json")});
    CHECK_FALSE(peek.json().value(QLatin1String("verified")).toBool());

    // Import, each file in its turn while the next is opened: the changed copy and a file that
    // is not there are refused (exit 2), the good one is applied, and the same file again is a
    // duplicate.
    const QString missing = tmp.filePath(QStringLiteral("not-there.tonghu"));
    const Run imported =
        cli(township, {QStringLiteral("import"), changed, missing, bundle, bundle, QStringLiteral("--json")});
    CHECK(imported.exitCode == 2);
    const QJsonArray results = QJsonDocument::fromJson(imported.out).array();
    REQUIRE(results.size() == 4);
    const auto resultOf = [&results](int i) { return results.at(i).toObject().value(QLatin1String("result")).toString(); };
    CHECK(resultOf(0) == QLatin1String("refused"));
    CHECK(resultOf(1) == QLatin1String("refused"));
    CHECK(results.at(1).toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("cannot be opened")));
    CHECK(resultOf(2) == QLatin1String("applied"));
    CHECK(results.at(2).toObject().value(QLatin1String("applied")).toInt()
          == inspected.json().value(QLatin1String("event_count")).toInt());
    CHECK(resultOf(3) == QLatin1String("duplicate"));
    const Run again = cli(township, {QStringLiteral("import"), bundle, QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    CHECK(QJsonDocument::fromJson(again.out).array().at(0).toObject().value(QLatin1String("result")).toString()
          == QLatin1String("duplicate"));
}

TEST_CASE("sync exchanges through a folder it remembers", "[cli][sync]")
{
    QTemporaryDir tmp;
    const auto [village, township] = enrolledPair(tmp);
    REQUIRE(cli(village, {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("3"),
                          QStringLiteral("--place"), QStringLiteral("621126103201")})
                .exitCode == 0);

    // No folder yet: one clear line.
    const Run none = cli(village, {QStringLiteral("sync")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.count(QLatin1Char('\n')) == 1);

    const QString stick = tmp.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));
    const Run v1 = cli(village, {QStringLiteral("sync"), QStringLiteral("--folder"), stick, QStringLiteral("--json")});
    INFO(v1.err.toStdString());
    REQUIRE(v1.exitCode == 0);
    CHECK(v1.json().value(QLatin1String("written")).toArray().size() == 1);
    const Run t1 = cli(township, {QStringLiteral("sync"), QStringLiteral("--folder"), stick, QStringLiteral("--json")});
    REQUIRE(t1.exitCode == 0);
    CHECK(t1.json().value(QLatin1String("imported")).toInt() == 1);
    CHECK(t1.json().value(QLatin1String("changes")).toInt() > 3);
    // The village's next sync needs no folder: it was remembered.
    const Run v2 = cli(village, {QStringLiteral("sync"), QStringLiteral("--json")});
    REQUIRE(v2.exitCode == 0);
    CHECK(v2.json().value(QLatin1String("imported")).toInt() == 1);
    CHECK(v2.json().value(QLatin1String("written")).toArray().isEmpty()); // everything acknowledged
}

TEST_CASE("sync through a WebDAV server with a password from a file; conflicts lists nothing", "[cli][sync][webdav]")
{
    QTemporaryDir tmp;
    const auto [village, township] = enrolledPair(tmp);
    REQUIRE(cli(village, {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("2"),
                          QStringLiteral("--place"), QStringLiteral("621126103201")})
                .exitCode == 0);
    test::NginxDav server(test::NginxDav::Options{QStringLiteral("zhen"), QStringLiteral("s3rver-pass"), {}});
    const QString passwordFile = tmp.filePath(QStringLiteral("server-password"));
    QFile f(passwordFile);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("s3rver-pass\n");
    f.close();
    const QStringList serverArgs{QStringLiteral("sync"), QStringLiteral("--server"), server.url().toString(),
                                 QStringLiteral("--user"), QStringLiteral("zhen"),
                                 QStringLiteral("--server-password-file"), passwordFile, QStringLiteral("--json")};
    const Run v1 = cli(village, serverArgs);
    INFO(v1.err.toStdString());
    REQUIRE(v1.exitCode == 0);
    CHECK(v1.json().value(QLatin1String("written")).toArray().size() == 1);
    CHECK_FALSE(v1.out.contains("s3rver-pass"));
    const Run t1 = cli(township, serverArgs);
    REQUIRE(t1.exitCode == 0);
    CHECK(t1.json().value(QLatin1String("imported")).toInt() == 1);
    // Remembered, password included, inside the encrypted vault.
    const Run v2 = cli(village, {QStringLiteral("sync"), QStringLiteral("--json")});
    INFO(v2.err.toStdString());
    REQUIRE(v2.exitCode == 0);
    CHECK(v2.json().value(QLatin1String("imported")).toInt() == 1);
    CHECK(test::filesContaining(village, QStringLiteral("s3rver-pass")).isEmpty());
    // A wrong password: one clear line, exit 2 (bad input, like a wrong passphrase).
    QFile wrong(passwordFile);
    REQUIRE(wrong.open(QIODevice::WriteOnly | QIODevice::Truncate));
    wrong.write("nope\n");
    wrong.close();
    const Run bad = cli(village, serverArgs);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.count(QLatin1Char('\n')) == 1);

    const Run conflicts = cli(township, {QStringLiteral("conflicts"), QStringLiteral("--json")});
    REQUIRE(conflicts.exitCode == 0);
    CHECK(QJsonDocument::fromJson(conflicts.out).array().isEmpty());
    CHECK(cli(township, {QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("x"),
                         QStringLiteral("--keep"), QStringLiteral("other")})
              .exitCode == 1); // not found
}

TEST_CASE("retention due lists nothing on a fresh village and purge asks to be confirmed", "[cli][retention]")
{
    QTemporaryDir tmp;
    const auto [village, township] = enrolledPair(tmp);
    const Run due = cli(village, {QStringLiteral("retention"), QStringLiteral("due"), QStringLiteral("--json")});
    REQUIRE(due.exitCode == 0);
    CHECK(due.json().value(QLatin1String("years_after_leaving")).toInt() == 3);
    CHECK(due.json().value(QLatin1String("children")).toArray().isEmpty());
    const Run unconfirmed = cli(village, {QStringLiteral("retention"), QStringLiteral("purge")});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(unconfirmed.err.count(QLatin1Char('\n')) == 1);
    CHECK(cli(village, {QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--confirm")}).exitCode
          == 0);
}

TEST_CASE("import killed at any moment leaves the township as before, and importing again completes it",
          "[cli][sync][crash]")
{
    QTemporaryDir tmp;
    // Named variables, not a structured binding: the lambda below captures one.
    const EnrolledPair pair = enrolledPair(tmp);
    const QString& village = pair.village;
    const QString& township = pair.township;
    REQUIRE(cli(village, {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("40"),
                          QStringLiteral("--place"), QStringLiteral("621126103201")})
                .exitCode == 0);
    const Run exported = cli(village, {QStringLiteral("export"), QStringLiteral("--to"), tmp.filePath(QStringLiteral("out")),
                                       QStringLiteral("--json")});
    REQUIRE(exported.exitCode == 0);
    const QString bundle = QJsonDocument::fromJson(exported.out).array().at(0).toString();
    const int events = cli(township, {QStringLiteral("inspect"), bundle, QStringLiteral("--json")})
                           .json()
                           .value(QLatin1String("event_count"))
                           .toInt();
    REQUIRE(events > 100);

    // The count of the village's events at the township: all or none, never part of them.
    const auto eventsHere = [&] {
        auto v = vault::Vault::unlock(township, SecureBuffer::fromText(kPassphrase));
        auto check = v->database().prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == QLatin1String("ok"));
        auto st = v->database().prepare("SELECT count(*) FROM events e JOIN trusted_devices d ON d.device_id = "
                                        "e.origin_device");
        REQUIRE(st.step());
        return st.integer(0);
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TONGHU_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    // Unlocking takes about a second (Argon2id); the kills fall before, during and after the import.
    for (int delayMs : {300, 1200, 1500, 1700, 1800, 1900, 2000, 2100, 2400}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TONGHU_CLI_PATH), {QStringLiteral("--vault"), township, QStringLiteral("import"), bundle});
        REQUIRE(p.waitForStarted(10000));
        p.waitForFinished(delayMs);
        p.kill();
        p.waitForFinished(10000);
        const int here = eventsHere();
        INFO("killed after " << delayMs << " ms");
        CHECK((here == 0 || here == events));
    }
    const Run finished = cli(township, {QStringLiteral("import"), bundle});
    CHECK(finished.exitCode == 0);
    CHECK(eventsHere() == events);
}
