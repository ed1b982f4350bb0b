// SPDX-License-Identifier: GPL-3.0-or-later
// The sync bundle codec with real libsodium and zstd: round trips, the worked example of
// docs/bundle-format.md, and the bad bytes a USB stick or a server can deliver. Every key
// here comes from a fixed seed and is a test key only; every payload is synthetic.
#include "core/sync/Bundle.h"
#include "core/util/Error.h"
#include "core/util/SecureBuffer.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>

using namespace tonghu;
using sync::Bundle;
using sync::BundleHeader;
using sync::BundleRecipient;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}
unsigned char* uc(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}
const unsigned char* uc(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}
QString hex(const SecureBuffer& b)
{
    return hex(QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())));
}

// --- Test devices: every key from a seed of 32 equal bytes, as docs/bundle-format.md lists them.

struct Device
{
    QString id;
    unsigned char signSeed = 0;
    unsigned char boxSeed = 0;
    QByteArray signPublic;
    SecureBuffer signSecret;
    QByteArray boxPublic;
    SecureBuffer boxSecret;

    BundleRecipient recipient() const { return {id, boxPublic}; }
};

Device device(const char* id, unsigned char signSeed, unsigned char boxSeed)
{
    ensureSodium();
    Device d;
    d.id = QString::fromLatin1(id);
    d.signSeed = signSeed;
    d.boxSeed = boxSeed;
    const QByteArray signSeedBytes(crypto_sign_SEEDBYTES, char(signSeed));
    d.signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    d.signSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(uc(d.signPublic), d.signSecret.data(), uc(signSeedBytes));
    const QByteArray boxSeedBytes(crypto_box_SEEDBYTES, char(boxSeed));
    d.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    d.boxSecret = SecureBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(uc(d.boxPublic), d.boxSecret.data(), uc(boxSeedBytes));
    return d;
}

struct Devices
{
    Device village = device("11111111-1111-4111-8111-111111111111", 0x11, 0x12);
    Device township = device("22222222-2222-4222-8222-222222222222", 0x21, 0x22);
    Device county = device("33333333-3333-4333-8333-333333333333", 0x31, 0x32);
    Device outsider = device("44444444-4444-4444-8444-444444444444", 0x41, 0x42); // enrolled nowhere

    // The enrolled devices, as the device registry would answer.
    Bundle::SignKeyLookup lookup() const
    {
        return [this](const QString& id) -> QByteArray {
            for (const Device* d : {&village, &township, &county}) {
                if (d->id == id)
                    return d->signPublic;
            }
            return {};
        };
    }
    QList<BundleRecipient> upstream() const { return {township.recipient(), county.recipient()}; }
};

const Devices& devices()
{
    static const Devices d;
    return d;
}

BundleHeader exampleHeader()
{
    BundleHeader h;
    h.bundleId = QStringLiteral("b0b0b0b0-0000-4000-8000-000000000001");
    h.senderDeviceId = devices().village.id;
    h.senderRole = QStringLiteral("village");
    h.senderPlace = QStringLiteral("620423101201");
    h.createdAt = QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC);
    h.firstSequence = 1;
    h.lastSequence = 3;
    h.eventCount = 3;
    return h;
}

QByteArray smallPayload()
{
    return QByteArrayLiteral("synthetic events 1..3, no personal data");
}

QByteArray writeUpstream(const QByteArray& payload, const BundleHeader& header = exampleHeader())
{
    return Bundle::write(header, payload, devices().village.signSecret, devices().upstream());
}

QByteArray openAs(const QByteArray& bytes, const Device& d)
{
    return Bundle::open(bytes, d.id, d.boxPublic, d.boxSecret, devices().lookup());
}

// The message of the tonghu::Error{BadInput} that f throws, or a marker starting with '!'
// when it throws nothing, another kind, or another exception (std::bad_alloc, say).
QString refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        // A newer format is its own kind, so the app can say "update Tonghu" rather than "damaged".
        if (e.kind() == Error::Kind::TooNew)
            return QStringLiteral("[too new] ") + e.message();
        if (e.kind() != Error::Kind::BadInput)
            return QStringLiteral("!kind %1: %2").arg(int(e.kind())).arg(e.message());
        return e.message();
    } catch (const std::exception& e) {
        return QStringLiteral("!exception: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return QStringLiteral("!accepted");
}

QString openRefusal(const QByteArray& bytes, const Device& d = devices().township)
{
    return refusal([&] { openAs(bytes, d); });
}
QString verifyRefusal(const QByteArray& bytes)
{
    return refusal([&] { Bundle::verify(bytes, devices().lookup()); });
}
QString peekRefusal(const QByteArray& bytes)
{
    return refusal([&] { Bundle::peekHeader(bytes); });
}

// --- An independent writer and walker of the format, straight from docs/bundle-format.md with
// libsodium alone, so tests can build bundles Bundle::write never would (a crafted zstd frame,
// a bad field) that are still properly encrypted and signed.

template <typename T> QByteArray le(T v)
{
    QByteArray out(qsizetype(sizeof(T)), '\0');
    qToLittleEndian(v, out.data());
    return out;
}

QByteArray text8(const QByteArray& utf8)
{
    return le<quint8>(quint8(utf8.size())) + utf8;
}

QByteArray headerBody(const BundleHeader& h)
{
    return text8(h.bundleId.toUtf8()) + text8(h.senderDeviceId.toUtf8()) + text8(h.senderRole.toUtf8()) +
           text8(h.senderPlace.toUtf8()) + le<qint64>(h.createdAt.toMSecsSinceEpoch()) +
           le<qint64>(h.firstSequence) + le<qint64>(h.lastSequence) + le<quint32>(quint32(h.eventCount));
}

struct Parts
{
    quint16 version = 1;
    QByteArray header;
    QList<QPair<QByteArray, QByteArray>> recipients; // id as UTF-8, sealed key
    QByteArray nonce;
    QByteArray ciphertext;

    QByteArray associatedData() const
    {
        QByteArray out =
            QByteArray("TONGHUB", 8) + le<quint16>(version) + le<quint32>(quint32(header.size())) + header;
        out += le<quint16>(quint16(recipients.size()));
        for (const auto& [id, sealed] : recipients)
            out += text8(id) + sealed;
        return out;
    }
};

QByteArray sign(const QByteArray& bytes, const SecureBuffer& signSecret)
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(uc(sig), nullptr, uc(bytes), quint64(bytes.size()), signSecret.data());
    return bytes + sig;
}

