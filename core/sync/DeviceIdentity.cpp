// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DeviceIdentity.h"

#include "core/storage/Database.h"
#include "core/util/Error.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <sodium.h>

namespace tonghu::sync {

namespace {

DevicePublicKeys load(storage::Database& db)
{
    auto st = db.prepare("SELECT id, sign_public, box_public FROM device_identity");
    if (!st.step())
        return {};
    return {st.text(0), st.blob(1), st.blob(2)};
}

SecureBuffer secretColumn(storage::Database& db, const char* sql)
{
    DeviceIdentity::ensure(db);
    auto st = db.prepare(sql);
    if (!st.step())
        throw Error(Error::Kind::Corrupt, DeviceIdentity::tr("This installation has no device keys."));
    return st.secret(0);
}

} // namespace

DevicePublicKeys DeviceIdentity::ensure(storage::Database& db)
{
    if (DevicePublicKeys keys = load(db); !keys.deviceId.isEmpty())
        return keys;
    ensureSodium();
    SecureBuffer signSecret(crypto_sign_SECRETKEYBYTES);
    SecureBuffer boxSecret(crypto_box_SECRETKEYBYTES);
    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPublic.data()), signSecret.data());
    crypto_box_keypair(reinterpret_cast<unsigned char*>(boxPublic.data()), boxSecret.data());
    DevicePublicKeys keys{QUuid::createUuid().toString(QUuid::WithoutBraces), signPublic, boxPublic};
    storage::Transaction tx(db);
    auto st = db.prepare("INSERT INTO device_identity (id, sign_public, sign_secret, box_public, box_secret, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, keys.deviceId).bindBlob(2, signPublic).bindSecret(3, signSecret).bindBlob(4, boxPublic);
    st.bindSecret(5, boxSecret).bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
    tx.commit();
    return keys;
}

SecureBuffer DeviceIdentity::signSecret(storage::Database& db)
{
    return secretColumn(db, "SELECT sign_secret FROM device_identity");
}

SecureBuffer DeviceIdentity::boxSecret(storage::Database& db)
{
    return secretColumn(db, "SELECT box_secret FROM device_identity");
}

QString DeviceIdentity::fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic)
{
    ensureSodium();
    static const QByteArray domain("tonghu-device-fingerprint-v1");
    const QByteArray input = domain + signPublic + boxPublic;
    unsigned char hash[24];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    QStringList groups;
    for (int g = 0; g < 6; ++g) {
        // Four bytes a group, reduced to five digits: the bias of the reduction is under 0.003%.
        const quint32 word = (quint32(hash[4 * g]) << 24) | (quint32(hash[4 * g + 1]) << 16)
                             | (quint32(hash[4 * g + 2]) << 8) | quint32(hash[4 * g + 3]);
        groups << QStringLiteral("%1").arg(word % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace tonghu::sync
