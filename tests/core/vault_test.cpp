// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"
#include "core/util/Error.h"
#include "core/vault/KeySlots.h"
#include "core/vault/UnlockThrottle.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tonghu;
using tonghu::test::secret;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Error::Kind unlockError(const QString& dir, const char* passphrase)
{
    try {
        vault::Vault::unlock(dir, secret(passphrase));
    } catch (const Error& e) {
        return e.kind();
    }
    return Error::Kind::Internal; // opened: reported as a kind no caller expects
}

} // namespace

TEST_CASE("A new vault records its role, place and user, and reopens with the passphrase", "[vault]")
{
    auto t = test::makeVault();
    CHECK(t->vault->role() == vault::Role::Village);
    CHECK(t->vault->placeCode() == QStringLiteral("620423101201"));
    CHECK(t->vault->placeName() == QStringLiteral("测试村"));
    CHECK(t->vault->userName() == QStringLiteral("测试员"));
    const QString userId = t->vault->userId();
    t->vault.reset();

    auto again = vault::Vault::unlock(t->path(), secret(test::kPassphrase));
    CHECK(again->userId() == userId);
    CHECK(again->placeCode() == QStringLiteral("620423101201"));
}

TEST_CASE("A wrong passphrase is refused without touching the database", "[vault]")
{
    auto t = test::makeVault();
    t->vault.reset();
    const QString db = vault::Vault::databasePath(t->path());
    const QByteArray before = fileHash(db);
    const QDateTime modified = QFileInfo(db).lastModified();

    CHECK(unlockError(t->path(), "not the passphrase") == Error::Kind::WrongSecret);
    CHECK(fileHash(db) == before);
    CHECK(QFileInfo(db).lastModified() == modified);
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
}

TEST_CASE("Repeated failures make further attempts wait, even with the right passphrase", "[vault]")
{
    auto t = test::makeVault();
    t->vault.reset();
    for (int i = 0; i < vault::UnlockThrottle::kFreeAttempts; ++i)
        CHECK(unlockError(t->path(), "wrong wrong wrong") == Error::Kind::WrongSecret);
    CHECK(vault::Vault::secondsUntilNextAttempt(t->path()) > 0);
    CHECK(unlockError(t->path(), test::kPassphrase) == Error::Kind::Throttled);

    // The delay grows with each failure and ends; a success then resets the count.
    vault::UnlockThrottle throttle(t->path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int first = throttle.secondsToWait(now);
    CHECK(first > 0);
    CHECK(throttle.secondsToWait(now.addSecs(first)) == 0);
    throttle.recordFailure(now);
    CHECK(throttle.secondsToWait(now) > first);
    throttle.reset();
    auto v = vault::Vault::unlock(t->path(), secret(test::kPassphrase));
    REQUIRE(v);
    // The failed attempts are reported in the audit log at the next successful unlock.
    auto st = v->database().prepare("SELECT count(*) FROM audit_log WHERE action = 'unlock'");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 1);
}

TEST_CASE("Failed attempts before a successful unlock are written to the audit log", "[vault]")
{
    auto t = test::makeVault();
    t->vault.reset();
    CHECK(unlockError(t->path(), "wrong wrong wrong") == Error::Kind::WrongSecret);
    auto v = vault::Vault::unlock(t->path(), secret(test::kPassphrase));
    auto st = v->database().prepare("SELECT detail FROM audit_log WHERE action = 'unlock.failed'");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("1"));
    CHECK(vault::UnlockThrottle(t->path()).failures() == 0);
}

