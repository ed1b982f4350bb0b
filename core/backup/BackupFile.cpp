// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupFile.h"

#include "core/backup/Backup.h"
#include "core/util/Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace tonghu::backup {

namespace {

constexpr qint64 kChunk = 1 << 20;

Error damaged()
{
    return Error(Error::Kind::Corrupt,
                 Backup::tr("The backup file is damaged or incomplete, so it cannot be used. Nothing was changed."));
}

Error writeFailed()
{
    return Error(Error::Kind::Io, Backup::tr("The backup could not be written: the disk may be full or not writable. "
                                             "No backup file was left behind."));
}

Error cancelled() { return Error(Error::Kind::Cancelled, Backup::tr("The backup was cancelled; no file was written.")); }

QByteArray headerJson(const BackupHeader& h)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("created_at"), h.createdAt},
                                     {QStringLiteral("role"), h.role},
                                     {QStringLiteral("place_code"), h.placeCode},
                                     {QStringLiteral("vault_id"), h.vaultId},
                                     {QStringLiteral("schema_version"), h.schemaVersion},
                                     {QStringLiteral("app_version"), h.appVersion}})
        .toJson(QJsonDocument::Compact);
}

template <typename T> QByteArray littleEndian(T value)
{
    QByteArray bytes(sizeof(T), '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// Writes to the save file and into the running checksum together, so they cannot disagree.
class HashedWriter
{
public:
    explicit HashedWriter(QSaveFile& file) : m_file(file) { crypto_generichash_init(&m_state, nullptr, 0, 32); }
    void write(const char* data, qint64 size)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data), std::size_t(size));
        if (m_file.write(data, size) != size)
            throw writeFailed();
    }
    void write(const QByteArray& bytes) { write(bytes.constData(), bytes.size()); }
    void finish()
    {
        unsigned char digest[format::kChecksumBytes];
        crypto_generichash_final(&m_state, digest, sizeof digest);
        if (m_file.write(reinterpret_cast<const char*>(digest), sizeof digest) != qint64(sizeof digest))
            throw writeFailed();
    }

private:
    QSaveFile& m_file;
    crypto_generichash_state m_state;
};

// Reads from the backup file into the running checksum; a short read is a truncated file.
class HashedReader
{
public:
    HashedReader(QFile& file, qint64 size) : m_file(file), m_left(size)
    {
        crypto_generichash_init(&m_state, nullptr, 0, 32);
    }
    QByteArray read(qint64 size)
    {
        if (size < 0 || size > m_left)
            throw damaged();
        QByteArray bytes = m_file.read(size);
        if (bytes.size() != size)
            throw damaged();
        m_left -= size;
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  std::size_t(bytes.size()));
        return bytes;
    }
    template <typename T> T number()
    {
        const QByteArray bytes = read(sizeof(T));
        return qFromLittleEndian<T>(bytes.constData());
    }
    qint64 left() const { return m_left; }
    bool checksumMatches()
    {
        unsigned char digest[format::kChecksumBytes];
        crypto_generichash_final(&m_state, digest, sizeof digest);
        const QByteArray stored = m_file.read(format::kChecksumBytes);
        return stored.size() == format::kChecksumBytes && sodium_memcmp(stored.constData(), digest, sizeof digest) == 0;
    }

private:
    QFile& m_file;
    qint64 m_left; // bytes before the checksum not read yet
    crypto_generichash_state m_state;
};

// Every version of the format ends with the checksum of all before it, so a file whose version
// says "newer" can still be told apart from a damaged one whose version field was hit.
bool wholeFileChecksumMatches(QFile& file)
{
    const qint64 size = file.size();
    if (size < format::kChecksumBytes || !file.seek(0))
        return false;
    HashedReader reader(file, size - format::kChecksumBytes);
    while (reader.left() > 0)
        reader.read(std::min(kChunk, reader.left()));
    return reader.checksumMatches();
}

BackupHeader parseHeader(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw damaged();
    const QJsonObject o = doc.object();
    BackupHeader h;
    h.createdAt = o.value(QLatin1String("created_at")).toString();
    h.role = o.value(QLatin1String("role")).toString();
    h.placeCode = o.value(QLatin1String("place_code")).toString();
    h.vaultId = o.value(QLatin1String("vault_id")).toString();
    h.schemaVersion = o.value(QLatin1String("schema_version")).toInt();
    h.appVersion = o.value(QLatin1String("app_version")).toString();
    return h;
}

} // namespace

