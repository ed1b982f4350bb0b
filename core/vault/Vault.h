// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/KdfParams.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tonghu::vault {

// The roles of POLICY/DESIGN: a village child director, a township supervisor, county staff.
enum class Role { Village, Township, County };
QString roleCode(Role role);                  // "village" | "township" | "county"
bool roleFromCode(const QString& code, Role* role);
QString roleTitle(Role role);                 // translated: 儿童主任, 乡镇儿童督导员, 县民政

struct VaultSetup
{
    Role role = Role::Village;
    // 12 digits for a village (9-digit township + 3-digit village number), 9 for a township,
    // 6 for a county.
    QString placeCode;
    QString villageName;   // only for a village; the division table has no village names
    QString userName;
    KdfParams kdf = KdfParams::standard();
    // Only for tonghu-bench's baseline (core/bench): the database file is plain SQLite, with no
    // key, so the very same stores, sync and reports run over it for comparison with the
    // encrypted vault. Nothing else sets it. Such a vault works while the Vault that created it
    // is open; it cannot be unlocked again (unlock keys the file, and SQLCipher then refuses it as
    // not a database), so it never passes for a real vault.
    bool plainDatabaseForBenchmark = false;
};

// A vault is one directory: the SQLCipher database and its key-slot file, one thing to back up.
// An open Vault holds the unwrapped database key in locked memory until lock() or destruction.
class Vault final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::vault::Vault)
public:
    // Every new passphrase (set-up, recovery, change) has at least this many characters. The
    // set-up wizard also asks for a medium strength; the rule the vault itself keeps is this one.
    static constexpr int kMinPassphraseLength = 10;
    // Throws Error{BadInput} for a passphrase shorter than kMinPassphraseLength characters (UTF-8).
    static void checkNewPassphrase(const SecureBuffer& passphrase);

    static QString defaultDirectory();
    static QString databasePath(const QString& dir);
    static QString keySlotsPath(const QString& dir);
    // True when dir holds a complete vault (its key slots were written).
    static bool exists(const QString& dir);

    struct Created;
    // Creates dir if needed; refuses a directory that already holds a vault.
    static Created create(const QString& dir, const VaultSetup& setup, const SecureBuffer& passphrase);
    // Throws Error{WrongSecret} for a wrong passphrase without opening the database, and
    // Error{Throttled} while repeated failures make it wait.
    static std::unique_ptr<Vault> unlock(const QString& dir, const SecureBuffer& passphrase);
    // Opens with the recovery code and sets a new passphrase for the vault's user.
    static std::unique_ptr<Vault> recover(const QString& dir, const QString& recoveryCode,
                                          const SecureBuffer& newPassphrase);
    // Seconds to wait before the next attempt is allowed (0 = now).
    static int secondsUntilNextAttempt(const QString& dir);

    // Why the vault is closed, for the "lock" entry its closing writes to the audit log.
    enum class LockReason { Closed, User, Idle, Suspend };
    void setLockReason(LockReason reason) { m_lockReason = reason; }

    // Closes the database and wipes the key, after writing the "lock" entry.
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Rewraps only this user's key slot; the database is not re-encrypted.
    void changePassphrase(const SecureBuffer& oldPassphrase, const SecureBuffer& newPassphrase);

    storage::Database& database() { return *m_db; }
    // Another connection to this vault's database, and a new database file encrypted with this
    // vault's key: what a backup copies from and into on a thread of its own, and where a long
    // read (a county's ledger) runs in its own snapshot while the window keeps using database().
    // The key is set inside and never handed out. Neither connection may outlive the need for
    // it: each keeps the key in SQLCipher's memory until it is closed.
    std::unique_ptr<storage::Database> openConnection() const;
    std::unique_ptr<storage::Database> createWithSameKey(const QString& path) const;
    const QString& directory() const { return m_dir; }
    const QString& userId() const { return m_userId; }
    QString userName();
    Role role() const { return m_role; }
    const QString& placeCode() const { return m_placeCode; }
    QString placeName();

private:
    Vault(QString dir, SecureBuffer key, QString userId);
    void loadIdentity();

    QString m_dir;
    SecureBuffer m_key;
    std::unique_ptr<storage::Database> m_db;
    QString m_userId;
    Role m_role = Role::Village;
    QString m_placeCode;
    LockReason m_lockReason = LockReason::Closed;
    bool m_unlocked = false; // set once the vault is open and its schema is this build's
    bool m_plain = false;    // VaultSetup::plainDatabaseForBenchmark
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    QString recoveryCode; // shown once to be written down; never stored in plain form
};

} // namespace tonghu::vault
