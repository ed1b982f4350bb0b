// SPDX-License-Identifier: GPL-3.0-or-later
// A bundle arrives from a USB stick or a server: anyone may have written its bytes. The target
// reads them as the township device of the worked example (tests/data/bundles), whose keys come
// from fixed seeds, so that the example and its mutations reach the signature check and, for
// the example itself, decryption and decompression.
#include "core/sync/Bundle.h"
#include "core/sync/BundleReader.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QFile>

#include <sodium.h>

#include <cstdint>

using namespace tonghu::sync;

namespace {
const QString kSender = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kRecipient = QStringLiteral("22222222-2222-4222-8222-222222222222");
QByteArray senderSignPublic;
QByteArray recipientBoxPublic;
tonghu::SecureBuffer* recipientBoxSecret = nullptr;
QByteArray signedExample; // the one bundle these keys have signed

QByteArray seedOf(char byte) { return QByteArray(32, byte); }
auto* uc(QByteArray& b) { return reinterpret_cast<unsigned char*>(b.data()); }
const auto* uc(const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); }
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tonghu::fuzz::startQt();
    if (sodium_init() < 0)
        std::abort();
    senderSignPublic.resize(crypto_sign_PUBLICKEYBYTES);
    QByteArray signSecret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(uc(senderSignPublic), uc(signSecret), uc(seedOf('\x11')));
    recipientBoxPublic.resize(crypto_box_PUBLICKEYBYTES);
    static tonghu::SecureBuffer secret(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(uc(recipientBoxPublic), secret.data(), uc(seedOf('\x22')));
    recipientBoxSecret = &secret;
    QFile example(QStringLiteral(TONGHU_SOURCE_DIR "/tests/data/bundles/example.bundle"));
    if (!example.open(QIODevice::ReadOnly))
        std::abort();
    signedExample = example.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto lookup = [](const QString& id) { return id == kSender ? senderSignPublic : QByteArray(); };
    tonghu::fuzz::refusesCleanly([&] { (void)BundleReader::parse(bytes); });
    tonghu::fuzz::refusesCleanly([&] { (void)Bundle::peekHeader(bytes); });
    tonghu::fuzz::refusesCleanly([&] {
        const QByteArray payload = Bundle::open(bytes, kRecipient, recipientBoxPublic, *recipientBoxSecret, lookup);
        // Ed25519 signatures (as libsodium checks them) cannot be altered and stay valid, so the
        // only bytes that open are the example's own: anything else that opened is a forgery.
        if (bytes != signedExample || payload.isEmpty())
            std::abort();
    });
    return 0;
}
