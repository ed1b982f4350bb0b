// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/BundleReader.h"

#include "core/util/Error.h"

#include <QSet>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <utility>

namespace tonghu::sync {

namespace {

Error badInput(const QString& message)
{
    return Error(Error::Kind::BadInput, message);
}

QString incomplete()
{
    return Bundle::tr(
        "This bundle is incomplete: the file ends too early, perhaps because a copy was interrupted.");
}
QString badHeader()
{
    return Bundle::tr("This bundle is damaged: its header is not valid.");
}
QString badRecipients()
{
    return Bundle::tr("This bundle is damaged: its list of recipients is not valid.");
}

// Reads forward through a span. Running out means `shortMessage`: for the whole file that is a
// truncation, inside the header it is a header whose fields overrun its declared length.
class Cursor
{
public:
    Cursor(QByteArrayView bytes, QString shortMessage)
        : m_bytes(bytes), m_shortMessage(std::move(shortMessage))
    {
    }

    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }

    QByteArrayView take(quint64 n)
    {
        if (n > quint64(remaining()))
            throw badInput(m_shortMessage);
        const QByteArrayView v = m_bytes.sliced(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return v;
    }

    template <typename T> T number() { return qFromLittleEndian<T>(take(sizeof(T)).data()); }

    // A u8 byte count, then that many bytes of text; `invalid` when it breaks the text rules.
    QString text(const QString& invalid)
    {
        const QByteArrayView raw = take(number<quint8>());
        QString s;
        if (!BundleReader::decodeText(raw, &s))
            throw badInput(invalid);
        return s;
    }

private:
    QByteArrayView m_bytes;
    QString m_shortMessage;
    qsizetype m_pos = 0;
};

BundleHeader parseHeader(QByteArrayView bytes)
{
    Cursor in(bytes, badHeader());
    BundleHeader h;
    h.bundleId = in.text(badHeader());
    h.senderDeviceId = in.text(badHeader());
    h.senderRole = in.text(badHeader());
    h.senderPlace = in.text(badHeader());
    const qint64 createdMs = in.number<qint64>();
    h.firstSequence = in.number<qint64>();
    h.lastSequence = in.number<qint64>();
    const quint32 events = in.number<quint32>();
    if (in.remaining() != 0 || events > quint32(std::numeric_limits<int>::max()) || createdMs < 0 ||
        createdMs > BundleReader::kMaxCreatedMs)
        throw badInput(badHeader());
    h.eventCount = int(events);
    h.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    if (!BundleReader::isValidHeader(h))
        throw badInput(badHeader());
    return h;
}

} // namespace

bool BundleReader::decodeText(QByteArrayView raw, QString* text)
{
    if (raw.isEmpty() || raw.size() > Bundle::kMaxTextBytes)
        return false;
    *text = QString::fromUtf8(raw);
    // Decoding replaces malformed sequences, so a round trip that changes the bytes means the
    // input was not well-formed UTF-8 (overlong forms, surrogates, stray continuation bytes).
    return QByteArrayView(text->toUtf8()) == raw && isValidText(*text);
}

bool BundleReader::isValidText(const QString& text)
{
    const qsizetype bytes = text.toUtf8().size();
    if (bytes == 0 || bytes > Bundle::kMaxTextBytes)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

bool BundleReader::isValidHeader(const BundleHeader& h)
{
    static const QStringList roles{QStringLiteral("village"), QStringLiteral("township"),
                                   QStringLiteral("county")};
    if (!isValidText(h.bundleId) || !isValidText(h.senderDeviceId) || !roles.contains(h.senderRole))
        return false;
    if (h.senderPlace.isEmpty() || h.senderPlace.size() > 12)
        return false;
    for (const QChar c : h.senderPlace) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    if (!h.createdAt.isValid() || h.createdAt.toMSecsSinceEpoch() < 0 ||
        h.createdAt.toMSecsSinceEpoch() > kMaxCreatedMs)
        return false;
    // 0/0 means the bundle carries none of the sender's own events; otherwise a range from 1.
    const bool none = h.firstSequence == 0 && h.lastSequence == 0;
    const bool range = h.firstSequence >= 1 && h.firstSequence <= h.lastSequence;
    return (none || range) && h.eventCount >= 0;
}

QString BundleReader::tooLargeMessage()
{
    return Bundle::tr("This bundle is larger than %1 MiB, more than Tonghu accepts.")
        .arg(Bundle::kMaxBundleBytes >> 20);
}

BundleLayout BundleReader::parse(const QByteArray& bytes)
{
    const QByteArrayView all(bytes);
    // The magic and the version come before anything else is interpreted, so that a bundle
    // from a newer Tonghu is named as such instead of looking damaged.
    if (all.size() < qsizetype(sizeof Bundle::kMagic) ||
        std::memcmp(all.data(), Bundle::kMagic, sizeof Bundle::kMagic) != 0)
        throw badInput(Bundle::tr("This file is not a Tonghu sync bundle."));
    Cursor in(all, incomplete());
    in.take(sizeof Bundle::kMagic);
    const quint16 version = in.number<quint16>();
    if (version > Bundle::kFormatVersion)
        throw Error(Error::Kind::TooNew,
                    Bundle::tr("This bundle was made by a newer version of Tonghu; update Tonghu to open it."));
    if (version < 1)
        throw badInput(badHeader());
    if (all.size() > Bundle::kMaxBundleBytes)
        throw badInput(tooLargeMessage());

    // An absurd length is damage; a plausible one that runs past the end is a truncation.
    const quint32 headerLength = in.number<quint32>();
    if (headerLength > quint32(Bundle::kMaxHeaderBytes))
        throw badInput(badHeader());
    BundleLayout layout;
    layout.header = parseHeader(in.take(headerLength));
    layout.header.formatVersion = version;

    const quint16 count = in.number<quint16>();
    if (count == 0 || count > Bundle::kMaxRecipients)
        throw badInput(badRecipients());
    QSet<QString> seen;
    layout.sealedKeys.reserve(count);
    for (int i = 0; i < count; ++i) {
        BundleLayout::SealedKey key;
        key.deviceId = in.text(badRecipients());
        key.sealed = in.take(Bundle::kSealedKeyBytes);
        // Two entries for one device would leave it unclear which key that device must use.
        if (seen.contains(key.deviceId))
            throw badInput(badRecipients());
        seen.insert(key.deviceId);
        layout.header.recipientDeviceIds << key.deviceId;
        layout.sealedKeys << key;
    }
    layout.associatedData = all.first(in.pos());

    layout.nonce = in.take(Bundle::kNonceBytes);
    const quint64 ciphertextLength = in.number<quint64>();
    if (ciphertextLength <= quint64(Bundle::kTagBytes) || ciphertextLength > quint64(Bundle::kMaxBundleBytes))
        throw badInput(Bundle::tr("This bundle is damaged: its encrypted part is not valid."));
    layout.ciphertext = in.take(ciphertextLength);
    layout.signature = in.take(Bundle::kSignatureBytes);
    if (in.remaining() != 0)
        throw badInput(Bundle::tr("This bundle is damaged: there are extra bytes after its end."));
    layout.signedBytes = all.first(all.size() - Bundle::kSignatureBytes);
    return layout;
}

} // namespace tonghu::sync
