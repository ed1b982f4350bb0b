// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncTarget.h"

#include "core/storage/Database.h"
#include "core/storage/VaultInfo.h"
#include "core/sync/FolderRemote.h"
#include "core/sync/WebDavRemote.h"
#include "core/util/Error.h"

#include <QDir>

namespace tonghu::sync {

SyncTarget SyncTarget::load(storage::Database& db)
{
    SyncTarget t;
    const QString kind = storage::readInfo(db, "sync_kind");
    t.folder = storage::readInfo(db, "sync_folder");
    t.url = QUrl(storage::readInfo(db, "sync_url"));
    t.user = storage::readInfo(db, "sync_user");
    t.password = storage::readInfo(db, "sync_password");
    t.automatic = storage::readInfo(db, "sync_automatic") != QLatin1String("0");
    const int minutes = storage::readInfo(db, "sync_interval_minutes").toInt();
    if (minutes > 0)
        t.intervalMinutes = minutes;
    if (kind == QLatin1String("webdav"))
        t.kind = Kind::WebDav;
    else if (kind == QLatin1String("folder") || (kind.isEmpty() && !t.folder.isEmpty()))
        t.kind = Kind::Folder;
    return t;
}

void SyncTarget::save(storage::Database& db) const
{
    if (kind == Kind::Folder && (folder.isEmpty() || !QDir::isAbsolutePath(folder)))
        throw Error(Error::Kind::BadInput, tr("Choose the sync folder with its full path."));
    if (kind == Kind::WebDav
        && (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))))
        throw Error(Error::Kind::BadInput, tr("The server address must start with https:// (or http://) and name "
                                              "a server."));
    if (intervalMinutes < 1 || intervalMinutes > 24 * 60)
        throw Error(Error::Kind::BadInput, tr("Look for the sync target every 1 to 1440 minutes."));
    storage::Transaction tx(db);
    const char* k = kind == Kind::Folder ? "folder" : kind == Kind::WebDav ? "webdav" : "none";
    storage::writeInfo(db, "sync_kind", QString::fromLatin1(k));
    storage::writeInfo(db, "sync_folder", folder);
    // The address is kept without credentials: they have fields of their own.
    storage::writeInfo(db, "sync_url", url.adjusted(QUrl::RemoveUserInfo).toString());
    storage::writeInfo(db, "sync_user", user);
    storage::writeInfo(db, "sync_password", password);
    storage::writeInfo(db, "sync_automatic", automatic ? QStringLiteral("1") : QStringLiteral("0"));
    storage::writeInfo(db, "sync_interval_minutes", QString::number(intervalMinutes));
    tx.commit();
}

std::unique_ptr<Remote> SyncTarget::remote() const
{
    switch (kind) {
    case Kind::Folder:
        return std::make_unique<FolderRemote>(folder);
    case Kind::WebDav:
        return std::make_unique<WebDavRemote>(url, user, password);
    case Kind::None:
        break;
    }
    throw Error(Error::Kind::BadInput, tr("No sync target is set yet: choose a folder (USB stick) or a server first."));
}

} // namespace tonghu::sync
