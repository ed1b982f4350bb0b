// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::sync {

// The public half of a device's keys: who signs its bundles, and to whom bundles for it are sealed.
struct DevicePublicKeys
{
    QString deviceId;
    QByteArray signPublic; // Ed25519, 32 bytes
    QByteArray boxPublic;  // X25519, 32 bytes
};

// This installation's own device: an Ed25519 key that signs what leaves it and an X25519 key that
// opens what is sealed to it. Both are made on first use and kept only inside the encrypted
// database, so a copied vault folder without its passphrase gives away neither.
class DeviceIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::DeviceIdentity)
public:
    static DevicePublicKeys ensure(storage::Database& db);
    static SecureBuffer signSecret(storage::Database& db); // 64 bytes
    static SecureBuffer boxSecret(storage::Database& db);  // 32 bytes

    // Thirty digits in six groups, from a hash of both public keys: read out over the phone to
    // check that an enrollment file came from the device it names. Digits, because they are read
    // the same way in every dialect.
    static QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic);
};

} // namespace tonghu::sync
