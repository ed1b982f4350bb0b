// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlError.h"

#include "core/util/Error.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tonghu::storage {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::Database)
};
} // namespace

void throwSqlError(sqlite3* db, int rc, const char* what)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        throw Error(Error::Kind::Io, Text::tr("The disk is full. Nothing was saved; free some space and try again."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw Error(Error::Kind::Io, Text::tr("The database file could not be read or written."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        throw Error(Error::Kind::Io, Text::tr("The database is read-only; check the folder's permissions."));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw Error(Error::Kind::Corrupt,
                    Text::tr("The database file is damaged or does not belong to this vault."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(Error::Kind::Io, Text::tr("The database is in use by another Tonghu window."));
    case SQLITE_CONSTRAINT:
        throw Error(Error::Kind::BadInput, Text::tr("The change conflicts with a record already stored."));
    default:
        break;
    }
    // A programming error: keep SQLite's own words (they hold no bound values) for the developer.
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw Error(Error::Kind::Internal, Text::tr("Internal database error (%1: %2).")
                                           .arg(QString::fromUtf8(what), QString::fromUtf8(detail)));
}

} // namespace tonghu::storage
