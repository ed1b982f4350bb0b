// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlaceDescription.h"

#include "core/model/Divisions.h"
#include "core/vault/Vault.h"

#include <QStringList>

namespace tonghu::ui {

QString placeDescription(vault::Vault& vault)
{
    const QString code = vault.placeCode();
    const auto& divisions = model::Divisions::instance();
    QStringList parts;
    parts << divisions.name(code.left(6));
    if (code.size() >= 9)
        parts << divisions.name(code.left(9));
    if (code.size() == 12)
        parts << vault.placeName(); // the division table has no villages: the name given at set-up
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace tonghu::ui
