// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Enrollment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tonghu::storage {
class Database;
}

namespace tonghu::sync {

struct TrustedDevice
{
    EnrollmentRecord record;
    enum class Relation { Parent, Child };
    Relation relation = Relation::Child;
    QDateTime enrolledAt;
    QDateTime revokedAt; // null while trusted

    bool revoked() const { return revokedAt.isValid(); }
};

// The devices whose bundles this installation accepts. The place hierarchy decides who may be
// enrolled: a village trusts its own township and county (parents); a township trusts the
// villages of the township (children) and its county (parent); a county trusts the townships of
// the county and, since township bundles carry their villages' records on, those villages.
class TrustStore final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::TrustStore)
public:
    TrustStore(storage::Database& db, QString userId, vault::Role ownRole, QString ownPlace);
    // The trust store of an open vault, as its own user, role and place.
    explicit TrustStore(vault::Vault& vault);

    // Trusts the device of the enrollment. Enrolling the same keys again changes nothing; other
    // keys under a trusted device id, this installation's own file, or a device outside the place
    // hierarchy are refused with the reason. The entry is written to the audit log.
    TrustedDevice enroll(const EnrollmentRecord& record);
    void revoke(const QString& deviceId);

    QList<TrustedDevice> devices();
    std::optional<TrustedDevice> device(const QString& deviceId);
    // The signing key of a trusted, not revoked device; empty otherwise (for Bundle::verify).
    QByteArray signPublicKeyOf(const QString& deviceId);
    // The trusted parents (township and county), to whom this device's bundles are sealed.
    QList<TrustedDevice> parents();

private:
    // How the device relates to this one, or nullopt when it is no device this one deals with.
    std::optional<TrustedDevice::Relation> relationOf(vault::Role role, const QString& place) const;

    storage::Database& m_db;
    QString m_userId;
    vault::Role m_role;
    QString m_place;
};

} // namespace tonghu::sync
