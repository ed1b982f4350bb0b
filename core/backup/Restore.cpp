// SPDX-License-Identifier: GPL-3.0-or-later
// Backup::restore: a backup becomes the vault of a folder, whole or not at all.
#include "core/backup/Backup.h"

#include "core/audit/AuditLog.h"
#include "core/backup/BackupChecks.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace tonghu::backup {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Error placeFailed()
{
    return Error(Error::Kind::Io, Backup::tr("The restored vault could not be moved into the chosen folder; check the "
                                             "folder's permissions. Nothing was changed."));
}

// A name beside the target that does not exist yet, for the vault moved aside.
QString unusedSibling(const QString& parent, const QString& stem)
{
    for (;;) {
        const QString path = QDir(parent).filePath(
            QStringLiteral(".%1-%2").arg(stem, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
        if (!QFileInfo::exists(path))
            return path;
    }
}

} // namespace

void Backup::checkRestoreTarget(const QString& targetDir, bool overwrite)
{
    const QFileInfo info(targetDir);
    if (!info.exists())
        return;
    if (!info.isDir())
        throw Error(Error::Kind::BadInput, tr("%1 is a file, not a folder; choose a folder to restore into.")
                                               .arg(QDir::toNativeSeparators(targetDir)));
    if (vault::Vault::exists(targetDir)) {
        if (!overwrite)
            throw Error(Error::Kind::AlreadyExists,
                        tr("%1 already holds a vault; it was not changed. Choose a new folder, or confirm that "
                           "the vault there is to be replaced.")
                            .arg(QDir::toNativeSeparators(targetDir)));
        return;
    }
    if (!QDir(targetDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        throw Error(Error::Kind::BadInput, tr("%1 holds other files and no vault; restore into a new or empty folder.")
                                               .arg(QDir::toNativeSeparators(targetDir)));
}

BackupReport Backup::restore(const QString& file, const QString& targetDir, const BackupSecret& secret,
                             bool overwrite)
{
    checkRestoreTarget(targetDir, overwrite);
    const QFileInfo target(targetDir);
    const QString parent = target.absolutePath();
    const QString targetPath = target.absoluteFilePath();
    if (!QDir().mkpath(parent))
        throw Error(Error::Kind::Io, tr("The folder to restore into could not be created."));

    // Beside the target, so that moving it into place is one rename on one file system.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".tonghu-restore-XXXXXX")));
    if (!staging.isValid())
        throw Error(Error::Kind::Io, tr("The folder to restore into is not writable."));
    QFile::setPermissions(staging.path(), kOwnerOnlyFolder);
    const QString databasePath = vault::Vault::databasePath(staging.path());
    const Unpacked unpacked = unpackBackupFile(file, databasePath);
    const vault::UnwrappedKey key = unwrapBackupKey(unpacked.keySlots, staging.path(), secret);
    QFile::setPermissions(vault::Vault::keySlotsPath(staging.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    BackupReport report;
    report.header = unpacked.header;
    report.fileBytes = unpacked.fileBytes;
    {
        const auto db = openCheckedCopy(databasePath, key.key, &report);
        if (report.schemaVersion > storage::Migrations::latestVersion())
            throw Error(Error::Kind::TooNew, tr("This backup was made by a newer version of Tonghu; update Tonghu to "
                                                "restore it. Nothing was changed."));
        // In the restored vault's own log, under the user whose secret opened it; the detail is
        // when the backup was made, so the log says how far back the records went.
        audit::AuditLog::append(*db, key.userId, QStringLiteral("vault.restore"), {}, {}, unpacked.header.createdAt);
    } // closing the only connection folds the WAL back into the file

    QString aside;
    if (vault::Vault::exists(targetPath)) {
        aside = unusedSibling(parent, target.fileName() + QStringLiteral(".replaced"));
        if (!QDir().rename(targetPath, aside))
            throw placeFailed();
    } else if (target.exists() && !QDir().rmdir(targetPath)) {
        throw placeFailed();
    }
    if (!QDir().rename(staging.path(), targetPath)) {
        if (!aside.isEmpty())
            QDir().rename(aside, targetPath);
        throw placeFailed();
    }
    staging.setAutoRemove(false); // it is the vault now
    // The old vault goes only now that the restored one is in its place and has been opened.
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return report;
}

} // namespace tonghu::backup
