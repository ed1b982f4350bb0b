// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tonghu::model {
class RecordStore;
class VisitStore;
}

namespace tonghu::test {

// A passphrase for test vaults (synthetic, never a real user's).
inline constexpr const char* kPassphrase = "测试 correct horse battery 42";

SecureBuffer secret(const char* text);

// A vault in a fresh temporary directory, made with the fast KDF so tests stay quick.
struct TempVault
{
    QTemporaryDir dir;
    std::unique_ptr<vault::Vault> vault;
    QString recoveryCode;
    QString path() const { return dir.path() + QStringLiteral("/vault"); }
};
std::unique_ptr<TempVault> makeVault(vault::Role role = vault::Role::Village,
                                     const QString& placeCode = QStringLiteral("620423101201"));
// The same vault in a folder of the caller's (one on a small disk, say).
std::unique_ptr<vault::Vault> createVault(const QString& dir, vault::Role role, const QString& placeCode);

// A synthetic demo village of `children` in the vault's place, with its visit history up to
// 2026-04-20: the same records for the same seed.
void generateDemo(vault::Vault& vault, int children, int seed);

// A synthetic child (never a real person) in a household of its own, which is saved first; a
// household without an address gets a made-up one.
model::Child addChild(model::RecordStore& records, const QString& name, const char* sex, const QDate& birthDate,
                      model::Household household = {});

// Saves the household, then the guardian in it, then the child in it with that guardian; returns
// the child as saved.
model::Child addChildWithGuardian(model::RecordStore& records, model::Household household, model::Person guardian,
                                  model::Child child);

// A household, guardian and child whose identifying fields are synthetic values easy to find in
// bytes: the privacy tests store them, then search files, file names and log lines for them.
struct SensitiveRecord
{
    model::Household household;
    model::Person guardian;
    model::Child child;
    // Every value a reader could identify the child by, and parts of them: the ID number's last
    // 8 characters, the name's pinyin and its given name (also part of the address).
    QStringList needles() const;
};
// The ID numbers are valid ones of the county of `placeCode` (its first 6 digits).
SensitiveRecord sensitiveRecord(const QString& placeCode);

// Every regular file under dir, recursively.
QStringList filesUnder(const QString& dir);
// The files under dir whose bytes contain needle (as UTF-8, and as UTF-16LE when needle is not
// ASCII-only, since some writers store text that way).
QStringList filesContaining(const QString& dir, const QString& needle);

// Answers every required question of the visit with an unremarkable answer, so it can be submitted.
void answerEverything(model::VisitStore& visits, const QString& visitId);

} // namespace tonghu::test
