// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/util/SecureBuffer.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QList>
#include <QTemporaryDir>

using tonghu::Error;
using tonghu::SecureBuffer;
using tonghu::storage::Database;
using tonghu::storage::Transaction;

namespace {
QString dbPath(const QTemporaryDir& dir) { return dir.path() + QStringLiteral("/t.db"); }
} // namespace

TEST_CASE("An encrypted database reopens with its key and its file is not plain SQLite", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    {
        Database db(dbPath(dir), &key, Database::Mode::Create);
        db.exec("CREATE TABLE t (v TEXT)");
        db.prepare("INSERT INTO t VALUES (?)").bind(1, QStringLiteral("甲乙丙")).run();
        CHECK(db.encrypted());
    }
    Database again(dbPath(dir), &key, Database::Mode::OpenExisting);
    auto st = again.prepare("SELECT v FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("甲乙丙"));

    QFile f(dbPath(dir));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.read(16).startsWith("SQLite format 3"));
}

TEST_CASE("Connection settings: WAL, foreign keys, temp store in memory, a 32 MiB page cache", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dbPath(dir), &key, Database::Mode::Create);
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    auto fk = db.prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.integer(0) == 1);
    auto temp = db.prepare("PRAGMA temp_store");
    REQUIRE(temp.step());
    CHECK(temp.integer(0) == 2); // MEMORY
    auto cache = db.prepare("PRAGMA cache_size");
    REQUIRE(cache.step());
    CHECK(cache.integer(0) == -32768); // KiB
}

TEST_CASE("A wrong key is reported as a damaged or foreign file, never opened", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    {
        Database db(dbPath(dir), &key, Database::Mode::Create);
        db.exec("CREATE TABLE t (v INTEGER)");
    }
    const SecureBuffer other = SecureBuffer::random(32);
    try {
        Database db(dbPath(dir), &other, Database::Mode::OpenExisting);
        FAIL("opened with the wrong key");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Corrupt);
    }
}

TEST_CASE("Opening a missing database does not create it", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    CHECK_THROWS_AS(Database(dbPath(dir), &key, Database::Mode::OpenExisting), Error);
    CHECK_FALSE(QFile::exists(dbPath(dir)));
}

TEST_CASE("A transaction without commit rolls back", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dbPath(dir), &key, Database::Mode::Create);
    db.exec("CREATE TABLE t (v INTEGER)");
    try {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (2)").run();
        tx.commit();
    }
    auto st = db.prepare("SELECT group_concat(v) FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("2"));
}

TEST_CASE("A transaction inside another is kept only with the outer one and can roll back alone", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dbPath(dir), &key, Database::Mode::Create);
    db.exec("CREATE TABLE t (v INTEGER)");
    const auto values = [&] {
        auto st = db.prepare("SELECT coalesce(group_concat(v), '') FROM (SELECT v FROM t ORDER BY v)");
        REQUIRE(st.step());
        return st.text(0);
    };

    // The outer one fails after the inner one committed: neither is kept.
    try {
        Transaction outer(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        {
            Transaction inner(db);
            db.prepare("INSERT INTO t VALUES (2)").run();
            inner.commit();
        }
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    CHECK(values().isEmpty());

    // The inner one fails and the outer one goes on: only the inner one's row is gone.
    {
        Transaction outer(db);
        db.prepare("INSERT INTO t VALUES (3)").run();
        try {
            Transaction inner(db);
            db.prepare("INSERT INTO t VALUES (4)").run();
            {
                Transaction innermost(db);
                db.prepare("INSERT INTO t VALUES (5)").run();
                innermost.commit();
            }
            throw std::runtime_error("interrupted");
        } catch (const std::runtime_error&) {
        }
        {
            Transaction inner(db);
            db.prepare("INSERT INTO t VALUES (6)").run();
            inner.commit();
        }
        outer.commit();
    }
    CHECK(values() == QStringLiteral("3,6"));

    // Once the outer one has ended nothing is left open: the next one is a transaction of its own,
    // and its rollback leaves what was committed before.
    try {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (7)").run();
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    CHECK(values() == QStringLiteral("3,6"));
}

TEST_CASE("A reused statement starts afresh and two of the same text run side by side", "[storage]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    Database db(dbPath(dir), &key, Database::Mode::Create);
    db.exec("CREATE TABLE t (a INTEGER, b TEXT)");
    for (int i = 1; i <= 3; ++i)
        db.prepare("INSERT INTO t VALUES (?, ?)").bind(1, i).bind(2, QStringLiteral("甲%1").arg(i)).run();
    constexpr const char* kSelect = "SELECT a FROM t WHERE b IS ? OR ? IS NULL ORDER BY a";

    // Left after its first row, with a value bound.
    {
        auto st = db.prepare(kSelect);
        st.bind(1, QStringLiteral("甲2")).bind(2, QStringLiteral("x"));
        REQUIRE(st.step());
        CHECK(st.integer(0) == 2);
    }
    // The next one of that text has no value bound and begins at the first row.
    {
        auto st = db.prepare(kSelect);
        QList<int> rows;
        while (st.step())
            rows << st.integer(0);
        CHECK(rows == QList<int>{1, 2, 3});
    }
    // Two of the same text at once are two statements, each with its own place in the rows.
    {
        auto outer = db.prepare(kSelect);
        REQUIRE(outer.step());
        auto inner = db.prepare(kSelect);
        int innerRows = 0;
        while (inner.step())
            ++innerRows;
        CHECK(innerRows == 3);
        CHECK(outer.integer(0) == 1);
        REQUIRE(outer.step());
        CHECK(outer.integer(0) == 2);
    }
    // Text that is not a single statement is still refused, also after a good one was reused.
    CHECK_THROWS_AS(db.prepare("SELECT 1; SELECT 2"), Error);
}

TEST_CASE("A statement refuses more than one SQL statement", "[storage]")
{
    QTemporaryDir dir;
    Database db(dbPath(dir), nullptr, Database::Mode::Create);
    db.exec("CREATE TABLE t (v INTEGER)");
    CHECK_THROWS_AS(db.prepare("INSERT INTO t VALUES (1); DROP TABLE t"), Error);
    CHECK_NOTHROW(db.prepare("INSERT INTO t VALUES (1);"));
    auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't'");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 1);
}

TEST_CASE("Constraint violations become a bad-input error and change nothing", "[storage]")
{
    QTemporaryDir dir;
    Database db(dbPath(dir), nullptr, Database::Mode::Create);
    db.exec("CREATE TABLE t (v INTEGER UNIQUE)");
    db.prepare("INSERT INTO t VALUES (1)").run();
    try {
        db.prepare("INSERT INTO t VALUES (1)").run();
        FAIL("duplicate accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
    }
    auto st = db.prepare("SELECT count(*) FROM t");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 1);
}