QByteArray assemble(const Parts& p, const SecureBuffer& signSecret)
{
    return sign(p.associatedData() + p.nonce + le<quint64>(quint64(p.ciphertext.size())) + p.ciphertext,
                signSecret);
}

// Seals a fresh content key to each recipient and encrypts `compressed` under it.
Parts encrypted(const QByteArray& header, const QList<BundleRecipient>& to, const QByteArray& compressed)
{
    Parts p;
    p.header = header;
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
    randombytes_buf(key.data(), std::size_t(key.size()));
    for (const BundleRecipient& r : to) {
        QByteArray sealed(crypto_box_SEALBYTES + key.size(), '\0');
        crypto_box_seal(uc(sealed), uc(key), quint64(key.size()), uc(r.boxPublicKey));
        p.recipients.append({r.deviceId.toUtf8(), sealed});
    }
    p.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(p.nonce.data(), std::size_t(p.nonce.size()));
    const QByteArray ad = p.associatedData();
    p.ciphertext = QByteArray(compressed.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    crypto_aead_xchacha20poly1305_ietf_encrypt(uc(p.ciphertext), nullptr, uc(compressed),
                                               quint64(compressed.size()), uc(ad), quint64(ad.size()),
                                               nullptr, uc(p.nonce), uc(key));
    return p;
}

// A bundle from the village to the township around a compressed payload made by hand.
QByteArray handMade(const QByteArray& compressed, const QByteArray& header = headerBody(exampleHeader()))
{
    return assemble(encrypted(header, {devices().township.recipient()}, compressed),
                    devices().village.signSecret);
}

QByteArray resigned(QByteArray bytes, const SecureBuffer& signSecret = devices().village.signSecret)
{
    bytes.chop(crypto_sign_BYTES);
    return sign(bytes, signSecret);
}

// Where each part of a well-formed bundle lies (no checks: for bundles known to be good).
struct Offsets
{
    qsizetype headerStart = 14;
    qsizetype headerLength = 0;
    qsizetype recipientsStart = 0; // the u16 count
    QList<qsizetype> entryStarts;  // each entry's u8 id length
    qsizetype nonceStart = 0;
    qsizetype ciphertextLengthAt = 0;
    qsizetype ciphertextStart = 0;
    qsizetype ciphertextLength = 0;
    qsizetype signatureStart = 0;
};

Offsets walk(const QByteArray& b)
{
    Offsets o;
    const auto at = [&](qsizetype i) { return reinterpret_cast<const uchar*>(b.constData()) + i; };
    o.headerLength = qsizetype(qFromLittleEndian<quint32>(at(10)));
    o.recipientsStart = o.headerStart + o.headerLength;
    const int count = qFromLittleEndian<quint16>(at(o.recipientsStart));
    qsizetype pos = o.recipientsStart + 2;
    for (int i = 0; i < count; ++i) {
        o.entryStarts << pos;
        pos += 1 + *at(pos) + 80;
    }
    o.nonceStart = pos;
    o.ciphertextLengthAt = pos + 24;
    o.ciphertextLength = qsizetype(qFromLittleEndian<quint64>(at(o.ciphertextLengthAt)));
    o.ciphertextStart = o.ciphertextLengthAt + 8;
    o.signatureStart = o.ciphertextStart + o.ciphertextLength;
    return o;
}

template <typename T> QByteArray patched(QByteArray b, qsizetype at, T value)
{
    qToLittleEndian(value, b.data() + at);
    return b;
}

// --- zstd frames by hand (RFC 8878): magic, frame header descriptor, content size, blocks.

constexpr quint32 kBlockMax = 128 * 1024;

// Single_Segment with an 8-byte Frame_Content_Size: the window is the declared size.
QByteArray sizedFrameHeader(quint64 declared)
{
    return le<quint32>(0xFD2FB528u) + QByteArray(1, char(0xE0)) + le<quint64>(declared);
}
// No content size: a Window_Descriptor instead (exponent 7: a 128 KiB window).
QByteArray unsizedFrameHeader()
{
    return le<quint32>(0xFD2FB528u) + QByteArray(1, '\0') + QByteArray(1, char(7 << 3));
}

QByteArray blockHeader(quint32 type, quint32 size, bool last)
{
    const quint32 v = (last ? 1u : 0u) | (type << 1) | (size << 3);
    return le<quint32>(v).left(3);
}
QByteArray rawBlock(const QByteArray& data, bool last)
{
    return blockHeader(0, quint32(data.size()), last) + data;
}

// RLE blocks of `fill` that unpack to exactly `actual` bytes: 4 bytes for every 128 KiB.
QByteArray rleBlocks(quint64 actual, char fill, bool endsFrame = true)
{
    QByteArray out;
    while (actual > 0) {
        const quint32 n = quint32(std::min<quint64>(actual, kBlockMax));
        actual -= n;
        out += blockHeader(1, n, endsFrame && actual == 0) + QByteArray(1, fill);
    }
    return out;
}

// --- The worked example in tests/data/bundles.

QString sourcePath(const char* relative)
{
    return QDir::cleanPath(QStringLiteral(TONGHU_SOURCE_DIR "/") + QLatin1String(relative));
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QJsonObject exampleJson()
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(fileBytes(sourcePath("tests/data/bundles/example.json")));
    REQUIRE(doc.isObject());
    return doc.object();
}

QString jsonString(const QJsonObject& o, const char* path)
{
    QJsonValue v = o;
    for (const QString& key : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v.toString();
}

QJsonObject deviceJson(const Device& d, const char* role)
{
    return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                       {QStringLiteral("device_id"), d.id},
                       {QStringLiteral("sign_seed"), hex(QByteArray(32, char(d.signSeed)))},
                       {QStringLiteral("sign_public_key"), hex(d.signPublic)},
                       {QStringLiteral("sign_secret_key"), hex(d.signSecret)},
                       {QStringLiteral("box_seed"), hex(QByteArray(32, char(d.boxSeed)))},
                       {QStringLiteral("box_public_key"), hex(d.boxPublic)},
                       {QStringLiteral("box_secret_key"), hex(d.boxSecret)}};
}

} // namespace

