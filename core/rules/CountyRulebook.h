// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Rulebook.h"

#include <QCoreApplication>
#include <QString>

namespace tonghu::storage {
class Database;
}
namespace tonghu::vault {
class Vault;
}

namespace tonghu::rules {

// The county's own choices of the thresholds POLICY.md leaves to it. The county publishes the
// settings of a rulebook folder it has checked; they travel down to every township and village
// of the county in a stream signed by the county device (a village refuses settings from anyone
// else), and every device then evaluates with the built-in rules and the latest settings.
class CountyRulebook final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::CountyRulebook)
public:
    // The rulebook this vault evaluates with: the built-in one, with the settings last published
    // by its county and that publication's version. The reference stays valid for the process.
    static const Rulebook& current(storage::Database& db);

    // Publishes `rulebook`'s settings under its version. Only a county publishes, only settings
    // the built-in rulebook has, of the same rulebook id; otherwise Error{BadInput}. Returns the
    // publication's id.
    static QString publish(vault::Vault& vault, const Rulebook& rulebook);
};

} // namespace tonghu::rules
