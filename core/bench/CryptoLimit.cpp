// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/CryptoLimit.h"

#include "core/bench/Measurement.h"

#include <QFile>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <malloc.h>
#include <sodium.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace tonghu::bench {

namespace {
constexpr int kPage = 4096;
// SQLCipher 4 keeps a 16-byte IV and the HMAC (64 bytes for SHA-512) at the end of each page.
constexpr int kIv = 16;
} // namespace

double cryptoLimitMbPerSecond(std::int64_t bytes, bool sha512)
{
    const int hmacSize = sha512 ? 64 : 32;
    const int reserve = kIv + hmacSize;
    // At most 256 MiB in memory; a larger database is covered by going over the buffer again.
    const std::int64_t pages = std::max<std::int64_t>(256, bytes / kPage);
    const std::int64_t held = std::min<std::int64_t>(pages, (256 << 20) / kPage);
    std::vector<unsigned char> buffer(std::size_t(held) * kPage);
    RAND_bytes(buffer.data(), int(std::min<std::size_t>(buffer.size(), 1 << 20)));
    std::vector<unsigned char> out(kPage + 32);
    unsigned char key[32];
    unsigned char hmacKey[32];
    RAND_bytes(key, sizeof key);
    RAND_bytes(hmacKey, sizeof hmacKey);

    EVP_CIPHER_CTX* cipher = EVP_CIPHER_CTX_new();
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* macCtx = EVP_MAC_CTX_new(mac);
    char digest[16];
    std::snprintf(digest, sizeof digest, "%s", sha512 ? "SHA512" : "SHA256");
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    unsigned char tag[64];
    std::size_t tagLen = 0;
    int outLen = 0;
    // The keys are set up once, as storage::CipherProvider keeps them per connection: what is
    // measured is the AES and the HMAC of each page, not the expansion of their keys.
    EVP_MAC_init(macCtx, hmacKey, sizeof hmacKey, params);
    EVP_DecryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, key, nullptr);
    EVP_CIPHER_CTX_set_padding(cipher, 0);
    Stopwatch t;
    for (std::int64_t p = 0; p < pages; ++p) {
        unsigned char* page = buffer.data() + std::size_t(p % held) * kPage;
        const unsigned char* iv = page + kPage - reserve;
        const std::uint32_t number = std::uint32_t(p + 1);
        // The HMAC covers the encrypted content and the IV, then the page number.
        EVP_MAC_init(macCtx, nullptr, 0, nullptr); // the same key again
        EVP_MAC_update(macCtx, page, std::size_t(kPage - hmacSize));
        EVP_MAC_update(macCtx, reinterpret_cast<const unsigned char*>(&number), sizeof number);
        EVP_MAC_final(macCtx, tag, &tagLen, sizeof tag);
        EVP_DecryptInit_ex(cipher, nullptr, nullptr, nullptr, iv);
        EVP_DecryptUpdate(cipher, out.data(), &outLen, page, kPage - reserve);
    }
    const double ms = t.ms();
    EVP_MAC_CTX_free(macCtx);
    EVP_MAC_free(mac);
    EVP_CIPHER_CTX_free(cipher);
    return double(pages) * kPage / 1e6 / (ms / 1e3);
}

double kdfMilliseconds(std::uint64_t opsLimit, std::size_t memLimit)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        double ms = -1;
        if (sodium_init() >= 0) {
            unsigned char salt[crypto_pwhash_SALTBYTES] = {};
            unsigned char out[32];
            const char pass[] = "benchmark passphrase, not a user's";
            Stopwatch t;
            if (crypto_pwhash(out, sizeof out, pass, sizeof pass - 1, salt, opsLimit, memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) == 0)
                ms = t.ms();
        }
        [[maybe_unused]] const auto n = write(fds[1], &ms, sizeof ms);
        _exit(0);
    }
    close(fds[1]);
    double ms = -1;
    if (child < 0 || read(fds[0], &ms, sizeof ms) != sizeof ms)
        ms = -1;
    close(fds[0]);
    if (child > 0)
        waitpid(child, nullptr, 0);
    return ms;
}

double peakRssMb()
{
    // VmHWM follows clear_refs; getrusage's maxrss never goes down.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0; // kB
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

bool resetPeakRss()
{
    // Hand back to the system what the run before freed, so it does not count as this one's.
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace tonghu::bench
