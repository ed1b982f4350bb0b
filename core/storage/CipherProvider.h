// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tonghu::storage {

// SQLCipher's page cryptography through OpenSSL, as SQLCipher's own OpenSSL provider does it
// (AES-256-CBC, HMAC-SHA1/256/512, PBKDF2) and in the same file format, but with its contexts
// kept: SQLCipher 4.6 on OpenSSL 3 looks up the HMAC algorithm, makes a MAC and a cipher
// context, and expands the AES key and the HMAC key again for every page it reads or writes,
// which cost about as much again as the AES and HMAC themselves (docs/performance.md, lever 22).
// Here each connection keeps its cipher contexts, keyed, and the HMAC's inner and outer digest
// states, and a page only sets its IV and copies those states.
//
// Installed once per process, before the first keyed database opens (Database does it); later
// calls do nothing. SQLCipher drops a registered provider when its last keyed connection
// closes, so the first call also keeps one keyed in-memory connection open for the rest of the
// process.
void installCipherProvider();

// What `PRAGMA cipher_provider` reports of a connection whose pages go through it.
inline constexpr const char* kCipherProviderName = "tonghu-openssl";

} // namespace tonghu::storage