TEST_CASE("A bundle to two recipients opens for each of them and for no other device", "[bundle]")
{
    const Devices& d = devices();
    const QByteArray payload = smallPayload();
    const QByteArray bytes = writeUpstream(payload);

    CHECK(openAs(bytes, d.township) == payload);
    CHECK(openAs(bytes, d.county) == payload);
    CHECK(str(openRefusal(bytes, d.outsider)) == "This bundle is not addressed to this device.");
    // The sender itself is no recipient either: a bundle is sealed to others only.
    CHECK(str(openRefusal(bytes, d.village)) == "This bundle is not addressed to this device.");
    // Claiming the township's id without its key does not open the township's sealed key.
    CHECK(str(refusal([&] {
              Bundle::open(bytes, d.township.id, d.outsider.boxPublic, d.outsider.boxSecret, d.lookup());
          })) == "This bundle's key for this device does not open with this device's key.");
    // The payload travels encrypted, and a second bundle of the same payload shares no key or nonce.
    CHECK_FALSE(bytes.contains(payload));
    const QByteArray again = writeUpstream(payload);
    const Offsets o = walk(bytes);
    REQUIRE(walk(again).nonceStart == o.nonceStart);
    CHECK(again.mid(o.nonceStart, 24) != bytes.mid(o.nonceStart, 24));
    const auto contentKey = [&](const QByteArray& b) {
        QByteArray key(32, '\0');
        REQUIRE(crypto_box_seal_open(uc(key), uc(b.mid(o.entryStarts.at(0) + 1 + 36, 80)), 80,
                                     uc(d.township.boxPublic), d.township.boxSecret.data()) == 0);
        return key;
    };
    CHECK(contentKey(again) != contentKey(bytes));
    CHECK(openAs(again, d.county) == payload);
}

TEST_CASE("The header reads back as written, signed or only peeked at", "[bundle]")
{
    const QByteArray bytes = writeUpstream(smallPayload());
    const BundleHeader expected = exampleHeader();
    for (const BundleHeader& h : {Bundle::verify(bytes, devices().lookup()), Bundle::peekHeader(bytes)}) {
        CHECK(h.formatVersion == 1);
        CHECK(h.bundleId == expected.bundleId);
        CHECK(h.senderDeviceId == expected.senderDeviceId);
        CHECK(h.senderRole == expected.senderRole);
        CHECK(h.senderPlace == expected.senderPlace);
        CHECK(h.createdAt == expected.createdAt);
        CHECK(h.createdAt.timeSpec() == Qt::UTC);
        CHECK(h.firstSequence == 1);
        CHECK(h.lastSequence == 3);
        CHECK(h.eventCount == 3);
        CHECK(h.recipientDeviceIds == QStringList{devices().township.id, devices().county.id});
    }
    // peekHeader needs no key and proves nothing: it reads a bundle whose signature is broken.
    QByteArray broken = bytes;
    broken[broken.size() - 1] = char(broken.back() ^ 0x01);
    CHECK(Bundle::peekHeader(broken).bundleId == expected.bundleId);
    CHECK(str(verifyRefusal(broken)).find("signature does not match") != std::string::npos);
}

TEST_CASE("Empty, compressible and incompressible payloads round trip", "[bundle]")
{
    CHECK(openAs(writeUpstream({}), devices().county).isEmpty());

    QByteArray text;
    for (int i = 0; text.size() < 3 * 1024 * 1024; ++i)
        text += "event " + QByteArray::number(i) + ": synthetic field change, no personal data\n";
    const QByteArray bytes = writeUpstream(text);
    CHECK(bytes.size() < text.size() / 4); // it was compressed
    CHECK(openAs(bytes, devices().township) == text);

    QByteArray noise(512 * 1024, '\0');
    randombytes_buf(noise.data(), std::size_t(noise.size()));
    CHECK(openAs(writeUpstream(noise), devices().township) == noise);
}

TEST_CASE("The worked example in tests/data/bundles opens to its documented payload with the documented keys",
          "[bundle]")
{
    const Devices& d = devices();
    const QJsonObject json = exampleJson();
    // The keys listed beside the example are the ones the seeds give.
    const QJsonArray listed = json.value(QStringLiteral("devices")).toArray();
    REQUIRE(listed.size() == 4);
    CHECK(listed.at(0).toObject() == deviceJson(d.village, "village (sender)"));
    CHECK(listed.at(1).toObject() == deviceJson(d.township, "township (recipient)"));
    CHECK(listed.at(2).toObject() == deviceJson(d.county, "county (recipient)"));
    CHECK(listed.at(3).toObject() == deviceJson(d.outsider, "outsider (not a recipient)"));

    const QByteArray bytes = fileBytes(sourcePath("tests/data/bundles/example.bundle"));
    const QByteArray payload = fileBytes(sourcePath("tests/data/bundles/example-payload.txt"));
    CHECK(str(jsonString(json, "payload.sha256")) ==
          str(hex(QCryptographicHash::hash(payload, QCryptographicHash::Sha256))));
    CHECK(str(jsonString(json, "bundle.sha256")) ==
          str(hex(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256))));

    const BundleHeader h = Bundle::verify(bytes, d.lookup());
    CHECK(str(h.bundleId) == str(jsonString(json, "header.bundleId")));
    CHECK(str(h.senderDeviceId) == str(jsonString(json, "header.senderDeviceId")));
    CHECK(str(h.senderRole) == str(jsonString(json, "header.senderRole")));
    CHECK(str(h.senderPlace) == str(jsonString(json, "header.senderPlace")));
    CHECK(str(h.createdAt.toString(Qt::ISODateWithMs)) == str(jsonString(json, "header.createdAt")));
    CHECK(h.firstSequence ==
          json.value(QStringLiteral("header")).toObject().value(QStringLiteral("firstSequence")).toInteger());
    CHECK(h.lastSequence ==
          json.value(QStringLiteral("header")).toObject().value(QStringLiteral("lastSequence")).toInteger());
    CHECK(h.eventCount ==
          json.value(QStringLiteral("header")).toObject().value(QStringLiteral("eventCount")).toInt());
    CHECK(h.recipientDeviceIds == QStringList{d.township.id, d.county.id});

    CHECK(openAs(bytes, d.township) == payload);
    CHECK(openAs(bytes, d.county) == payload);
    CHECK(str(openRefusal(bytes, d.outsider)) == "This bundle is not addressed to this device.");
}

