// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <string_view>

namespace tonghu {

// Bytes of key material kept in sodium_malloc() memory: locked so it is never swapped out,
// guarded against overruns, and wiped when freed. Move-only; a copy would be a second secret.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    static SecureBuffer random(std::size_t size);
    // Copies text into locked memory; the caller is responsible for wiping its own copy.
    static SecureBuffer fromText(std::string_view text);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Initialises libsodium once; throws tonghu::Error if the library cannot start.
void ensureSodium();

} // namespace tonghu
