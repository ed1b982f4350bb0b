// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Enrollment.h"

#include "core/util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <sodium.h>

namespace tonghu::sync {

namespace {

const QString kFormat = QStringLiteral("tonghu-enrollment");

// The signed bytes: the compact JSON of every field but the signature. QJsonObject keeps its
// keys sorted, so writer and reader produce the same bytes from the same fields.
QByteArray signedPart(QJsonObject o)
{
    o.remove(QStringLiteral("signature"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error bad(const QString& what) { return Error(Error::Kind::BadInput, what); }

QByteArray key(const QJsonObject& o, const char* field, qsizetype length)
{
    const QByteArray bytes = QByteArray::fromBase64(o.value(QLatin1String(field)).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (bytes.size() != length)
        throw bad(Enrollment::tr("The enrollment file is damaged: a key has the wrong length."));
    return bytes;
}

bool placeFits(vault::Role role, const QString& code)
{
    const qsizetype length = role == vault::Role::Village ? 12 : role == vault::Role::Township ? 9 : 6;
    if (code.size() != length)
        return false;
    for (QChar c : code)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QByteArray Enrollment::exportOwn(vault::Vault& vault)
{
    EnrollmentRecord r;
    r.keys = DeviceIdentity::ensure(vault.database());
    r.role = vault.role();
    r.placeCode = vault.placeCode();
    r.placeName = vault.placeName();
    r.userName = vault.userName();
    r.createdAt = QDateTime::currentDateTimeUtc();
    return write(r, DeviceIdentity::signSecret(vault.database()));
}

QByteArray Enrollment::write(const EnrollmentRecord& r, const SecureBuffer& signSecret)
{
    ensureSodium();
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("device_id"), r.keys.deviceId);
    o.insert(QStringLiteral("role"), vault::roleCode(r.role));
    o.insert(QStringLiteral("place_code"), r.placeCode);
    o.insert(QStringLiteral("place_name"), r.placeName);
    o.insert(QStringLiteral("user_name"), r.userName);
    o.insert(QStringLiteral("sign_public"), QString::fromLatin1(r.keys.signPublic.toBase64()));
    o.insert(QStringLiteral("box_public"), QString::fromLatin1(r.keys.boxPublic.toBase64()));
    o.insert(QStringLiteral("created_at"), r.createdAt.toUTC().toString(Qt::ISODateWithMs));
    const QByteArray message = signedPart(o);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), signSecret.data());
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

EnrollmentRecord Enrollment::read(const QByteArray& bytes)
{
    ensureSodium();
    if (bytes.size() > kMaxFileBytes)
        throw bad(tr("This is not an enrollment file: it is far too large."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toString() != kFormat)
        throw bad(tr("This is not a Tonghu enrollment file."));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("version")).toInt() > kFormatVersion)
        throw Error(Error::Kind::TooNew, tr("This enrollment file was made by a newer version of Tonghu; update Tonghu "
                                            "to read it."));
    if (o.value(QLatin1String("version")).toInt() != kFormatVersion)
        throw bad(tr("The enrollment file is damaged: its version is not valid."));

    EnrollmentRecord r;
    r.keys.deviceId = o.value(QLatin1String("device_id")).toString();
    if (QUuid::fromString(r.keys.deviceId).isNull())
        throw bad(tr("The enrollment file is damaged: the device id is not valid."));
    r.keys.signPublic = key(o, "sign_public", crypto_sign_PUBLICKEYBYTES);
    r.keys.boxPublic = key(o, "box_public", crypto_box_PUBLICKEYBYTES);
    if (!vault::roleFromCode(o.value(QLatin1String("role")).toString(), &r.role))
        throw bad(tr("The enrollment file is damaged: the role is not valid."));
    r.placeCode = o.value(QLatin1String("place_code")).toString();
    if (!placeFits(r.role, r.placeCode))
        throw bad(tr("The enrollment file is damaged: the place code does not fit the role."));
    r.placeName = o.value(QLatin1String("place_name")).toString();
    r.userName = o.value(QLatin1String("user_name")).toString();
    r.createdAt = QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);

    const QByteArray signature = QByteArray::fromBase64(o.value(QLatin1String("signature")).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray message = signedPart(o);
    if (signature.size() != crypto_sign_BYTES
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(r.keys.signPublic.constData()))
               != 0)
        throw bad(tr("The enrollment file was changed after it was made (its signature does not match)."));
    return r;
}

} // namespace tonghu::sync
