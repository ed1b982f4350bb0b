// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/Command.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace tonghu::cli {

// Opening and creating vaults for the verbs, with the checks done before a passphrase is asked
// for: nobody should type a passphrase twice only to learn the place code was mistyped.
class VaultAccess final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::cli::VaultAccess)
public:
    // Throws Error{NotFound} (with a hint to run init) when there is no vault.
    static std::unique_ptr<vault::Vault> unlock(const Context& context);

    // Throws Error{BadInput} naming what is wrong with the code for this role.
    static void checkPlace(vault::Role role, const QString& code, const QString& villageName);
    // Throws Error{AlreadyExists} when the folder already holds a vault.
    static void checkAbsent(const QString& dir);

    // Creates the vault with a new passphrase and reports the recovery code: in human output a
    // sentence asking to write it down, in JSON output the "recovery_code" member of `json`.
    static std::unique_ptr<vault::Vault> create(const Context& context, const vault::VaultSetup& setup,
                                                QJsonObject* json);

    // "甘肃省 定西市 岷县 梅川镇 红旗村" for the vault's place.
    static QString placeDescription(vault::Vault& vault);
};

} // namespace tonghu::cli