TEST_CASE(
    "The worked example verifies and decrypts step by step with libsodium alone, as the format document says",
    "[bundle]")
{
    const Devices& d = devices();
    const QJsonObject json = exampleJson();
    const QByteArray b = fileBytes(sourcePath("tests/data/bundles/example.bundle"));
    const QByteArray payload = fileBytes(sourcePath("tests/data/bundles/example-payload.txt"));
    const auto u8at = [&](qsizetype i) { return quint8(b.at(i)); };
    const auto u16at = [&](qsizetype i) { return qFromLittleEndian<quint16>(b.constData() + i); };
    const auto u32at = [&](qsizetype i) { return qFromLittleEndian<quint32>(b.constData() + i); };
    const auto u64at = [&](qsizetype i) { return qFromLittleEndian<quint64>(b.constData() + i); };

    // 1. magic and version, 2. header (only the sender id is needed to find its key).
    REQUIRE(b.left(8) == QByteArray("TONGHUB\0", 8));
    REQUIRE(u16at(8) == 1);
    const qsizetype headerLength = u32at(10);
    qsizetype pos = 14;
    pos += 1 + u8at(pos); // bundle id
    const QString sender = QString::fromUtf8(b.mid(pos + 1, u8at(pos)));
    CHECK(sender == d.village.id);
    pos = 14 + headerLength;
    // 3. recipients: find the township's sealed key.
    const int count = u16at(pos);
    pos += 2;
    QByteArray sealed;
    for (int i = 0; i < count; ++i) {
        const QByteArray id = b.mid(pos + 1, u8at(pos));
        pos += 1 + u8at(pos);
        if (id == d.township.id.toUtf8())
            sealed = b.mid(pos, 80);
        pos += 80;
    }
    REQUIRE(sealed.size() == 80);
    const qsizetype nonceStart = pos;
    const QByteArray nonce = b.mid(pos, 24);
    const qsizetype ciphertextLength = qsizetype(u64at(pos + 24));
    const QByteArray ciphertext = b.mid(pos + 32, ciphertextLength);
    REQUIRE(pos + 32 + ciphertextLength + 64 == b.size());
    CHECK(str(jsonString(json, "parts.nonce")) == str(hex(nonce)));
    CHECK(json.value(QStringLiteral("parts")).toObject().value(QStringLiteral("nonce_offset")).toInteger() ==
          nonceStart);

    // 4. signature over every byte before it.
    const QByteArray signature = b.right(64);
    CHECK(str(jsonString(json, "parts.signature")) == str(hex(signature)));
    CHECK(crypto_sign_verify_detached(uc(signature), uc(b), quint64(b.size() - 64),
                                      uc(d.village.signPublic)) == 0);
    // 5. the content key, 6. the compressed payload (associated data: every byte before the nonce).
    QByteArray contentKey(32, '\0');
    REQUIRE(crypto_box_seal_open(uc(contentKey), uc(sealed), 80, uc(d.township.boxPublic),
                                 d.township.boxSecret.data()) == 0);
    CHECK(str(jsonString(json, "parts.content_key")) == str(hex(contentKey)));
    QByteArray compressed(ciphertextLength - 16, '\0');
    const QByteArray ad = b.left(nonceStart);
    REQUIRE(crypto_aead_xchacha20poly1305_ietf_decrypt(uc(compressed), nullptr, nullptr, uc(ciphertext),
                                                       quint64(ciphertext.size()), uc(ad), quint64(ad.size()),
                                                       uc(nonce), uc(contentKey)) == 0);
    // 7. one zstd frame that declares the payload's size (the rest is zstd's to unpack).
    CHECK(qFromLittleEndian<quint32>(compressed.constData()) == 0xFD2FB528u);
    const quint8 descriptor = quint8(compressed.at(4));
    const int fcsFlag = descriptor >> 6;
    const bool singleSegment = descriptor & 0x20;
    REQUIRE((fcsFlag != 0 || singleSegment));
    CHECK((descriptor & 0x03) == 0); // no dictionary id
    const qsizetype fcsAt = 5 + (singleSegment ? 0 : 1);
    quint64 declared = 0;
    switch (fcsFlag) {
    case 0:
        declared = quint8(compressed.at(fcsAt));
        break;
    case 1:
        declared = qFromLittleEndian<quint16>(compressed.constData() + fcsAt) + 256u;
        break;
    case 2:
        declared = qFromLittleEndian<quint32>(compressed.constData() + fcsAt);
        break;
    default:
        declared = qFromLittleEndian<quint64>(compressed.constData() + fcsAt);
        break;
    }
    CHECK(declared == quint64(payload.size()));
    CHECK(str(jsonString(json, "parts.compressed")) == str(hex(compressed)));
}

