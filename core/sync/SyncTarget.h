// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Remote.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

namespace tonghu::storage {
class Database;
}

namespace tonghu::sync {

// Where this device syncs: a folder or a WebDAV server. Kept in the encrypted database, the
// server password included, so nothing about it sits in a settings file in plain text.
struct SyncTarget
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::SyncTarget)
public:
    enum class Kind { None, Folder, WebDav };
    Kind kind = Kind::None;
    QString folder;
    QUrl url;
    QString user;
    QString password;
    bool automatic = true;   // sync by itself whenever the target is reachable
    int intervalMinutes = 10; // how often to look for it

    static SyncTarget load(storage::Database& db);
    // Checks the target (an absolute folder; an http or https address) and keeps it; throws
    // Error{BadInput} with the reason otherwise.
    void save(storage::Database& db) const;
    // The Remote to sync with; throws Error{BadInput} when no target is set.
    std::unique_ptr<Remote> remote() const;
};

} // namespace tonghu::sync
