// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/BackupFile.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/KeySlots.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace tonghu::storage {
class Database;
}
namespace tonghu::vault {
class Vault;
}

namespace tonghu::backup {

// What a backup is taken from, gathered on the vault's own thread by Backup::source(), so that
// create() may run on a worker thread: it has a database connection of its own (the vault's is
// bound to the UI thread) and copies of the few facts it needs, never a reference to the Vault,
// which may be locked and destroyed while a backup runs.
struct BackupSource
{
    BackupSource();
    ~BackupSource();
    BackupSource(BackupSource&&) noexcept;
    BackupSource& operator=(BackupSource&&) noexcept;

    // Declared in this order so the copy's connection closes before its folder is removed.
    std::unique_ptr<QTemporaryDir> scratch; // owner-only, removed with the source
    std::unique_ptr<storage::Database> db;   // reads the vault's database
    std::unique_ptr<storage::Database> copy; // the new file in `scratch`, under the vault's key
    QString copyPath;
    QString keySlotsPath;
    QString userId;
    QString role;
    QString placeCode;
};

// The secret that opens a backup: one of its users' passphrases or its recovery code.
struct BackupSecret
{
    vault::KeySlot::Kind kind = vault::KeySlot::Kind::Passphrase;
    SecureBuffer value;

    static BackupSecret passphrase(SecureBuffer passphrase);
    // Typed as the user reads it from paper: dashes, spaces and O/0, I/L/1 are forgiven.
    static BackupSecret recoveryCode(const QString& typed);
};

// What Backup::verify found in a backup, and what create() wrote.
struct BackupReport
{
    BackupHeader header;
    qint64 fileBytes = 0;
    int schemaVersion = 0;   // of the database itself
    qint64 children = 0;
    qint64 households = 0;
    qint64 visits = 0;
    qint64 events = 0;
};

// One encrypted backup file of a vault (the container of BackupFile.h): a consistent copy of the
// database taken through SQLite's online backup API while the app keeps writing, and the key
// slots, so the file opens with the same passphrases and recovery code as the vault did.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::backup::Backup)
public:
    // The extension of backup files, without the dot.
    static constexpr const char* kSuffix = "tonghubackup";
    // "tonghu-backup-village-620423101201-2026-03-01.tonghubackup": role, place code and date,
    // never a name, so the file can lie on a stick without telling whose records it holds.
    static QString suggestedFileName(const QString& role, const QString& placeCode, const QDate& day);

    // Opens a second connection to the vault's database. Call on the vault's thread.
    static BackupSource source(vault::Vault& vault);

    // Percent done (0-100); returning false cancels. Called on the thread running the work.
    using Progress = std::function<bool(int percent)>;

    // Writes the backup to `outFile` (replacing a file there only once the new one is whole) and
    // records `export.backup` in the vault's audit log. Everything committed before the call is
    // in the copy, nothing committed after it, and no transaction half. A cancel, a full disk or
    // any error leaves no file at `outFile` and no temporary file anywhere: Error{Cancelled},
    // Error{Io}. The copy is made in a private temporary folder and is encrypted like the vault.
    static BackupReport create(BackupSource source, const QString& outFile, const Progress& progress = {});

    // Unpacks the backup into a private temporary folder (owner-only, removed after), opens it
    // with `secret`, runs PRAGMA integrity_check and cipher_integrity_check, and counts. Changes
    // nothing anywhere. Error{Corrupt} for a damaged file, Error{WrongSecret} for a wrong secret.
    static BackupReport verify(const QString& file, const BackupSecret& secret);

    // Restores the backup as the vault in `targetDir`, which must not exist, be empty, or, with
    // `overwrite`, hold a vault. The backup is unpacked, opened and checked in a folder beside the
    // target first, and written `vault.restore` in its audit log; only then does it take the
    // target's place. A vault already there is moved aside in one rename, and removed only once
    // the restored one is in place; if that fails it is put back. Error{AlreadyExists} for a
    // vault there without `overwrite`, Error{BadInput} for a folder holding other files.
    static BackupReport restore(const QString& file, const QString& targetDir, const BackupSecret& secret,
                                bool overwrite = false);

    // Throws Error{AlreadyExists} or Error{BadInput} as restore() would for targetDir, before any
    // passphrase is asked for.
    static void checkRestoreTarget(const QString& targetDir, bool overwrite);
};

} // namespace tonghu::backup