void writeBackupFile(const QString& path, const BackupHeader& header, const QByteArray& keySlots,
                     const QString& databaseFile, const ByteProgress& progress)
{
    ensureSodium();
    QFile database(databaseFile);
    if (!database.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, Backup::tr("The copy of the database could not be read back."));
    const qint64 databaseBytes = database.size();
    const QByteArray json = headerJson(header);

    // QSaveFile writes beside `path` under a temporary name and renames on commit; destroyed
    // without a commit (an exception, a cancel) it removes what it wrote.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw writeFailed();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    HashedWriter writer(out);
    writer.write(format::kMagic, sizeof format::kMagic);
    writer.write(littleEndian<quint16>(format::kVersion));
    writer.write(littleEndian<quint16>(0));
    writer.write(littleEndian<quint32>(quint32(json.size())));
    writer.write(json);
    writer.write(littleEndian<quint64>(quint64(keySlots.size())));
    writer.write(keySlots);
    writer.write(littleEndian<quint64>(quint64(databaseBytes)));
    qint64 done = 0;
    while (done < databaseBytes) {
        const QByteArray chunk = database.read(std::min(kChunk, databaseBytes - done));
        if (chunk.isEmpty())
            throw Error(Error::Kind::Io, Backup::tr("The copy of the database could not be read back."));
        writer.write(chunk);
        done += chunk.size();
        if (progress && !progress(done, databaseBytes))
            throw cancelled();
    }
    writer.finish();
    if (!out.commit())
        throw writeFailed();
}

Unpacked unpackBackupFile(const QString& path, const QString& databaseOut)
{
    ensureSodium();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, Backup::tr("The backup file cannot be opened."));
    const qint64 size = file.size();
    constexpr qint64 kFixed = sizeof format::kMagic + 2 + 2 + 4 + 8 + 8 + format::kChecksumBytes;
    if (size < kFixed)
        throw damaged();
    HashedReader reader(file, size - format::kChecksumBytes);
    if (std::memcmp(reader.read(sizeof format::kMagic).constData(), format::kMagic, sizeof format::kMagic) != 0)
        throw Error(Error::Kind::Corrupt, Backup::tr("This is not a Tonghu backup file."));
    if (reader.number<quint16>() > format::kVersion) {
        if (!wholeFileChecksumMatches(file))
            throw damaged();
        throw Error(Error::Kind::TooNew, Backup::tr("This backup was made by a newer version of Tonghu; update Tonghu "
                                                    "to open it."));
    }
    reader.number<quint16>();
    // Every length is checked against what is left of the file before anything is allocated, so
    // a damaged length can neither make us read past the end nor allocate gigabytes.
    const qint64 headerBytes = reader.number<quint32>();
    if (headerBytes > format::kMaxHeaderBytes || headerBytes > reader.left())
        throw damaged();
    const QByteArray json = reader.read(headerBytes);
    const quint64 keySlotsBytes = reader.number<quint64>();
    if (keySlotsBytes > quint64(format::kMaxKeySlotsBytes) || qint64(keySlotsBytes) > reader.left())
        throw damaged();
    Unpacked unpacked;
    unpacked.keySlots = reader.read(qint64(keySlotsBytes));
    const quint64 databaseBytes = reader.number<quint64>();
    if (databaseBytes != quint64(reader.left()))
        throw damaged();

    QFile out(databaseOut);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::Kind::Io, Backup::tr("The backup could not be unpacked: the disk may be full or not "
                                                "writable."));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    try {
        while (reader.left() > 0) {
            const QByteArray chunk = reader.read(std::min(kChunk, reader.left()));
            if (out.write(chunk) != chunk.size())
                throw Error(Error::Kind::Io, Backup::tr("The backup could not be unpacked: the disk may be full "
                                                        "or not writable."));
        }
        if (!out.flush())
            throw Error(Error::Kind::Io, Backup::tr("The backup could not be unpacked: the disk may be full or not "
                                                    "writable."));
        out.close();
        if (!reader.checksumMatches())
            throw damaged();
        unpacked.header = parseHeader(json);
    } catch (...) {
        out.close();
        QFile::remove(databaseOut);
        throw;
    }
    unpacked.fileBytes = size;
    return unpacked;
}

} // namespace tonghu::backup
