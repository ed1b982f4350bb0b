// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CipherProvider.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sqlite3.h>

#include <cstring>
#include <mutex>

// SQLCipher's provider interface (src/sqlcipher.h of SQLCipher 4.6, which its packages do not
// install): the layout must be exactly that one.
extern "C" {
struct sqlcipher_provider
{
    int (*activate)(void* ctx);
    int (*deactivate)(void* ctx);
    const char* (*get_provider_name)(void* ctx);
    int (*add_random)(void* ctx, void* buffer, int length);
    int (*random)(void* ctx, void* buffer, int length);
    int (*hmac)(void* ctx, int algorithm, unsigned char* hmac_key, int key_sz, unsigned char* in, int in_sz,
                unsigned char* in2, int in2_sz, unsigned char* out);
    int (*kdf)(void* ctx, int algorithm, const unsigned char* pass, int pass_sz, unsigned char* salt, int salt_sz,
               int workfactor, int key_sz, unsigned char* key);
    int (*cipher)(void* ctx, int mode, unsigned char* key, int key_sz, unsigned char* iv, unsigned char* in,
                  int in_sz, unsigned char* out);
    const char* (*get_cipher)(void* ctx);
    int (*get_key_sz)(void* ctx);
    int (*get_iv_sz)(void* ctx);
    int (*get_block_sz)(void* ctx);
    int (*get_hmac_sz)(void* ctx, int algorithm);
    int (*ctx_init)(void** ctx);
    int (*ctx_free)(void** ctx);
    int (*fips_status)(void* ctx);
    const char* (*get_provider_version)(void* ctx);
};
int sqlcipher_register_provider(sqlcipher_provider* p);
void* sqlcipher_malloc(sqlite3_uint64 size);
void sqlcipher_free(void* p, sqlite3_uint64 size);
}

