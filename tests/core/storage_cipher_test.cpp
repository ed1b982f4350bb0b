// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/util/SecureBuffer.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using tonghu::Error;
using tonghu::SecureBuffer;
using tonghu::storage::Database;

namespace {

// Whether SQLCipher itself reads the file with this key and page HMAC, outside of Database.
bool readsWith(const QString& path, const SecureBuffer& key, const char* hmac)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const QByteArray literal =
        "x'" + QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())).toHex() + "'";
    REQUIRE(sqlite3_key(db, literal.constData(), int(literal.size())) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, (std::string("PRAGMA cipher_hmac_algorithm = ") + hmac).c_str(), nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    const bool ok = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(db);
    return ok;
}

// A database as SQLCipher 4 writes it by default, with HMAC-SHA512 pages: how every vault was
// made before new ones used HMAC-SHA256.
void writeWithSha512(const QString& path, const SecureBuffer& key)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) == SQLITE_OK);
    const QByteArray literal =
        "x'" + QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())).toHex() + "'";
    REQUIRE(sqlite3_key(db, literal.constData(), int(literal.size())) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('old');", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close_v2(db);
}

} // namespace

TEST_CASE("A new database authenticates its pages with HMAC-SHA256", "[storage][cipher]")
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/new.db");
    const SecureBuffer key = SecureBuffer::random(32);
    {
        Database db(path, &key, Database::Mode::Create);
        db.exec("CREATE TABLE t (v TEXT)");
    }
    CHECK(readsWith(path, key, "HMAC_SHA256"));
    CHECK_FALSE(readsWith(path, key, "HMAC_SHA512"));
}

TEST_CASE("A database with SQLCipher 4's HMAC-SHA512 pages still opens, and stays as it was", "[storage][cipher]")
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/old.db");
    const SecureBuffer key = SecureBuffer::random(32);
    writeWithSha512(path, key);
    {
        Database db(path, &key, Database::Mode::OpenExisting);
        auto st = db.prepare("SELECT v FROM t");
        REQUIRE(st.step());
        CHECK(st.text(0) == QStringLiteral("old"));
        st.reset();
        db.exec("INSERT INTO t VALUES ('new')");
    }
    CHECK(readsWith(path, key, "HMAC_SHA512"));
    CHECK_FALSE(readsWith(path, key, "HMAC_SHA256"));
    Database again(path, &key, Database::Mode::OpenExisting);
    auto count = again.prepare("SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 2);

    // Neither page format opens with another key.
    const SecureBuffer other = SecureBuffer::random(32);
    try {
        Database wrong(path, &other, Database::Mode::OpenExisting);
        FAIL("opened with a wrong key");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Corrupt);
    }
}