TEST_CASE("The format document lists the worked example's keys and values", "[bundle]")
{
    QFile doc(sourcePath("docs/bundle-format.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const QJsonObject json = exampleJson();
    QStringList wanted;
    for (const QJsonValue& v : json.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const char* key :
             {"device_id", "sign_public_key", "sign_secret_key", "box_public_key", "box_secret_key"})
            wanted << o.value(QLatin1String(key)).toString();
    }
    for (const char* key :
         {"parts.nonce", "parts.content_key", "parts.signature", "payload.sha256", "bundle.sha256"})
        wanted << jsonString(json, key);
    for (const QString& w : wanted) {
        INFO(str(w));
        CHECK(text.contains(w));
    }
}

TEST_CASE("A bundle from a device that is not enrolled, or signed by another key, is refused", "[bundle]")
{
    const Devices& d = devices();
    BundleHeader h = exampleHeader();
    h.senderDeviceId = d.outsider.id;
    const QByteArray fromOutsider = Bundle::write(h, smallPayload(), d.outsider.signSecret, d.upstream());
    CHECK(str(verifyRefusal(fromOutsider)) == "This bundle comes from a device that is not enrolled here.");
    CHECK(str(openRefusal(fromOutsider)) == "This bundle comes from a device that is not enrolled here.");

    // Naming the village as sender but signing with another key.
    const QByteArray forged =
        Bundle::write(exampleHeader(), smallPayload(), d.outsider.signSecret, d.upstream());
    const std::string mismatch =
        "This bundle's signature does not match: it was changed after it was signed, or it "
        "was not signed by the device it names.";
    CHECK(str(verifyRefusal(forged)) == mismatch);
    CHECK(str(openRefusal(forged)) == mismatch);
    // The registry knowing the village under another key is the same refusal.
    const QByteArray genuine = writeUpstream(smallPayload());
    const auto wrongKey = [&](const QString&) { return d.county.signPublic; };
    CHECK(str(refusal([&] { Bundle::verify(genuine, wrongKey); })) == mismatch);
}

TEST_CASE("A single flipped bit anywhere in a bundle is refused, never accepted", "[bundle]")
{
    const QByteArray bytes = writeUpstream(smallPayload());
    const Offsets o = walk(bytes);
    REQUIRE(o.signatureStart + 64 == bytes.size());
    QStringList failures;
    const auto tryFlip = [&](qsizetype i, int bit) {
        QByteArray bad = bytes;
        bad[i] = char(bad.at(i) ^ (1 << bit));
        const QString v = verifyRefusal(bad);
        const QString o2 = openRefusal(bad);
        const QString p = peekRefusal(bad); // may accept: it checks no signature, but must not crash
        if (v.startsWith(QLatin1Char('!')) || o2.startsWith(QLatin1Char('!')) ||
            (p.startsWith(QLatin1Char('!')) && p != QStringLiteral("!accepted")))
            failures << QStringLiteral("byte %1 bit %2: %3 / %4 / %5").arg(i).arg(bit).arg(v, o2, p);
    };
    // Every bit of the magic, version, header, recipient table, nonce and ciphertext length...
    int tried = 0;
    for (qsizetype i = 0; i < o.ciphertextStart; ++i) {
        for (int bit = 0; bit < 8; ++bit, ++tried)
            tryFlip(i, bit);
    }
    // ...and a bit of every byte of the ciphertext and the signature.
    for (qsizetype i = o.ciphertextStart; i < bytes.size(); ++i, ++tried)
        tryFlip(i, int(i % 8));
    INFO(str(failures.mid(0, 10).join(QLatin1Char('\n'))));
    CHECK(failures.isEmpty());
    CHECK(tried > 3000);
}

TEST_CASE("A bundle cut short at any length is refused as incomplete", "[bundle]")
{
    const QByteArray bytes = writeUpstream(smallPayload());
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        INFO("length " << n);
        const QByteArray cut = bytes.left(n);
        const std::string expected = n < 8 ? "This file is not a Tonghu sync bundle."
                                           : "This bundle is incomplete: the file ends too early, perhaps "
                                             "because a copy was interrupted.";
        REQUIRE(str(openRefusal(cut)) == expected);
        REQUIRE(str(peekRefusal(cut)) == expected);
    }
    CHECK(str(openRefusal(bytes + QByteArray(1, '\0'))) ==
          "This bundle is damaged: there are extra bytes after its end.");
}

TEST_CASE("A bundle from a newer format version says so before anything else is read", "[bundle]")
{
    const QByteArray bytes = writeUpstream(smallPayload());
    const std::string newer = "[too new] This bundle was made by a newer version of Tonghu; update Tonghu to open it.";
    for (const quint16 version : {quint16(2), quint16(0x0100), quint16(0xffff)}) {
        const QByteArray future = patched(bytes, 8, version);
        CHECK(str(peekRefusal(future)) == newer);
        CHECK(str(verifyRefusal(future)) == newer);
        CHECK(str(openRefusal(future)) == newer);
    }
    // Whatever a later format puts after the version (here: nothing, or noise) is not judged.
    CHECK(str(peekRefusal(QByteArray("TONGHUB\0", 8) + le<quint16>(2))) == newer);
    QByteArray noise(300, '\0');
    randombytes_buf(noise.data(), std::size_t(noise.size()));
    CHECK(str(peekRefusal(QByteArray("TONGHUB\0", 8) + le<quint16>(2) + noise)) == newer);
    // Version 0 was never written.
    CHECK(str(peekRefusal(patched(bytes, 8, quint16(0)))) ==
          "This bundle is damaged: its header is not valid.");
    // Not a bundle at all.
    CHECK(str(peekRefusal(QByteArray("PK\3\4 a zip file, not a bundle"))) ==
          "This file is not a Tonghu sync bundle.");
}