TEST_CASE("Changing a passphrase rewraps its slot only; the database is not re-encrypted", "[vault]")
{
    auto t = test::makeVault();
    const QString slotsPath = vault::Vault::keySlotsPath(t->path());
    const auto before = vault::KeySlots::load(slotsPath).all();
    t->vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray dbHeader = [&] {
        QFile f(vault::Vault::databasePath(t->path()));
        f.open(QIODevice::ReadOnly);
        return f.read(4096);
    }();

    CHECK_THROWS_AS(t->vault->changePassphrase(secret("not it at all"), secret("新的口令 new passphrase")), Error);
    t->vault->changePassphrase(secret(test::kPassphrase), secret("新的口令 new passphrase"));
    const auto after = vault::KeySlots::load(slotsPath).all();
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after[i].id == before[i].id);
        if (after[i].kind == vault::KeySlot::Kind::Passphrase)
            CHECK(after[i].box != before[i].box);
        else
            CHECK(after[i].box == before[i].box); // the recovery slot is untouched
    }
    t->vault.reset();
    QFile f(vault::Vault::databasePath(t->path()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(4096) == dbHeader); // same salt and first page: same key
    CHECK(unlockError(t->path(), test::kPassphrase) == Error::Kind::WrongSecret);
    CHECK(vault::Vault::unlock(t->path(), secret("新的口令 new passphrase")));
}

TEST_CASE("The recovery code opens the vault and sets a new passphrase", "[vault]")
{
    auto t = test::makeVault();
    const QString code = t->recoveryCode;
    REQUIRE(code.size() == 29); // five groups of five with dashes
    t->vault.reset();

    CHECK_THROWS_AS(vault::Vault::recover(t->path(), QStringLiteral("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"),
                                          secret("another passphrase")),
                    Error);
    // Typed in lower case, without dashes, with O for 0: still accepted.
    QString typed = code.toLower().remove(QLatin1Char('-')).replace(QLatin1Char('0'), QLatin1Char('o'));
    auto v = vault::Vault::recover(t->path(), typed, secret("another passphrase"));
    REQUIRE(v);
    v.reset();
    CHECK(unlockError(t->path(), test::kPassphrase) == Error::Kind::WrongSecret);
    CHECK(vault::Vault::unlock(t->path(), secret("another passphrase")));
}

TEST_CASE("Creating a vault refuses bad set-up input and an existing vault", "[vault]")
{
    QTemporaryDir dir;
    vault::VaultSetup s;
    s.kdf = vault::KdfParams::fast();
    s.userName = QStringLiteral("李老师");
    s.villageName = QStringLiteral("红旗村");
    const auto failsWith = [&](const QString& code, vault::Role role) {
        s.placeCode = code;
        s.role = role;
        try {
            vault::Vault::create(dir.path() + QStringLiteral("/v"), s, secret(test::kPassphrase));
        } catch (const Error& e) {
            return e.kind();
        }
        return Error::Kind::Internal;
    };
    CHECK(failsWith(QStringLiteral("62042310120"), vault::Role::Village) == Error::Kind::BadInput);  // 11 digits
    CHECK(failsWith(QStringLiteral("999999999001"), vault::Role::Village) == Error::Kind::BadInput); // no such place
    CHECK(failsWith(QStringLiteral("620423101000"), vault::Role::Village) == Error::Kind::BadInput); // village 000
    CHECK(failsWith(QStringLiteral("620426"), vault::Role::Township) == Error::Kind::BadInput);
    CHECK_FALSE(vault::Vault::exists(dir.path() + QStringLiteral("/v")));

    auto t = test::makeVault();
    s.placeCode = QStringLiteral("620423101201");
    s.role = vault::Role::Village;
    CHECK_THROWS_AS(vault::Vault::create(t->path(), s, secret(test::kPassphrase)), Error);
}

TEST_CASE("Township and county vaults", "[vault]")
{
    auto township = test::makeVault(vault::Role::Township, QStringLiteral("620423101"));
    CHECK(township->vault->role() == vault::Role::Township);
    CHECK_FALSE(township->vault->placeName().isEmpty());
    auto county = test::makeVault(vault::Role::County, QStringLiteral("620423"));
    CHECK(county->vault->role() == vault::Role::County);
    CHECK_FALSE(county->vault->placeName().isEmpty());
}

