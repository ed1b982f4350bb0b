// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Vault.h"

#include "core/audit/AuditLog.h"
#include "core/model/Divisions.h"
#include "core/model/RecordStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/VaultInfo.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/KeySlots.h"
#include "core/vault/UnlockThrottle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <functional>

namespace tonghu::vault {

namespace {

constexpr std::size_t kKeySize = 32;

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

void insertPlace(storage::Database& db, const QString& code, const char* level, const QString& name,
                 const QString& parent)
{
    auto st = db.prepare("INSERT INTO places (id, code, level, name, parent_code, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QString t = now();
    st.bind(1, util::newRecordId()).bind(2, code).bind(3, QString::fromLatin1(level)).bind(4, name);
    st.bindOrNull(5, parent).bind(6, t).bind(7, t).run();
}

// Checks the place code against the role and the division table before anything is written.
void validateSetup(const VaultSetup& s)
{
    const auto bad = [](const QString& message) { return Error(Error::Kind::BadInput, message); };
    if (s.userName.trimmed().isEmpty())
        throw bad(Vault::tr("Enter the user's name."));
    const qsizetype expected = s.role == Role::Village ? 12 : s.role == Role::Township ? 9 : 6;
    if (s.placeCode.size() != expected || !allDigits(s.placeCode)) {
        if (s.role == Role::Village)
            throw bad(Vault::tr("A village code has 12 digits: the 9-digit township code and a 3-digit village number."));
        if (s.role == Role::Township)
            throw bad(Vault::tr("A township code has 9 digits."));
        throw bad(Vault::tr("A county code has 6 digits."));
    }
    const auto& divisions = model::Divisions::instance();
    if (divisions.name(s.placeCode.left(6)).isEmpty())
        throw bad(Vault::tr("The county code is not in the national division table."));
    if (s.role != Role::County && divisions.name(s.placeCode.left(9)).isEmpty())
        throw bad(Vault::tr("The township code is not in the national division table."));
    if (s.role == Role::Village) {
        if (s.placeCode.right(3) == QLatin1String("000"))
            throw bad(Vault::tr("The village number cannot be 000."));
        if (s.villageName.trimmed().isEmpty())
            throw bad(Vault::tr("Enter the village's name."));
    }
}

} // namespace

QString roleCode(Role role)
{
    switch (role) {
    case Role::Village:
        return QStringLiteral("village");
    case Role::Township:
        return QStringLiteral("township");
    case Role::County:
        return QStringLiteral("county");
    }
    return {};
}

bool roleFromCode(const QString& code, Role* role)
{
    for (Role r : {Role::Village, Role::Township, Role::County})
        if (roleCode(r) == code) {
            *role = r;
            return true;
        }
    return false;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Village:
        return Vault::tr("Child director");
    case Role::Township:
        return Vault::tr("Township child welfare supervisor");
    case Role::County:
        return Vault::tr("County civil affairs");
    }
    return {};
}

QString Vault::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tonghu/vault");
}

QString Vault::databasePath(const QString& dir) { return dir + QStringLiteral("/tonghu.db"); }
QString Vault::keySlotsPath(const QString& dir) { return dir + QStringLiteral("/keyslots.json"); }
bool Vault::exists(const QString& dir) { return QFile::exists(keySlotsPath(dir)); }

Vault::Vault(QString dir, SecureBuffer key, QString userId)
    : m_dir(std::move(dir)), m_key(std::move(key)), m_userId(std::move(userId))
{
}

Vault::~Vault()
{
    // The database closes first (declared later), then the key is wiped. Locking is audited like
    // unlocking, so the log shows each session's end and why it ended.
    if (!m_db || !m_unlocked)
        return;
    try {
        const char* reason = "closed";
        switch (m_lockReason) {
        case LockReason::Closed:
            break;
        case LockReason::User:
            reason = "user";
            break;
        case LockReason::Idle:
            reason = "idle";
            break;
        case LockReason::Suspend:
            reason = "suspend";
            break;
        }
        audit::AuditLog::append(*m_db, m_userId, QStringLiteral("lock"), {}, {}, QString::fromLatin1(reason));
    } catch (...) {
        // A full disk must not keep the key in memory: the vault closes whatever happens here.
    }
}

