// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/VaultAccess.h"

#include "core/cli/Console.h"
#include "core/cli/PassphraseInput.h"
#include "core/model/Divisions.h"
#include "core/util/Error.h"

namespace tonghu::cli {

namespace {

Error bad(const QString& message)
{
    return Error(Error::Kind::BadInput, message);
}

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

} // namespace

std::unique_ptr<vault::Vault> VaultAccess::unlock(const Context& context)
{
    if (!vault::Vault::exists(context.vaultDir))
        throw Error(Error::Kind::NotFound,
                    tr("There is no vault in %1. Create one with `tonghu-cli init` or `tonghu-cli demo`.")
                        .arg(context.vaultDir));
    const SecureBuffer passphrase =
        PassphraseInput(context.passphraseFile).read(PassphraseInput::Purpose::Unlock);
    return vault::Vault::unlock(context.vaultDir, passphrase);
}

void VaultAccess::checkPlace(vault::Role role, const QString& code, const QString& villageName)
{
    const qsizetype expected = role == vault::Role::Village ? 12 : role == vault::Role::Township ? 9 : 6;
    if (code.size() != expected || !allDigits(code)) {
        if (role == vault::Role::Village)
            throw bad(
                tr("A village code has 12 digits: the 9-digit township code and a 3-digit village number."));
        if (role == vault::Role::Township)
            throw bad(tr("A township code has 9 digits."));
        throw bad(tr("A county code has 6 digits."));
    }
    const auto& divisions = model::Divisions::instance();
    if (divisions.name(code.left(6)).isEmpty())
        throw bad(tr("%1 is not a county in the national division table.").arg(code.left(6)));
    if (role != vault::Role::County && divisions.name(code.left(9)).isEmpty())
        throw bad(tr("%1 is not a township in the national division table.").arg(code.left(9)));
    if (role == vault::Role::Village) {
        if (code.right(3) == QLatin1String("000"))
            throw bad(tr("The village number (the last 3 digits) cannot be 000."));
        if (villageName.trimmed().isEmpty())
            throw bad(tr("Give the village's name with --village-name."));
    }
}

void VaultAccess::checkAbsent(const QString& dir)
{
    if (vault::Vault::exists(dir))
        throw Error(Error::Kind::AlreadyExists,
                    tr("There is already a vault in %1; it was not changed.").arg(dir));
}

std::unique_ptr<vault::Vault> VaultAccess::create(const Context& context, const vault::VaultSetup& setup,
                                                  QJsonObject* json)
{
    const SecureBuffer passphrase =
        PassphraseInput(context.passphraseFile).read(PassphraseInput::Purpose::NewVault);
    auto created = vault::Vault::create(context.vaultDir, setup, passphrase);
    if (context.json) {
        json->insert(QStringLiteral("recovery_code"), created.recoveryCode);
    } else {
        printOut(tr("Created a vault for %1 in %2.").arg(placeDescription(*created.vault), context.vaultDir));
        printOut(tr("Recovery code: %1").arg(created.recoveryCode));
        printOut(
            tr("Write the recovery code on paper now and keep it somewhere safe, away from this computer. "
               "It is shown only this once; without it a forgotten passphrase cannot be replaced."));
    }
    return std::move(created.vault);
}

QString VaultAccess::placeDescription(vault::Vault& vault)
{
    const QString code = vault.placeCode();
    const QString divisions =
        model::Divisions::instance().fullName(code.left(std::min<qsizetype>(code.size(), 9)));
    if (vault.role() != vault::Role::Village)
        return divisions;
    return divisions + QLatin1Char(' ') + vault.placeName();
}

} // namespace tonghu::cli
