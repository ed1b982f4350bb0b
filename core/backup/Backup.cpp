// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/Backup.h"

#include "core/audit/AuditLog.h"
#include "core/backup/BackupChecks.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/VaultInfo.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace tonghu::backup {

namespace {

// Pages copied per step of the online backup: small enough for a cancel to be felt at once and
// for the progress bar to move on a village's few megabytes, large enough not to matter.
constexpr int kPagesPerStep = 256;
// The database copy is most of the work; writing the file from it the rest.
constexpr int kCopyPercent = 70;

Error cancelled() { return Error(Error::Kind::Cancelled, Backup::tr("The backup was cancelled; no file was written.")); }

// The source connection's read transaction, held over every step of the copy: SQLite's backup
// steps then read one snapshot of the database and its WAL, however much the app writes through
// its own connection meanwhile (in WAL mode a reader does not block a writer, nor the reverse).
// Without it each step would open a new read transaction and restart the copy after every write
// from another connection, possibly never finishing while someone types in a visit form.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(storage::Database& db) : m_db(db)
    {
        m_db.exec("BEGIN");
        m_db.exec("SELECT count(*) FROM sqlite_master"); // the snapshot starts at the first read
    }
    ~ReadSnapshot()
    {
        try {
            m_db.exec("COMMIT");
        } catch (...) {
            // Ending a read-only transaction does not fail in a way that matters here.
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    storage::Database& m_db;
};

void copyDatabase(storage::Database& source, storage::Database& copy, const Backup::Progress& progress)
{
    sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
    if (!backup)
        storage::throwSqlError(copy.handle(), sqlite3_errcode(copy.handle()), "backup");
    int rc = SQLITE_OK;
    bool stopped = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20); // the copy is ours alone; this is only a safeguard
            continue;
        }
        const int total = sqlite3_backup_pagecount(backup);
        const int done = total - sqlite3_backup_remaining(backup);
        const int percent = total > 0 ? int(qint64(done) * kCopyPercent / total) : kCopyPercent;
        if ((rc == SQLITE_OK || rc == SQLITE_DONE) && progress && !progress(percent)) {
            stopped = true;
            break;
        }
    }
    // finish() rolls the copy back when it is not done; its result repeats the last step's.
    sqlite3_backup_finish(backup);
    if (stopped)
        throw cancelled();
    if (rc != SQLITE_DONE)
        storage::throwSqlError(copy.handle(), rc, "backup");
}

QByteArray readKeySlots(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, Backup::tr("The vault's key file is missing."));
    const QByteArray bytes = file.read(format::kMaxKeySlotsBytes + 1);
    if (bytes.isEmpty() || bytes.size() > format::kMaxKeySlotsBytes)
        throw Error(Error::Kind::Corrupt, Backup::tr("The vault's key file is damaged; it was not backed up."));
    return bytes;
}

} // namespace

BackupSource::BackupSource() = default;
BackupSource::~BackupSource() = default;
BackupSource::BackupSource(BackupSource&&) noexcept = default;
BackupSource& BackupSource::operator=(BackupSource&&) noexcept = default;

BackupSecret BackupSecret::passphrase(SecureBuffer passphrase)
{
    return BackupSecret{vault::KeySlot::Kind::Passphrase, std::move(passphrase)};
}

BackupSecret BackupSecret::recoveryCode(const QString& typed)
{
    const QByteArray code = vault::normalizeRecoveryCode(typed).toLatin1();
    return BackupSecret{vault::KeySlot::Kind::Recovery, SecureBuffer::fromText(code.toStdString())};
}

QString Backup::suggestedFileName(const QString& role, const QString& placeCode, const QDate& day)
{
    return QStringLiteral("tonghu-backup-%1-%2-%3.%4")
        .arg(role, placeCode, day.toString(Qt::ISODate), QLatin1String(kSuffix));
}

BackupSource Backup::source(vault::Vault& vault)
{
    BackupSource s;
    // Under the system's temporary folder, never beside the target: the copy is ciphertext, but a
    // stick must not be left holding one if the program is killed.
    s.scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tonghu-backup-XXXXXX"));
    if (!s.scratch->isValid())
        throw Error(Error::Kind::Io, tr("No temporary folder could be made for the backup; check free disk space."));
    s.copyPath = s.scratch->filePath(QStringLiteral("tonghu.db"));
    s.db = vault.openConnection();
    s.copy = vault.createWithSameKey(s.copyPath);
    s.keySlotsPath = vault::Vault::keySlotsPath(vault.directory());
    s.userId = vault.userId();
    s.role = vault::roleCode(vault.role());
    s.placeCode = vault.placeCode();
    return s;
}

BackupReport Backup::create(BackupSource source, const QString& outFile, const Progress& progress)
{
    if (!source.db || !source.copy)
        throw Error(Error::Kind::Internal, tr("The backup was not prepared."));
    BackupReport report;
    QByteArray keySlots;
    {
        ReadSnapshot snapshot(*source.db);
        // Read inside the snapshot, so the header and counts describe exactly the copied state.
        report.schemaVersion = source.db->userVersion();
        countRecords(*source.db, &report);
        report.header.vaultId = storage::readInfo(*source.db, "vault_id");
        // Key slots change only when a passphrase does, which the window does not allow while
        // a backup runs; they are read as near to the snapshot as possible all the same.
        keySlots = readKeySlots(source.keySlotsPath);
        copyDatabase(*source.db, *source.copy, progress);
    }
    // Closing the last connection to the copy folds its WAL into the file: one file to pack.
    source.copy.reset();
    if (QFile::exists(source.copyPath + QStringLiteral("-wal")))
        throw Error(Error::Kind::Internal, tr("The copy of the database was not closed cleanly."));

    report.header.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    report.header.role = source.role;
    report.header.placeCode = source.placeCode;
    report.header.schemaVersion = report.schemaVersion;
    report.header.appVersion = QStringLiteral(TONGHU_VERSION);
    writeBackupFile(outFile, report.header, keySlots, source.copyPath, [&](qint64 done, qint64 total) {
        const int percent = kCopyPercent + int(total > 0 ? done * (100 - kCopyPercent) / total : 0);
        return !progress || progress(percent);
    });
    report.fileBytes = QFileInfo(outFile).size();
    try {
        // After the file is whole, so the log never names a backup that was not made.
        audit::AuditLog::recordExport(*source.db, source.userId, audit::ExportKind::Backup);
    } catch (...) {
        // Every export is in the log: a backup that could not be logged is not left behind.
        QFile::remove(outFile);
        throw;
    }
    return report;
}

BackupReport Backup::verify(const QString& file, const BackupSecret& secret)
{
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/tonghu-check-XXXXXX"));
    if (!scratch.isValid())
        throw Error(Error::Kind::Io, tr("No temporary folder could be made to check the backup."));
    const QString databasePath = scratch.filePath(QStringLiteral("tonghu.db"));
    const Unpacked unpacked = unpackBackupFile(file, databasePath);
    const vault::UnwrappedKey key = unwrapBackupKey(unpacked.keySlots, scratch.path(), secret);
    BackupReport report;
    {
        const auto db = openCheckedCopy(databasePath, key.key, &report);
        report.header = unpacked.header;
        report.fileBytes = unpacked.fileBytes;
    }
    return report;
}

} // namespace tonghu::backup
