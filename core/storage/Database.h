// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Statement.h"

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;

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

    Statement prepare(std::string_view sql) { return Statement(m_db, sql); }
    // Runs SQL that may hold several statements (migrations); returns no rows.
    void exec(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    bool encrypted() const { return m_encrypted; }
    const QString& path() const { return m_path; }
    sqlite3* handle() { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_encrypted;
};

// Commits on commit(); rolls back when it goes out of scope without one, so an exception
// anywhere inside a save leaves the database as it was.
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
    bool m_done = false;
};

} // namespace tonghu::storage
