// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecureBuffer.h"
#include "core/vault/KdfParams.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tonghu::vault {

// The sidecar file that holds the database key, wrapped once per user passphrase and once under
// the recovery code. Each slot: Argon2id(secret, salt, its own cost) → a 256-bit wrapping key;
// crypto_secretbox (XSalsa20-Poly1305) of the database key followed by the slot's user id, so a
// slot cannot be moved to another user unnoticed. Nothing in the file is secret by itself.
struct KeySlot
{
    enum class Kind { Passphrase, Recovery };
    QString id;
    Kind kind = Kind::Passphrase;
    QString userId;      // the user this slot unlocks as (the vault owner for the recovery slot)
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray box;
};

struct UnwrappedKey
{
    SecureBuffer key;
    QString userId;
};

class KeySlots final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::vault::KeySlots)
public:
    static KeySlots load(const QString& path);
    // Atomic: a crash while saving leaves the previous file whole.
    void save(const QString& path) const;

    void addSlot(KeySlot::Kind kind, const QString& userId, const SecureBuffer& secret, const SecureBuffer& key,
                 const KdfParams& kdf);
    // Tries every slot of `kind`; empty when the secret opens none.
    std::optional<UnwrappedKey> unwrap(KeySlot::Kind kind, const SecureBuffer& secret) const;
    // Replaces the wrapping of userId's passphrase slot (new salt and nonce, same cost); adds a
    // slot with cost `kdf` when the user has none.
    void rewrap(const QString& userId, const SecureBuffer& newSecret, const SecureBuffer& key, const KdfParams& kdf);

    const QList<KeySlot>& all() const { return m_slots; }

private:
    QList<KeySlot> m_slots;
};

// Recovery codes: 25 characters of Crockford base32 (125 random bits) in five groups, easy to
// read aloud and to copy by hand; typing mistakes O/0, I/L/1 and dashes are forgiven.
QString newRecoveryCode();
QString normalizeRecoveryCode(const QString& typed);

} // namespace tonghu::vault