TEST_CASE("Declared lengths larger than the file are refused without allocating them", "[bundle]")
{
    const QByteArray bytes = writeUpstream(smallPayload());
    const Offsets o = walk(bytes);
    const std::string incomplete =
        "This bundle is incomplete: the file ends too early, perhaps because a copy was interrupted.";
    const std::string badHeader = "This bundle is damaged: its header is not valid.";
    const std::string badRecipients = "This bundle is damaged: its list of recipients is not valid.";
    const std::string badCiphertext = "This bundle is damaged: its encrypted part is not valid.";
    // Each is refused by the structure alone: peekHeader checks no signature. A refusal other
    // than a tonghu::Error (std::bad_alloc from a 4 GiB or 16 EiB buffer) would fail here.
    CHECK(str(peekRefusal(patched(bytes, 10, quint32(0xffffffff)))) == badHeader);
    CHECK(str(peekRefusal(patched(bytes, 10, quint32(Bundle::kMaxHeaderBytes)))) == incomplete);
    CHECK(str(peekRefusal(patched(bytes, 10, quint32(o.headerLength - 1)))) == badHeader);
    CHECK(str(peekRefusal(patched(bytes, o.headerStart, quint8(0xff)))) ==
          badHeader); // a text running past the header
    CHECK(str(peekRefusal(patched(bytes, o.recipientsStart, quint16(0xffff)))) == badRecipients);
    CHECK(str(peekRefusal(patched(bytes, o.recipientsStart, quint16(0)))) == badRecipients);
    // Cut after the recipient table, so what follows the claim is nothing rather than random bytes.
    const QByteArray table = bytes.left(o.nonceStart);
    CHECK(str(peekRefusal(patched(table, o.recipientsStart, quint16(Bundle::kMaxRecipients)))) == incomplete);
    CHECK(str(peekRefusal(patched(table, o.entryStarts.at(1), quint8(0xff)))) == incomplete);
    CHECK(str(peekRefusal(patched(bytes, o.ciphertextLengthAt, quint64(0xffffffffffffffffull)))) ==
          badCiphertext);
    CHECK(str(peekRefusal(patched(bytes, o.ciphertextLengthAt, quint64(1) << 62))) == badCiphertext);
    CHECK(str(peekRefusal(patched(bytes, o.ciphertextLengthAt, quint64(Bundle::kMaxBundleBytes)))) ==
          incomplete);
    CHECK(str(peekRefusal(patched(bytes, o.ciphertextLengthAt, quint64(16)))) == badCiphertext);
    CHECK(str(peekRefusal(patched(bytes, o.ciphertextLengthAt, quint64(o.ciphertextLength - 1)))) ==
          "This bundle is damaged: there are extra bytes after its end.");
}

TEST_CASE("Hand-made zstd frames decode as the format says, so the bomb tests below are real", "[bundle]")
{
    CHECK(openAs(handMade(sizedFrameHeader(5) + rawBlock("hello", true)), devices().township) == "hello");
    const quint64 n = 2 * kBlockMax + 1000;
    CHECK(openAs(handMade(sizedFrameHeader(n) + rleBlocks(n, 'z')), devices().township) ==
          QByteArray(qsizetype(n), 'z'));
}

TEST_CASE("A payload that would unpack beyond its bound or its declared size is refused", "[bundle]")
{
    const std::string tooBig =
        "This bundle's contents would take more than 1024 MiB once unpacked, more than Tonghu accepts.";
    const std::string notFrame =
        "This bundle's contents are damaged: they are not one compressed frame of declared size.";
    const std::string wrongSize =
        "This bundle's contents are damaged: they do not unpack to the size they declare.";

    // 2 GiB of zeros in 64 KiB: refused on the declared size, before any output buffer exists.
    const quint64 twoGiB = quint64(2) << 30;
    const QByteArray bomb = handMade(sizedFrameHeader(twoGiB) + rleBlocks(twoGiB, '\0'));
    CHECK(bomb.size() < 100 * 1024);
    CHECK_NOTHROW(Bundle::verify(bomb, devices().lookup())); // a correctly signed bundle...
    CHECK(str(openRefusal(bomb)) == tooBig);                 // ...whose contents are refused
    // One byte over the bound.
    const quint64 over = quint64(Bundle::kMaxPayloadBytes) + 1;
    CHECK(str(openRefusal(handMade(sizedFrameHeader(over) + rleBlocks(over, 'a')))) == tooBig);
    // A frame that does not declare its size, worth 1 GiB and a block.
    CHECK(str(openRefusal(handMade(unsizedFrameHeader() +
                                   rleBlocks(quint64(Bundle::kMaxPayloadBytes) + kBlockMax, 'a')))) ==
          notFrame);
    // Declaring 1000 bytes but carrying 2000: unpacking stops at the declaration.
    CHECK(str(openRefusal(handMade(sizedFrameHeader(1000) + rleBlocks(1000, 'a', false) +
                                   rleBlocks(1000, 'b')))) == wrongSize);
    // Declaring more than it carries.
    CHECK(str(openRefusal(handMade(sizedFrameHeader(10) + rawBlock("hello", true)))) == wrongSize);
    // A second frame after the first, or bytes that are not zstd at all, or a skippable frame.
    CHECK(str(openRefusal(handMade(sizedFrameHeader(5) + rawBlock("hello", true) + sizedFrameHeader(5) +
                                   rawBlock("again", true)))) == notFrame);
    CHECK(str(openRefusal(handMade("plain text, not compressed"))) == notFrame);
    CHECK(str(openRefusal(handMade(le<quint32>(0x184D2A50u) + le<quint32>(4) + "skip"))) == notFrame);
}