void Vault::checkNewPassphrase(const SecureBuffer& passphrase)
{
    // Characters, not bytes: ten Chinese characters are as long a passphrase as ten letters.
    qsizetype characters = 0;
    for (std::size_t i = 0; i < passphrase.size(); ++i)
        if ((passphrase.data()[i] & 0xC0) != 0x80)
            ++characters;
    if (characters < kMinPassphraseLength)
        throw Error(Error::Kind::BadInput,
                    tr("The passphrase is too short: use at least %n characters.", nullptr, kMinPassphraseLength));
}

Vault::Created Vault::create(const QString& dir, const VaultSetup& setup, const SecureBuffer& passphrase)
{
    ensureSodium();
    if (exists(dir))
        throw Error(Error::Kind::AlreadyExists, tr("This folder already holds a vault; it was not changed."));
    validateSetup(setup);
    checkNewPassphrase(passphrase);
    if (!QDir().mkpath(dir))
        throw Error(Error::Kind::Io, tr("The vault folder could not be created."));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A database without key keySlots is left from an interrupted set-up and can never be opened.
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(databasePath(dir) + QLatin1String(suffix));

    const QString userId = util::newRecordId();
    std::unique_ptr<Vault> vault(new Vault(dir, SecureBuffer::random(kKeySize), userId));
    vault->m_plain = setup.plainDatabaseForBenchmark;
    vault->m_db = std::make_unique<storage::Database>(databasePath(dir), vault->m_plain ? nullptr : &vault->m_key,
                                                      storage::Database::Mode::Create);
    storage::Database& db = *vault->m_db;
    storage::Migrations::migrate(db);
    {
        storage::Transaction tx(db);
        const auto& divisions = model::Divisions::instance();
        const QString county = setup.placeCode.left(6);
        insertPlace(db, county, "county", divisions.name(county), {});
        if (setup.role != Role::County) {
            const QString township = setup.placeCode.left(9);
            insertPlace(db, township, "township", divisions.name(township), county);
            if (setup.role == Role::Village)
                insertPlace(db, setup.placeCode, "village", setup.villageName.trimmed(), township);
        }
        auto user = db.prepare("INSERT INTO users (id, name, role, place_code, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
        const QString t = now();
        user.bind(1, userId).bind(2, setup.userName.trimmed()).bind(3, roleCode(setup.role));
        user.bind(4, setup.placeCode).bind(5, t).bind(6, t).run();
        storage::writeInfo(db, "vault_id", util::newRecordId());
        storage::writeInfo(db, "owner_user_id", userId);
        storage::writeInfo(db, "role", roleCode(setup.role));
        storage::writeInfo(db, "place_code", setup.placeCode);
        storage::writeInfo(db, "created_at", t);
        audit::AuditLog::append(db, userId, QStringLiteral("vault.create"));
        tx.commit();
        vault->m_unlocked = true;
    }

    Created created;
    created.recoveryCode = newRecoveryCode();
    const QByteArray code = normalizeRecoveryCode(created.recoveryCode).toLatin1();
    KeySlots keySlots;
    keySlots.addSlot(KeySlot::Kind::Passphrase, userId, passphrase, vault->m_key, setup.kdf);
    keySlots.addSlot(KeySlot::Kind::Recovery, userId, SecureBuffer::fromText(code.toStdString()), vault->m_key,
                  setup.kdf);
    // Written last: a vault exists only once its key keySlots do.
    keySlots.save(keySlotsPath(dir));
    vault->loadIdentity();
    created.vault = std::move(vault);
    return created;
}

int Vault::secondsUntilNextAttempt(const QString& dir) { return UnlockThrottle(dir).secondsToWait(); }

namespace {

std::unique_ptr<Vault> openWith(const QString& dir, KeySlot::Kind kind, const SecureBuffer& secret,
                                const std::function<std::unique_ptr<Vault>(UnwrappedKey&&)>& open)
{
    ensureSodium();
    if (!Vault::exists(dir))
        throw Error(Error::Kind::NotFound, Vault::tr("There is no vault in this folder."));
    UnlockThrottle throttle(dir);
    if (const int wait = throttle.secondsToWait(); wait > 0)
        throw Error(Error::Kind::Throttled,
                    Vault::tr("Too many wrong attempts. Try again in %n second(s).", nullptr, wait));
    const KeySlots keySlots = KeySlots::load(Vault::keySlotsPath(dir));
    auto unwrapped = keySlots.unwrap(kind, secret);
    if (!unwrapped) {
        throttle.recordFailure();
        throw Error(Error::Kind::WrongSecret,
                    kind == KeySlot::Kind::Passphrase
                        ? Vault::tr("The passphrase is wrong. The vault was not opened.")
                        : Vault::tr("The recovery code is wrong. The vault was not opened."));
    }
    const int failedBefore = throttle.failures();
    auto vault = open(std::move(*unwrapped));
    throttle.reset();
    if (failedBefore > 0)
        audit::AuditLog::append(vault->database(), vault->userId(), QStringLiteral("unlock.failed"), {}, {},
                                QString::number(failedBefore));
    return vault;
}

} // namespace

std::unique_ptr<Vault> Vault::unlock(const QString& dir, const SecureBuffer& passphrase)
{
    return openWith(dir, KeySlot::Kind::Passphrase, passphrase, [&](UnwrappedKey&& k) {
        std::unique_ptr<Vault> vault(new Vault(dir, std::move(k.key), k.userId));
        vault->m_db = std::make_unique<storage::Database>(databasePath(dir), &vault->m_key,
                                                          storage::Database::Mode::OpenExisting);
        storage::Migrations::migrate(vault->m_db.operator*());
        vault->loadIdentity();
        audit::AuditLog::append(*vault->m_db, vault->m_userId, QStringLiteral("unlock"));
        vault->m_unlocked = true;
        return vault;
    });
}

std::unique_ptr<Vault> Vault::recover(const QString& dir, const QString& recoveryCode,
                                      const SecureBuffer& newPassphrase)
{
    checkNewPassphrase(newPassphrase);
    const QByteArray code = normalizeRecoveryCode(recoveryCode).toLatin1();
    return openWith(dir, KeySlot::Kind::Recovery, SecureBuffer::fromText(code.toStdString()),
                    [&](UnwrappedKey&& k) {
                        std::unique_ptr<Vault> vault(new Vault(dir, std::move(k.key), k.userId));
                        vault->m_db = std::make_unique<storage::Database>(
                            databasePath(dir), &vault->m_key, storage::Database::Mode::OpenExisting);
                        storage::Migrations::migrate(*vault->m_db);
                        vault->loadIdentity();
                        KeySlots keySlots = KeySlots::load(keySlotsPath(dir));
                        keySlots.rewrap(vault->m_userId, newPassphrase, vault->m_key, KdfParams::standard());
                        keySlots.save(keySlotsPath(dir));
                        audit::AuditLog::append(*vault->m_db, vault->m_userId, QStringLiteral("unlock.recovery"));
                        vault->m_unlocked = true;
                        return vault;
                    });
}

void Vault::changePassphrase(const SecureBuffer& oldPassphrase, const SecureBuffer& newPassphrase)
{
    checkNewPassphrase(newPassphrase);
    KeySlots keySlots = KeySlots::load(keySlotsPath(m_dir));
    const auto current = keySlots.unwrap(KeySlot::Kind::Passphrase, oldPassphrase);
    if (!current || current->userId != m_userId)
        throw Error(Error::Kind::WrongSecret, tr("The current passphrase is wrong. Nothing was changed."));
    keySlots.rewrap(m_userId, newPassphrase, m_key, KdfParams::standard());
    keySlots.save(keySlotsPath(m_dir));
    audit::AuditLog::append(*m_db, m_userId, QStringLiteral("passphrase.change"));
}

std::unique_ptr<storage::Database> Vault::openConnection() const
{
    return std::make_unique<storage::Database>(databasePath(m_dir), m_plain ? nullptr : &m_key,
                                               storage::Database::Mode::OpenExisting);
}

std::unique_ptr<storage::Database> Vault::createWithSameKey(const QString& path) const
{
    return std::make_unique<storage::Database>(path, &m_key, storage::Database::Mode::Create);
}

void Vault::loadIdentity()
{
    if (!roleFromCode(storage::readInfo(*m_db, "role"), &m_role))
        throw Error(Error::Kind::Corrupt, tr("The vault does not say which role it belongs to."));
    m_placeCode = storage::readInfo(*m_db, "place_code");
    model::RecordStore(*m_db, m_userId, m_placeCode).backfillSearchKeys();
}

QString Vault::userName()
{
    auto st = m_db->prepare("SELECT name FROM users WHERE id = ?");
    st.bind(1, m_userId);
    return st.step() ? st.text(0) : QString();
}

QString Vault::placeName()
{
    auto st = m_db->prepare("SELECT name FROM places WHERE code = ?");
    st.bind(1, m_placeCode);
    return st.step() ? st.text(0) : QString();
}

} // namespace tonghu::vault
