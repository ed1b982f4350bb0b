// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/KdfParams.h"

#include <sodium.h>

namespace tonghu::vault {

KdfParams KdfParams::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::fast()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

} // namespace tonghu::vault