TEST_CASE("Headers and recipient lists cannot be swapped between bundles", "[bundle]")
{
    const Devices& d = devices();
    BundleHeader other = exampleHeader();
    other.bundleId = QStringLiteral("b0b0b0b0-0000-4000-8000-000000000002"); // same length
    other.lastSequence = 7;
    other.eventCount = 7;
    const QByteArray a = writeUpstream(QByteArrayLiteral("payload of bundle A"));
    const QByteArray b = writeUpstream(QByteArrayLiteral("payload of bundle B"), other);
    const Offsets oa = walk(a);
    const Offsets ob = walk(b);
    REQUIRE(oa.headerLength == ob.headerLength);
    REQUIRE(oa.nonceStart == ob.nonceStart);
    const std::string mismatch =
        "This bundle's signature does not match: it was changed after it was signed, or it "
        "was not signed by the device it names.";
    const std::string undecryptable = "This bundle's contents do not decrypt: they were not encrypted for "
                                      "this header and these recipients.";

    // B's header on A's contents: the signature no longer matches; and even signed again by the
    // village's own key the contents do not decrypt, since they were encrypted for A's header.
    QByteArray swapped = a;
    swapped.replace(oa.headerStart, oa.headerLength, b.mid(ob.headerStart, ob.headerLength));
    CHECK(str(verifyRefusal(swapped)) == mismatch);
    const QByteArray swappedSigned = resigned(swapped);
    CHECK(Bundle::verify(swappedSigned, d.lookup()).lastSequence == 7);
    CHECK(str(openRefusal(swappedSigned)) == undecryptable);
    CHECK(str(openRefusal(swappedSigned, d.county)) == undecryptable);

    // B's recipient table on A.
    const qsizetype tableLength = oa.nonceStart - oa.recipientsStart;
    QByteArray table = a;
    table.replace(oa.recipientsStart, tableLength, b.mid(ob.recipientsStart, tableLength));
    CHECK(str(verifyRefusal(table)) == mismatch);
    CHECK(str(openRefusal(resigned(table))) == undecryptable);

    // The county dropped from A's recipients: the township's own key still unseals, but the list
    // the contents were encrypted for has changed.
    QByteArray dropped = a.left(oa.recipientsStart) + le<quint16>(1) +
                         a.mid(oa.entryStarts.at(0), 1 + 36 + 80) + a.mid(oa.nonceStart);
    CHECK(Bundle::peekHeader(resigned(dropped)).recipientDeviceIds == QStringList{d.township.id});
    CHECK(str(openRefusal(resigned(dropped))) == undecryptable);

    // B's nonce and ciphertext behind A's header and keys.
    QByteArray body = a.left(oa.nonceStart) + b.mid(ob.nonceStart);
    CHECK(str(verifyRefusal(body)) == mismatch);
    CHECK(str(openRefusal(resigned(body))) == undecryptable);
}

TEST_CASE("Correctly signed bundles that break a structural rule are refused", "[bundle]")
{
    const Devices& d = devices();
    const QByteArray frame = sizedFrameHeader(5) + rawBlock("hello", true);
    const std::string badHeader = "This bundle is damaged: its header is not valid.";
    const std::string badRecipients = "This bundle is damaged: its list of recipients is not valid.";
    // The control: the independent writer's bundle opens, so each refusal below is for its defect.
    REQUIRE(openAs(handMade(frame), d.township) == "hello");

    const auto withHeader = [&](const std::function<void(BundleHeader&)>& change) {
        BundleHeader h = exampleHeader();
        change(h);
        return handMade(frame, headerBody(h));
    };
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) { h.senderRole = QStringLiteral("city"); }))) ==
          badHeader);
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) { h.senderPlace = QStringLiteral("62042x"); }))) ==
          badHeader);
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) { h.firstSequence = 5; }))) == badHeader); // 5..3
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) { h.firstSequence = 0; }))) == badHeader); // 0..3
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) { h.eventCount = -1; }))) == badHeader);
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) { h.bundleId = QStringLiteral("tab\there"); }))) ==
          badHeader);
    CHECK(str(openRefusal(withHeader([](BundleHeader& h) {
              h.createdAt = QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC);
          }))) == badHeader);
    CHECK(str(openRefusal(handMade(frame, headerBody(exampleHeader()) + QByteArray(1, '\0')))) == badHeader);
    // An id that is not well-formed UTF-8 (an overlong '/'), and an empty id.
    QByteArray overlong = headerBody(exampleHeader());
    overlong.replace(1, 2, QByteArray("\xc0\xaf", 2));
    CHECK(str(openRefusal(handMade(frame, overlong))) == badHeader);
    QByteArray emptyId = text8({}) + headerBody(exampleHeader()).mid(1 + 36);
    CHECK(str(openRefusal(handMade(frame, emptyId))) == badHeader);

    // Two entries for one device, and none at all.
    Parts twice =
        encrypted(headerBody(exampleHeader()), {d.township.recipient(), d.township.recipient()}, frame);
    CHECK(str(openRefusal(assemble(twice, d.village.signSecret))) == badRecipients);
    Parts nobody = encrypted(headerBody(exampleHeader()), {}, frame);
    CHECK(str(peekRefusal(assemble(nobody, d.village.signSecret))) == badRecipients);
}

TEST_CASE("write refuses what it cannot encode", "[bundle]")
{
    const Devices& d = devices();
    const auto writeRefusal = [&](const BundleHeader& h, const QList<BundleRecipient>& to,
                                  const SecureBuffer& key = devices().village.signSecret) {
        try {
            Bundle::write(h, smallPayload(), key, to);
        } catch (const Error& e) {
            return e.kind();
        }
        return Error::Kind::NotFound; // written: a kind write() never throws
    };
    const BundleHeader good = exampleHeader();
    CHECK(writeRefusal(good, {}) == Error::Kind::Internal);
    CHECK(writeRefusal(good, {d.township.recipient(), d.township.recipient()}) == Error::Kind::Internal);
    CHECK(writeRefusal(good, {{d.township.id, d.township.boxPublic.left(31)}}) == Error::Kind::Internal);
    CHECK(writeRefusal(good, {{QString(300, QLatin1Char('x')), d.township.boxPublic}}) ==
          Error::Kind::Internal);
    CHECK(writeRefusal(good, d.upstream(), SecureBuffer(32)) == Error::Kind::Internal);
    BundleHeader h = good;
    h.bundleId.clear();
    CHECK(writeRefusal(h, d.upstream()) == Error::Kind::Internal);
    h = good;
    h.senderRole = QStringLiteral("province");
    CHECK(writeRefusal(h, d.upstream()) == Error::Kind::Internal);
    h = good;
    h.createdAt = QDateTime();
    CHECK(writeRefusal(h, d.upstream()) == Error::Kind::Internal);
    h = good;
    h.lastSequence = 0;
    CHECK(writeRefusal(h, d.upstream()) == Error::Kind::Internal);
    // A control that the lambda can tell success from refusal.
    CHECK(writeRefusal(good, d.upstream()) == Error::Kind::NotFound);
}

