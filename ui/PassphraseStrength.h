// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QString>

namespace tonghu::ui {

// A rough guess of how many guesses a passphrase would take, for the meter in the set-up wizard
// and the recovery form. It only has to steer people away from short or patterned choices; it is
// not a promise of strength, and the Argon2id cost is what makes each guess expensive.
struct PassphraseStrength
{
    enum class Level { Weak, Medium, Strong };

    double bits = 0;
    Level level = Level::Weak;
};

// The vault's own rule (core), so the wizard and the core never disagree.
inline constexpr int kMinPassphraseLength = vault::Vault::kMinPassphraseLength;
inline constexpr double kMediumBits = 50;
inline constexpr double kStrongBits = 75;

PassphraseStrength estimatePassphraseStrength(const QString& passphrase);
// Translated 弱/中/强 ("Weak", "Medium", "Strong").
QString strengthLabel(PassphraseStrength::Level level);
// At least kMinPassphraseLength characters and no weaker than Medium.
bool isAcceptablePassphrase(const QString& passphrase);
// Why a passphrase is not acceptable yet, or an empty string when it is.
QString passphraseProblem(const QString& passphrase);

} // namespace tonghu::ui
