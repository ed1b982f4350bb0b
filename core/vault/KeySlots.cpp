// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/KeySlots.h"

#include "core/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <sodium.h>

#include <cstring>

namespace tonghu::vault {

namespace {

constexpr int kFormatVersion = 1;
constexpr std::size_t kKeySize = 32;

SecureBuffer deriveWrappingKey(const SecureBuffer& secret, const QByteArray& salt, const KdfParams& kdf)
{
    SecureBuffer out(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char*>(secret.data()), secret.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit, kdf.memLimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Io, QCoreApplication::translate("tonghu::vault::KeySlots",
                                                                 "Not enough memory to derive the key."));
    return out;
}

QByteArray randomBytes(std::size_t n)
{
    QByteArray b(static_cast<qsizetype>(n), '\0');
    randombytes_buf(b.data(), n);
    return b;
}

QString kindCode(KeySlot::Kind k) { return k == KeySlot::Kind::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery"); }

KeySlot makeSlot(KeySlot::Kind kind, const QString& userId, const SecureBuffer& secret, const SecureBuffer& key,
                 const KdfParams& kdf)
{
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = kind;
    slot.userId = userId;
    slot.kdf = kdf;
    slot.salt = randomBytes(crypto_pwhash_SALTBYTES);
    slot.nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    const QByteArray user = userId.toUtf8();
    SecureBuffer plain(key.size() + static_cast<std::size_t>(user.size()));
    std::memcpy(plain.data(), key.data(), key.size());
    std::memcpy(plain.data() + key.size(), user.constData(), static_cast<std::size_t>(user.size()));
    const SecureBuffer wrapping = deriveWrappingKey(secret, slot.salt, kdf);
    slot.box.resize(static_cast<qsizetype>(plain.size() + crypto_secretbox_MACBYTES));
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(slot.box.data()), plain.data(), plain.size(),
                          reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrapping.data());
    return slot;
}

} // namespace

KeySlots KeySlots::load(const QString& path)
{
    ensureSodium();
    const auto damaged = [] {
        return Error(Error::Kind::Corrupt, tr("The vault's key file is damaged; restore it from a backup."));
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, tr("The vault's key file is missing."));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw damaged();
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("tonghu-keyslots"))
        throw damaged();
    if (root.value(QLatin1String("version")).toInt() > kFormatVersion)
        throw Error(Error::Kind::TooNew, tr("The vault's key file was written by a newer version of Tonghu."));
    KeySlots result;
    for (const QJsonValue& v : root.value(QLatin1String("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.id = o.value(QLatin1String("id")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("passphrase"))
            s.kind = KeySlot::Kind::Passphrase;
        else if (kind == QLatin1String("recovery"))
            s.kind = KeySlot::Kind::Recovery;
        else
            continue; // a slot kind from a newer version: keep working with the others
        s.userId = o.value(QLatin1String("user")).toString();
        s.kdf.opsLimit = static_cast<std::uint64_t>(o.value(QLatin1String("ops")).toDouble());
        s.kdf.memLimit = static_cast<std::size_t>(o.value(QLatin1String("mem")).toDouble());
        s.salt = QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1());
        s.nonce = QByteArray::fromBase64(o.value(QLatin1String("nonce")).toString().toLatin1());
        s.box = QByteArray::fromBase64(o.value(QLatin1String("box")).toString().toLatin1());
        if (s.salt.size() != crypto_pwhash_SALTBYTES || s.nonce.size() != crypto_secretbox_NONCEBYTES ||
            s.box.size() < static_cast<qsizetype>(kKeySize + crypto_secretbox_MACBYTES) ||
            s.kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || s.kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
            s.kdf.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE * 4 ||
            s.kdf.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE * 4ull)
            throw damaged(); // also bounds the memory a tampered file could make us allocate
        result.m_slots << s;
    }
    if (result.m_slots.isEmpty())
        throw damaged();
    return result;
}

void KeySlots::save(const QString& path) const
{
    QJsonArray arr;
    for (const KeySlot& s : m_slots) {
        arr.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("kind"), kindCode(s.kind)},
            {QStringLiteral("user"), s.userId},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("ops"), static_cast<double>(s.kdf.opsLimit)},
            {QStringLiteral("mem"), static_cast<double>(s.kdf.memLimit)},
            {QStringLiteral("salt"), QString::fromLatin1(s.salt.toBase64())},
            {QStringLiteral("nonce"), QString::fromLatin1(s.nonce.toBase64())},
            {QStringLiteral("box"), QString::fromLatin1(s.box.toBase64())},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tonghu-keyslots")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("slots"), arr}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit())
        throw Error(Error::Kind::Io, tr("The vault's key file could not be written; check free disk space."));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void KeySlots::addSlot(KeySlot::Kind kind, const QString& userId, const SecureBuffer& secret,
                       const SecureBuffer& key, const KdfParams& kdf)
{
    m_slots << makeSlot(kind, userId, secret, key, kdf);
}

std::optional<UnwrappedKey> KeySlots::unwrap(KeySlot::Kind kind, const SecureBuffer& secret) const
{
    for (const KeySlot& s : m_slots) {
        if (s.kind != kind)
            continue;
        const SecureBuffer wrapping = deriveWrappingKey(secret, s.salt, s.kdf);
        SecureBuffer plain(static_cast<std::size_t>(s.box.size()) - crypto_secretbox_MACBYTES);
        if (crypto_secretbox_open_easy(plain.data(), reinterpret_cast<const unsigned char*>(s.box.constData()),
                                       static_cast<unsigned long long>(s.box.size()),
                                       reinterpret_cast<const unsigned char*>(s.nonce.constData()),
                                       wrapping.data()) != 0)
            continue;
        const QString user = QString::fromUtf8(reinterpret_cast<const char*>(plain.data()) + kKeySize,
                                               static_cast<qsizetype>(plain.size() - kKeySize));
        if (user != s.userId)
            continue; // the slot was edited to point at another user
        UnwrappedKey out{SecureBuffer(kKeySize), user};
        std::memcpy(out.key.data(), plain.data(), kKeySize);
        return out;
    }
    return std::nullopt;
}

void KeySlots::rewrap(const QString& userId, const SecureBuffer& newSecret, const SecureBuffer& key,
                      const KdfParams& kdf)
{
    for (KeySlot& s : m_slots) {
        if (s.kind == KeySlot::Kind::Passphrase && s.userId == userId) {
            // The slot keeps its own cost, so raising the defaults never surprises a user mid-change.
            const QString id = s.id;
            s = makeSlot(KeySlot::Kind::Passphrase, userId, newSecret, key, s.kdf);
            s.id = id;
            return;
        }
    }
    m_slots << makeSlot(KeySlot::Kind::Passphrase, userId, newSecret, key, kdf);
}

namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString newRecoveryCode()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < 25; ++i) {
        if (i > 0 && i % 5 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCrockford[randombytes_uniform(32)]);
    }
    return code;
}

QString normalizeRecoveryCode(const QString& typed)
{
    QString out;
    for (QChar ch : typed.toUpper()) {
        if (ch == QLatin1Char('O'))
            ch = QLatin1Char('0');
        else if (ch == QLatin1Char('I') || ch == QLatin1Char('L'))
            ch = QLatin1Char('1');
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        out += ch;
    }
    QString grouped;
    for (int i = 0; i < out.size(); ++i) {
        if (i > 0 && i % 5 == 0)
            grouped += QLatin1Char('-');
        grouped += out[i];
    }
    return grouped;
}

} // namespace tonghu::vault
