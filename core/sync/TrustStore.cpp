// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/TrustStore.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/util/Error.h"

namespace tonghu::sync {

namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

constexpr const char* kColumns = "device_id, role, place_code, place_name, user_name, relation, sign_public, "
                                 "box_public, enrolled_at, revoked_at";

TrustedDevice deviceFrom(const storage::Statement& st)
{
    TrustedDevice d;
    d.record.keys = {st.text(0), st.blob(6), st.blob(7)};
    vault::roleFromCode(st.text(1), &d.record.role);
    d.record.placeCode = st.text(2);
    d.record.placeName = st.text(3);
    d.record.userName = st.text(4);
    d.relation = st.text(5) == QLatin1String("parent") ? TrustedDevice::Relation::Parent : TrustedDevice::Relation::Child;
    d.enrolledAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
    if (!st.isNull(9))
        d.revokedAt = QDateTime::fromString(st.text(9), Qt::ISODateWithMs);
    return d;
}

} // namespace

TrustStore::TrustStore(storage::Database& db, QString userId, vault::Role ownRole, QString ownPlace)
    : m_db(db), m_userId(std::move(userId)), m_role(ownRole), m_place(std::move(ownPlace))
{
}

TrustStore::TrustStore(vault::Vault& vault)
    : TrustStore(vault.database(), vault.userId(), vault.role(), vault.placeCode())
{
}

std::optional<TrustedDevice::Relation> TrustStore::relationOf(vault::Role role, const QString& place) const
{
    using R = vault::Role;
    using Rel = TrustedDevice::Relation;
    const auto within = [&](const QString& outer, const QString& inner) { return inner.startsWith(outer); };
    switch (m_role) {
    case R::Village:
        if ((role == R::Township && within(place, m_place)) || (role == R::County && within(place, m_place)))
            return Rel::Parent;
        break;
    case R::Township:
        if (role == R::Village && within(m_place, place))
            return Rel::Child;
        if (role == R::County && within(place, m_place))
            return Rel::Parent;
        break;
    case R::County:
        if ((role == R::Township || role == R::Village) && within(m_place, place))
            return Rel::Child;
        break;
    }
    return std::nullopt;
}

TrustedDevice TrustStore::enroll(const EnrollmentRecord& record)
{
    if (record.keys.deviceId == DeviceIdentity::ensure(m_db).deviceId)
        throw Error(Error::Kind::BadInput, tr("This is this installation's own enrollment file; import it on the "
                                              "other device."));
    const auto relation = relationOf(record.role, record.placeCode);
    if (!relation)
        throw Error(Error::Kind::BadInput,
                    tr("This device (%1, %2) is not one this installation exchanges records with: a village "
                       "enrolls its township and county, a township its villages and its county, a county its "
                       "townships.")
                        .arg(vault::roleTitle(record.role), record.placeCode));
    if (const auto known = device(record.keys.deviceId)) {
        if (known->record.keys.signPublic == record.keys.signPublic && known->record.keys.boxPublic == record.keys.boxPublic
            && !known->revoked())
            return *known; // the same file again
        throw Error(Error::Kind::BadInput,
                    known->revoked() ? tr("This device was revoked; it cannot be enrolled again.")
                                     : tr("A device with this id is enrolled with other keys. Revoke it first if "
                                          "it was reinstalled."));
    }
    storage::Transaction tx(m_db);
    auto st = m_db.prepare(storage::sqlJoin({"INSERT INTO trusted_devices (", kColumns,
                                             ", enrolled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"}));
    st.bind(1, record.keys.deviceId).bind(2, vault::roleCode(record.role)).bind(3, record.placeCode);
    st.bind(4, record.placeName).bind(5, record.userName);
    st.bind(6, *relation == TrustedDevice::Relation::Parent ? QStringLiteral("parent") : QStringLiteral("child"));
    st.bindBlob(7, record.keys.signPublic).bindBlob(8, record.keys.boxPublic).bind(9, now()).bindOrNull(10, m_userId);
    auto sameKeys = m_db.prepare("SELECT 1 FROM trusted_devices WHERE sign_public = ?");
    sameKeys.bindBlob(1, record.keys.signPublic);
    if (sameKeys.step())
        throw Error(Error::Kind::BadInput, tr("These keys are already enrolled under another device id."));
    st.run();
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("device.enroll"), QStringLiteral("device"),
                            record.keys.deviceId);
    tx.commit();
    return *device(record.keys.deviceId);
}

void TrustStore::revoke(const QString& deviceId)
{
    storage::Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE trusted_devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL");
    st.bind(1, now()).bind(2, deviceId).run();
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("device.revoke"), QStringLiteral("device"), deviceId);
    tx.commit();
}

QList<TrustedDevice> TrustStore::devices()
{
    auto st = m_db.prepare(
        storage::sqlJoin({"SELECT ", kColumns, " FROM trusted_devices ORDER BY relation, place_code"}));
    QList<TrustedDevice> out;
    while (st.step())
        out << deviceFrom(st);
    return out;
}

std::optional<TrustedDevice> TrustStore::device(const QString& deviceId)
{
    auto st =
        m_db.prepare(storage::sqlJoin({"SELECT ", kColumns, " FROM trusted_devices WHERE device_id = ?"}));
    st.bind(1, deviceId);
    if (!st.step())
        return std::nullopt;
    return deviceFrom(st);
}

QByteArray TrustStore::signPublicKeyOf(const QString& deviceId)
{
    const auto d = device(deviceId);
    return d && !d->revoked() ? d->record.keys.signPublic : QByteArray();
}

QList<TrustedDevice> TrustStore::parents()
{
    QList<TrustedDevice> out;
    for (const TrustedDevice& d : devices())
        if (d.relation == TrustedDevice::Relation::Parent && !d.revoked())
            out << d;
    return out;
}

} // namespace tonghu::sync
