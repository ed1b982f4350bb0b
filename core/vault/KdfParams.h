// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace tonghu::vault {

// Argon2id cost for wrapping a key slot. Stored in each slot, so a slot keeps opening after the
// defaults change. standard(): 3 passes over 256 MiB (libsodium's "moderate"), about 0.5-1 s on
// a five-year-old laptop; fast(): the library minimum, for tests only.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimit = 0;

    static KdfParams standard();
    static KdfParams fast();
};

} // namespace tonghu::vault
