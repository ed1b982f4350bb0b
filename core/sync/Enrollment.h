// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/DeviceIdentity.h"
#include "core/vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tonghu::sync {

// What one device tells another so that the other trusts its bundles: its public keys, its role
// and its place. The file is signed with the device's own key, which shows the sender holds it
// and that the file was not changed on the way; whether it came from the right device is what
// the fingerprint, compared by phone, establishes.
struct EnrollmentRecord
{
    DevicePublicKeys keys;
    vault::Role role = vault::Role::Village;
    QString placeCode;
    QString placeName;
    QString userName;
    QDateTime createdAt;
};

class Enrollment final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Enrollment)
public:
    static constexpr int kFormatVersion = 1;
    // Files of this kind are a few hundred bytes; anything much larger is not one.
    static constexpr qint64 kMaxFileBytes = 64 * 1024;

    // This installation's enrollment, signed with its device key.
    static QByteArray exportOwn(vault::Vault& vault);
    static QByteArray write(const EnrollmentRecord& record, const SecureBuffer& signSecret);
    // Parses and checks a file: format and version, key lengths, place code, and the signature.
    // Throws Error{BadInput} (or TooNew) with one sentence naming what is wrong.
    static EnrollmentRecord read(const QByteArray& bytes);
};

} // namespace tonghu::sync