TEST_CASE("A damaged key-slot file is reported clearly and the database is untouched", "[vault]")
{
    auto t = test::makeVault();
    t->vault.reset();
    QFile f(vault::Vault::keySlotsPath(t->path()));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{ not json");
    f.close();
    CHECK(unlockError(t->path(), test::kPassphrase) == Error::Kind::Corrupt);
}

TEST_CASE("A slot edited to name another user does not open", "[vault]")
{
    auto t = test::makeVault();
    t->vault.reset();
    const QString path = vault::Vault::keySlotsPath(t->path());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    for (int i = 0; i < slotArray.size(); ++i) {
        QJsonObject o = slotArray[i].toObject();
        o.insert(QStringLiteral("user"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
        slotArray[i] = o;
    }
    root.insert(QStringLiteral("slots"), slotArray);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    CHECK(unlockError(t->path(), test::kPassphrase) == Error::Kind::WrongSecret);
}

TEST_CASE("The audit log is hash-chained and append-only", "[vault][audit]")
{
    auto t = test::makeVault();
    auto& db = t->vault->database();
    audit::AuditLog::append(db, t->vault->userId(), QStringLiteral("child.view"), QStringLiteral("child"),
                            QStringLiteral("c1"));
    audit::AuditLog::append(db, t->vault->userId(), QStringLiteral("export"));
    CHECK(audit::AuditLog::count(db) >= 3);
    CHECK(audit::AuditLog::firstBrokenEntry(db) == 0);
    CHECK_THROWS_AS(db.exec("UPDATE audit_log SET action = 'x' WHERE seq = 2"), Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM audit_log WHERE seq = 2"), Error);
    // Someone who drops the triggers and edits an entry breaks the chain at that entry.
    db.exec("DROP TRIGGER audit_log_no_update");
    db.exec("UPDATE audit_log SET entity_id = 'c2' WHERE action = 'child.view'");
    auto st = db.prepare("SELECT seq FROM audit_log WHERE action = 'child.view'");
    REQUIRE(st.step());
    CHECK(audit::AuditLog::firstBrokenEntry(db) == st.int64(0));
}

TEST_CASE("A new passphrase needs ten characters, counted as characters and not bytes", "[vault]")
{
    QTemporaryDir dir;
    vault::VaultSetup setup;
    setup.role = vault::Role::Village;
    setup.placeCode = QStringLiteral("620423101201");
    setup.villageName = QStringLiteral("测试村");
    setup.userName = QStringLiteral("测试员");
    setup.kdf = vault::KdfParams::fast();
    const auto kindOf = [&](const char* passphrase, const QString& sub) {
        try {
            vault::Vault::create(dir.filePath(sub), setup, secret(passphrase));
        } catch (const Error& e) {
            return e.kind();
        }
        return Error::Kind::Internal; // created
    };
    CHECK(kindOf("123456789", QStringLiteral("a")) == Error::Kind::BadInput);
    CHECK_FALSE(vault::Vault::exists(dir.filePath(QStringLiteral("a"))));
    // Nine Chinese characters are 27 bytes, and still too short.
    CHECK(kindOf("春眠不觉晓处处闻啼", QStringLiteral("b")) == Error::Kind::BadInput);
    CHECK(kindOf("春眠不觉晓处处闻啼鸟", QStringLiteral("c")) == Error::Kind::Internal);
    CHECK(vault::Vault::exists(dir.filePath(QStringLiteral("c"))));

    // Recovery and a change of passphrase keep the same rule.
    auto t = test::makeVault();
    CHECK_THROWS_AS(t->vault->changePassphrase(secret(test::kPassphrase), secret("short pw!")), Error);
    t->vault.reset();
    CHECK_THROWS_AS(vault::Vault::recover(t->path(), t->recoveryCode, secret("short pw!")), Error);
    CHECK(unlockError(t->path(), test::kPassphrase) == Error::Kind::Internal); // still the old passphrase
}