TEST_CASE("readFile refuses a file larger than the bound before reading it", "[bundle]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.bundle"));
    const QByteArray bytes = writeUpstream(smallPayload());
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    CHECK(Bundle::readFile(good) == bytes);

    // A sparse file one byte over the bound, which readFile would otherwise return whole.
    const QString big = dir.filePath(QStringLiteral("big.bundle"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(Bundle::kMaxBundleBytes + 1));
    }
    CHECK(str(refusal([&] { Bundle::readFile(big); })) ==
          "This bundle is larger than 256 MiB, more than Tonghu accepts.");

    try {
        Bundle::readFile(dir.filePath(QStringLiteral("missing.bundle")));
        FAIL("a missing file was read");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::NotFound);
    }
}

// Regenerates the worked example: `tonghu_core_tests "[.bundle-example]"`. The bundle's random
// parts (content key, nonce, the sealed keys' ephemeral keys) change each time, so the values
// in docs/bundle-format.md must then be updated from example.json.
TEST_CASE("Write the worked example of docs/bundle-format.md", "[.bundle-example]")
{
    const Devices& d = devices();
    const QString dir = sourcePath("tests/data/bundles");
    const QByteArray payload = fileBytes(dir + QStringLiteral("/example-payload.txt"));
    const QByteArray bytes = writeUpstream(payload);
    {
        QFile f(dir + QStringLiteral("/example.bundle"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    const Offsets o = walk(bytes);
    QByteArray contentKey(32, '\0');
    REQUIRE(crypto_box_seal_open(uc(contentKey), uc(bytes.mid(o.entryStarts.at(0) + 1 + 36, 80)), 80,
                                 uc(d.township.boxPublic), d.township.boxSecret.data()) == 0);
    const QByteArray ad = bytes.left(o.nonceStart);
    QByteArray compressed(o.ciphertextLength - 16, '\0');
    REQUIRE(crypto_aead_xchacha20poly1305_ietf_decrypt(
                uc(compressed), nullptr, nullptr, uc(bytes.mid(o.ciphertextStart, o.ciphertextLength)),
                quint64(o.ciphertextLength), uc(ad), quint64(ad.size()), uc(bytes.mid(o.nonceStart, 24)),
                uc(contentKey)) == 0);
    const BundleHeader h = exampleHeader();
    const auto sha = [](const QByteArray& b) {
        return hex(QCryptographicHash::hash(b, QCryptographicHash::Sha256));
    };
    const QJsonObject json{
        {QStringLiteral("note"),
         QStringLiteral("Test keys only, derived from the seeds below with crypto_sign_seed_keypair "
                        "and crypto_box_seed_keypair. Never use them for real data.")},
        {QStringLiteral("devices"),
         QJsonArray{deviceJson(d.village, "village (sender)"), deviceJson(d.township, "township (recipient)"),
                    deviceJson(d.county, "county (recipient)"),
                    deviceJson(d.outsider, "outsider (not a recipient)")}},
        {QStringLiteral("header"),
         QJsonObject{{QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("bundleId"), h.bundleId},
                     {QStringLiteral("senderDeviceId"), h.senderDeviceId},
                     {QStringLiteral("senderRole"), h.senderRole},
                     {QStringLiteral("senderPlace"), h.senderPlace},
                     {QStringLiteral("createdAt"), h.createdAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("createdAtMs"), h.createdAt.toMSecsSinceEpoch()},
                     {QStringLiteral("firstSequence"), h.firstSequence},
                     {QStringLiteral("lastSequence"), h.lastSequence},
                     {QStringLiteral("eventCount"), h.eventCount},
                     {QStringLiteral("recipientDeviceIds"), QJsonArray{d.township.id, d.county.id}}}},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("file"), QStringLiteral("example-payload.txt")},
                     {QStringLiteral("size"), qint64(payload.size())},
                     {QStringLiteral("sha256"), sha(payload)}}},
        {QStringLiteral("bundle"), QJsonObject{{QStringLiteral("file"), QStringLiteral("example.bundle")},
                                               {QStringLiteral("size"), qint64(bytes.size())},
                                               {QStringLiteral("sha256"), sha(bytes)}}},
        {QStringLiteral("parts"),
         QJsonObject{
             {QStringLiteral("header_length"), qint64(o.headerLength)},
             {QStringLiteral("recipients_offset"), qint64(o.recipientsStart)},
             {QStringLiteral("sealed_key_township"), hex(bytes.mid(o.entryStarts.at(0) + 1 + 36, 80))},
             {QStringLiteral("sealed_key_county"), hex(bytes.mid(o.entryStarts.at(1) + 1 + 36, 80))},
             {QStringLiteral("nonce_offset"), qint64(o.nonceStart)},
             {QStringLiteral("nonce"), hex(bytes.mid(o.nonceStart, 24))},
             {QStringLiteral("ciphertext_offset"), qint64(o.ciphertextStart)},
             {QStringLiteral("ciphertext_length"), qint64(o.ciphertextLength)},
             {QStringLiteral("content_key"), hex(contentKey)},
             {QStringLiteral("compressed_length"), qint64(compressed.size())},
             {QStringLiteral("compressed"), hex(compressed)},
             {QStringLiteral("signature_offset"), qint64(o.signatureStart)},
             {QStringLiteral("signature"), hex(bytes.right(64))}}}};
    QFile f(dir + QStringLiteral("/example.json"));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
}
