// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace tonghu::storage {

// Turns an SQLite result code into a tonghu::Error with a message a user can act on: a full
// disk, a read-only folder or a damaged file each get their own sentence. The SQL text itself
// is never part of the message, so no bound value can leak into a log.
[[noreturn]] void throwSqlError(sqlite3* db, int rc, const char* what);

} // namespace tonghu::storage
