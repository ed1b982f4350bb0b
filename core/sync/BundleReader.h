// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Bundle.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tonghu::sync {

// Where each part of a bundle lies, after every structural check of docs/bundle-format.md
// and before any cryptographic one. The views point into the bytes given to parse(), which
// must outlive the layout.
struct BundleLayout
{
    struct SealedKey
    {
        QString deviceId;
        QByteArrayView sealed; // Bundle::kSealedKeyBytes
    };

    BundleHeader header;
    QList<SealedKey> sealedKeys;
    QByteArrayView associatedData; // from the magic to the end of the recipient table
    QByteArrayView nonce;
    QByteArrayView ciphertext;
    QByteArrayView signedBytes; // everything before the signature
    QByteArrayView signature;
};

class BundleReader final
{
public:
    // The latest createdAt a bundle may carry: 9999-12-31T23:59:59.999Z, in ms since 1970.
    static constexpr qint64 kMaxCreatedMs = 253402300799999;

    // Throws Error{BadInput} naming the first thing wrong; reads nothing past the end and
    // allocates nothing from a declared length.
    static BundleLayout parse(const QByteArray& bytes);

    // The rules parse() holds a header to (all but its recipient list). write() applies them
    // too, so that whatever is written reads back.
    static bool isValidHeader(const BundleHeader& header);
    // A string field: 1 to Bundle::kMaxTextBytes bytes of well-formed UTF-8, no control characters.
    static bool isValidText(const QString& text);
    static bool decodeText(QByteArrayView raw, QString* text);

    static QString tooLargeMessage();
};

} // namespace tonghu::sync
