// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Statement.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tonghu {
class SecureBuffer;
}

namespace tonghu::storage {

// Owns one SQLCipher connection. The key is handed to sqlite3_key() as a raw 256-bit key
// (SQLCipher's x'..' form, built in locked memory) so no passphrase derivation runs here and
// the key never passes through an SQL string. A null key opens a plain SQLite file, which the
// benchmark uses as its baseline on the same schema.
class Database final
{
public:
    enum class Mode { OpenExisting, Create };

    Database(const QString& path, const SecureBuffer* key, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A statement prepared before with the same text is reused (reset, its bindings cleared), so
    // the stores' few hundred statements are compiled once per connection, not at every call:
    // compiling is most of the cost of a small statement.
    Statement prepare(std::string_view sql);
    // Runs SQL that may hold several statements (migrations); returns no rows.
    void exec(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    bool encrypted() const { return m_encrypted; }
    // Whether a transaction is open on this connection.
    bool inTransaction() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() { return m_db; }

private:
    friend class Statement;
    // Takes back a statement that is done with; never throws, since a destructor calls it.
    void recycle(std::string&& sql, sqlite3_stmt* stmt) noexcept;
    // Opens the file and, with a key, reads it with pages authenticated by `hmac`; closes the
    // connection again when that fails.
    void connect(Mode mode, const SecureBuffer* keyLiteral, const char* hmac);

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_encrypted;
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> m_idle;
    int m_idleCount = 0;
};

// Commits on commit(); rolls back when it goes out of scope without one, so an exception
// anywhere inside a save leaves the database as it was. Opened while another is open it is a
// savepoint instead, so a store's own transaction can run inside a larger one (the demo writes
// a whole village with its visits as one): its commit is kept only if the outer one commits,
// and its rollback undoes its own work, nothing before it. Keep a savepoint that many others run
// inside short-lived: releasing each inner one costs time in proportion to all that was written
// since the outer savepoint began (SQLite trims its in-memory sub-journal from the start), so
// thousands of them inside one long savepoint take quadratic time. Inside a real transaction
// (BEGIN) they do not.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace tonghu::storage
