// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace tonghu::backup {

// What a backup file says about itself before it is opened: enough to tell which vault it came
// from and whether this build can read it, nothing about a child. Readable without a passphrase.
struct BackupHeader
{
    QString createdAt;     // UTC, ISO 8601 with milliseconds
    QString role;          // vault::roleCode: "village", "township", "county"
    QString placeCode;
    QString vaultId;
    int schemaVersion = 0; // PRAGMA user_version of the copied database
    QString appVersion;
};

// The container, specified in docs/security.md (Backups). All integers are little-endian:
//
//   "TONGHUBK"                 8 bytes, magic
//   u16 format version (1), u16 reserved (0)
//   u32 H, then H bytes        the header, UTF-8 JSON (BackupHeader)
//   u64 K, then K bytes        keyslots.json of the vault, as it was on disk
//   u64 D, then D bytes        tonghu.db: a consistent copy, encrypted with the vault's key
//   32 bytes                   BLAKE2b-256 (crypto_generichash) of every byte before it
//
// The checksum finds a truncated or damaged file before anything is unpacked; it is not what
// protects the contents (no secret goes into it): the database pages carry SQLCipher's HMAC and
// each key slot its Poly1305 tag.
namespace format {
inline constexpr char kMagic[8] = {'T', 'O', 'N', 'G', 'H', 'U', 'B', 'K'};
inline constexpr quint16 kVersion = 1;
inline constexpr qint64 kMaxHeaderBytes = 64 * 1024;
inline constexpr qint64 kMaxKeySlotsBytes = 1024 * 1024; // KeySlots::load reads no more
inline constexpr qint64 kChecksumBytes = 32;
} // namespace format

// Called with the bytes written or read so far; returning false stops the work (cancel).
using ByteProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes the container through QSaveFile, streaming the database file into it: the file appears
// under `path` whole or not at all (a full disk, an error or a cancel leaves nothing there).
// Throws Error{Io} or Error{Cancelled}.
void writeBackupFile(const QString& path, const BackupHeader& header, const QByteArray& keySlots,
                     const QString& databaseFile, const ByteProgress& progress = {});

struct Unpacked
{
    BackupHeader header;
    QByteArray keySlots;
    qint64 fileBytes = 0;
};

// Checks the structure and the checksum of the file at `path` and writes its database section to
// `databaseOut` (created with owner-only permissions). On any failure `databaseOut` is removed
// and Error{Corrupt} (damaged, truncated, not a backup), Error{TooNew} or Error{Io} is thrown.
Unpacked unpackBackupFile(const QString& path, const QString& databaseOut);

} // namespace tonghu::backup
