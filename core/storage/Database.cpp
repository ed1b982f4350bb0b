// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/CipherProvider.h"
#include "core/storage/SqlError.h"
#include "core/util/Error.h"
#include "core/util/SecureBuffer.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>
#include <sqlite3.h>

namespace tonghu::storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::Database)
};

// SQLCipher's raw-key literal: x'<64 hex digits>'. Built in locked memory and wiped after use.
SecureBuffer rawKeyLiteral(const SecureBuffer& key)
{
    SecureBuffer literal(3 + key.size() * 2 + 1);
    auto* out = reinterpret_cast<char*>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    out[2 + key.size() * 2] = '\'';
    return SecureBuffer::fromText(std::string_view(out, 3 + key.size() * 2));
}

} // namespace

Database::Database(const QString& path, const SecureBuffer* key, Mode mode)
    : m_path(path), m_encrypted(key != nullptr)
{
    if (mode == Mode::OpenExisting && !QFile::exists(path))
        throw Error(Error::Kind::NotFound, Text::tr("The database file is missing."));
    if (!key) {
        connect(mode, nullptr, nullptr);
        return;
    }
    installCipherProvider();
    // A new database authenticates its pages with HMAC-SHA256: on CPUs with SHA extensions it
    // checks pages about twice as fast as SQLCipher 4's default HMAC-SHA512 (tonghu-bench's crypto
    // limit, docs/performance.md), and it remains sound for a 256-bit key. Databases made before
    // have SHA-512 pages: a page-1 check that fails with SHA-256 is tried again with SHA-512, so
    // every older vault and backup opens as it did. A wrong key fails both.
    const SecureBuffer literal = rawKeyLiteral(*key);
    try {
        connect(mode, &literal, "HMAC_SHA256");
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Corrupt)
            throw;
        connect(mode, &literal, "HMAC_SHA512");
    }
}

void Database::connect(Mode mode, const SecureBuffer* keyLiteral, const char* hmac)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = QFile::encodeName(m_path);
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throwSqlError(nullptr, rc, "open");
    }
    sqlite3_extended_result_codes(m_db, 1);
    try {
        if (keyLiteral) {
            // cipher_memory_security stays at SQLCipher's default, off. SQLCipher locks and wipes
            // its key material and cipher buffers either way (sqlcipher_malloc/sqlcipher_free);
            // the pragma adds a lock, unlock and wipe of every other SQLite allocation, which made
            // saving, searching and importing 5–12 times slower than plain SQLite (tonghu-bench,
            // docs/performance.md). The decrypted page cache is ordinary memory: core dumps are
            // off, and docs/security.md says what that leaves.
            rc = sqlite3_key(m_db, keyLiteral->data(), static_cast<int>(keyLiteral->size()));
            if (rc != SQLITE_OK)
                throwSqlError(m_db, rc, "key");
            // A wrong key, or the SHA-256 check of an older SHA-512 database, is reported through
            // our own error; SQLCipher's log lines would only add noise. Set after the key: the first
            // key of the process initialises SQLCipher, which sets its log level over one set before.
            exec("PRAGMA cipher_log_level = NONE");
            exec(std::string("PRAGMA cipher_hmac_algorithm = ") + hmac);
        }
        // The first read is where a wrong key or a damaged header shows (SQLITE_NOTADB).
        exec("SELECT count(*) FROM sqlite_master");
        exec("PRAGMA temp_store = MEMORY");
        // 32 MiB of page cache instead of SQLite's 2 MiB: a county's child list, worklist and
        // child files then read decrypted pages from memory instead of decrypting them again on
        // every query. It grows only as pages are read.
        exec("PRAGMA cache_size = -32768");
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
        exec("PRAGMA busy_timeout = 5000");
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    for (auto& [sql, statements] : m_idle)
        for (sqlite3_stmt* stmt : statements)
            sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Statement Database::prepare(std::string_view sql)
{
    std::string key(sql);
    if (const auto it = m_idle.find(key); it != m_idle.end() && !it->second.empty()) {
        sqlite3_stmt* stmt = it->second.back();
        it->second.pop_back();
        --m_idleCount;
        return Statement(m_db, stmt, this, std::move(key));
    }
    Statement fresh(m_db, sql); // refuses more than one statement
    fresh.m_owner = this;
    fresh.m_sql = std::move(key);
    return fresh;
}

void Database::recycle(std::string&& sql, sqlite3_stmt* stmt) noexcept
{
    // Reset also ends a statement left half-way through its rows, and clearing the bindings frees
    // (and wipes) the values bound to it, so an idle statement holds no data of a record.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // Every statement text comes from the code, so the set is small; the bound is a safeguard.
    constexpr int kMaxIdle = 256;
    if (m_idleCount < kMaxIdle) {
        try {
            m_idle[std::move(sql)].push_back(stmt);
            ++m_idleCount;
            return;
        } catch (...) {
            // Out of memory: the statement is simply finalized.
        }
    }
    sqlite3_finalize(stmt);
}

void Database::exec(std::string_view sql)
{
    // sqlite3_exec needs a NUL-terminated string.
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throwSqlError(m_db, rc, "exec");
}

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return st.integer(0);
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

// Prepared, not exec'd, so that the statements are reused like any other.
Transaction::Transaction(Database& db) : m_db(db), m_nested(db.inTransaction())
{
    // One name serves every level: SQLite releases and rolls back to the innermost savepoint of
    // a name, and these objects are scoped, so they always end innermost first.
    m_db.prepare(m_nested ? "SAVEPOINT tonghu_nested" : "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_nested) {
            m_db.prepare("ROLLBACK TO tonghu_nested").run();
            m_db.prepare("RELEASE tonghu_nested").run();
        } else {
            m_db.prepare("ROLLBACK").run();
        }
    } catch (...) {
        // Rolling back can only fail if SQLite already rolled back on its own.
    }
}

void Transaction::commit()
{
    m_db.prepare(m_nested ? "RELEASE tonghu_nested" : "COMMIT").run();
    m_done = true;
}

} // namespace tonghu::storage
