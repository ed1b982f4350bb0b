// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tonghu::sync {

// A device a bundle is sealed to: its id and its X25519 public key (32 bytes).
struct BundleRecipient
{
    QString deviceId;
    QByteArray boxPublicKey;
};

// What a bundle says about itself, readable (and signed) without any decryption key.
struct BundleHeader
{
    int formatVersion = 1;    // set by the readers; write() always writes kFormatVersion
    QString bundleId;         // UUID
    QString senderDeviceId;   // UUID of the sending device
    QString senderRole;       // village | township | county
    QString senderPlace;      // division code (digits)
    QDateTime createdAt;      // UTC, kept to the millisecond
    qint64 firstSequence = 0; // the sender's event sequence numbers carried (inclusive), 0/0 for none
    qint64 lastSequence = 0;
    int eventCount = 0;
    QStringList recipientDeviceIds; // filled by the readers from the recipient table; write() ignores it
};

// The codec of a sync bundle: the byte format of docs/bundle-format.md. The payload is opaque
// here; the event log decides what it holds. Every reader refuses bad bytes with
// Error{BadInput} and one sentence saying what is wrong, and never trusts a declared length
// further than the bytes actually present.
class Bundle final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Bundle)
public:
    using SignKeyLookup = std::function<QByteArray(const QString& deviceId)>;

    static constexpr int kFormatVersion = 1;
    // A bundle file is read whole into memory, so its size is checked before reading.
    static constexpr qint64 kMaxBundleBytes = qint64(256) << 20;
    // The payload is unpacked whole too: a frame declaring more is refused before allocating.
    static constexpr qint64 kMaxPayloadBytes = qint64(1) << 30;
    // A county addressing every village and township device of its area stays far below this.
    static constexpr int kMaxRecipients = 1024;

    // Layout constants (docs/bundle-format.md): the magic includes its trailing NUL.
    static constexpr char kMagic[8] = {'T', 'O', 'N', 'G', 'H', 'U', 'B', '\0'};
    static constexpr int kPrefixBytes = 14; // magic, u16 version, u32 header length
    static constexpr int kMaxHeaderBytes = 4096;
    static constexpr int kMaxTextBytes = 255;  // every string is a u8 length and UTF-8
    static constexpr int kSealedKeyBytes = 80; // crypto_box_seal of the 32-byte content key
    static constexpr int kNonceBytes = 24;     // XChaCha20-Poly1305 IETF
    static constexpr int kTagBytes = 16;
    static constexpr int kSignatureBytes = 64; // Ed25519, detached

    // zstd-compresses the payload, encrypts it once under a fresh random key (XChaCha20-Poly1305
    // IETF, everything before the nonce as associated data), seals that key to each recipient
    // (crypto_box_seal) and signs every byte with the sender's Ed25519 secret key (64 bytes).
    static QByteArray write(const BundleHeader& header, const QByteArray& payload,
                            const SecureBuffer& signSecretKey, const QList<BundleRecipient>& recipients);

    // Checks structure and signature with the sender's public signing key, looked up by
    // senderDeviceId (an empty key means the device is not enrolled: refused). Does not decrypt.
    static BundleHeader verify(const QByteArray& bytes, const SignKeyLookup& signPublicKeyOf);

    // The header after the structural checks only, for `inspect`: nothing here is proven yet.
    static BundleHeader peekHeader(const QByteArray& bytes);

    // verify(), then unseals this device's content key, decrypts and decompresses.
    static QByteArray open(const QByteArray& bytes, const QString& myDeviceId,
                           const QByteArray& myBoxPublicKey, const SecureBuffer& myBoxSecretKey,
                           const SignKeyLookup& signPublicKeyOf);

    // Reads a bundle file, refusing one larger than kMaxBundleBytes before reading it.
    static QByteArray readFile(const QString& path);
};

} // namespace tonghu::sync
