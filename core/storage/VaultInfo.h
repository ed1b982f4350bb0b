// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tonghu::storage {

class Database;

// The vault_info table: small named values kept inside the encrypted database (the place, the
// clock, the sync target), never in a settings file next to it.
QString readInfo(Database& db, const char* key);
void writeInfo(Database& db, const char* key, const QString& value);

} // namespace tonghu::storage
