// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace tonghu;

namespace {

sync::TrustStore trust(vault::Vault& v) { return {v.database(), v.userId(), v.role(), v.placeCode()}; }

Error::Kind kindOfRead(const QByteArray& bytes)
{
    try {
        sync::Enrollment::read(bytes);
    } catch (const Error& e) {
        return e.kind();
    }
    return Error::Kind::Internal; // read as valid
}

QByteArray edited(const QByteArray& file, const char* field, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(file).object();
    o.insert(QLatin1String(field), value);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST_CASE("A device's keys are made once, kept in the vault and named by a stable fingerprint", "[sync][enroll]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    const sync::DevicePublicKeys keys = sync::DeviceIdentity::ensure(t->vault->database());
    CHECK(keys.signPublic.size() == 32);
    CHECK(keys.boxPublic.size() == 32);
    CHECK(sync::DeviceIdentity::signSecret(t->vault->database()).size() == 64);
    CHECK(sync::DeviceIdentity::boxSecret(t->vault->database()).size() == 32);
    const QString fingerprint = sync::DeviceIdentity::fingerprint(keys.signPublic, keys.boxPublic);
    CHECK(fingerprint.size() == 6 * 5 + 5);
    t->vault.reset();

    auto again = vault::Vault::unlock(t->path(), test::secret(test::kPassphrase));
    const sync::DevicePublicKeys reopened = sync::DeviceIdentity::ensure(again->database());
    CHECK(reopened.deviceId == keys.deviceId);
    CHECK(reopened.signPublic == keys.signPublic);
    CHECK(sync::DeviceIdentity::fingerprint(reopened.signPublic, reopened.boxPublic) == fingerprint);
    // A different key gives a different fingerprint.
    QByteArray other = keys.boxPublic;
    other[0] = char(other[0] ^ 1);
    CHECK(sync::DeviceIdentity::fingerprint(keys.signPublic, other) != fingerprint);
}

TEST_CASE("Enrollment files are read back exactly and refused when changed, damaged or too new", "[sync][enroll]")
{
    auto village = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    const QByteArray file = sync::Enrollment::exportOwn(*village->vault);
    const sync::EnrollmentRecord r = sync::Enrollment::read(file);
    const sync::DevicePublicKeys own = sync::DeviceIdentity::ensure(village->vault->database());
    CHECK(r.keys.deviceId == own.deviceId);
    CHECK(r.keys.signPublic == own.signPublic);
    CHECK(r.keys.boxPublic == own.boxPublic);
    CHECK(r.role == vault::Role::Village);
    CHECK(r.placeCode == QStringLiteral("621126101201"));
    CHECK(r.placeName == QStringLiteral("测试村"));
    // The file holds public keys only.
    const SecureBuffer secret = sync::DeviceIdentity::signSecret(village->vault->database());
    CHECK_FALSE(file.contains(QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()))));
    CHECK_FALSE(file.contains(QByteArray(reinterpret_cast<const char*>(secret.data()), 32).toBase64()));

    CHECK(kindOfRead(edited(file, "place_code", QStringLiteral("621126101202"))) == Error::Kind::BadInput);
    CHECK(kindOfRead(edited(file, "role", QStringLiteral("county"))) == Error::Kind::BadInput);
    CHECK(kindOfRead(edited(file, "version", 2)) == Error::Kind::TooNew);
    CHECK(kindOfRead(file.left(file.size() / 2)) == Error::Kind::BadInput);
    CHECK(kindOfRead("not json at all") == Error::Kind::BadInput);
    CHECK(kindOfRead(QByteArray(sync::Enrollment::kMaxFileBytes + 1, ' ')) == Error::Kind::BadInput);
    QByteArray flipped = file;
    flipped[flipped.indexOf("sign_public") + 16] = flipped[flipped.indexOf("sign_public") + 16] == 'A' ? 'B' : 'A';
    CHECK(kindOfRead(flipped) == Error::Kind::BadInput);
    CHECK(kindOfRead(file) == Error::Kind::Internal); // the original still reads
}

TEST_CASE("Devices are trusted along the place hierarchy only, once, and can be revoked", "[sync][enroll]")
{
    auto village = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    auto township = test::makeVault(vault::Role::Township, QStringLiteral("621126101"));
    auto county = test::makeVault(vault::Role::County, QStringLiteral("621126"));
    auto otherTownship = test::makeVault(vault::Role::Township, QStringLiteral("621126102"));
    auto otherCounty = test::makeVault(vault::Role::County, QStringLiteral("620423"));
    const auto record = [](test::TempVault& t) { return sync::Enrollment::read(sync::Enrollment::exportOwn(*t.vault)); };

    auto townshipTrust = trust(*township->vault);
    const sync::TrustedDevice v = townshipTrust.enroll(record(*village));
    CHECK(v.relation == sync::TrustedDevice::Relation::Child);
    CHECK(townshipTrust.enroll(record(*village)).enrolledAt == v.enrolledAt); // the same file again: no change
    CHECK(townshipTrust.enroll(record(*county)).relation == sync::TrustedDevice::Relation::Parent);
    CHECK(townshipTrust.devices().size() == 2);

    auto villageTrust = trust(*village->vault);
    CHECK(villageTrust.enroll(record(*township)).relation == sync::TrustedDevice::Relation::Parent);
    CHECK(villageTrust.enroll(record(*county)).relation == sync::TrustedDevice::Relation::Parent);
    CHECK(villageTrust.parents().size() == 2);

    // Outside the hierarchy: another township's village, another county, a sibling township, itself.
    CHECK_THROWS_AS(villageTrust.enroll(record(*otherTownship)), Error);
    CHECK_THROWS_AS(trust(*otherTownship->vault).enroll(record(*village)), Error);
    CHECK_THROWS_AS(trust(*otherCounty->vault).enroll(record(*township)), Error);
    CHECK_THROWS_AS(townshipTrust.enroll(record(*otherTownship)), Error);
    CHECK_THROWS_AS(villageTrust.enroll(record(*village)), Error);
    CHECK(villageTrust.devices().size() == 2);
    CHECK(trust(*county->vault).enroll(record(*township)).relation == sync::TrustedDevice::Relation::Child);

    // Other keys under a trusted id are refused.
    sync::EnrollmentRecord impostor = record(*otherTownship);
    impostor.keys.deviceId = record(*village).keys.deviceId;
    impostor.placeCode = QStringLiteral("621126101201");
    impostor.role = vault::Role::Village;
    CHECK_THROWS_AS(townshipTrust.enroll(impostor), Error);

    // Revoked: its bundles' key is no longer given out, and it cannot come back.
    const QString villageId = record(*village).keys.deviceId;
    CHECK_FALSE(townshipTrust.signPublicKeyOf(villageId).isEmpty());
    const qint64 audited = audit::AuditLog::count(township->vault->database());
    townshipTrust.revoke(villageId);
    CHECK(audit::AuditLog::count(township->vault->database()) == audited + 1);
    CHECK(townshipTrust.signPublicKeyOf(villageId).isEmpty());
    CHECK(townshipTrust.device(villageId)->revoked());
    CHECK_THROWS_AS(townshipTrust.enroll(record(*village)), Error);
    CHECK(townshipTrust.signPublicKeyOf(QStringLiteral("00000000-0000-0000-0000-000000000000")).isEmpty());
}
