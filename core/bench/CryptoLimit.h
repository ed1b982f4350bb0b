// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace tonghu::bench {

// What this machine's libcrypto does, page by page, as SQLCipher 4 asks to read a page:
// AES-256-CBC decryption of the page's content and an HMAC over it with the page number
// (SHA-256 as new vaults have it, SHA-512 as older ones and SQLCipher's default). Over `bytes` of
// 4096-byte pages, in MB (10^6 bytes) of pages per second, with the keys expanded once: the
// upper limit of what any encrypted full scan can reach.
double cryptoLimitMbPerSecond(std::int64_t bytes, bool sha512);

// Milliseconds of one Argon2id derivation with these costs, run in a child process so its
// memory (256 MiB for the standard cost) does not count in the benchmark's own peak.
double kdfMilliseconds(std::uint64_t opsLimit, std::size_t memLimit);

// The process's peak resident set, in MB (VmHWM, or getrusage where there is none).
double peakRssMb();
// Starts the peak over from the present resident size (Linux: "5" into /proc/self/clear_refs),
// so peakRssMb() gives the peak of what runs after it. False where that is not possible.
bool resetPeakRss();

} // namespace tonghu::bench
