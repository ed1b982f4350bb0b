// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/VaultInfo.h"

#include "core/storage/Database.h"

namespace tonghu::storage {

QString readInfo(Database& db, const char* key)
{
    auto st = db.prepare("SELECT value FROM vault_info WHERE key = ?");
    st.bind(1, QString::fromLatin1(key));
    return st.step() ? st.text(0) : QString();
}

void writeInfo(Database& db, const char* key, const QString& value)
{
    auto st = db.prepare("INSERT OR REPLACE INTO vault_info (key, value) VALUES (?, ?)");
    st.bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

} // namespace tonghu::storage
