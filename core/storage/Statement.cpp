// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/util/SecureBuffer.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace tonghu::storage {

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, &tail);
    check(rc, "prepare");
    for (; tail && tail < sql.data() + sql.size(); ++tail) {
        const char c = *tail;
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != ';') {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            throwSqlError(db, SQLITE_MISUSE, "prepare: more than one statement");
        }
    }
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, Database* owner, std::string sql)
    : m_db(db), m_stmt(stmt), m_owner(owner), m_sql(std::move(sql))
{
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_owner)
        m_owner->recycle(std::move(m_sql), m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_owner(other.m_owner),
      m_sql(std::move(other.m_sql))
{
}

void Statement::check(int rc, const char* what) const
{
    if (rc != SQLITE_OK)
        throwSqlError(m_db, rc, what);
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

Statement& Statement::bindUtf8(int index, QByteArrayView utf8)
{
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

Statement& Statement::bindOrNull(int index, const QString& value)
{
    return value.isNull() ? bind(index, nullptr) : bind(index, value);
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

Statement& Statement::bindSecret(int index, const SecureBuffer& value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqlError(m_db, rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }

Statement& Statement::bindJson(int index, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return bind(index, nullptr);
    if (v.isBool())
        return bind(index, v.toBool());
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? bind(index, static_cast<std::int64_t>(d)) : bind(index, d);
    }
    return bind(index, v.toString());
}

QJsonValue Statement::json(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QJsonValue::Null;
    case SQLITE_INTEGER:
        return static_cast<qint64>(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_BLOB:
        return QString::fromLatin1(blob(column).toBase64());
    default:
        return text(column);
    }
}
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column));
}

SecureBuffer Statement::secret(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    SecureBuffer out(static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
    if (out.size() > 0)
        std::memcpy(out.data(), p, out.size());
    return out;
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

} // namespace tonghu::storage
