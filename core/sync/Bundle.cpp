// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Bundle.h"

#include "core/sync/BundleReader.h"
#include "core/util/Error.h"
#include "core/util/ZstdFrame.h"

#include <QFile>
#include <QSet>
#include <QtEndian>

#include <sodium.h>
#include <zstd.h>

#include <algorithm>
#include <memory>
#include <new>

namespace tonghu::sync {

namespace {

static_assert(Bundle::kSealedKeyBytes == crypto_box_SEALBYTES + crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Bundle::kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(Bundle::kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(Bundle::kSignatureBytes == crypto_sign_BYTES);

// zstd's default: bundles are mostly small, and a county's large ones should not take minutes.
constexpr int kCompressionLevel = ZSTD_CLEVEL_DEFAULT;

Error badInput(const QString& message)
{
    return Error(Error::Kind::BadInput, message);
}
Error internal(const QString& message)
{
    return Error(Error::Kind::Internal, message);
}

const unsigned char* bytesOf(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}
unsigned char* bytesOf(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

template <typename T> void appendNumber(QByteArray& out, T value)
{
    char le[sizeof(T)];
    qToLittleEndian(value, le);
    out.append(le, qsizetype(sizeof(T)));
}

void appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8(); // within Bundle::kMaxTextBytes: checked by the caller
    appendNumber<quint8>(out, quint8(utf8.size()));
    out.append(utf8);
}

QByteArray encodeHeader(const BundleHeader& h)
{
    QByteArray out;
    appendText(out, h.bundleId);
    appendText(out, h.senderDeviceId);
    appendText(out, h.senderRole);
    appendText(out, h.senderPlace);
    appendNumber<qint64>(out, h.createdAt.toMSecsSinceEpoch());
    appendNumber<qint64>(out, h.firstSequence);
    appendNumber<qint64>(out, h.lastSequence);
    appendNumber<quint32>(out, quint32(h.eventCount));
    return out;
}

QByteArray compress(const QByteArray& payload)
{
    QByteArray out = util::packFrame(payload, kCompressionLevel);
    if (out.isEmpty())
        throw internal(Bundle::tr("The bundle's contents could not be compressed."));
    return out;
}

QByteArray decompress(QByteArrayView frame)
{
    util::Unpacked u = util::unpackFrame(frame, quint64(Bundle::kMaxPayloadBytes));
    switch (u.problem) {
    case util::Unpacked::Problem::None:
        return std::move(u.bytes);
    case util::Unpacked::Problem::NotOneFrame:
        break;
    case util::Unpacked::Problem::TooLarge:
        throw badInput(
            Bundle::tr("This bundle's contents would take more than %1 MiB once unpacked, more than Tonghu accepts.")
                .arg(Bundle::kMaxPayloadBytes >> 20));
    case util::Unpacked::Problem::WrongSize:
        throw badInput(
            Bundle::tr("This bundle's contents are damaged: they do not unpack to the size they declare."));
    }
    throw badInput(
        Bundle::tr("This bundle's contents are damaged: they are not one compressed frame of declared size."));
}

QByteArray signPublicKey(const BundleHeader& header, const Bundle::SignKeyLookup& signPublicKeyOf)
{
    const QByteArray key = signPublicKeyOf(header.senderDeviceId);
    if (key.isEmpty())
        throw badInput(Bundle::tr("This bundle comes from a device that is not enrolled here."));
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        throw internal(Bundle::tr("The signing key on file for the sending device is not valid."));
    return key;
}

void checkSignature(const BundleLayout& layout, const Bundle::SignKeyLookup& signPublicKeyOf)
{
    const QByteArray key = signPublicKey(layout.header, signPublicKeyOf);
    if (crypto_sign_verify_detached(bytesOf(layout.signature), bytesOf(layout.signedBytes),
                                    quint64(layout.signedBytes.size()), bytesOf(key)) != 0)
        throw badInput(
            Bundle::tr("This bundle's signature does not match: it was changed after it was signed, "
                       "or it was not signed by the device it names."));
}

} // namespace

QByteArray Bundle::write(const BundleHeader& header, const QByteArray& payload,
                         const SecureBuffer& signSecretKey, const QList<BundleRecipient>& recipients)
{
    ensureSodium();
    if (!BundleReader::isValidHeader(header))
        throw internal(
            tr("A bundle cannot be written with this header: a field is empty, too long or out of range."));
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw internal(tr("A bundle cannot be written: the signing key is not an Ed25519 secret key."));
    if (recipients.isEmpty() || recipients.size() > kMaxRecipients)
        throw internal(
            tr("A bundle cannot be written: it needs between 1 and %1 recipients.").arg(kMaxRecipients));
    QSet<QString> seen;
    for (const BundleRecipient& r : recipients) {
        if (!BundleReader::isValidText(r.deviceId) || r.boxPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
            seen.contains(r.deviceId))
            throw internal(
                tr("A bundle cannot be written: a recipient's id or key is not valid, or appears twice."));
        seen.insert(r.deviceId);
    }
    if (payload.size() > kMaxPayloadBytes)
        throw badInput(tr("These changes are too many for one bundle; send them in smaller bundles."));

    QByteArray out;
    out.append(kMagic, sizeof kMagic);
    appendNumber<quint16>(out, quint16(kFormatVersion));
    const QByteArray headerBytes = encodeHeader(header);
    appendNumber<quint32>(out, quint32(headerBytes.size()));
    out.append(headerBytes);

    const SecureBuffer contentKey = SecureBuffer::random(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    appendNumber<quint16>(out, quint16(recipients.size()));
    for (const BundleRecipient& r : recipients) {
        appendText(out, r.deviceId);
        QByteArray sealed(kSealedKeyBytes, Qt::Uninitialized);
        if (crypto_box_seal(bytesOf(sealed), contentKey.data(), contentKey.size(), bytesOf(r.boxPublicKey)) !=
            0)
            throw internal(tr("A bundle cannot be written: a recipient's key is not valid."));
        out.append(sealed);
    }
    const qsizetype associatedBytes = out.size();

    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    QByteArray compressed = compress(payload);
    QByteArray ciphertext(compressed.size() + kTagBytes, Qt::Uninitialized);
    unsigned long long ciphertextBytes = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytesOf(ciphertext), &ciphertextBytes, bytesOf(compressed), quint64(compressed.size()), bytesOf(out),
        quint64(associatedBytes), nullptr, bytesOf(nonce), contentKey.data());
    sodium_memzero(compressed.data(), std::size_t(compressed.size())); // the plaintext, only smaller
    out.reserve(out.size() + kNonceBytes + 8 + ciphertext.size() + kSignatureBytes);
    out.append(nonce);
    appendNumber<quint64>(out, ciphertextBytes);
    out.append(ciphertext);

    if (out.size() + kSignatureBytes > kMaxBundleBytes)
        throw badInput(tr("These changes are too many for one bundle; send them in smaller bundles."));
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytesOf(signature), nullptr, bytesOf(out), quint64(out.size()),
                         signSecretKey.data());
    out.append(signature);
    return out;
}

BundleHeader Bundle::verify(const QByteArray& bytes, const SignKeyLookup& signPublicKeyOf)
{
    ensureSodium();
    const BundleLayout layout = BundleReader::parse(bytes);
    checkSignature(layout, signPublicKeyOf);
    return layout.header;
}

BundleHeader Bundle::peekHeader(const QByteArray& bytes)
{
    return BundleReader::parse(bytes).header;
}

QByteArray Bundle::open(const QByteArray& bytes, const QString& myDeviceId, const QByteArray& myBoxPublicKey,
                        const SecureBuffer& myBoxSecretKey, const SignKeyLookup& signPublicKeyOf)
{
    ensureSodium();
    if (myBoxPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        myBoxSecretKey.size() != crypto_box_SECRETKEYBYTES)
        throw internal(tr("This device's encryption key is not valid."));
    const BundleLayout layout = BundleReader::parse(bytes);
    checkSignature(layout, signPublicKeyOf);

    const auto mine =
        std::find_if(layout.sealedKeys.cbegin(), layout.sealedKeys.cend(),
                     [&](const BundleLayout::SealedKey& k) { return k.deviceId == myDeviceId; });
    if (mine == layout.sealedKeys.cend())
        throw badInput(tr("This bundle is not addressed to this device."));
    SecureBuffer contentKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_box_seal_open(contentKey.data(), bytesOf(mine->sealed), quint64(mine->sealed.size()),
                             bytesOf(myBoxPublicKey), myBoxSecretKey.data()) != 0)
        throw badInput(tr("This bundle's key for this device does not open with this device's key."));

