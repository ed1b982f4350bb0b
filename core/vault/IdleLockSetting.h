// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::vault {

// How long the window stays open without a key press or a mouse movement before it locks. Kept
// inside the encrypted vault (vault_info), not in a settings file next to it: whoever could edit
// such a file could switch the lock off without the passphrase.
class IdleLockSetting final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::vault::IdleLockSetting)
public:
    static constexpr int kDefaultSeconds = 5 * 60;
    // An hour at most: there is no "never", a laptop is left open in a village office.
    static constexpr int kMaxSeconds = 60 * 60;

    static int seconds(storage::Database& db);
    // Throws Error{BadInput} outside 1..kMaxSeconds. The change is an audit entry.
    static void setSeconds(storage::Database& db, const QString& userId, int seconds);
};

} // namespace tonghu::vault