namespace tonghu::storage {

namespace {

// SQLCipher's numbering of the HMAC and PBKDF2 digests, and of the cipher's direction.
constexpr int kDigests = 3; // SHA1, SHA256, SHA512
constexpr int kEncrypt = 1;
constexpr int kKeySize = 32;
constexpr int kBlockSize = 16;
constexpr int kMaxDigestBlock = 128; // SHA-512's

// Fetched once: OpenSSL 3 otherwise looks each algorithm up again at every initialisation.
EVP_MD* g_digests[kDigests] = {};
EVP_CIPHER* g_aes = nullptr;
// Open for the rest of the process (see install()).
sqlite3* g_anchor = nullptr;

// One connection's contexts. Allocated with sqlcipher_malloc, which zeroes (and, with memory
// security on, locks) it; freed with sqlcipher_free, which wipes it: the keys copied here to
// recognise a context's key are key material like SQLCipher's own.
struct Context
{
    EVP_MD_CTX* inner[kDigests];
    EVP_MD_CTX* outer[kDigests];
    EVP_MD_CTX* work;
    unsigned char macKey[kDigests][kMaxDigestBlock];
    int macKeySize[kDigests]; // 0: not keyed yet
    EVP_CIPHER_CTX* cipher[2]; // by direction
    unsigned char cipherKey[2][kKeySize];
    bool cipherKeyed[2];
};

int noop(void*) { return SQLITE_OK; }
const char* name(void*) { return kCipherProviderName; }
const char* version(void*) { return OpenSSL_version(OPENSSL_VERSION); }
int addRandom(void*, void*, int) { return SQLITE_OK; }
int randomBytes(void*, void* buffer, int length)
{
    return RAND_bytes(static_cast<unsigned char*>(buffer), length) == 1 ? SQLITE_OK : SQLITE_ERROR;
}
const char* cipherName(void*) { return "aes-256-cbc"; }
int keySize(void*) { return kKeySize; }
int blockSize(void*) { return kBlockSize; }
int fips(void*) { return 0; }

int hmacSize(void*, int algorithm)
{
    return algorithm >= 0 && algorithm < kDigests ? EVP_MD_get_size(g_digests[algorithm]) : 0;
}

// The digest states after the key's inner and outer pads (RFC 2104), made when the key is new
// to the context.
bool keyMac(Context& c, int algorithm, const unsigned char* key, int keySize)
{
    c.macKeySize[algorithm] = 0; // until both states are made again
    const EVP_MD* md = g_digests[algorithm];
    const int block = EVP_MD_get_block_size(md);
    unsigned char k[kMaxDigestBlock] = {};
    if (keySize > block) {
        unsigned int n = 0;
        if (EVP_Digest(key, std::size_t(keySize), k, &n, md, nullptr) != 1)
            return false;
    } else {
        std::memcpy(k, key, std::size_t(keySize));
    }
    unsigned char pad[kMaxDigestBlock];
    bool ok = true;
    for (EVP_MD_CTX** state : {&c.inner[algorithm], &c.outer[algorithm]}) {
        const unsigned char x = state == &c.inner[algorithm] ? 0x36 : 0x5c;
        for (int i = 0; i < block; ++i)
            pad[i] = k[i] ^ x;
        if (!*state)
            *state = EVP_MD_CTX_new();
        ok = ok && *state && EVP_DigestInit_ex(*state, md, nullptr) == 1 &&
             EVP_DigestUpdate(*state, pad, std::size_t(block)) == 1;
    }
    OPENSSL_cleanse(k, sizeof k);
    OPENSSL_cleanse(pad, sizeof pad);
    if (!ok)
        return false;
    std::memcpy(c.macKey[algorithm], key, std::size_t(keySize));
    c.macKeySize[algorithm] = keySize;
    return true;
}

int hmac(void* ctx, int algorithm, unsigned char* key, int keySize, unsigned char* in, int inSize, unsigned char* in2,
         int in2Size, unsigned char* out)
{
    auto& c = *static_cast<Context*>(ctx);
    if (algorithm < 0 || algorithm >= kDigests || !in || keySize <= 0 || keySize > kMaxDigestBlock)
        return SQLITE_ERROR;
    if (c.macKeySize[algorithm] != keySize ||
        CRYPTO_memcmp(c.macKey[algorithm], key, std::size_t(keySize)) != 0) {
        if (!keyMac(c, algorithm, key, keySize))
            return SQLITE_ERROR;
    }
    if (!c.work && !(c.work = EVP_MD_CTX_new()))
        return SQLITE_ERROR;
    unsigned char inner[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    const bool ok = EVP_MD_CTX_copy_ex(c.work, c.inner[algorithm]) == 1 &&
                    EVP_DigestUpdate(c.work, in, std::size_t(inSize)) == 1 &&
                    (!in2 || EVP_DigestUpdate(c.work, in2, std::size_t(in2Size)) == 1) &&
                    EVP_DigestFinal_ex(c.work, inner, &n) == 1 &&
                    EVP_MD_CTX_copy_ex(c.work, c.outer[algorithm]) == 1 && EVP_DigestUpdate(c.work, inner, n) == 1 &&
                    EVP_DigestFinal_ex(c.work, out, &n) == 1;
    return ok ? SQLITE_OK : SQLITE_ERROR;
}

int kdf(void*, int algorithm, const unsigned char* pass, int passSize, unsigned char* salt, int saltSize,
        int workfactor, int keySize, unsigned char* key)
{
    if (algorithm < 0 || algorithm >= kDigests)
        return SQLITE_ERROR;
    return PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(pass), passSize, salt, saltSize, workfactor,
                             g_digests[algorithm], keySize, key) == 1
               ? SQLITE_OK
               : SQLITE_ERROR;
}

int cipher(void* ctx, int mode, unsigned char* key, int keySize, unsigned char* iv, unsigned char* in, int inSize,
           unsigned char* out)
{
    auto& c = *static_cast<Context*>(ctx);
    const int d = mode == kEncrypt ? 1 : 0;
    if (keySize != kKeySize || inSize % kBlockSize != 0)
        return SQLITE_ERROR;
    if (!c.cipher[d] && !(c.cipher[d] = EVP_CIPHER_CTX_new()))
        return SQLITE_ERROR;
    EVP_CIPHER_CTX* e = c.cipher[d];
    if (!c.cipherKeyed[d] || CRYPTO_memcmp(c.cipherKey[d], key, kKeySize) != 0) {
        c.cipherKeyed[d] = false;
        if (EVP_CipherInit_ex(e, g_aes, nullptr, key, nullptr, d) != 1 || EVP_CIPHER_CTX_set_padding(e, 0) != 1)
            return SQLITE_ERROR;
        std::memcpy(c.cipherKey[d], key, kKeySize);
        c.cipherKeyed[d] = true;
    }
    // The key schedule stays; only the IV is new.
    int written = 0, last = 0;
    const bool ok = EVP_CipherInit_ex(e, nullptr, nullptr, nullptr, iv, d) == 1 &&
                    EVP_CipherUpdate(e, out, &written, in, inSize) == 1 &&
                    EVP_CipherFinal_ex(e, out + written, &last) == 1 && written + last == inSize;
    return ok ? SQLITE_OK : SQLITE_ERROR;
}

int contextInit(void** ctx)
{
    *ctx = sqlcipher_malloc(sizeof(Context));
    return *ctx ? SQLITE_OK : SQLITE_NOMEM;
}

int contextFree(void** ctx)
{
    auto* c = static_cast<Context*>(*ctx);
    if (c) {
        for (int i = 0; i < kDigests; ++i) {
            EVP_MD_CTX_free(c->inner[i]);
            EVP_MD_CTX_free(c->outer[i]);
        }
        EVP_MD_CTX_free(c->work);
        EVP_CIPHER_CTX_free(c->cipher[0]);
        EVP_CIPHER_CTX_free(c->cipher[1]);
        sqlcipher_free(c, sizeof(Context));
    }
    *ctx = nullptr;
    return SQLITE_OK;
}

void install()
{
    g_digests[0] = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    g_digests[1] = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    g_digests[2] = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    g_aes = EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr);
    if (!g_digests[0] || !g_digests[1] || !g_digests[2] || !g_aes)
        return; // SQLCipher's own provider then does the work
    // sqlcipher_malloc goes through SQLite's allocator, which must be initialised first.
    if (sqlite3_initialize() != SQLITE_OK)
        return;