    QByteArray compressed(layout.ciphertext.size() - kTagBytes, Qt::Uninitialized);
    unsigned long long compressedBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytesOf(compressed), &compressedBytes, nullptr, bytesOf(layout.ciphertext),
            quint64(layout.ciphertext.size()), bytesOf(layout.associatedData),
            quint64(layout.associatedData.size()), bytesOf(layout.nonce), contentKey.data()) != 0)
        throw badInput(
            tr("This bundle's contents do not decrypt: they were not encrypted for this header and "
               "these recipients."));
    QByteArray payload;
    try {
        payload = decompress(compressed);
    } catch (...) {
        sodium_memzero(compressed.data(), std::size_t(compressed.size()));
        throw;
    }
    sodium_memzero(compressed.data(), std::size_t(compressed.size()));
    return payload;
}

QByteArray Bundle::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(f.exists() ? Error::Kind::Io : Error::Kind::NotFound,
                    tr("The bundle file cannot be opened."));
    // Checked before reading, so an oversized file on a stick never has to fit in memory.
    if (f.size() > kMaxBundleBytes)
        throw badInput(BundleReader::tooLargeMessage());
    // A file still growing is read only as far as its size was: the parser refuses the rest.
    const QByteArray bytes = f.read(f.size());
    if (f.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Io, tr("The bundle file cannot be read."));
    return bytes;
}

} // namespace tonghu::sync
