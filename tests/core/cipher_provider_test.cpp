// SPDX-License-Identifier: GPL-3.0-or-later
// storage::CipherProvider encrypts and checks the pages of every vault: what it writes must be
// SQLCipher's own format, read by SQLCipher's own OpenSSL provider (the `sqlcipher` shell, a
// process of its own), and what SQLCipher writes must open through it, in both page formats.
#include "core/storage/CipherProvider.h"
#include "core/storage/Database.h"
#include "core/util/SecureBuffer.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

using tonghu::SecureBuffer;
using tonghu::storage::Database;
using tonghu::storage::kCipherProviderName;

namespace {

QByteArray keyPragma(const SecureBuffer& key)
{
    return "PRAGMA key = \"x'" + QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())).toHex() +
           "'\";\n";
}

// The `sqlcipher` shell on `path`: the key and the statements on its standard input, never on
// its command line. Its output, one line per row, without the key pragma's "ok".
QStringList shell(const QString& path, const SecureBuffer& key, const QByteArray& statements)
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), path});
    INFO("the sqlcipher shell must be installed (packaging/install-deps.sh)");
    REQUIRE(p.waitForStarted(10000));
    p.write(keyPragma(key) + statements);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeAll(QStringLiteral("ok"));
    return lines;
}

QString providerOf(Database& db)
{
    auto st = db.prepare("PRAGMA cipher_provider");
    REQUIRE(st.step());
    return st.text(0);
}

} // namespace

TEST_CASE("Pages through Tonghu's cipher provider are SQLCipher's own, both ways", "[storage][cipher]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);

    // Written here, over many pages, then read by SQLCipher's own provider.
    const QString ours = dir.filePath(QStringLiteral("ours.db"));
    {
        Database db(ours, &key, Database::Mode::Create);
        CHECK(providerOf(db) == QLatin1String(kCipherProviderName));
        db.exec("CREATE TABLE t (v TEXT)");
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO t SELECT printf('%05d', i) || hex(randomblob(300)) FROM n");
    }
    const QStringList read = shell(ours, key,
                                   "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                                   "SELECT count(*), sum(length(v)) FROM t;\nPRAGMA cipher_provider;\n"
                                   "PRAGMA cipher_integrity_check;\n");
    REQUIRE(read.size() == 2); // the integrity check prints nothing when every page is sound
    CHECK(read.at(0) == QStringLiteral("2000|1210000"));
    CHECK(read.at(1) == QStringLiteral("openssl"));

    // Written by SQLCipher, with its default HMAC-SHA512 pages and with HMAC-SHA256 ones, then
    // read and changed here, and read there again.
    for (const char* hmac : {"HMAC_SHA512", "HMAC_SHA256"}) {
        INFO(hmac);
        const QString theirs = dir.filePath(QLatin1String(hmac) + QStringLiteral(".db"));
        shell(theirs, key,
              QByteArray("PRAGMA cipher_hmac_algorithm = ") + hmac +
                  ";\nCREATE TABLE t (v TEXT);\n"
                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                  "INSERT INTO t SELECT hex(randomblob(200)) FROM n;\n");
        {
            Database db(theirs, &key, Database::Mode::OpenExisting);
            CHECK(providerOf(db) == QLatin1String(kCipherProviderName));
            auto count = db.prepare("SELECT count(*), sum(length(v)) FROM t");
            REQUIRE(count.step());
            CHECK(count.integer(0) == 1000);
            CHECK(count.integer(1) == 400000);
            count.reset();
            db.exec("INSERT INTO t SELECT v FROM t");
        }
        const QStringList again =
            shell(theirs, key, QByteArray("PRAGMA cipher_hmac_algorithm = ") + hmac + ";\nSELECT count(*) FROM t;\n");
        REQUIRE(again.size() == 1);
        CHECK(again.at(0) == QStringLiteral("2000"));
    }
}

TEST_CASE("The cipher provider stays after every vault's connection has closed", "[storage][cipher]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    const QString path = dir.filePath(QStringLiteral("v.db"));
    for (int i = 0; i < 3; ++i) {
        Database db(path, &key, i == 0 ? Database::Mode::Create : Database::Mode::OpenExisting);
        CHECK(providerOf(db) == QLatin1String(kCipherProviderName));
        db.exec(i == 0 ? "CREATE TABLE t (v INTEGER)" : "INSERT INTO t VALUES (1)");
    }
    Database db(path, &key, Database::Mode::OpenExisting);
    auto count = db.prepare("SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 2);
}
