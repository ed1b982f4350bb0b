// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tonghu {
class SecureBuffer;
}

namespace tonghu::storage {

class Database;

// A thin, non-copyable wrapper over one prepared statement. Binds are 1-based as in SQLite;
// step() returns true while a row is available. Multi-statement SQL is refused at prepare time
// so a stray ';' can never run half a script. One from Database::prepare must not outlive that
// Database, which takes it back for reuse.
class Statement final
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    // Text that is UTF-8 already (JSON as it came, or as QJsonDocument writes it), bound as it is.
    Statement& bindUtf8(int index, QByteArrayView utf8);
    Statement& bindBlob(int index, const QByteArray& value);
    // Key material: bound from and read into locked memory, never through a QByteArray.
    Statement& bindSecret(int index, const SecureBuffer& value);
    // Binds NULL for an empty optional.
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // A null QString binds SQL NULL; an empty one binds ''.
    Statement& bindOrNull(int index, const QString& value);
    // A value as json() reads it back: null, a bool, an integer or a real, or text.
    Statement& bindJson(int index, const QJsonValue& value);

    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    // The column as JSON: null, a number, or text (a BLOB as base64).
    QJsonValue json(int column) const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8, unchecked), without a copy: valid until the
    // next step() or reset(). For reading many rows, where text() would convert every one.
    QByteArrayView textView(int column) const;
    QByteArray blob(int column) const;
    SecureBuffer secret(int column) const;
    std::optional<int> optionalInt(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt, Database* owner, std::string sql);
    void check(int rc, const char* what) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    // A statement from Database::prepare goes back to its database's idle statements when done.
    Database* m_owner = nullptr;
    std::string m_sql;
};

} // namespace tonghu::storage