    // The anchor first, with a random raw key and no pages: its key activates SQLCipher, which
    // makes its mutexes and its own provider, and while it stays open SQLCipher stays activated
    // (it frees the provider and its mutexes when the last keyed connection closes, and does not
    // forget the freed mutexes, so registering is only safe while one is open).
    if (sqlite3_open_v2(":memory:", &g_anchor, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return;
    sqlite3* anchor = g_anchor;
    unsigned char raw[kKeySize];
    char literal[3 + 2 * kKeySize];
    if (RAND_bytes(raw, kKeySize) != 1)
        return;
    literal[0] = 'x';
    literal[1] = '\'';
    static const char kHex[] = "0123456789abcdef";
    for (int i = 0; i < kKeySize; ++i) {
        literal[2 + 2 * i] = kHex[raw[i] >> 4];
        literal[3 + 2 * i] = kHex[raw[i] & 15];
    }
    literal[2 + 2 * kKeySize] = '\'';
    const int keyed = sqlite3_key(anchor, literal, int(sizeof literal));
    OPENSSL_cleanse(raw, sizeof raw);
    OPENSSL_cleanse(literal, sizeof literal);
    if (keyed != SQLITE_OK || sqlite3_exec(anchor, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK)
        return;
    auto* p = static_cast<sqlcipher_provider*>(sqlcipher_malloc(sizeof(sqlcipher_provider)));
    if (!p)
        return;
    *p = sqlcipher_provider{noop,     noop,        name,        addRandom, randomBytes, hmac,
                            kdf,      cipher,      cipherName,  keySize,   blockSize,   blockSize,
                            hmacSize, contextInit, contextFree, fips,      version};
    // Every connection keyed from now on copies it; SQLCipher frees the provider it replaces.
    sqlcipher_register_provider(p);
}

} // namespace

void installCipherProvider()
{
    static std::once_flag once;
    std::call_once(once, install);
}

} // namespace tonghu::storage
