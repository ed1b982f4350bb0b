// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupChecks.h"

#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/KeySlots.h"

#include <QDir>
#include <QFile>

namespace tonghu::backup {

namespace {

Error damaged()
{
    return Error(Error::Kind::Corrupt,
                 Backup::tr("The backup file is damaged or incomplete, so it cannot be used. Nothing was changed."));
}

qint64 countOf(storage::Database& db, const char* table)
{
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    exists.bind(1, QString::fromLatin1(table));
    if (!exists.step())
        return 0;
    // The name is one of four literals below, never input.
    auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.int64(0);
}

} // namespace

void countRecords(storage::Database& db, BackupReport* report)
{
    report->children = countOf(db, "children");
    report->households = countOf(db, "households");
    report->visits = countOf(db, "visits");
    report->events = countOf(db, "events");
}

vault::UnwrappedKey unwrapBackupKey(const QByteArray& slotBytes, const QString& folder, const BackupSecret& secret)
{
    const QString path = QDir(folder).filePath(QStringLiteral("keyslots.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(slotBytes) != slotBytes.size() ||
        !file.flush())
        throw Error(Error::Kind::Io, Backup::tr("The backup could not be unpacked: the disk may be full or not "
                                                "writable."));
    file.close();
    vault::KeySlots keySlots;
    try {
        keySlots = vault::KeySlots::load(path);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::TooNew)
            throw;
        throw damaged();
    }
    auto key = keySlots.unwrap(secret.kind, secret.value);
    if (!key)
        throw Error(Error::Kind::WrongSecret,
                    secret.kind == vault::KeySlot::Kind::Passphrase
                        ? Backup::tr("The passphrase does not open this backup. Nothing was changed.")
                        : Backup::tr("The recovery code does not open this backup. Nothing was changed."));
    return std::move(*key);
}

std::unique_ptr<storage::Database> openCheckedCopy(const QString& databasePath, const SecureBuffer& key,
                                                   BackupReport* report)
{
    std::unique_ptr<storage::Database> db;
    try {
        db = std::make_unique<storage::Database>(databasePath, &key, storage::Database::Mode::OpenExisting);
        {
            auto check = db->prepare("PRAGMA integrity_check");
            if (!check.step() || check.text(0) != QLatin1String("ok") || check.step())
                throw damaged();
        }
        {
            // One row per page whose HMAC does not match; none when every page is as written.
            auto check = db->prepare("PRAGMA cipher_integrity_check");
            if (check.step())
                throw damaged();
        }
        report->schemaVersion = db->userVersion();
        countRecords(*db, report);
    } catch (const Error& e) {
        // A key that opens the slots but not the database means the two do not belong together.
        if (e.kind() == Error::Kind::Corrupt || e.kind() == Error::Kind::Internal)
            throw damaged();
        throw;
    }
    return db;
}

} // namespace tonghu::backup
