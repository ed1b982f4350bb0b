// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// The vault's place as people say it, "岷县 梅川镇 测试村": county, township and village name,
// as deep as the vault's place goes. The window title and the Devices dialog show it.
QString placeDescription(vault::Vault& vault);

} // namespace tonghu::ui
